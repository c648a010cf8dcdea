"""extract(): one failing extractor costs only its own records, and DocFacts round-trips as JSON."""

from __future__ import annotations

import json

import pytest

import kgraph.extract as ex
from kgraph.types import Article, DocFacts

pytestmark = pytest.mark.model

TEXT = ("Amara Okafor, the transport minister, met Chidi Okafor in Lagos on Monday.\n\n"
        "“We will not back down,” Ms Okafor said. Police arrested 40 people, her son said.")


def test_failing_extractor_is_reported_and_the_rest_kept(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def broken(ctx):  # type: ignore[no-untyped-def]
        raise IndexError("list index out of range")

    monkeypatch.setattr(ex, "extract_events", broken)
    facts = ex.extract(nlp(TEXT), Article("a", TEXT, "a.txt"))
    assert facts.warnings == ("events failed: IndexError: list index out of range",)
    assert facts.quotes and facts.entities and facts.events == ()


def test_docfacts_round_trip_through_json(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = ex.extract(nlp(TEXT), Article("a", TEXT, "a.txt", title=None, date="2024-03-05"))
    again = DocFacts.from_dict(json.loads(json.dumps(facts.to_dict())))
    assert again == facts
