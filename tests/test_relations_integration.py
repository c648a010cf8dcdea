"""Relations, events and counts with the real model on sentences written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.extract import extract
from kgraph.types import Article, DocFacts

GOLD = Path(__file__).parent / "data" / "relations_gold.jsonl"
DATE = "2024-03-05"


def facts_for(nlp, text: str, date: str | None = DATE) -> DocFacts:  # type: ignore[no-untyped-def]
    return extract(nlp(text), Article("t", text, "-", date=date))


def named(facts: DocFacts) -> set[tuple[str, str, str]]:
    out = set()
    for r in facts.relations:
        obj = facts.entity(r.object).name if r.object else str(r.value)
        out.add((facts.entity(r.subject).name, r.predicate, obj))
    return out


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The chief executive of Siemens, Roland Busch, flew to Lagos with his daughter, Mara Busch.",
     {("Roland Busch", "affiliation", "Siemens"), ("Roland Busch", "children", "Mara Busch"),
      ("Roland Busch", "jobTitle", "chief executive")}),
    ("Ilse Brandt, a German novelist and climate activist, lives in Cologne.",
     {("Ilse Brandt", "nationality", "Germany"), ("Ilse Brandt", "jobTitle", "novelist"),
      ("Ilse Brandt", "jobTitle", "climate activist"), ("Ilse Brandt", "locatedIn", "Cologne")}),
    ("Tom Hale married Jane Fox in 1990.", {("Tom Hale", "spouse", "Jane Fox")}),
    ("Eleanor Marsh, 45, condemned the mayor, David Pryce.",
     {("Eleanor Marsh", "age", "45"), ("Eleanor Marsh", "opposes", "David Pryce")}),
    ("Priya Raman, a member of the Green Party, backed Eleanor Marsh.",
     {("Priya Raman", "memberOf", "Green Party"), ("Priya Raman", "supports", "Eleanor Marsh")}),
])
def test_relations_on_examples(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert expected <= named(facts_for(nlp, text))


@pytest.mark.model
def test_no_relative_is_invented(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = facts_for(nlp, "Okafor said her son had played no part in the talks.")
    assert not [r for r in facts.relations if r.predicate in ("children", "spouse", "sibling")]


@pytest.mark.model
def test_event_with_date_and_count_with_reporter(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = facts_for(nlp, "Amara Okafor signed a deal with Nordhavn Logistics Group on Tuesday.")
    (event,) = [e for e in facts.events if e.trigger == "signed"]
    assert facts.entity(event.agent or "").name == "Amara Okafor"
    assert event.date == "2024-03-05"
    facts = facts_for(nlp, "Twelve people were killed, according to the Red Cross.")
    (count,) = facts.counts
    assert (count.quantity, count.count_type) == (12, "killed")
    assert facts.entity(count.reported_by or "").name == "Red Cross"


@pytest.mark.model
def test_records_are_well_formed_on_the_gold_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    records = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line]
    assert len(records) >= 60
    for rec in records:
        facts = facts_for(nlp, rec["text"])
        keys = {e.key for e in facts.entities}
        for r in facts.relations:
            assert r.subject in keys and (r.object is None or r.object in keys)
            assert (r.object is None) == (r.predicate in ("jobTitle", "age"))
            assert 0 <= r.evidence[0] < r.evidence[1] <= len(rec["text"])
            assert 0.0 < r.confidence <= 1.0
            assert r.rule.startswith("relations.")
        for item in (*facts.events, *facts.counts):
            assert 0 <= item.evidence[0] < item.evidence[1] <= len(rec["text"])


@pytest.mark.model
def test_gold_set_scores_stay_high(nlp) -> None:  # type: ignore[no-untyped-def]
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    from relations_gold import score

    records = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line]
    pred, ok, gold, found = score(records, nlp)["relations"]
    assert ok / pred >= 0.9 and found / gold >= 0.8
