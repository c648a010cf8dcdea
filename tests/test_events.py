"""The event extractor as a whole: document order, one rule per event, rules switched off, dates."""

from __future__ import annotations

from dataclasses import replace

from conftest import build_ctx

from kgraph.dates import resolve_date
from kgraph.extract.context import DocContext
from kgraph.extract.events import extract_events
from kgraph.extract.registry import RULES, RuleSet


def verb_and_noun() -> DocContext:
    """ "Weber arrived after China 's takeover of the port": a verb event, then a noun event."""
    words = ["Weber", "arrived", "after", "China", "'s", "takeover", "of", "the", "port", "."]
    return build_ctx(words, [1, 1, 1, 5, 3, 2, 5, 8, 6, 1],
                     ["nsubj", "ROOT", "prep", "poss", "case", "pobj", "prep", "det", "pobj", "punct"],
                     ["PROPN", "VERB", "ADP", "PROPN", "PART", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                     [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", "Place", "name", True)],
                     lemmas=["Weber", "arrive", "after", "China", "'s", "takeover", "of", "the", "port", "."])


def test_events_come_in_document_order_each_with_its_rule() -> None:
    verb, noun = extract_events(verb_and_noun())
    assert (verb.trigger, verb.rule, verb.agent) == ("arrived", "events.verbs.trigger", "e0")
    assert (noun.trigger, noun.rule, noun.agent) == ("takeover", "events.nouns.trigger", "e1")
    assert all(RULES[e.rule].kind == "event" for e in (verb, noun))


def test_switching_a_rule_off_removes_exactly_its_events() -> None:
    ctx = verb_and_noun()
    both = extract_events(ctx)
    for off in ("events.verbs.trigger", "events.nouns.trigger"):
        left = extract_events(replace(ctx, rules=RuleSet.parse("-" + off)))
        assert left == [e for e in both if e.rule != off]
    assert extract_events(replace(ctx, rules=RuleSet.parse("-events"))) == []


def test_resolve_date() -> None:
    assert resolve_date("on Tuesday", "2024-03-05") == "2024-03-05"  # the article's own day
    assert resolve_date("Saturday", "2024-03-05") == "2024-03-02"
    assert resolve_date("next Friday", "2024-03-05") == "2024-03-08"
    assert resolve_date("December 30", "2024-01-10") == "2023-12-30"  # nearest, not this year
    assert resolve_date("13 March 1963", None) == "1963-03-13"
    assert resolve_date("last week", "2024-03-05") is None  # not one day
    assert resolve_date("March 3", None) is None
