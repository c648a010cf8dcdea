"""Verb triggers: "Police arrested Obi in Lagos", "Brandt published a letter to Weber"."""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.events.modality import stated
from kgraph.extract.events.roles import (
    contiguous,
    make_event,
    object_of,
    place_of,
    prep_entity,
    recipient_of,
    roles_without_echo,
)
from kgraph.extract.events.senses import in_a_name, verb_sense
from kgraph.extract.registry import rule
from kgraph.extract.toolkit import entity_of, subject_of
from kgraph.types import Event

TRIGGER = "events.verbs.trigger"
PRIOR = 0.6  # before its participants and place add theirs
ROLE_BONUS = 0.1  # for each of its first two participants
PLACE_BONUS = 0.05  # for a place

WITH_VERBS: frozenset[str] = words("events", "with_verbs")
UNDERGOER_VERBS: frozenset[str] = words("events", "undergoer_verbs")
COLLECTIVE_ACTORS: frozenset[str] = words("events", "collective_actors")
_DEFINITE = ("the", "this", "that", "these", "those")
# Children of a verb that belong in its label ("moved tanks into the region").
_LABEL_DEPS = {"prt", "dobj", "dative", "prep", "attr", "oprd", "acomp", "xcomp"}


@rule(TRIGGER, "event", prior=PRIOR)
def verb_trigger(ctx: DocContext, verb: Token) -> Event | None:
    """An event verb the sentence states, with a named agent, patient, recipient or place: "Police
    arrested Obi" (not "could arrest", "refused to arrest", "if police arrest")."""
    if verb.dep_ in ("amod", "compound") or not stated(verb) or in_a_name(ctx, verb):
        return None
    # (A participle describing a noun is passive: "the Macintosh, sold for $499", "Obi, arrested".)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or \
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    subj = subject_of(verb)
    subject = entity_of(ctx, subj) if subj is not None else None
    by_agent = prep_entity(ctx, verb, ("by",), deps=("agent", "prep"))
    lemma = verb.lemma_.lower()
    agent, patient = (by_agent, subject) if passive else (subject, object_of(ctx, verb))
    recipient = recipient_of(ctx, verb)
    if passive and lemma in lx.TRANSFER_VERBS and recipient is None and \
            any(c.dep_ == "dobj" for c in verb.children):
        recipient, patient = patient, object_of(ctx, verb)  # "Suu Kyi was awarded the medal"
    if not passive and lemma in UNDERGOER_VERBS and patient is None:
        agent, patient = None, agent  # "Crutcher died": it happened to him
    if patient is None and lemma in WITH_VERBS:
        patient = prep_entity(ctx, verb, ("with",))
    patient = roles_without_echo(agent, patient)
    place = place_of(ctx, verb) or next(
        (p for c in verb.children if c.dep_ == "dobj" for p in [place_of(ctx, c)] if p), None)
    if not (agent or patient or recipient or place and _specific(subj)):
        return None  # (a place needs a specific doer: "the army moved", not "Europeans travelling")
    if not verb_sense(ctx, verb, patient, recipient, place):
        return None
    roles = [r for r in (agent, patient, recipient) if r is not None]
    conf = PRIOR + ROLE_BONUS * min(len(roles), 2) + (PLACE_BONUS if place else 0.0)
    return make_event(ctx, TRIGGER, verb, verb_label(verb), conf, agent, patient, recipient, place)


def _specific(subj: Token | None) -> bool:
    """A subject that names someone in particular, not people in general: "the army", "Harlin's
    film", "40 people", "police" (but not "Europeans", "millions", "games consoles")."""
    if subj is None or subj.pos_ != "NOUN":
        return False
    if subj.lemma_.lower() in COLLECTIVE_ACTORS or subj.tag_ == "NN":
        return True
    return any(c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ in _DEFINITE
               for c in subj.children)


def _object_participle(child: Token) -> bool:
    """A participle the parser hung on the verb that ends its object ("published the number of
    troops lost": "lost" describes the troops)."""
    return child.dep_ == "advcl" and child.tag_ == "VBN" and child.i > 0 and child.nbor(-1).dep_ in (
        "pobj", "dobj") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)


def verb_label(verb: Token) -> list[Token]:
    """The verb and what follows it in its phrase, dates left out ("moved tanks into Ukraine")."""
    keep = [verb]
    for child in verb.children:
        if child.i > verb.i and (child.dep_ in _LABEL_DEPS or _object_participle(child)):
            sub = list(child.subtree)
            if any(t.ent_type_ in ("DATE", "TIME") for t in sub):
                continue
            keep.extend(sub)
    return contiguous(verb, sorted(keep, key=lambda t: t.i))
