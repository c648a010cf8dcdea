"""Events with the real model on sentences written for the tests: the constructions of issue 12."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.types import Article, DocFacts


def facts_for(nlp, text: str) -> DocFacts:  # type: ignore[no-untyped-def]
    return extract(nlp(text), Article("t", text, "-", date="2024-03-05"))


def events_of(nlp, text: str) -> list[tuple[str, str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    facts = facts_for(nlp, text)
    name = {e.key: e.name for e in facts.entities}
    return [(e.trigger, name.get(e.agent or ""), name.get(e.patient or ""), e.label) for e in facts.events]


@pytest.mark.model
def test_a_publication_to_people_nobody_names(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of(nlp, "Meghan Markle, 42, published an open letter to three women.")
    assert event == ("published", "Meghan Markle", None, "published an open letter to three women")


@pytest.mark.model
def test_a_newspaper_named_in_apposition_publishes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Last week a pro-government newspaper, Komsomolskaya Pravda, briefly published the number "
            "of troops lost in Ukraine.")
    (event,) = events_of(nlp, text)
    assert event[:2] == ("published", "Komsomolskaya Pravda")
    assert event[3] == "published the number of troops lost in Ukraine"


@pytest.mark.model
def test_a_challenge_over_something(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of(nlp, "Piers Morgan challenged Meghan Markle over her son.")
    assert event[:3] == ("challenged", "Piers Morgan", "Meghan Markle")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Commission could charge Vodafone up to 10% of its turnover.",
    "Chris Tarrant will host the show in London next year.",
    "If Italy lose to Scotland, Matt Williams will be sacked.",
    "Donald Trump refused to release his tax returns.",
    "Hillary Clinton was urged to withdraw from the race.",
    "Many Democrats fear that Donald Trump wins the election.",
])
def test_events_that_did_not_happen_are_not_written(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events_of(nlp, text) if e[0] in ("charge", "host", "lose", "release", "withdraw",
                                                         "wins")] == []


@pytest.mark.model
def test_the_patient_of_a_passive_and_the_undergoer_of_a_death(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("arrested", None, "George Michael", "arrested") in events_of(nlp, "George Michael was arrested.")
    (death,) = events_of(nlp, "Terence Crutcher's death shocked Tulsa.")
    assert death[:3] == ("death", None, "Terence Crutcher")
