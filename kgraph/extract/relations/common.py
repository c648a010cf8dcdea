"""What the relation rules share: making a fact record, and reading people and organisations off
a phrase (conjuncts, prepositions, compounds)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import Rule, confidence
from kgraph.extract.toolkit import Found, conjuncts, entity_at, entity_of, entity_type, evidence_span
from kgraph.names import ADDRESS_TITLES, is_title_word
from kgraph.types import Predicate, Relation

# (descriptor noun, anchor token, person): a noun that says what a named person is.
Described = tuple[Token, Token, Found]


@dataclass(frozen=True)
class SoFar:
    """What the rules that ran before found: the descriptors and the facts, in the order made.

    The rules that read others' facts (they declare ``needs``) take it as their second argument.
    """

    described: list[Described] = field(default_factory=list)
    facts: list[Relation] = field(default_factory=list)


def fact(made_by: Rule, subject: Found, predicate: Predicate, tokens: Iterable[Token], *,
         obj: Found | None = None, value: str | int | None = None) -> Relation:
    """A fact of rule ``made_by``: its prior times the sureness of the entities it links; the
    evidence spans ``tokens`` and the entities' tokens."""
    assert made_by.prior is not None, made_by.id
    sure = subject.sure * (obj.sure if obj else 1.0)
    toks = [*tokens, *(f.token for f in (subject, obj) if f is not None and f.token is not None)]
    return Relation(subject.key, predicate, evidence_span(toks),
                    confidence(made_by.id, round(made_by.prior * sure, 3)),
                    obj.key if obj else None, value, made_by.id)


def pairs(ctx: DocContext, made_by: Rule, subjects: list[Found], objects: list[Found],
          pred: Predicate, trigger: Token, *, types: tuple[str, ...] = ("Person",)) -> Iterator[Relation]:
    """A fact for each person subject and each object of one of ``types``."""
    for s in subjects:
        for o in objects:
            if s.key != o.key and entity_type(ctx, s.key) == "Person" and \
                    entity_type(ctx, o.key) in types:
                yield fact(made_by, s, pred, (trigger,), obj=o)


# --- entities of phrases ----------------------------------------------------------------------

def persons_of(ctx: DocContext, tok: Token | None) -> list[Found]:
    """The entity of a phrase and of its conjuncts ("X and Y married")."""
    if tok is None:
        return []
    out = []
    for t in conjuncts(tok):
        found = entity_of(ctx, t)
        if found is not None:
            out.append(found)
    return out


def prep_objects(ctx: DocContext, head: Token, preps: tuple[str, ...]) -> list[Found]:
    """The entities of the objects of ``head``'s prepositions ``preps`` (with their conjuncts)."""
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj" for p in persons_of(ctx, o)]


def prep_orgs(ctx: DocContext, head: Token, preps: tuple[str, ...]) -> list[Found]:
    """The organisations among ``prep_objects``."""
    return [p for p in prep_objects(ctx, head, preps) if entity_type(ctx, p.key) == "Organization"]


