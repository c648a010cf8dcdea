"""What the words around a person noun or a name say of the person: nationality from a demonym or
a country ("the 52-year-old German minister", "France's Mathé Altéry", "the Premier of China"),
age ("Brandt, 61,"), and the organisation of "X of Y" ("Mary Wilson of the Supremes")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import PROPN
from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import declare
from kgraph.extract.relations.common import (
    country_name,
    demonym_country,
    fact,
    lemma_of,
    person_noun,
    prep_orgs,
    ruler_name,
    titleish,
)
from kgraph.extract.toolkit import Found, age_of_head, entity_type, tokens_with_pos
from kgraph.types import Predicate, Relation

_DESCRIBED = ("relations.descriptors",)
DEMONYM = declare(
    "relations.modifiers.demonym", "relation",
    'A demonym or a country modifying a noun describing a person: "the German minister", "a Dutch '
    'field hockey player", "Australia\'s Minister for Trade"', prior=0.8, needs=_DESCRIBED)
AGE = declare(
    "relations.modifiers.age", "relation",
    'An age modifying a noun describing a person: "the 52-year-old minister"', prior=0.9,
    needs=_DESCRIBED)
NATIONAL_OFFICE = declare(
    "relations.modifiers.national_office", "relation",
    'A national office of a country describing a person: "Zhou, the Premier of China"', prior=0.75,
    needs=_DESCRIBED)
FROM_COUNTRY = declare(
    "relations.modifiers.from_country", "relation",
    'A person noun from a country: "a footballer from Argentina", "a folk singer from Malatya, '
    'Turkey"', prior=0.7, needs=_DESCRIBED)
COUNTRY_POSSESSIVE = declare(
    "relations.modifiers.country_possessive", "relation",
    'A country\'s possessive on a name: "France\'s Mathé Altéry"', prior=0.75)
DEMONYM_ON_NAME = declare(
    "relations.modifiers.demonym_on_name", "relation",
    'A demonym right before a name: "Kenyan Eliud Kipchoge"', prior=0.8)
DEMONYM_ON_TITLE = declare(
    "relations.modifiers.demonym_on_title", "relation",
    'A demonym or a country on the title before a name: "German Chancellor Olaf Scholz", '
    '"Hungarian master Johann Löwenthal", "U.S. Representative John Smith"', prior=0.8)
NAME_OF_ORG = declare(
    "relations.modifiers.name_of_org", "relation",
    '"X of Y" after a name: "Mary Wilson of the Supremes", "Uma Bharti of the Janata Party", '
    '"A and B of the Omega Foundation" (memberOf where the name says it has members, else worksFor)',
    prior=0.7)
AGE_IN_COMMAS = declare(
    "relations.modifiers.age_in_commas", "relation", 'An age between commas after a name: "Brandt, 61,"',
    prior=0.85)

_MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod", "poss")


# --- on a noun describing a person ------------------------------------------------------------

def described_modifiers(ctx: DocContext, noun: Token, anchor: Token, person: Found
                        ) -> Iterator[Relation]:
    """Nationality and age from a descriptor's modifiers ("the 52-year-old German minister")."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in _MODIFIER_DEPS:
            continue
        for country, tok in _demonyms_in(ctx, child):
            yield fact(DEMONYM, person, "nationality", (anchor, noun, tok), obj=country)
        age = age_of_head(child)
        if age is not None:
            yield fact(AGE, person, "age", (anchor, noun, child), value=age)
    office = _office_country(ctx, noun)
    if office is not None:
        yield fact(NATIONAL_OFFICE, person, "nationality", (anchor, noun), obj=office)
    origin = _from_country(ctx, noun)  # its token is in the evidence through ``obj``
    if origin is not None:
        yield fact(FROM_COUNTRY, person, "nationality", (anchor, noun), obj=origin)


