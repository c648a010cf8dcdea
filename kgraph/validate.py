"""Checking a written graph against kgraph's SHACL shapes (ontology/shapes.ttl) with pyshacl."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources

from pyoxigraph import RdfFormat, serialize

from kgraph.query import open_graph


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str  # pyshacl's report, for people


def shapes_text() -> str:
    return resources.files("kgraph.ontology").joinpath("shapes.ttl").read_text("utf-8")


def validate(path: str | os.PathLike[str]) -> ValidationReport:
    """Validate a graph file or store: the union of all its graphs against the shapes."""
    import rdflib
    from pyshacl import validate as shacl

    store = open_graph(path)
    triples = (q.triple for q in store.quads_for_pattern(None, None, None, None))
    data = rdflib.Graph()
    data.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    shapes = rdflib.Graph().parse(data=shapes_text(), format="turtle")
    conforms, report_graph, text = shacl(data, shacl_graph=shapes, inference="none", advanced=True)
    violations = len(set(report_graph.subjects(rdflib.RDF.type, rdflib.SH.ValidationResult)))
    return ValidationReport(bool(conforms), violations, str(text))
