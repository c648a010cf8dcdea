"""Extractors: pure functions from a parsed document to plain records.

``extract(doc, article)`` runs them in order and returns one ``DocFacts``. Each extractor reads a
``DocContext`` (the parse plus the entities and mentions found so far) and returns records; the
entity and coreference steps come first because every other record points at entities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.tokens import Doc

from kgraph.extract.context import DocContext
from kgraph.extract.coref import resolve_references
from kgraph.extract.counts import extract_counts
from kgraph.extract.entities import extract_entities
from kgraph.extract.events import extract_events
from kgraph.extract.quotes import extract_quotes
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.extract.relations import extract_relations
from kgraph.types import Article, DocFacts

T = TypeVar("T")


def extract(doc: Doc, article: Article, rules: RuleSet = ALL_RULES) -> DocFacts:
    """Everything kgraph finds in one parsed article, by the rules ``rules`` lets run.

    An extractor that fails on this article (a bug, or a parse it did not expect) costs only its
    own records: the failure is noted in ``DocFacts.warnings`` and the others still run.
    """
    warnings: list[str] = []

    def guarded(name: str, run: Callable[[DocContext], Iterable[T]], ctx: DocContext) -> tuple[T, ...]:
        try:
            return tuple(run(ctx))
        except Exception as err:  # noqa: BLE001 - reported, and the article's other facts kept
            warnings.append(f"{name} failed: {err.__class__.__name__}: {err}")
            return ()

    entities, mentions = extract_entities(doc, rules)
    ctx = DocContext(doc, article, tuple(entities), tuple(mentions), rules)
    ctx = ctx.with_mentions(guarded("coreference", resolve_references, ctx))
    return DocFacts(
        article=article,
        entities=ctx.entities,
        mentions=tuple(sorted(ctx.mentions, key=lambda m: (m.start, m.end))),
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
        quotes=guarded("quotations", extract_quotes, ctx),
        relations=guarded("relations", extract_relations, ctx),
        events=guarded("events", extract_events, ctx),
        counts=guarded("counts", extract_counts, ctx),
        warnings=tuple(warnings),
    )


__all__ = [
    "DocContext", "RuleSet", "extract", "extract_counts", "extract_entities", "extract_events",
    "extract_quotes", "extract_relations", "resolve_references",
]
