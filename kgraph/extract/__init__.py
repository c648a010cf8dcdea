"""Extractors: pure functions from a parsed document to plain records.

``extract(doc, article)`` runs them in order and returns one ``DocFacts``. Each extractor reads a
``DocContext`` (the parse plus the entities and mentions found so far) and returns records; the
entity and coreference steps come first because the others point at entities.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgraph.extract.context import DocContext
from kgraph.extract.entities import extract_entities
from kgraph.types import Article, DocFacts


def extract(doc: Doc, article: Article) -> DocFacts:
    """Everything kgraph finds in one parsed article."""
    entities, mentions = extract_entities(doc)
    ctx = DocContext(doc, article, tuple(entities), tuple(mentions))
    ctx = ctx.with_mentions(_coref(ctx))
    return DocFacts(
        article=article,
        entities=ctx.entities,
        mentions=tuple(sorted(ctx.mentions, key=lambda m: (m.start, m.end))),
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
        quotes=tuple(_quotes(ctx)),
        relations=tuple(_relations(ctx)),
        events=tuple(_events(ctx)),
        counts=tuple(_counts(ctx)),
    )


def _coref(ctx: DocContext) -> list:  # type: ignore[type-arg]
    try:
        from kgraph.extract.coref import resolve_references
    except ImportError:
        return []
    return list(resolve_references(ctx))


def _quotes(ctx: DocContext) -> list:  # type: ignore[type-arg]
    try:
        from kgraph.extract.quotes import extract_quotes
    except ImportError:
        return []
    return list(extract_quotes(ctx))


def _relations(ctx: DocContext) -> list:  # type: ignore[type-arg]
    try:
        from kgraph.extract.relations import extract_relations
    except ImportError:
        return []
    return list(extract_relations(ctx))


def _events(ctx: DocContext) -> list:  # type: ignore[type-arg]
    try:
        from kgraph.extract.events import extract_events
    except ImportError:
        return []
    return list(extract_events(ctx))


def _counts(ctx: DocContext) -> list:  # type: ignore[type-arg]
    try:
        from kgraph.extract.counts import extract_counts
    except ImportError:
        return []
    return list(extract_counts(ctx))


__all__ = ["DocContext", "extract", "extract_entities"]
