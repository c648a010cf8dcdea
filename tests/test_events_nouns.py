"""Noun triggers (kgraph/extract/events/nouns.py) on hand-built parses."""

from __future__ import annotations

from conftest import build_ctx
from handparse import parse

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


def test_the_possessor_of_an_arrest_or_a_death_is_who_it_happened_to() -> None:
    # "Michael 's arrest shocked fans": Michael was arrested; "China 's takeover": China took over.
    for noun, role in (("arrest", "patient"), ("death", "patient"), ("takeover", "agent")):
        ctx = parse(f"""
            Michael  PROPN poss  2
            's       PART  case  0
            {noun}   NOUN  nsubj 3
            shocked  VERB  ROOT  3 shock VBD
            Lagos    PROPN dobj  3
            .        PUNCT punct 3
        """, [(0, 1, "e0", "Person"), (4, 5, "e1", "Place")])
        (event,) = [e for e in extract_events(ctx) if e.trigger == noun]
        assert getattr(event, role) == "e0" and event.actors == ("e0",)


def test_a_defeat_by_someone_has_its_agent_and_its_possessor_as_patient() -> None:
    # "Williams blamed her defeat by Elia on injuries" (her = Williams)
    ctx = parse("""
        Williams PROPN nsubj 1
        blamed   VERB  ROOT  1 blame VBD
        her      PRON  poss  3
        defeat   NOUN  dobj  1
        by       ADP   prep  3
        Elia     PROPN pobj  4
        .        PUNCT punct 1
    """, [(0, 1, "e0", "Person"), (2, 3, "e0", "Person"), (5, 6, "e1", "Person")])
    (event,) = extract_events(ctx)
    assert (event.agent, event.patient) == ("e1", "e0")


def test_a_gathering_is_no_place() -> None:
    # "the attack at the Geneva Motor Show" is no event at a place; "the attack in Geneva" is.
    for name, place in ((["Geneva", "Motor", "Show"], False), (["Geneva"], True)):
        n = len(name)
        rows = "\n".join(f"{w} PROPN pobj 2" if i == n - 1 else f"{w} PROPN compound {2 + n}"
                          for i, w in enumerate(name))
        ctx = parse(f"""
            The    DET   det   1
            attack NOUN  nsubj {3 + n}
            at     ADP   prep  1
            {rows}
            ended  VERB  ROOT  {3 + n} end VBD
            .      PUNCT punct {3 + n}
        """, [(3, 3 + n, "e0", "Place")])
        assert bool(extract_events(ctx)) is place


def test_the_winner_of_a_defeat_is_its_agent_and_no_place() -> None:
    # "England's defeat to France": France won; France is no place, nor a recipient.
    ctx = parse("""
        England PROPN poss  2
        's      PART  case  0
        defeat  NOUN  nsubj 5
        to      ADP   prep  2
        France  PROPN pobj  3
        hurt    VERB  ROOT  5 hurt VBD
        .       PUNCT punct 5
    """, [(0, 1, "e0", "Place"), (4, 5, "e1", "Place")])
    (event,) = extract_events(ctx)
    assert (event.agent, event.patient, event.recipient, event.place) == ("e1", "e0", None, None)
