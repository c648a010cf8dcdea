"""Writing what a store holds to a file in any output format."""

from __future__ import annotations

import os
from pathlib import Path

from kgraph.errors import KgraphError
from kgraph.gephi import DEFAULT_NETWORK, GRAPH_FORMATS, to_networkx, write_gexf, write_graphml
from kgraph.iri import Minter
from kgraph.link import link
from kgraph.rdf import RDF_FORMATS, write_rdf
from kgraph.store import GraphStore, is_store

SUFFIX_TO_FORMAT = {ext: fmt for fmt, (_, ext) in RDF_FORMATS.items()} | {
    ext: fmt for fmt, ext in GRAPH_FORMATS.items()} | {".nquads": "nquads", ".json": "jsonld",
                                                        ".sqlite": "sqlite", ".db": "sqlite"}


def format_for(path: str | os.PathLike[str]) -> str:
    """The output format a file name asks for ('graph.trig' -> 'trig')."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIX_TO_FORMAT:
        raise KgraphError(f"cannot tell the format from {suffix or 'no extension'!r}; pass --format")
    return SUFFIX_TO_FORMAT[suffix]


def export_store(store_dir: str | os.PathLike[str], output: str | os.PathLike[str], fmt: str,
                 min_confidence: float = 0.0, network: str = DEFAULT_NETWORK) -> int:
    """Write the store's graph to ``output``; returns how many quads (RDF) or nodes+edges were written."""
    if not is_store(store_dir):
        raise KgraphError(f"{store_dir}: not a kgraph store")
    store = GraphStore(store_dir)
    if fmt in RDF_FORMATS:
        count = 0

        def counted():  # type: ignore[no-untyped-def]
            nonlocal count
            for quad in store.oxigraph().quads_for_pattern(None, None, None, None):
                count += 1
                yield quad

        write_rdf(counted(), output, fmt)
        return count
    mint = Minter(store.manifest()["base_iri"])
    graph = link(list(store.facts()), mint)
    if fmt in ("sqlite", "csv"):
        from kgraph.tables import rows, write_csv, write_sqlite

        tables = rows(graph, mint, min_confidence)
        if fmt == "sqlite":
            write_sqlite(tables, output)
        else:  # OUTPUT names the files: x.csv gives x.entities.csv, x.quotes.csv...
            target = Path(output)
            write_csv(tables, target.parent, target.name.removesuffix(".csv"))
        return sum(len(t) for t in tables.values())
    g = to_networkx(graph, min_confidence, network, mint)
    (write_graphml if fmt == "graphml" else write_gexf)(g, output)
    return g.number_of_nodes() + g.number_of_edges()
