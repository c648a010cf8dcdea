"""Noun triggers (kgraph/extract/events/nouns.py) on hand-built parses."""

from __future__ import annotations

from conftest import build_ctx

from kgraph.extract.events import extract_events


def test_noun_event_with_possessive_agent() -> None:
    # "China 's takeover of the port"
    words = ["China", "'s", "takeover", "of", "the", "port", "worried", "Lagos", "."]
    ctx = build_ctx(words, [2, 0, 6, 2, 5, 3, 6, 6, 6],
                    ["poss", "case", "nsubj", "prep", "det", "pobj", "ROOT", "dobj", "punct"],
                    ["PROPN", "PART", "NOUN", "ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Place", "name", True), (7, 8, "e1", "Place", "name", False)])
    (event,) = [e for e in extract_events(ctx) if e.trigger == "takeover"]
    assert event.agent == "e0"
    assert event.label == "takeover of the port"
    assert event.actors == ("e0",)
    assert event.rule == "events.nouns.trigger" and event.confidence == 0.65


def test_the_object_of_an_event_verb_is_the_verb_s_event() -> None:
    # "Weber signed a deal with Okafor": one event, the verb's.
    words = ["Weber", "signed", "a", "deal", "with", "Okafor", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Person", "name", False)],
                    lemmas=["Weber", "sign", "a", "deal", "with", "Okafor", "."])
    (event,) = extract_events(ctx)
    assert event.trigger == "signed" and event.rule == "events.verbs.trigger"


def test_a_weak_noun_needs_a_participant_not_only_a_place() -> None:
    # "the strike in Lagos" is no event; "the attack in Lagos" is.
    for noun, weak in (("strike", True), ("attack", False)):
        words = ["The", noun, "in", "Lagos", "ended", "."]
        ctx = build_ctx(words, [1, 4, 1, 2, 4, 4], ["det", "nsubj", "prep", "pobj", "ROOT", "punct"],
                        ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                        [(3, 4, "e0", "Place", "name", False)],
                        lemmas=["the", noun, "in", "Lagos", "end", "."])
        events = extract_events(ctx)
        assert (events == []) is weak
        if not weak:
            assert events[0].place == "e0" and events[0].label == "attack in Lagos"
