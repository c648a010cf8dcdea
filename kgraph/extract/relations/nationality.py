"""Nationality read off the word order where the parse of a phrase before a name is unreliable:
"American rapper and singer Nicki Minaj", "President of Pakistan Asif Ali Zardari", "Gustav III of
Sweden", "X represented Angola at the 2000 Summer Olympics"; and the country words they share."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN, PROPN, VERB

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import declare
from kgraph.extract.relations.common import (
    REGNAL_NUMBER,
    agent_word,
    country_name,
    fact,
    lemma_of,
    person_noun,
    ruler_name,
)
from kgraph.extract.toolkit import Found, entity_of, entity_type, subject_of, tokens_with_lemma
from kgraph.types import Relation

DEMONYM_BEFORE_NAME = declare(
    "relations.nationality.demonym_before_name", "relation",
    'A demonym on a run of person nouns right before a name: "British record producer and recording '
    'artist Taio Cruz", "the Chilean artists A and B"', prior=0.8)
OFFICE_BEFORE_NAME = declare(
    "relations.nationality.office_before_name", "relation",
    'A national office of a country right before a name: "President of Pakistan Asif Ali Zardari", '
    '"the first prime minister of Siam was Phraya Manopakorn"', prior=0.75)
RULER_OF_COUNTRY = declare(
    "relations.nationality.ruler_of_country", "relation",
    'A monarch named with the country: "Gustav III of Sweden", "Princess Helen of Greece and Denmark"',
    prior=0.75)
REPRESENTED_COUNTRY = declare(
    "relations.nationality.represented_country", "relation",
    'Who represents a country at a contest: "X represented Angola at the 2000 Summer Olympics"',
    prior=0.75)


def _person_name_at(ctx: DocContext, i: int) -> Found | None:
    """The person whose name starts at token ``i`` (found through the name's last token)."""
    doc = ctx.doc
    if i >= len(doc) or doc[i].pos_ != "PROPN":
        return None
    key = ctx.entity_key_at(i)
    if key is None or (i > 0 and ctx.entity_key_at(i - 1) == key) or entity_type(ctx, key) != "Person":
        return None
    last = i
    while last + 1 < len(doc) and ctx.entity_key_at(last + 1) == key:
        last += 1
    return Found(key, 1.0, doc[last])  # the evidence then holds the whole name


def _country_after(ctx: DocContext, i: int) -> tuple[Found, int] | None:
    """The country named from token ``i`` on (after "the" and adjectives: "of independent
    Ghana"), and the token after its name."""
    doc = ctx.doc
    while i < len(doc) and (doc[i].lower_ == "the" or (doc[i].pos_ == "ADJ" and doc[i].is_lower)):
        i += 1
    if i >= len(doc):
        return None
    country = country_name(ctx, doc[i])
    if country is None:
        return None
    j = i
    while j < len(doc) and ctx.entity_key_at(j) == country.key:
        j += 1
    return Found(country.key, 1.0, doc[i]), j


# --- the rules --------------------------------------------------------------------------------

def demonym_before_name(ctx: DocContext) -> Iterator[Relation]:
    """A demonym on a run of person nouns right before a name: "British record producer and
    recording artist Taio Cruz", "Tunisian politician Mondher Ben Ammar"."""
    doc = ctx.doc
    for m in ctx.mentions:
        if m.kind != "demonym" or not ctx.entity(m.entity).country:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        i = span.end
        while i < len(doc) and i - span.end < 7 and ctx.entity_key_at(i) is None and (
                (doc[i].is_lower and (doc[i].pos_ in ("NOUN", "ADJ") or agent_word(doc[i])))
                or (doc[i].lower_ in ("and", "-", "ex") and i > span.end)):
            i += 1
        last = doc[i - 1]
        if i >= len(doc) or not (
                person_noun(last) or lemma_of(last) in lx.TITLE_NOUNS | lx.NATIONALITY_NOUNS
                or agent_word(last)):  # "Irishman Tadhg Kennelly": the demonym is the noun
            continue
        country = Found(m.entity, 1.0, span[0])
        while (person := _person_name_at(ctx, i)) is not None:
            yield fact(DEMONYM_BEFORE_NAME, person, "nationality", (span[0], last), obj=country)
            if last.tag_ != "NNS":
                break
            # "the Chilean artists Cosme San Martín and Juan Mochi": each name of the list.
            i += 1
            while i < len(doc) and ctx.entity_key_at(i) == person.key:
                i += 1
            if i + 1 < len(doc) and doc[i].lower_ in (",", "and"):
                i += 2 if doc[i + 1].lower_ == "and" else 1
            else:
                break


def office_before_name(ctx: DocContext) -> Iterator[Relation]:
    """A national office of a country right before a name: "President of Pakistan Asif Ali
    Zardari", "the first prime minister of independent Ghana, Kwame Nkrumah"."""
    doc = ctx.doc
    for tok in tokens_with_lemma(ctx, lx.NATIONAL_OFFICES, (NOUN, PROPN)):
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        after = _country_after(ctx, tok.i + 2)
        if after is None:
            continue
        country, j = after
        if j < len(doc) and (doc[j].text == "," or (doc[j].lemma_ == "be" and tok.dep_ == "nsubj")):
            j += 1  # "the first prime minister of Siam was Phraya Manopakorn"
        person = _person_name_at(ctx, j)
        if person is not None:
            yield fact(OFFICE_BEFORE_NAME, person, "nationality", (tok,), obj=country)


def ruler_of_country(ctx: DocContext) -> Iterator[Relation]:
    """A monarch named with the country: "Gustav III of Sweden", "King Constantine I of Greece",
    "Princess Helen of Greece and Denmark"."""
    doc = ctx.doc
    for tok in tokens_with_lemma(ctx, {"of"}):
        last = tok.i - 1  # the name's last token, or a regnal number the name left out
        if last > 0 and ctx.entity_key_at(last) is None and REGNAL_NUMBER.match(doc[last].text):
            last -= 1
        key = ctx.entity_key_at(last) if last >= 0 else None
        if key is None or entity_type(ctx, key) != "Person":
            continue
        if not ruler_name(ctx, doc[tok.i - 1]):
            continue
        i = tok.i + 1
        while (after := _country_after(ctx, i)) is not None:
            country, i = after
            yield fact(RULER_OF_COUNTRY, Found(key, 1.0, doc[last]), "nationality", (tok,), obj=country)
            if i + 1 < len(doc) and doc[i].lower_ == "and":
                i += 1
            else:
                break


def represented_country(ctx: DocContext) -> Iterator[Relation]:
    """Who represents a country at a sporting event or contest: "X represented Angola at the 2000
    Summer Olympics", "she was the first skater to represent China at the World Championships"
    (not a lawyer representing France in a case)."""
    for verb in tokens_with_lemma(ctx, {"represent"}, (VERB,)):
        if not any(p.dep_ == "prep" and p.lower_ in ("at", "in") and any(
                t.lower_ in lx.COMPETITION_WORDS for t in p.subtree) for p in verb.children):
            continue
        countries = [c for d in verb.children if d.dep_ == "dobj" for c in [country_name(ctx, d)] if c]
        if not countries:
            continue
        subj = subject_of(verb)
        if subj is None and verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.dep_ == "attr":
            subj = subject_of(verb.head.head)  # "she was the first skater to represent China"
        person = entity_of(ctx, subj) if subj is not None else None
        if person is not None and entity_type(ctx, person.key) == "Person":
            yield fact(REPRESENTED_COUNTRY, person, "nationality", (verb,),
                       obj=Found(countries[0].key, 1.0, None))
