"""Mapping a linked graph to RDF quads (see DATA-MODEL.md), and writing them with pyoxigraph."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, serialize

from kgraph.iri import Minter
from kgraph.link import LinkedEntity, LinkedGraph
from kgraph.types import DocFacts, Relation, Span
from kgraph.vocab import (
    ENTITY_CLASS,
    MENTION_TYPE,
    PREFIXES,
    QUOTE_KIND,
    RELATION_PROPERTY,
    itsrdf,
    kg,
    nif,
    prov,
    rdf,
    rdfs,
    schema,
    sem,
    xsd,
)

RDF_FORMATS = {
    "trig": (RdfFormat.TRIG, ".trig"),
    "nquads": (RdfFormat.N_QUADS, ".nq"),
    "turtle": (RdfFormat.TURTLE, ".ttl"),
    "ntriples": (RdfFormat.N_TRIPLES, ".nt"),
    "jsonld": (RdfFormat.JSON_LD, ".jsonld"),
}
DATASET_FORMATS = {"trig", "nquads"}
DEFAULT_MIN_CONFIDENCE = 0.5

_INT = xsd.integer
_DATE = xsd.date
_DATETIME = xsd.dateTime
Term = NamedNode | BlankNode | Literal


@dataclass(frozen=True)
class RunInfo:
    """Who made the graph and when: the run's prov:Activity."""

    started: str  # xsd:dateTime
    software: str  # "kgraph 0.1.0; spaCy 3.8.18; en_core_web_sm 3.8.0"


@dataclass(frozen=True)
class EmitOptions:
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    include_text: bool = True  # publish nif:isString


def integer(n: int) -> Literal:
    return Literal(str(int(n)), datatype=_INT)


def quantity(x: float) -> Literal:
    """A reported number as it was written: 12 significant digits at most (so the float error
    of "4.1 million" = 4099999.9999999995 goes), an xsd:integer when whole, else an xsd:decimal."""
    from decimal import Decimal

    value = Decimal(f"{float(x):.12g}")
    if value == value.to_integral_value():
        return Literal(str(int(value)), datatype=_INT)
    return Literal(format(value.normalize(), "f"), datatype=xsd.decimal)


def confidence(x: float) -> Literal:
    return Literal(round(float(x), 4))


def entity_quads(e: LinkedEntity, mint: Minter) -> Iterator[Quad]:
    """The entity layer's description of one entity (in the entity graph)."""
    g = NamedNode(mint.entity_graph())
    s = NamedNode(e.iri)
    yield Quad(s, rdf.type, ENTITY_CLASS[e.type], g)
    if e.is_country:
        yield Quad(s, rdf.type, schema.Country, g)
    yield Quad(s, rdfs.label, Literal(e.name), g)
    yield Quad(s, schema.name, Literal(e.name), g)
    for alias in e.aliases:
        yield Quad(s, schema.alternateName, Literal(alias), g)
    yield Quad(s, kg.mentionCount, integer(e.mention_count), g)
    for rule_id in e.link_rules:
        yield Quad(s, kg.linkRule, Literal(rule_id), g)
    if e.geonames_id:
        yield Quad(s, schema.sameAs, NamedNode(Minter.geonames(e.geonames_id)), g)
    if e.country_code:
        yield Quad(s, schema.identifier, Literal(e.country_code), g)
    if e.latitude is not None and e.longitude is not None:
        yield Quad(s, schema.latitude, Literal(e.latitude), g)
        yield Quad(s, schema.longitude, Literal(e.longitude), g)