def of_object(ctx: DocContext, noun: Token, preps: tuple[str, ...]) -> Found | None:
    """The entity of the first object of a preposition ``preps`` on ``noun`` ("a critic of X")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return entity_of(ctx, pobj)
    return None


def compound_entity(ctx: DocContext, noun: Token) -> Found | None:
    """The entity named before a common noun: "MAPAR" in "the MAPAR party"."""
    return next((f for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 for f in [entity_at(ctx, c)] if f), None)


def before_name(ctx: DocContext, noun: Token) -> bool:
    """True for a title word standing before a name ("chief executive Henrik Lindqvist")."""
    return (noun.dep_ in ("compound", "amod") and noun.head.pos_ == "PROPN"
            and ctx.entity_key_at(noun.head) is not None)


def is_country(ctx: DocContext, found: Found) -> bool:
    ent = ctx.entity(found.key)
    return ent.type == "Place" and ent.country


def is_place(ctx: DocContext, found: Found) -> bool:
    return entity_type(ctx, found.key) == "Place"


# --- countries and rulers -------------------------------------------------------------------

def demonym_country(ctx: DocContext, tok: Token) -> Found | None:
    """The country of a demonym ("German"), or of a country's name used as one."""
    for m in ctx.mentions:
        if m.kind == "demonym" and m.start <= tok.idx < m.end:
            ent = ctx.entity(m.entity)
            return Found(m.entity) if ent.country else None
    if tok.dep_ in ("compound", "poss") and tok.pos_ == "PROPN" and \
            lemma_of(tok.head) in lx.NATIONAL_OFFICES | lx.NATIONAL_LEGISLATORS:
        # A country's name used as a demonym: "U.S. Representative", "Bangladesh's Prime Minister"
        # (not "US Ambassador X": an ambassador to a country is rarely its citizen).
        return country_name(ctx, tok)
    if tok.dep_ == "poss" and tok.pos_ == "PROPN" and person_noun(tok.head):
        return country_name(ctx, tok)  # "Scotland's national poet Robert Burns"
    return None


def country_name(ctx: DocContext, tok: Token) -> Found | None:
    """The country whose name ``tok`` is part of."""
    key = ctx.entity_key_at(tok)
    if key is None:
        return None
    for m in ctx.mentions:
        if m.entity == key and m.kind == "name" and m.start <= tok.idx < m.end:
            return Found(key) if ctx.entity(key).country else None
    return None


REGNAL_NUMBER = re.compile(r"^[IVX]+\.?$")


def ruler_name(ctx: DocContext, last: Token) -> bool:
    """Whether the name ending at ``last`` is a monarch's: a regnal number ("Gustav III") or a
    royal title before it ("King Constantine"); not a surname that is also a title ("Imran Khan",
    "Sadiq Khan of the Labour Party")."""
    doc = ctx.doc
    if REGNAL_NUMBER.match(last.text):
        return True
    key = ctx.entity_key_at(last)
    first = last.i
    while key is not None and first > 0 and ctx.entity_key_at(first - 1) == key:
        first -= 1
    return first > 0 and doc[first - 1].lower_ in lx.ROYAL_TITLES


# --- words and clauses ------------------------------------------------------------------------

def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acl"


def agent_word(tok: Token) -> bool:
    """A noun of a kind of person whatever the tagger made of it ("sculptor" tagged VERB)."""
    low = tok.lower_
    return low.endswith(lx.AGENT_SUFFIXES) and low not in lx.NOT_AGENT_NOUNS and tok.pos_ in ("NOUN", "VERB")


def person_noun(tok: Token) -> bool:
    """A common noun that names a kind of person: a role, or an agent noun ("master", "artist")."""
    low = tok.lower_
    return tok.pos_ == "NOUN" and (low in lx.TITLE_NOUNS or low in lx.KINSHIP or (
        low.endswith(lx.AGENT_SUFFIXES) and low not in lx.NOT_AGENT_NOUNS))


def sentence_at(ctx: DocContext, char: int) -> int:
    """Index of the sentence holding character ``char``."""
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return ctx.sentence_index(span[0]) if span is not None and len(span) else 0


def titleish(tok: Token) -> bool:
    """A noun that can be a title or role: a role or kinship word, or a title word ("Duke")."""
    low = tok.lower_
    return (tok.lemma_.lower() in lx.TITLE_NOUNS or low in lx.TITLE_NOUNS or low in lx.KINSHIP
            or (tok.is_title and is_title_word(tok.text) and low.strip(".") not in ADDRESS_TITLES))


def lemma_of(tok: Token) -> str:
    """A noun as the word lists hold it: as written where they list it, else its lemma."""
    low = tok.lower_
    return low if low in lx.KINSHIP or low in lx.TITLE_NOUNS else tok.lemma_.lower()
