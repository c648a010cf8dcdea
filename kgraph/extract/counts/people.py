"""Counts of people something happened to: "12 miners were killed", "310 injured", "40 deaths"."""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.counts.numbers import count_span, counted_noun
from kgraph.extract.counts.reporters import reporter
from kgraph.extract.events.modality import stated
from kgraph.extract.registry import confidence, declare
from kgraph.types import Count

VERB_PRIOR, NOUN_PRIOR = 0.8, 0.75
BY_VERB = declare("counts.people.verb", "count",
                  'People a count verb happened to: "12 miners were killed", "police arrested 40 people".',
                  prior=VERB_PRIOR).id
BY_NOUN = declare("counts.people.noun", "count",
                  'A count noun or adjective says what happened: "40 deaths", "12 people dead".',
                  prior=NOUN_PRIOR).id
PRIORS = {BY_VERB: VERB_PRIOR, BY_NOUN: NOUN_PRIOR}

PEOPLE_NOUNS: frozenset[str] = words("counts", "people_nouns")
INTRANSITIVE_VERBS: frozenset[str] = words("counts", "intransitive_verbs")
PERSON_NOUNS: frozenset[str] = words("counts", "person_nouns")
# What a bare number stands for when it is itself the subject of a casualty verb.
_BARE_LABEL = "people"


def people_count(ctx: DocContext, tok: Token, value: float) -> Count | None:
    """The count of people a number makes with its noun and verb, by the rule that reads it."""
    noun = counted_noun(tok)
    if noun is None:
        return None
    count_type, verb = count_type_of(noun)
    if count_type is None:
        return None
    rule_id = BY_VERB if verb is not None else BY_NOUN
    if not ctx.on(rule_id) or not stated(verb if verb is not None else noun):
        return None  # (not "500 jobs will be cut", "could kill 1,000 people", "if 12 are arrested")
    bare = noun.i == tok.i
    if verb is not None and not bare and not person_noun(noun):
        return None  # "missed three drugs tests", "IBM frees 500 software patents"
    label = _BARE_LABEL if bare else noun.text
    if not bare and noun.lemma_.lower() in lx.COUNT_NOUNS:
        label = _BARE_LABEL if noun.lemma_.lower() in PEOPLE_NOUNS else noun.text
    involved = [t for t in (tok, noun, verb) if t is not None]
    return Count(value, count_type, label, count_span(involved), confidence(rule_id, PRIORS[rule_id]), None,
                 reporter(ctx, tok), rule=rule_id)


def person_noun(noun: Token) -> bool:
    """A noun of people: listed, an occupation or role, a demonym, or an agent noun ("fighters")."""
    lemma, low = noun.lemma_.lower(), noun.lower_
    if lemma in PERSON_NOUNS or lemma in lx.TITLE_NOUNS or noun.ent_type_ == "NORP":
        return True
    stem = lemma[:-1] if lemma.endswith("s") else lemma
    return stem.endswith(lx.AGENT_SUFFIXES) and not {stem, low} & lx.NOT_AGENT_NOUNS


def count_type_of(noun: Token) -> tuple[str | None, Token | None]:
    """What happened to the counted: from the noun ("deaths") or its verb ("were killed")."""
    lemma = noun.lemma_.lower()
    if lemma in lx.COUNT_NOUNS:
        return lx.COUNT_NOUNS[lemma], None
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in lx.COUNT_NOUNS:  # "12 people dead"
            return lx.COUNT_NOUNS[child.lower_], None
    verb = noun.head
    if noun.dep_ == "conj":  # "12 were killed and 30 injured" shares the verb's frame
        verb = noun.head.head
    vlemma = verb.lemma_.lower()
    if vlemma not in lx.COUNT_VERBS:
        return None, None
    if vlemma in INTRANSITIVE_VERBS:
        return (lx.COUNT_VERBS[vlemma], verb) if noun.dep_ == "nsubj" else (None, None)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN"
    if noun.dep_ == "dobj" or (noun.dep_ == "nsubjpass") or (passive and noun.dep_ == "nsubj"):
        return lx.COUNT_VERBS[vlemma], verb
    return None, None