class _DocEmitter:
    """Quads of one document: its provenance graph, plus the direct triples it supports."""

    def __init__(self, graph: LinkedGraph, facts: DocFacts, mint: Minter, opts: EmitOptions):
        self.graph = graph
        self.facts = facts
        self.opts = opts
        self.mint = mint
        self.doc = NamedNode(mint.document(facts.article.id))
        self.g = self.doc
        self.text = facts.article.text
        self.context = NamedNode(mint.span(self.doc.value, 0, len(self.text)))
        self.spans_done: set[Span] = set()
        self.entities = NamedNode(mint.entity_graph())

    def iri(self, key: str | None) -> NamedNode | None:
        found = self.graph.entity_iri(self.facts.article.id, key)
        return NamedNode(found) if found else None

    def q(self, s: Term, p: NamedNode, o: Term) -> Quad:
        return Quad(s, p, o, self.g)

    def span(self, start: int, end: int) -> Iterator[Quad | NamedNode]:
        """The quads of a text span node (once per document), then the node itself."""
        node = NamedNode(self.mint.span(self.doc.value, start, end))
        if (start, end) not in self.spans_done:
            self.spans_done.add((start, end))
            yield self.q(node, nif.beginIndex, integer(start))
            yield self.q(node, nif.endIndex, integer(end))
            yield self.q(node, nif.anchorOf, Literal(self.text[start:end]))
            yield self.q(node, nif.referenceContext, self.context)
        yield node

    def span_node(self, start: int, end: int, out: list[Quad]) -> NamedNode:
        *quads, node = self.span(start, end)
        out.extend(quads)  # type: ignore[arg-type]
        return node  # type: ignore[return-value]

    def quads(self) -> Iterator[Quad]:
        a = self.facts.article
        doc, q = self.doc, self.q
        yield q(doc, rdf.type, schema.NewsArticle)
        if a.title:
            yield q(doc, schema.headline, Literal(a.title))
        if a.url:
            try:
                yield q(doc, schema.url, NamedNode(a.url))
            except ValueError:
                yield q(doc, schema.url, Literal(a.url))
        if a.date:
            yield q(doc, schema.datePublished, Literal(a.date, datatype=_DATE))
        if a.record_id:
            yield q(doc, schema.identifier, Literal(a.record_id))
        yield q(doc, kg.sourcePath, Literal(a.source))
        yield q(doc, kg.contentHash, Literal(a.content_hash))
        ctx = self.context
        yield q(ctx, rdf.type, nif.Context)
        yield q(ctx, nif.sourceUrl, doc)
        if self.opts.include_text:
            yield q(ctx, nif.isString, Literal(self.text))
        yield q(ctx, nif.beginIndex, integer(0))
        yield q(ctx, nif.endIndex, integer(len(self.text)))
        mentioned = {self.graph.entity_iri(a.id, m.entity) for m in self.facts.mentions}
        for iri in sorted(i for i in mentioned if i):
            yield q(doc, schema.mentions, NamedNode(iri))
        yield from self.mentions()
        yield from self.quotes()
        yield from self.relations()
        yield from self.events()
        yield from self.counts()

    def mentions(self) -> Iterator[Quad]:
        for m in self.facts.mentions:
            target = self.iri(m.entity)
            if target is None:
                continue
            out: list[Quad] = []
            node = self.span_node(m.start, m.end, out)
            yield from out
            yield self.q(node, rdf.type, nif.Phrase)
            yield self.q(node, itsrdf.taIdentRef, target)
            yield self.q(node, kg.mentionType, MENTION_TYPE[m.kind])
            if m.rule:
                yield self.q(node, kg.rule, Literal(m.rule))

    def quotes(self) -> Iterator[Quad]:
        for quote in self.facts.quotes:
            if quote.confidence < self.opts.min_confidence or not quote.spans:
                continue
            start, end = quote.spans[0][0], quote.spans[-1][1]
            node = NamedNode(self.mint.fragment(self.doc.value, "quote", start, end))
            q = self.q
            yield q(node, rdf.type, schema.Quotation)
            yield q(node, schema.text, Literal(quote.text))
            yield q(node, kg.quoteKind, QUOTE_KIND[quote.kind])
            yield q(node, schema.isPartOf, self.doc)
            yield q(node, kg.confidence, confidence(quote.confidence))
            if quote.rule:
                yield q(node, kg.rule, Literal(quote.rule))
            speaker = self.iri(quote.speaker)
            if speaker is not None:
                yield q(node, schema.creator, speaker)
            out: list[Quad] = []
            if quote.speaker_span:
                yield q(node, kg.speakerMention, self.span_node(*quote.speaker_span, out))
            if quote.speaker_text:
                yield q(node, kg.speakerText, Literal(quote.speaker_text))
            if quote.cue:
                yield q(node, kg.cue, Literal(quote.cue))
            addressee = self.iri(quote.addressee)
            if addressee is not None:
                yield q(node, kg.addressee, addressee)
            for b, e in quote.spans:
                yield q(node, kg.evidence, self.span_node(b, e, out))
            for key in quote.mentions:
                target = self.iri(key)
                if target is not None:
                    yield q(node, schema.mentions, target)
            yield from out

    def triples(self) -> Iterator[tuple[int, Relation, NamedNode, NamedNode, Term]]:
        """(index, relation, subject, property, object) for each relation that is written."""
        for n, rel in enumerate(self.facts.relations):
            if rel.confidence < self.opts.min_confidence:
                continue
            subject = self.iri(rel.subject)
            if subject is None:
                continue
            obj: Term | None
            if rel.object is not None:
                obj = self.iri(rel.object)
            elif rel.predicate == "age" and rel.value is not None:
                obj = integer(int(rel.value))
            elif rel.value is not None:
                obj = Literal(str(rel.value))
            else:
                obj = None
            if obj is None or obj == subject:
                continue
            yield n, rel, subject, RELATION_PROPERTY[rel.predicate], obj

    def direct(self) -> Iterator[Quad]:
        """Only the direct-layer triples this document supports (no provenance)."""
        for _, rel, subject, prop, obj in self.triples():
            yield Quad(subject, prop, obj, self.entities)
            if rel.predicate == "children":
                yield Quad(obj, schema.parent, subject, self.entities)  # type: ignore[arg-type]

    def relations(self) -> Iterator[Quad]:
        for n, rel, subject, prop, obj in self.triples():
            yield from self.statement(subject, prop, obj, rel, ("rel", n))
            if rel.predicate == "children":
                yield from self.statement(obj, schema.parent, subject, rel,  # type: ignore[arg-type]
                                          ("rel", n, "inverse"))

    def statement(self, s: NamedNode, p: NamedNode, o: Term, rel: Relation,
                  ident: tuple[object, ...]) -> Iterator[Quad]:
        yield Quad(s, p, o, self.entities)
        node = NamedNode(self.mint.fragment(self.doc.value, "statement", *ident))
        q = self.q
        yield q(node, rdf.type, rdf.Statement)
        yield q(node, rdf.subject, s)
        yield q(node, rdf.predicate, p)
        yield q(node, rdf.object, o)
        yield q(node, kg.confidence, confidence(rel.confidence))
        if rel.rule:
            yield q(node, kg.rule, Literal(rel.rule))
        yield q(node, prov.wasDerivedFrom, self.doc)
        out: list[Quad] = []
        yield q(node, kg.evidence, self.span_node(*rel.evidence, out))
        yield from out

    def events(self) -> Iterator[Quad]:
        for n, ev in enumerate(self.facts.events):
            if ev.confidence < self.opts.min_confidence:
                continue
            node = NamedNode(self.mint.fragment(self.doc.value, "event", ev.evidence[0], ev.evidence[1], n))
            q = self.q
            yield q(node, rdf.type, schema.Event)
            yield q(node, rdfs.label, Literal(ev.label))
            yield q(node, kg.trigger, Literal(ev.trigger))
            yield q(node, kg.confidence, confidence(ev.confidence))
            if ev.rule:
                yield q(node, kg.rule, Literal(ev.rule))
            yield q(node, prov.wasDerivedFrom, self.doc)
            for prop, key in ((kg.agent, ev.agent), (kg.patient, ev.patient), (kg.recipient, ev.recipient)):
                target = self.iri(key)
                if target is not None:
                    yield q(node, prop, target)
            for key in dict.fromkeys((*ev.actors, ev.agent, ev.patient, ev.recipient)):
                target = self.iri(key)
                if target is not None:
                    yield q(node, sem.hasActor, target)
            place = self.iri(ev.place)
            if place is not None:
                yield q(node, sem.hasPlace, place)
            if ev.date:
                yield q(node, sem.hasTimeStamp, Literal(ev.date, datatype=_DATE))
            out: list[Quad] = []
            yield q(node, kg.evidence, self.span_node(*ev.evidence, out))
            yield from out

    def counts(self) -> Iterator[Quad]:
        for n, c in enumerate(self.facts.counts):
            if c.confidence < self.opts.min_confidence:
                continue
            node = NamedNode(self.mint.fragment(self.doc.value, "count", c.evidence[0], c.evidence[1], n))
            q = self.q
            yield q(node, rdf.type, kg.Count)
            yield q(node, kg.quantity, quantity(c.quantity))
            yield q(node, kg.countType, Literal(c.count_type))
            yield q(node, rdfs.label, Literal(c.label))
            yield q(node, kg.confidence, confidence(c.confidence))
            if c.rule:
                yield q(node, kg.rule, Literal(c.rule))
            yield q(node, prov.wasDerivedFrom, self.doc)
            if c.unit:
                yield q(node, kg.unit, Literal(c.unit))
            reporter = self.iri(c.reported_by)
            if reporter is not None:
                yield q(node, kg.reportedBy, reporter)
            out: list[Quad] = []
            yield q(node, kg.evidence, self.span_node(*c.evidence, out))
            yield from out