def _demonyms_in(ctx: DocContext, child: Token) -> Iterator[tuple[Found, Token]]:
    """The country of a demonym modifying a noun, or of one a level down: the parser hangs
    "American" on "speed" in "American speed skater" and "German" on "Jewish" in "German-Jewish
    journalist"."""
    country = demonym_country(ctx, child)
    if country is not None:
        yield country, child
        return
    if child.dep_ in ("compound", "amod") and child.pos_ in ("NOUN", "ADJ"):
        for sub in child.children:
            if sub.i < child.i and sub.dep_ in ("amod", "compound"):
                yield from _demonyms_in(ctx, sub)  # "a Dutch field hockey player"


def _from_country(ctx: DocContext, noun: Token) -> Found | None:
    """The country a person noun says someone is from: "a footballer from Argentina", "a folk
    singer from Malatya, Turkey" (the parser may hang "from" on the copula)."""
    if not (person_noun(noun) or lemma_of(noun) in lx.TITLE_NOUNS):
        return None
    heads = [noun, noun.head] if noun.dep_ == "attr" else [noun]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i < noun.i:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for place in (pobj, *(c for c in pobj.children if c.dep_ == "appos")):
                    country = country_name(ctx, place)
                    if country is not None:
                        return Found(country.key, 1.0, place)
    return None


def _office_country(ctx: DocContext, noun: Token) -> Found | None:
    """The country of a national office: "the Premier of China", "President of Ghana"."""
    if lemma_of(noun) not in lx.NATIONAL_OFFICES:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return country_name(ctx, pobj)
    return None


# --- on a name --------------------------------------------------------------------------------

def name_modifiers(ctx: DocContext) -> Iterator[Relation]:
    """Demonyms and ages on a name itself: "German Chancellor Olaf Scholz", "Brandt, 61,"."""
    for tok in tokens_with_pos(ctx, (PROPN,)):
        key = ctx.entity_key_at(tok)
        if key is None or tok.pos_ != "PROPN" or entity_type(ctx, key) != "Person":
            continue
        person = Found(key)
        for child in tok.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                # "France's Mathé Altéry": a country's own person.
                country = country_name(ctx, child)
                if country is not None:
                    yield fact(COUNTRY_POSSESSIVE, person, "nationality", (tok, child), obj=country)
            if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i:
                country = demonym_country(ctx, child)
                if country is not None:
                    yield fact(DEMONYM_ON_NAME, person, "nationality", (tok, child), obj=country)
                for sub in child.children:
                    # "German Chancellor Olaf Scholz", "Hungarian master Johann Löwenthal": the
                    # demonym sits on the noun before the name.
                    country = demonym_country(ctx, sub) if sub.i < child.i else None
                    if country is not None and (titleish(child) or person_noun(child)):
                        yield fact(DEMONYM_ON_TITLE, person, "nationality", (tok, sub), obj=country)
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == tok.i + 1 \
                    and not ruler_name(ctx, tok):  # "King Philip of Spain" rules it
                # "Mary Wilson of the Supremes", "Uma Bharti of the Janata Party", and "Damien
                # Gildea and Rodrigo Fica of the Omega Foundation" for both names.
                people = [person]
                first = ctx.entity_key_at(tok.head)
                if tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and first not in (None, key) \
                        and entity_type(ctx, first or "") == "Person":
                    people.append(Found(first or "", 1.0, tok.head))
                for org in prep_orgs(ctx, tok, ("of",)):
                    for p in people:
                        if org.key != p.key:
                            yield fact(NAME_OF_ORG, p, _group_predicate(ctx, org), (tok, child), obj=org)
            if child.dep_ in ("appos", "npadvmod", "amod") and child.like_num and child.i > tok.i:
                if child.text.isdigit() and 0 < int(child.text) < 125 and _commas_around(child):
                    yield fact(AGE_IN_COMMAS, person, "age", (tok, child), value=int(child.text))


def _group_predicate(ctx: DocContext, org: Found) -> Predicate:
    """memberOf for an organisation whose name says it has members (a party, band, club), else
    worksFor."""
    name_words = set(ctx.entity(org.key).name.lower().split())
    return "memberOf" if name_words & lx.MEMBERSHIP_ORG_WORDS else "worksFor"


def _commas_around(tok: Token) -> bool:
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == ","
            and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", ")", "."))
