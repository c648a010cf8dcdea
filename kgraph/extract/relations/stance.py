"""Stance: who supports or opposes whom ("X condemned Y", "his backing of X", "a critic of Y")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN, VERB
from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import declare
from kgraph.extract.relations.common import fact, lemma_of, of_object, persons_of
from kgraph.extract.toolkit import Found, entity_at, entity_type, subject_of, tokens_with_lemma
from kgraph.types import Predicate, Relation

CRITIC_OF = declare(
    "relations.stance.critic_of", "relation",
    'A stance noun describing a person: "X, a critic of Y", "X is a supporter of Y", "Trump critic X"',
    prior=0.8,
    needs=("relations.descriptors",))
STANCE_VERB = declare(
    "relations.stance.verb", "relation",
    '"X condemned Y", "X backed Y" (not negated; the holder a person or organisation)', prior=0.75)
POSSESSIVE_NOUN = declare(
    "relations.stance.possessive_noun", "relation", '"his backing of X", "Y\'s criticism of X"',
    prior=0.8)


def critic_of(ctx: DocContext, noun: Token, anchor: Token, person: Found) -> list[Relation] | None:
    """The stance of a person a stance noun describes, or None when ``noun`` is none with a
    target (the noun then goes on to be read as a title)."""
    lemma = lemma_of(noun)
    if lemma not in lx.OPPOSE_NOUNS and lemma not in lx.SUPPORT_NOUNS:
        return None
    # "a critic of X", "Trump critic Y" are stances, not jobs; "another critic of the deal" too,
    # though it names no one to hold the stance against.
    target = of_object(ctx, noun, ("of", "for"))
    if target is None and lemma not in lx.ROLE_NOUNS:  # "Arsenal defender X" plays for Arsenal
        target = next((f for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i
                       for f in [entity_at(ctx, c)] if f is not None and entity_type(ctx, f.key) == "Person"),
                      None)
    if target is None or target.key == person.key:
        stated = any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in noun.children)
        return [] if stated and lemma not in lx.ROLE_NOUNS else None
    pred: Predicate = "opposes" if lemma in lx.OPPOSE_NOUNS else "supports"
    return [fact(CRITIC_OF, person, pred, (anchor, noun), obj=target)]


def stance_verbs(ctx: DocContext) -> Iterator[Relation]:
    """"X condemned Y", "X backed Y" (not negated; subject a person or organisation)."""
    for tok in tokens_with_lemma(ctx, lx.SUPPORT_VERBS | lx.OPPOSE_VERBS, (VERB,)):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or (lemma not in lx.SUPPORT_VERBS and lemma not in lx.OPPOSE_VERBS):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or (tok.tag_ == "VBG" and tok.dep_ == "amod"):
            continue
        pred: Predicate = "supports" if lemma in lx.SUPPORT_VERBS else "opposes"
        subj = subject_of(tok)
        if subj is None or subj.dep_ == "nsubjpass":
            continue
        holders = [f for f in persons_of(ctx, subj) if entity_type(ctx, f.key) != "Place"]
        targets = [p for c in tok.children if c.dep_ == "dobj" for p in persons_of(ctx, c)]
        for h in holders:
            for t in targets:
                if h.key != t.key:
                    yield fact(STANCE_VERB, h, pred, (subj, tok), obj=t)


def stance_nouns(ctx: DocContext) -> Iterator[Relation]:
    """"his backing of X", "Y's criticism of X"."""
    for tok in tokens_with_lemma(ctx, lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS, (NOUN,)):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or (lemma not in lx.SUPPORT_NOUNS and lemma not in lx.OPPOSE_NOUNS):
            continue
        holder = next((entity_at(ctx, c) for c in tok.children if c.dep_ == "poss"), None)
        target = of_object(ctx, tok, ("of", "for"))
        if holder and target and holder.key != target.key and \
                entity_type(ctx, holder.key) != "Place":
            pred: Predicate = "supports" if lemma in lx.SUPPORT_NOUNS else "opposes"
            yield fact(POSSESSIVE_NOUN, holder, pred, (tok,), obj=target)