def document_quads(graph: LinkedGraph, facts: DocFacts, mint: Minter,
                   opts: EmitOptions | None = None) -> Iterator[Quad]:
    """One document's named graph, plus the direct-layer triples it supports."""
    yield from _DocEmitter(graph, facts, mint, opts or EmitOptions()).quads()


def direct_quads(graph: LinkedGraph, facts: DocFacts, mint: Minter,
                 opts: EmitOptions | None = None) -> Iterator[Quad]:
    """Only the direct-layer triples one document supports: what a store recomputes for every
    document when entities move, without rebuilding the document's provenance graph."""
    yield from _DocEmitter(graph, facts, mint, opts or EmitOptions()).direct()


def duplicate_quads(graph: LinkedGraph, mint: Minter) -> Iterator[Quad]:
    """``<doc> kg:duplicateOf <earlier doc>`` for near-duplicate articles, in the entity graph
    (recomputed whole with the links, as they may change when articles are added)."""
    g = NamedNode(mint.entity_graph())
    for doc, original in sorted(graph.duplicate_of.items()):
        yield Quad(NamedNode(mint.document(doc)), kg.duplicateOf, NamedNode(mint.document(original)), g)


def run_quads(run: RunInfo, mint: Minter) -> Iterator[Quad]:
    """The run's prov:Activity and software agent, in a named graph of the run's own."""
    node = NamedNode(mint.run(run.started, run.software))
    agent = NamedNode(mint.agent(run.software))
    g = node
    yield Quad(node, rdf.type, prov.Activity, g)
    yield Quad(node, prov.startedAtTime, Literal(run.started, datatype=_DATETIME), g)
    yield Quad(node, prov.wasAssociatedWith, agent, g)
    yield Quad(agent, rdf.type, prov.SoftwareAgent, g)
    yield Quad(agent, schema.softwareVersion, Literal(run.software), g)


