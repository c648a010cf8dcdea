"""extract(): one failing extractor costs only its own records, and DocFacts round-trips as JSON."""

from __future__ import annotations

import json

import pytest

import kgraph.extract as ex
from kgraph.extract.context import DocContext
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


def test_context_columns_match_the_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    ctx = DocContext(doc, Article("a", TEXT, "a.txt"))
    assert ctx.token_starts() == [t.idx for t in doc]
    assert ctx.token_pos() == [t.pos for t in doc]
    assert ctx.token_lowers() == [t.lower_ for t in doc]
    assert ctx.token_lemmas() == [t.lemma_.lower() for t in doc]
    assert ctx.sentence_starts() == [s.start for s in doc.sents]


def test_with_mentions_indexes_like_a_fresh_context(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Amara Okafor, the transport minister, visited Lagos on Monday. She said the ministry "
            "would act. The minister left later.")
    doc = nlp(text)
    article = Article("a", text, "a.txt")
    entities, mentions = ex.extract_entities(doc)
    ctx = DocContext(doc, article, tuple(entities), tuple(mentions))
    extra = ex.resolve_references(ctx)
    assert [m.text for m in extra] == ["She", "The minister"]
    grown = ctx.with_mentions(extra)
    fresh = DocContext(doc, article, tuple(entities), tuple(mentions) + tuple(extra))
    assert [grown.entity_key_at(t) for t in doc] == [fresh.entity_key_at(t) for t in doc]
    assert [ctx.entity_key_at(t) for t in doc] != [grown.entity_key_at(t) for t in doc]
    assert all(grown.entity(e.key) is e for e in entities)
    with pytest.raises(KeyError):
        grown.entity("nope")
