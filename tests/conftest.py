"""Shared fixtures: the real model (loaded once) and a builder of hand-made Docs."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kgraph.extract.context import DocContext
from kgraph.types import Article, Entity, Mention

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The real spaCy model; tests that use it are integration tests."""
    from kgraph.nlp import load_model

    return load_model()


# An English vocabulary, so lexical attributes (is_title, lower_, is_stop) are filled in.
_VOCAB = spacy.blank("en").vocab


def make_doc(
    words: list[str],
    *,
    heads: list[int] | None = None,
    deps: list[str] | None = None,
    pos: list[str] | None = None,
    tags: list[str] | None = None,
    lemmas: list[str] | None = None,
    ents: list[str] | None = None,
    spaces: list[bool] | None = None,
    sent_starts: list[bool | None] | None = None,
) -> Doc:
    """A Doc built by hand, so rule tests do not depend on a model's guesses.

    ``heads`` are absolute token indices; ``ents`` are IOB tags like ``B-PERSON``.
    """
    if heads is not None and deps is None:
        deps = ["dep"] * len(words)
    return Doc(
        _VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
        lemmas=lemmas, ents=ents, sent_starts=sent_starts,
    )


# (start token, end token, entity key, type, mention kind, is a country)
EntSpec = tuple[int, int, str, str, str, bool]


def build_ctx(words: list[str], heads: list[int], deps: list[str], pos: list[str],
              ents: list[EntSpec], *, lemmas: list[str] | None = None,
              tags: list[str] | None = None, date: str | None = "2024-03-05") -> DocContext:
    """A DocContext over a hand-built parse with the given entities and mentions."""
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words],
                   tags=tags, sent_starts=[True] + [False] * (len(words) - 1))
    entities: dict[str, Entity] = {}
    mentions = []
    for start, end, key, etype, kind, country in ents:
        span = doc[start:end]
        if key not in entities:
            entities[key] = Entity(key, etype, span.text if kind == "name" else key, (), country)
        mentions.append(Mention(span.start_char, span.end_char, span.text, key, kind))
    return DocContext(doc, Article("t", doc.text, "-", date=date), tuple(entities.values()),
                      tuple(mentions))


def read_back_networks(folder: Path, name: str = "graph") -> tuple[int, int]:
    """Parse a build's GraphML (igraph) and GEXF (lxml) back; (nodes, edges) of the GraphML.

    networkx refuses graphs with directed and undirected edges both, which kgraph's entity network
    has (co-occurrence is undirected); igraph, graphology and Gephi read them.
    """
    import igraph
    from lxml import etree

    g = igraph.Graph.Read_GraphML(str(folder / f"{name}.graphml"))
    root = etree.parse(str(folder / f"{name}.gexf"), etree.XMLParser(no_network=True)).getroot()
    edges = [e for e in root.iter() if isinstance(e.tag, str) and e.tag.endswith("}edge")]
    assert len(edges) == g.ecount()
    return g.vcount(), g.ecount()