def graph_quads(graph: LinkedGraph, mint: Minter, run: RunInfo | None = None,
                opts: EmitOptions | None = None) -> Iterator[Quad]:
    """Every quad of a linked graph: the entity graph, then each document's graph, then the run's.

    Direct triples that several documents support are yielded once.
    """
    for iri in sorted(graph.entities):
        yield from entity_quads(graph.entities[iri], mint)
    yield from duplicate_quads(graph, mint)
    entity_graph = NamedNode(mint.entity_graph())
    seen_direct: set[Quad] = set()
    for facts in graph.docs:
        for quad in document_quads(graph, facts, mint, opts):
            if quad.graph_name == entity_graph:
                if quad in seen_direct:
                    continue
                seen_direct.add(quad)
            yield quad
    if run is not None:
        yield from run_quads(run, mint)


def write_rdf(quads: Iterator[Quad], path: str | os.PathLike[str], fmt: str) -> None:
    """Write quads to ``path`` in ``fmt`` atomically; triple formats merge the named graphs."""
    from kgraph.io.writers import atomic_write

    rdf_format, _ = RDF_FORMATS[fmt]
    stream: Iterator[Quad] | Iterator[object] = quads
    if fmt not in DATASET_FORMATS:
        stream = _as_triples(quads)
    prefixes = PREFIXES if fmt in ("trig", "turtle", "jsonld") else None
    with atomic_write(path, "wb") as handle:
        serialize(stream, handle, rdf_format, prefixes=prefixes)


def _as_triples(quads: Iterator[Quad]) -> Iterator[object]:
    seen: set[object] = set()
    for quad in quads:
        triple = quad.triple
        if triple in seen:
            continue
        seen.add(triple)
        yield triple
