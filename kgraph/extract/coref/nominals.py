"""Definite descriptions ("the minister", "the company", "the 52-year-old") resolved to entities."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.coref.discourse import Reference
from kgraph.extract.cues import (
    GENERIC_ORG_NOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PLACE_ROLE_NOUNS,
    role_gender,
)
from kgraph.extract.registry import declare
from kgraph.extract.toolkit import SUBJECT_DEPS, age_of_words
from kgraph.names import fold
from kgraph.types import Entity

AGE = declare("coref.nominals.age", "mention",
              '"the 52-year-old" to the one person whose age was given as 52 ("Okafor, 52,")').id
ROLE = declare("coref.nominals.role", "mention",
               '"the minister" to the person last mentioned of those seen with that role (title, '
               'apposition, copula: "Okafor, the minister,")').id
ENSEMBLE = declare("coref.nominals.ensemble", "mention",
                   '"the band" to the nearest organisation named or described as one ("the rock band X", '
                   '"X is a duo")').id
ORGANISATION = declare("coref.nominals.organisation", "mention",
                       '"the bank" to the nearest organisation whose name carries the noun, "the company" to '
                       "the nearest organisation").id
PLACE = declare("coref.nominals.place", "mention",
                '"the country" to the nearest country, "the city" to the nearest place that is none').id

# How many sentences back "the company" / "the country" may look.
NOMINAL_WINDOW = 6
BAND_NOUNS: frozenset[str] = lx.ENSEMBLE_NOUNS
COUNTRY_NOUNS: frozenset[str] = words("coref", "country_nouns")


def nominal_phrase(head: Token) -> Span | None:
    """The definite description headed by ``head`` ("the transport minister"), if it is one."""
    doc = head.doc
    if head.tag_ in ("NNS", "NNPS") or head.dep_ in ("compound", "amod", "poss", "nummod"):
        return None
    left = [c for c in head.lefts]
    if not left or left[0].lower_ != "the" or left[0].dep_ != "det":
        return None
    if any(c.dep_ == "poss" for c in left):
        return None
    # "the minister, Amara Okafor," or "the minister Okafor": the name is right there. A name
    # before a role noun only qualifies the role ("the Tory leader", "the England coach").
    role = head.lemma_.lower() in PERSON_ROLE_NOUNS
    if any(c.dep_ in ("appos", "compound", "flat") and c.ent_type_
           and (not role or c.i > head.i or c.ent_type_ == "PERSON") for c in head.children):
        return None
    if head.dep_ == "appos":
        return None
    return doc[left[0].i:head.i + 1]


def resolve_nominal(ctx: DocContext, head: Token, np: Span, refs: list[Reference],
                    entities: dict[str, Entity], roles: dict[str, dict[str, int]],
                    ages: dict[str, int]) -> tuple[str, str] | None:
    """The entity a definite description refers to and the rule that says so, or None."""
    sent = ctx.sentence_index(head)
    age = age_of_words([t.lower_ for t in np])
    if age is not None:
        fits = [k for k, a in ages.items() if a == age]
        return (fits[0], AGE) if len(fits) == 1 else None
    word = head.lemma_.lower()
    if word in PERSON_ROLE_NOUNS:
        key = _by_role(word, qualifier(np), head, refs, entities, roles)
        return (key, ROLE) if key is not None else None
    if word in BAND_NOUNS:
        key = _by_ensemble_noun(ctx, word, head, sent, refs, entities)
        if key is not None:
            return key, ENSEMBLE
        if word not in GENERIC_ORG_NOUNS:
            return None
    if word in ORG_ROLE_NOUNS or word in GENERIC_ORG_NOUNS:
        key = _by_org_noun(word, head, sent, refs, entities)
        return (key, ORGANISATION) if key is not None else None
    if word in PLACE_ROLE_NOUNS:
        key = _by_place_noun(word, head, sent, refs, entities)
        return (key, PLACE) if key is not None else None
    return None


def _by_role(word: str, qualified: str, head: Token, refs: list[Reference], entities: dict[str, Entity],
             roles: dict[str, dict[str, int]]) -> str | None:
    """The person last mentioned before ``head`` whose role (title, apposition) is ``word``.

    A description qualified by a name ("the Tory leader") is the person seen with that role so
    qualified ("Tory leader Michael Howard"), never one seen with the bare role only (the
    qualifier may be what tells two leaders apart).
    """
    gender = role_gender(word)
    fits = set()
    for key, seen in roles.items():
        first = seen.get(f"{qualified} {word}") if qualified else seen.get(word)
        if first is None or first >= head.i:
            continue
        ent = entities.get(key)
        if ent is None or ent.type != "Person":
            continue
        if gender and ent.gender and ent.gender != gender:
            continue
        fits.add(key)
    if not fits:
        return None
    last = {ev.entity: ev.token for ev in refs if ev.token < head.i and ev.entity in fits}
    if not last:
        return None
    return max(last, key=lambda k: last[k])


def qualifier(np: Span) -> str:
    """The names qualifying a description's head, lower-cased ("the Lib Dem leader" -> "lib dem")."""
    words = [t.lower_ for t in np[1:-1] if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat")]
    return " ".join(words)


def _org_words(ent: Entity) -> set[str]:
    found: set[str] = set()
    for name in (ent.name, *ent.aliases):
        found.update(fold(w) for w in name.split())
    return found


def _by_org_noun(word: str, head: Token, sent: int, refs: list[Reference],
                 entities: dict[str, Entity]) -> str | None:
    """The nearest organisation whose name carries the noun, or any company for "the company"."""
    for ent in _recent(refs, head, sent, entities):
        if ent.type != "Organization":
            continue
        name_words = _org_words(ent)
        if word in name_words:
            return ent.key
        specific = name_words & (ORG_ROLE_NOUNS - GENERIC_ORG_NOUNS)
        if word in GENERIC_ORG_NOUNS and not specific:
            return ent.key
    return None


def _by_ensemble_noun(ctx: DocContext, word: str, head: Token, sent: int, refs: list[Reference],
                      entities: dict[str, Entity]) -> str | None:
    """The nearest organisation named or described as a band ("the rock band X", "X is a duo")."""
    for ent in _recent(refs, head, sent, entities):
        if ent.type != "Organization":
            continue
        if word in _org_words(ent) or _described_as_ensemble(ctx, ent.key, head.i):
            return ent.key
    return None


def _described_as_ensemble(ctx: DocContext, key: str, before: int) -> bool:
    """True when a name of ``key`` before token ``before`` carries a band noun: "rock band X",
    "X, a duo from Leeds", "X is an American rap metal band"."""
    doc = ctx.doc
    for m in ctx.mentions:
        if m.entity != key or m.kind != "name":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start >= before:
            continue
        name = span.root
        nouns = [c for c in name.children if c.dep_ in ("compound", "appos") and c.i not in
                 range(span.start, span.end)]
        if name.dep_ in ("appos", "compound"):
            nouns.append(name.head)
        if name.dep_ in SUBJECT_DEPS and name.head.lemma_ == "be":
            nouns.extend(c for c in name.head.children if c.dep_ == "attr")
        if any(n.lemma_.lower() in BAND_NOUNS for n in nouns):
            return True
    return False


def _by_place_noun(word: str, head: Token, sent: int, refs: list[Reference],
                   entities: dict[str, Entity]) -> str | None:
    want_country = word in COUNTRY_NOUNS
    for ent in _recent(refs, head, sent, entities):
        if ent.type == "Place" and ent.country == want_country:
            return ent.key
    return None


def _recent(refs: list[Reference], head: Token, sent: int, entities: dict[str, Entity]) -> Iterator[Entity]:
    """Entities mentioned before ``head``, nearest first, within the nominal window."""
    for ev in reversed(refs):
        if ev.token >= head.i:
            continue
        if sent - ev.sent > NOMINAL_WINDOW:
            break
        ent = entities.get(ev.entity)
        if ent is not None:
            yield ent
