"""SPARQL answers on the wire: the SPARQL 1.1 results formats (JSON, XML, CSV, TSV) and RDF
syntaxes for CONSTRUCT/DESCRIBE, by media type."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from kgraph.vocab import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# media type -> (short name for ?format=, what it answers)
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
BOOLEAN_TYPES = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml"}
GRAPH_TYPES = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/rdf+xml": RdfFormat.RDF_XML,
}
# Other names clients use for the same formats (SPARQLWrapper, rdflib, browsers).
ALIASES = {
    "application/json": "application/sparql-results+json",
    "text/javascript": "application/sparql-results+json",
    "application/javascript": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
    "text/n3": "text/turtle",
    "text/plain": "application/n-triples",
    "application/json+ld": "application/ld+json",
}
FORMAT_NAMES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
    "ntriples": "application/n-triples", "nt": "application/n-triples", "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml", "html": "text/html", "json-ld": "application/ld+json",
    "n3": "text/turtle", "rdf": "application/rdf+xml",
}
# The same short names for a CONSTRUCT/DESCRIBE answer (SPARQLWrapper sends format=xml, =json...).
GRAPH_FORMAT_NAMES = {"xml": "application/rdf+xml", "json": "application/ld+json"}


def format_media(name: str, kind: str) -> str | None:
    """The media type a ?format= name stands for in an answer of this kind (None if unknown)."""
    name = name.lower()
    if kind == "graph" and name in GRAPH_FORMAT_NAMES:
        return GRAPH_FORMAT_NAMES[name]
    return FORMAT_NAMES.get(name)


@dataclass
class Answer:
    """A query's answer: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[object | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] | None = None
    truncated: bool = False

    @property
    def kind(self) -> str:
        return "ask" if self.boolean is not None else "graph" if self.triples is not None else "select"


def json_term(term: object) -> dict[str, object]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": json_term(term.subject),
                                            "predicate": json_term(term.predicate),
                                            "object": json_term(term.object)}}
    return {"type": "literal", "value": str(term)}


def to_json(answer: Answer) -> str:
    if answer.boolean is not None:
        return json.dumps({"head": {}, "boolean": answer.boolean})
    bindings = [{v: json_term(t) for v, t in zip(answer.variables, row, strict=True) if t is not None}
                for row in answer.rows]
    return json.dumps({"head": {"vars": answer.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False)


def _xml_term(term: object) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    return f"<literal>{escape(str(term))}</literal>"


def to_xml(answer: Answer) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n']
    if answer.boolean is not None:
        out.append(f"<head/>\n<boolean>{'true' if answer.boolean else 'false'}</boolean>\n</sparql>\n")
        return "".join(out)
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in answer.variables) + "</head>\n")
    out.append("<results>\n")
    for row in answer.rows:
        out.append("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                         for v, t in zip(answer.variables, row, strict=True) if t is not None)
                   + "</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


def _plain(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    value = getattr(term, "value", None)
    return value if isinstance(value, str) else str(term)


def to_csv(answer: Answer) -> str:
    """SPARQL 1.1 CSV: plain values (no datatypes or languages), CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(answer.variables)
    writer.writerows([[_plain(t) for t in row] for row in answer.rows])
    return buf.getvalue()


def to_tsv(answer: Answer) -> str:
    """SPARQL 1.1 TSV: terms in Turtle/N-Triples syntax, so they keep their kind and datatype."""
    lines = ["\t".join(f"?{v}" for v in answer.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in answer.rows]
    return "\n".join(lines) + "\n"


def to_rdf(triples: list[Triple], media: str) -> bytes:
    fmt = GRAPH_TYPES[media]
    prefixes = PREFIXES if fmt in (RdfFormat.TURTLE, RdfFormat.JSON_LD, RdfFormat.RDF_XML) else None
    out = serialize(triples, format=fmt, prefixes=prefixes)
    assert out is not None  # no output file given: the bytes are returned
    return out


def render(answer: Answer, media: str) -> bytes:
    """The answer in ``media`` (one of the types ``offers`` gave for its kind)."""
    if answer.triples is not None:
        return to_rdf(answer.triples, media)
    name = SOLUTION_TYPES[media]
    text = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}[name](answer)
    return text.encode("utf-8")


def offers(kind: str) -> list[str]:
    """The media types an answer of this kind can be written in, the default first."""
    types: dict[str, dict[str, object]] = {"select": dict(SOLUTION_TYPES), "ask": dict(BOOLEAN_TYPES),
                                           "graph": dict(GRAPH_TYPES)}
    return list(types[kind])


def content_type(media: str) -> str:
    return f"{media}; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media \
        else media


def normalise_accept(header: str | None) -> str | None:
    """The Accept header with alias types replaced by the ones ``offers`` names."""
    if not header:
        return header
    parts = []
    for part in header.split(","):
        media, sep, params = part.strip().partition(";")
        media = ALIASES.get(media.strip().lower(), media.strip())
        parts.append(media + sep + params)
    return ", ".join(parts)
