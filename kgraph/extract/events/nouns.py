"""Noun triggers: "China's takeover of the port", "the attack on the convoy"."""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.events.modality import stated
from kgraph.extract.events.roles import (
    OPPONENT_PREPS,
    OPPONENT_WORDS,
    contiguous,
    make_event,
    place_of,
    prep_entity,
)
from kgraph.extract.events.senses import in_a_name, noun_sense
from kgraph.extract.registry import rule
from kgraph.extract.toolkit import entity_of
from kgraph.types import Event

UNDERGOER_NOUNS: frozenset[str] = words("events", "undergoer_nouns")

TRIGGER = "events.nouns.trigger"
PRIOR = 0.65


@rule(TRIGGER, "event", prior=PRIOR)
def noun_trigger(ctx: DocContext, noun: Token) -> Event | None:
    """An event noun with a named participant or a place: "China's takeover of the port"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.EVENT_VERBS:
        return None  # "signed a deal": the verb's event already holds it
    if not noun_sense(noun) or in_a_name(ctx, noun) or not stated(noun):
        return None  # "the planned merger", "called for a ban", "the merger would create"
    owner = next((entity_of(ctx, c) for c in noun.children if c.dep_ == "poss"), None)
    by = prep_entity(ctx, noun, OPPONENT_PREPS if noun.lemma_.lower() in OPPONENT_WORDS else ("by",))
    patient = prep_entity(ctx, noun, ("of", "on", "with") if by else ("of", "against", "on", "with"))
    if noun.lemma_.lower() in UNDERGOER_NOUNS:  # "Michael's arrest", "her defeat by Elia"
        agent, patient = by, patient or owner
    else:  # "China's takeover of the port"
        agent = owner or by
    recipient = None if noun.lemma_.lower() in OPPONENT_WORDS else prep_entity(ctx, noun, ("to",))
    place = place_of(ctx, noun)
    if noun.lemma_.lower() in lx.WEAK_EVENT_NOUNS and not (agent or patient or recipient):
        return None
    if not (agent or patient or recipient or place):
        return None
    label = [t for t in noun.subtree if t.i >= noun.i and t.dep_ not in ("relcl", "appos")]
    return make_event(ctx, TRIGGER, noun, contiguous(noun, label), PRIOR, agent, patient, recipient, place)
