"""Quotes and speakers with the real model, on short articles written for these tests."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.types import Article, DocFacts, Quote

pytestmark = pytest.mark.model


def run(nlp, text: str) -> DocFacts:  # type: ignore[no-untyped-def]
    return extract(nlp(text), Article(id="t", text=text, source="t"))


def speaker_name(facts: DocFacts, quote: Quote) -> str | None:
    return facts.entity(quote.speaker).name if quote.speaker else None


def only(facts: DocFacts, kind: str) -> list[Quote]:
    return [q for q in facts.quotes if q.kind == kind]


def test_multi_paragraph_quote_with_junk_line(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Transport Minister Amara Okafor defended the new rail plan on Monday.\n\n"
            "\"We have waited twenty years for this line. It will carry a million people a week,"
            "\n\nAdvert\n\n"
            "\"and it will be finished on time,\" she said.\n\nThe opposition was not convinced.")
    facts = run(nlp, text)
    [q] = only(facts, "direct")
    assert len(q.spans) == 2
    assert "Advert" not in q.text and '"' not in q.text
    assert q.text.endswith("finished on time,")
    assert speaker_name(facts, q) == "Amara Okafor"
    assert q.speaker_text == "she"
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "she"


def test_pronoun_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, 'Amara Okafor arrived late at the hearing. "I have nothing to hide," she said.')
    [q] = facts.quotes
    assert (q.text, speaker_name(facts, q), q.cue) == ("I have nothing to hide,", "Amara Okafor",
                                                        "said")


def test_description_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, "Amara Okafor, the transport minister, spoke to reporters in Lagos. "
                     "\"The trains will run,\" the minister said.")
    [q] = only(facts, "direct")
    assert (q.speaker_text, speaker_name(facts, q)) == ("the minister", "Amara Okafor")


def test_split_quote_is_one_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"The budget is fixed," said Daniel Mensah, the finance director, "and nobody will change it."'
    facts = run(nlp, text)
    [q] = facts.quotes
    assert q.kind == "direct"
    assert [text[s:e] for s, e in q.spans] == ["The budget is fixed,", "and nobody will change it."]
    assert speaker_name(facts, q) == "Daniel Mensah"


def test_unbalanced_mark_keeps_later_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('Daniel Mensah said the plan was "a disaster.\n\n'
            "The company rejected the claim on Tuesday.\n\n"
            '"We stand by every figure," said Acme Mining, the operator of the mine.')
    facts = run(nlp, text)
    last = [q for q in facts.quotes if q.text == "We stand by every figure,"]
    assert len(last) == 1
    assert speaker_name(facts, last[0]) == "Acme Mining"
    assert not any("rejected" in q.text for q in facts.quotes if q.kind != "indirect")


def test_nested_quote_stays_inside_the_outer_one(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, "Amara Okafor said: \"My father told me 'never give up' and I never did.\"")
    [q] = facts.quotes
    assert q.text == "My father told me 'never give up' and I never did."
    assert speaker_name(facts, q) == "Amara Okafor"


def test_quote_without_speaker_is_not_guessed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The crowd gathered outside the court in Abuja.\n\n\"Justice for the miners!\"\n\n"
            "Police watched from a distance.")
    facts = run(nlp, text)
    [q] = facts.quotes
    assert (q.text, q.speaker, q.speaker_text) == ("Justice for the miners!", None, None)
    assert q.confidence < 0.5


def test_single_quoted_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, "'We will appeal,' said Daniel Mensah after the ruling.")
    [q] = facts.quotes
    assert (q.kind, q.text, speaker_name(facts, q)) == ("direct", "We will appeal,", "Daniel Mensah")


def test_mixed_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, 'Daniel Mensah said the plan was "a complete disaster" for the town.')
    [q] = facts.quotes
    assert q.kind == "mixed"
    assert "a complete disaster" in q.text and '"' not in q.text
    assert speaker_name(facts, q) == "Daniel Mensah"


def test_indirect_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, "Amara Okafor said that the railway would open in May.")
    [q] = facts.quotes
    assert (q.kind, q.text, speaker_name(facts, q), q.cue) == (
        "indirect", "that the railway would open in May", "Amara Okafor", "said")


def test_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, "According to Daniel Mensah, the mine will close next year.")
    [q] = facts.quotes
    assert (q.text, speaker_name(facts, q), q.cue) == ("the mine will close next year",
                                                       "Daniel Mensah", "according to")


def test_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, 'Amara Okafor told Daniel Mensah: "You must resign."')
    [q] = facts.quotes
    assert speaker_name(facts, q) == "Amara Okafor"
    assert facts.entity(q.addressee).name == "Daniel Mensah"


def test_she_said_colon_in_the_paragraph_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Daniel Mensah spoke after the vote. He said:\n\n"This is a sad day for the town."'
    facts = run(nlp, text)
    [q] = facts.quotes
    assert (q.text, q.speaker_text, speaker_name(facts, q)) == (
        "This is a sad day for the town.", "He", "Daniel Mensah")


def test_quote_mentions_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, '"Acme Mining must pay," said Amara Okafor.')
    [q] = facts.quotes
    assert [facts.entity(k).name for k in q.mentions] == ["Acme Mining"]


def test_quote_after_reported_speech_in_the_same_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = run(nlp, "Amara Okafor, the transport minister, spoke on Monday.\n\n"
                     "Ms Okafor said the concerns had been settled. “The unions asked for guarantees "
                     "and they now have them in writing.\n\nAdvert\n\n"
                     "“That point was never up for negotiation.”")
    (quote,) = only(facts, "direct")
    assert speaker_name(facts, quote) == "Amara Okafor"
    assert len(quote.spans) == 2 and "Advert" not in quote.text
    assert quote.confidence < 0.9  # inherited, not stated next to the quote
