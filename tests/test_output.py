"""The files kgraph writes, checked against DATA-MODEL.md: every RDF format parses back in two libraries
and says the same thing, the layers sit in the right graphs, text spans are exact, the graph conforms
to ontology/shapes.ttl, and GraphML/GEXF validate against their XSDs and avoid Gephi's traps.

The example articles are built once (all seven formats) for the whole module.
"""

from __future__ import annotations

import collections
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from conftest import EXAMPLES, ROOT
from lxml import etree
from xsd import GEXF_XSD, GRAPHML_XSD, SCHEMAS, as_gexf_12, schema_errors, summarise

import kgraph
from kgraph.vocab import ITSRDF, KG, NIF, RDF, RDFS, RELATION_PROPERTY, SCHEMA, XSD

pytestmark = [pytest.mark.model, pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")]

RDF_FORMATS = {
    "trig": (ox.RdfFormat.TRIG, "trig"),
    "nquads": (ox.RdfFormat.N_QUADS, "nquads"),
    "turtle": (ox.RdfFormat.TURTLE, "turtle"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "nt"),
    "jsonld": (ox.RdfFormat.JSON_LD, "json-ld"),
}
DATASET_FORMATS = ("trig", "nquads")
TRIPLE_FORMATS = ("turtle", "ntriples", "jsonld")
ALL_FORMATS = (*RDF_FORMATS, "graphml", "gexf")

ENTITY_TYPES = {SCHEMA + "Person", SCHEMA + "Organization", SCHEMA + "Place"}
COUNTRY = SCHEMA + "Country"
RDF_TYPE = RDF + "type"
RELATION_IRIS = {p.value for p in RELATION_PROPERTY.values()} | {SCHEMA + "parent"}
SPAN_IRI = re.compile(r"^(?P<doc>[^#]+)#char=(?P<b>\d+),(?P<e>\d+)$")
PRONOUNS = frozenset("""
    i me my mine myself you your yours yourself yourselves he him his himself she her hers herself
    it its itself we us our ours ourselves they them their theirs themselves who whom whose which
    that this these those one someone somebody anyone everyone nobody
""".split())

NS_GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
NS_GEXF = "{http://gexf.net/1.3}"
NS_VIZ = "{http://gexf.net/1.3/viz}"
GEXF_RESERVED = {"type", "start", "end", "id", "label", "weight"}
# An XML NMTOKEN: one or more NameChars (letters, digits, '.', '-', '_', ':', combining marks...).
NMTOKEN = re.compile(r"^[\w.:\-\u00B7\u0300-\u036F\u203F-\u2040]+$")
# What an IRI may not contain unescaped (RFC 3987: no spaces, controls, <>"{}|\^`), and bad escapes.
BAD_IRI_CHAR = re.compile(r"[\x00-\x20<>\"{}|\\^`\x7f]")
BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def show(items: list[Any], limit: int = 10) -> str:
    head = "\n  ".join(str(x) for x in items[:limit])
    more = f"\n  ... and {len(items) - limit} more" if len(items) > limit else ""
    return f"{len(items)} problem(s):\n  {head}{more}"


# ---------------------------------------------------------------------------------------------
# Building and loading
# ---------------------------------------------------------------------------------------------


def run_build(sources: list[str], out: Path, cwd: Path) -> dict[str, Path]:
    """kgraph.build with every format, run from ``cwd`` so source paths stay as given."""
    before = os.getcwd()
    os.chdir(cwd)
    try:
        result = kgraph.build(sources, out, kgraph.BuildOptions(formats=ALL_FORMATS))
    finally:
        os.chdir(before)
    assert not result.failures, f"sources failed: {result.failures}"
    assert set(result.outputs) == set(ALL_FORMATS), result.outputs
    return {fmt: Path(cwd, p) for fmt, p in result.outputs.items()}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example articles built once, in all seven formats; paths by format."""
    target = tmp_path_factory.mktemp("examples-build")
    return run_build([EXAMPLES.relative_to(ROOT).as_posix()], target, ROOT)


def ox_quads(path: Path, fmt: str) -> list[ox.Quad]:
    """Strict pyoxigraph parse (raises on any invalid IRI or syntax error)."""
    return list(ox.parse(path=str(path), format=RDF_FORMATS[fmt][0],
                         without_named_graphs=fmt in TRIPLE_FORMATS))


def rdflib_load(path: Path, fmt: str) -> rdflib.Graph | rdflib.Dataset:
    target: rdflib.Graph | rdflib.Dataset = rdflib.Dataset() if fmt in DATASET_FORMATS else rdflib.Graph()
    target.parse(str(path), format=RDF_FORMATS[fmt][1])
    return target


def rdflib_graphs(ds: rdflib.Dataset) -> dict[str, set[tuple[Any, Any, Any]]]:
    """Graph name ('' for the default graph) -> its triples."""
    out: dict[str, set[tuple[Any, Any, Any]]] = collections.defaultdict(set)
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = "" if g is None or g == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else str(g)
        out[name].add((s, p, o))
    return dict(out)


def same_triples(a: set[tuple[Any, Any, Any]], b: set[tuple[Any, Any, Any]]) -> tuple[bool, str]:
    """Equal as sets when there are no blank nodes, else isomorphic; with a diff to show."""
    has_bnode = any(isinstance(t, rdflib.BNode) for triple in (*a, *b) for t in triple)
    if has_bnode:
        ga, gb = rdflib.Graph(), rdflib.Graph()
        for t in a:
            ga.add(t)
        for t in b:
            gb.add(t)
        from rdflib.compare import isomorphic
        return isomorphic(ga, gb), "(blank nodes: compared by isomorphism)"
    only_a, only_b = sorted(map(str, a - b)), sorted(map(str, b - a))
    return not only_a and not only_b, f"only in first: {show(only_a, 5)}\nonly in second: {show(only_b, 5)}"


@dataclass
class View:
    """The quads of a build, indexed for the checks below (pyoxigraph terms)."""

    quads: list[ox.Quad]
    by_subject: dict[str, list[ox.Quad]] = field(default_factory=lambda: collections.defaultdict(list))

    def __post_init__(self) -> None:
        for q in self.quads:
            if isinstance(q.subject, ox.NamedNode):
                self.by_subject[q.subject.value].append(q)

    def values(self, s: str, p: str) -> list[ox.NamedNode | ox.Literal | ox.BlankNode]:
        return [q.object for q in self.by_subject.get(s, []) if q.predicate.value == p]

    def subjects(self, p: str, o: str | None = None) -> set[str]:
        return {q.subject.value for q in self.quads
                if q.predicate.value == p and (o is None or q.object.value == o)
                and isinstance(q.subject, ox.NamedNode)}

    def types(self, s: str) -> set[str]:
        return {o.value for o in self.values(s, RDF_TYPE)}

    def documents(self) -> set[str]:
        return self.subjects(RDF_TYPE, SCHEMA + "NewsArticle")

    def entities(self) -> set[str]:
        typed = {q.subject.value for q in self.quads
                 if q.predicate.value == RDF_TYPE and q.object.value in ENTITY_TYPES | {COUNTRY}}
        referenced = {q.object.value for q in self.quads
                      if q.predicate.value in (ITSRDF + "taIdentRef", SCHEMA + "mentions")}
        return typed | referenced

    def iris(self) -> set[str]:
        out = set()
        for q in self.quads:
            for t in (q.subject, q.predicate, q.object, q.graph_name):
                if isinstance(t, ox.NamedNode):
                    out.add(t.value)
                elif isinstance(t, ox.Literal):
                    out.add(t.datatype.value)
        return out


@pytest.fixture(scope="module")
def view(out: dict[str, Path]) -> View:
    return View(ox_quads(out["trig"], "trig"))


@pytest.fixture(scope="module")
def trig_graphs(out: dict[str, Path]) -> dict[str, set[tuple[Any, Any, Any]]]:
    return rdflib_graphs(rdflib_load(out["trig"], "trig"))  # type: ignore[arg-type]


ENTITY_GRAPH = "https://example.org/kgraph/graph/entities"


def is_default(q: ox.Quad) -> bool:
    """In the entity layer: the named graph of the entities and the direct triples."""
    return isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == ENTITY_GRAPH


def test_nothing_is_in_the_default_graph(view: View) -> None:
    # So that "union default graph" modes (Oxigraph, Jena, GraphDB, rdflib) see everything.
    assert not [q for q in view.quads if isinstance(q.graph_name, ox.DefaultGraph)]


# ---------------------------------------------------------------------------------------------
# RDF: parsing and agreement between formats
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_rdf_parses_strictly_in_pyoxigraph(out: dict[str, Path], fmt: str) -> None:
    quads = ox_quads(out[fmt], fmt)
    assert quads, f"{out[fmt]} is empty"
    if fmt in TRIPLE_FORMATS:
        assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)  # a triple format: one graph


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_rdf_parses_in_rdflib(out: dict[str, Path], fmt: str) -> None:
    loaded = rdflib_load(out[fmt], fmt)
    assert len(loaded) > 0 or (isinstance(loaded, rdflib.Dataset) and rdflib_graphs(loaded))


def test_trig_and_nquads_are_the_same_dataset(out: dict[str, Path]) -> None:
    trig = rdflib_graphs(rdflib_load(out["trig"], "trig"))  # type: ignore[arg-type]
    nquads = rdflib_graphs(rdflib_load(out["nquads"], "nquads"))  # type: ignore[arg-type]
    assert sorted(trig) == sorted(nquads), "the two files have different graph names"
    for name in trig:
        same, diff = same_triples(trig[name], nquads[name])
        assert same, f"graph {name or 'DEFAULT'} differs between TriG and N-Quads:\n{diff}"
    # pyoxigraph agrees too
    assert set(ox_quads(out["trig"], "trig")) == set(ox_quads(out["nquads"], "nquads"))


@pytest.mark.parametrize("fmt", TRIPLE_FORMATS)
def test_triple_formats_equal_union_of_trig_graphs(
    out: dict[str, Path], trig_graphs: dict[str, set[tuple[Any, Any, Any]]], fmt: str,
) -> None:
    union = set().union(*trig_graphs.values())
    graph = set(rdflib_load(out[fmt], fmt))  # type: ignore[arg-type]
    same, diff = same_triples(graph, union)
    assert same, f"{fmt} is not the union of the TriG graphs:\n{diff}"
    # and pyoxigraph reads the same triples
    assert {q.triple for q in ox_quads(out[fmt], fmt)} == {q.triple for q in ox_quads(out["trig"], "trig")}


def test_every_iri_is_well_formed(view: View) -> None:
    bad = sorted(i for i in view.iris() if BAD_IRI_CHAR.search(i) or BAD_ESCAPE.search(i)
                 or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", i))
    assert not bad, show(bad)


# ---------------------------------------------------------------------------------------------
# RDF: the two layers
# ---------------------------------------------------------------------------------------------


def test_direct_layer_is_in_the_entity_graph(view: View) -> None:
    entities = view.entities()
    problems = []
    for q in view.quads:
        p = q.predicate.value
        s = q.subject.value
        if p == RDF_TYPE and q.object.value in ENTITY_TYPES | {COUNTRY} and not is_default(q):
            problems.append(f"entity type in named graph: {q}")
        if p in RELATION_IRIS and not is_default(q):
            problems.append(f"direct relation in named graph: {q}")
        if s in entities and p in (RDFS + "label", SCHEMA + "name", SCHEMA + "alternateName",
                                    KG + "mentionCount") and not is_default(q):
            problems.append(f"entity description in named graph: {q}")
    assert not problems, show(problems)
    default_subjects = {q.subject.value for q in view.quads if is_default(q)}
    assert entities <= default_subjects, show(sorted(entities - default_subjects))


def test_no_provenance_in_the_entity_graph(view: View) -> None:
    docs = view.documents()
    leaked = [str(q) for q in view.quads if is_default(q)
              and (q.subject.value in docs or q.subject.value.split("#")[0] in docs)]
    assert not leaked, "document or span/statement/quote nodes in the default graph: " + show(leaked)


def test_each_document_has_its_own_named_graph(view: View) -> None:
    docs = view.documents()
    # Besides the documents' graphs, the run (a prov:Activity) may have a graph of its own.
    runs = view.subjects(RDF_TYPE, "http://www.w3.org/ns/prov#Activity")
    names = {q.graph_name.value for q in view.quads if not is_default(q)}
    assert docs, "no schema:NewsArticle in the output"
    assert names - runs == docs, f"graph names {sorted(names - runs - docs)} are not documents; " \
                                 f"documents {sorted(docs - names)} have no graph"
    problems = []
    for q in view.quads:
        if is_default(q) or q.graph_name.value in runs:
            continue
        g = q.graph_name.value
        s = q.subject.value
        if s.split("#")[0] != g:
            problems.append(f"subject of another document in graph {g}: {q}")
    for d in docs:
        typed = [q for q in view.by_subject[d] if q.predicate.value == RDF_TYPE]
        if not any(q.graph_name == ox.NamedNode(d) for q in typed):
            problems.append(f"<{d}> a schema:NewsArticle is not in graph <{d}>")
    assert not problems, show(problems)


def test_every_statement_has_its_direct_triple_and_back(view: View) -> None:
    default = {q.triple for q in view.quads if is_default(q)}
    stated = set()
    problems = []
    for st in view.subjects(RDF_TYPE, RDF + "Statement"):
        s, p, o = (view.values(st, RDF + x) for x in ("subject", "predicate", "object"))
        if len(s) != 1 or len(p) != 1 or len(o) != 1:
            problems.append(f"<{st}> has subject/predicate/object {s}/{p}/{o}")
            continue
        triple = ox.Triple(s[0], p[0], o[0])  # type: ignore[arg-type]
        stated.add(triple)
        if triple not in default:
            problems.append(f"<{st}> states {triple} which is not in the entity graph")
    for t in default:
        if t.predicate.value in RELATION_IRIS and t not in stated:
            problems.append(f"direct triple without an rdf:Statement: {t}")
    assert not problems, show(problems)


# ---------------------------------------------------------------------------------------------
# RDF: text spans
# ---------------------------------------------------------------------------------------------


def one(view: View, s: str, p: str, problems: list[str]) -> Any:
    vals = view.values(s, p)
    if len(vals) != 1:
        problems.append(f"<{s}> has {len(vals)} values of {p.rsplit('#', 1)[-1]}: {vals}")
        return None
    return vals[0]


def test_span_nodes_carry_offsets_text_and_context(view: View) -> None:
    check_spans(view)


def check_spans(view: View) -> None:
    """Every <doc#char=b,e> node but the context: offsets = the IRI's, anchorOf = isString[b:e]."""
    docs = view.documents()
    spans = {t.value for q in view.quads for t in (q.subject, q.object)
             if isinstance(t, ox.NamedNode) and SPAN_IRI.match(t.value)}
    assert spans, "no <doc#char=b,e> nodes at all"
    problems: list[str] = []
    checked = 0
    for node in sorted(spans):
        m = SPAN_IRI.match(node)
        assert m
        doc, b, e = m["doc"], int(m["b"]), int(m["e"])
        if doc not in docs:
            problems.append(f"<{node}> is not inside any document (no <{doc}> a schema:NewsArticle)")
        if NIF + "Context" in view.types(node):
            # The context itself (DATA-MODEL.md: "<doc#char=0,N> a nif:Context ; nif:sourceUrl ;
            # nif:isString ; nif:beginIndex 0 ; nif:endIndex N") is checked in the next test.
            continue
        begin = one(view, node, NIF + "beginIndex", problems)
        end = one(view, node, NIF + "endIndex", problems)
        anchor = one(view, node, NIF + "anchorOf", problems)
        ctx = one(view, node, NIF + "referenceContext", problems)
        for name, lit, want in (("beginIndex", begin, b), ("endIndex", end, e)):
            if lit is not None and (lit.datatype.value != XSD + "integer" or int(lit.value) != want):
                problems.append(f"<{node}> nif:{name} {lit} != {want}^^xsd:integer")
        if ctx is None or anchor is None:
            continue
        text = one(view, ctx.value, NIF + "isString", problems)
        if NIF + "Context" not in view.types(ctx.value):
            problems.append(f"<{node}> nif:referenceContext <{ctx.value}> is not a nif:Context")
        if not ctx.value.startswith(doc + "#"):
            problems.append(f"<{node}> points at the context of another document: <{ctx.value}>")
        if text is None:
            continue
        if not 0 <= b < e <= len(text.value):
            problems.append(f"<{node}> offsets out of range of a {len(text.value)}-character text")
        elif text.value[b:e] != anchor.value:
            problems.append(f"<{node}> nif:anchorOf {anchor.value!r} but isString[{b}:{e}] is "
                            f"{text.value[b:e]!r}")
        checked += 1
    assert not problems, show(problems)
    assert checked > 0


def test_contexts_hold_the_text_all_offsets_point_into(view: View) -> None:
    docs = view.documents()
    contexts = view.subjects(RDF_TYPE, NIF + "Context")
    assert len(contexts) == len(docs), f"{len(contexts)} contexts for {len(docs)} documents"
    problems: list[str] = []
    for ctx in sorted(contexts):
        m = SPAN_IRI.match(ctx)
        if not m:
            problems.append(f"context <{ctx}> is not a <doc#char=0,N> IRI")
            continue
        text = one(view, ctx, NIF + "isString", problems)
        src = one(view, ctx, NIF + "sourceUrl", problems)
        begin = one(view, ctx, NIF + "beginIndex", problems)
        end = one(view, ctx, NIF + "endIndex", problems)
        if src is not None and src.value != m["doc"]:
            problems.append(f"<{ctx}> nif:sourceUrl <{src.value}>, expected <{m['doc']}>")
        if text is not None and end is not None:
            n = len(text.value)
            if (m["b"] != "0" or int(m["e"]) != n or int(end.value) != n
                    or begin is None or begin.value != "0"):
                problems.append(f"<{ctx}> does not span 0..{n} (beginIndex {begin}, endIndex {end})")
    assert not problems, show(problems)


# ---------------------------------------------------------------------------------------------
# RDF: entities
# ---------------------------------------------------------------------------------------------


def test_every_entity_has_exactly_one_type(view: View) -> None:
    entities = view.entities()
    assert entities
    problems = []
    for e in sorted(entities):
        types = view.types(e)
        main = types & ENTITY_TYPES
        if len(main) != 1:
            problems.append(f"<{e}> has types {sorted(t.rsplit('/', 1)[-1] for t in main) or 'none'}")
        if COUNTRY in types and SCHEMA + "Place" not in types:
            problems.append(f"<{e}> is a schema:Country but not a schema:Place")
    assert not problems, show(problems)


def test_alternate_names_are_names_not_pronouns_or_descriptions(view: View) -> None:
    anchors: dict[tuple[str, str], set[str]] = collections.defaultdict(set)  # (entity, kind) -> anchors
    for m in view.subjects(ITSRDF + "taIdentRef"):
        target = view.values(m, ITSRDF + "taIdentRef")
        kind = view.values(m, KG + "mentionType")
        anchor = view.values(m, NIF + "anchorOf")
        if target and kind and anchor:
            anchors[(target[0].value, kind[0].value)].add(anchor[0].value.casefold())
    problems = []
    for q in view.quads:
        if q.predicate.value != SCHEMA + "alternateName":
            continue
        e, alias = q.subject.value, q.object.value
        folded = alias.casefold()
        if folded in PRONOUNS:
            problems.append(f"<{e}> schema:alternateName {alias!r} is a pronoun")
        names = anchors[(e, KG + "Name")]
        for kind in ("Pronoun", "Nominal"):
            if folded in anchors[(e, KG + kind)] and folded not in names:
                problems.append(f"<{e}> schema:alternateName {alias!r} is the text of a kg:{kind} mention")
    assert not problems, show(problems)


# ---------------------------------------------------------------------------------------------
# RDF: SHACL
# ---------------------------------------------------------------------------------------------


def test_union_of_graphs_conforms_to_shapes(trig_graphs: dict[str, set[tuple[Any, Any, Any]]]) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    data = rdflib.Graph()
    for triples in trig_graphs.values():
        for t in triples:
            data.add(t)
    shapes = rdflib.Graph().parse(str(ROOT / "ontology" / "shapes.ttl"), format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False)
    assert conforms, report


# ---------------------------------------------------------------------------------------------
# GraphML and GEXF
# ---------------------------------------------------------------------------------------------


def needs_schemas() -> None:
    if not SCHEMAS.is_dir():
        pytest.skip(f"XSDs not found at {SCHEMAS}: GraphML/GEXF schema validation NOT run")


def xml(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))


def check_graphml_valid(path: Path) -> None:
    needs_schemas()
    errors = schema_errors(GRAPHML_XSD, path)
    assert not errors, f"{path.name} is not valid against {GRAPHML_XSD}:\n{summarise(errors)}"


def check_gexf_valid(path: Path) -> None:
    needs_schemas()
    errors = schema_errors(GEXF_XSD, as_gexf_12(path))
    assert not errors, f"{path.name} is not valid against {GEXF_XSD}:\n{summarise(errors)}"


def test_graphml_validates_against_xsd(out: dict[str, Path]) -> None:
    check_graphml_valid(out["graphml"])


def test_gexf_validates_against_xsd(out: dict[str, Path]) -> None:
    check_gexf_valid(out["gexf"])


def read_graphml_igraph(path: Path) -> Any:
    igraph = pytest.importorskip("igraph")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = igraph.Graph.Read_GraphML(str(path))
    messages = [str(w.message) for w in caught]
    assert not messages, f"igraph warned reading {path.name}: {messages}"
    return g


def rdf_labels(view: View) -> dict[str, str | None]:
    return {e: next((v.value for v in view.values(e, RDFS + "label")), None) for e in view.entities()}


def value_problem(value: str, xml_type: str) -> str | None:
    """Why ``value`` is not a valid value of a GraphML/GEXF attribute type, or None."""
    try:
        if xml_type in ("int", "long", "integer"):
            int(value)
        elif xml_type in ("float", "double"):
            float(value)
        elif xml_type == "boolean" and value.strip().lower() not in ("true", "false", "1", "0"):
            return "not a boolean"
    except ValueError:
        return f"not a {xml_type}"
    return None


def test_graphml_reads_back(out: dict[str, Path], view: View) -> None:
    # networkx refuses a graph whose edges are directed and undirected both (the entity network
    # is: co-occurrence is undirected); igraph and Gephi read it.
    ig = read_graphml_igraph(out["graphml"])
    assert ig.vcount() == len(view.entities()) and ig.ecount() > 0
    assert all(isinstance(w, float) and w > 0 for w in ig.es["weight"])
    labels = dict(zip(ig.vs["iri"], ig.vs["label"], strict=True))
    assert labels == rdf_labels(view), "GraphML nodes (iri -> label) differ from the RDF entities"
    _, _, edges = graphml_data(out["graphml"])
    directed = {(data_of(e)["rel"], e.get("directed")) for e in edges}
    assert ("co-occurs", "false") in directed
    assert all(d is None for rel, d in directed if rel != "co-occurs")


def test_gexf_reads_back(out: dict[str, Path], view: View) -> None:
    attrs, nodes, edges = gexf_parts(out["gexf"])
    ig = read_graphml_igraph(out["graphml"])
    assert len(nodes) == ig.vcount() and len(edges) == ig.ecount()
    labels = {attvalues(n, attrs["node"])["iri"]: n.get("label") for n in nodes}
    assert labels == rdf_labels(view), "GEXF nodes (iri -> label) differ from the RDF entities"
    kinds = {(e.get("kind"), e.get("type")) for e in edges}
    assert ("co-occurs", "undirected") in kinds and all(e.get("label") == e.get("kind") for e in edges)
    assert all(t == "directed" for k, t in kinds if k != "co-occurs")


def test_parallel_edges_of_different_kinds_are_kept(out: dict[str, Path]) -> None:
    _, _, edges = gexf_parts(out["gexf"])
    pairs = collections.Counter(frozenset((e.get("source"), e.get("target"))) for e in edges)
    parallel = [p for p, n in pairs.items() if n > 1]
    assert parallel, "the examples have pairs linked by co-occurrence and a relation or a quote"
    for p in parallel:
        kinds = [e.get("kind") for e in edges if frozenset((e.get("source"), e.get("target"))) == p]
        assert len(set(kinds)) == len(kinds), f"two edges of one kind between one pair: {kinds}"


@pytest.fixture(scope="module")
def networks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """The examples drawn as each of the other networks, in GraphML and GEXF."""
    out = {}
    for network in ("people", "speakers", "documents"):
        target = tmp_path_factory.mktemp(f"net-{network}")
        result = kgraph.build([str(EXAMPLES)], target, kgraph.BuildOptions(
            formats=("graphml", "gexf"), network=network))
        out[network] = {fmt: Path(p) for fmt, p in result.outputs.items()}
    return out


def test_each_network_validates_and_reads_in_networkx(networks: dict[str, dict[str, Path]]) -> None:
    for network, files in networks.items():
        check_graphml_valid(files["graphml"])
        check_gexf_valid(files["gexf"])
        ig = read_graphml_igraph(files["graphml"])
        assert ig.vcount() > 0 and ig.ecount() > 0, network
        if network in ("speakers", "documents"):  # one direction only: networkx reads them
            g = nx.read_gexf(files["gexf"])
            assert all("color" in d.get("viz", {}) and d["viz"]["size"] > 0 for _, d in g.nodes(data=True))
            gm = nx.read_graphml(files["graphml"])
            assert set(gm.nodes) == set(g.nodes)
            assert all({"r", "g", "b", "size"} <= set(d) for _, d in gm.nodes(data=True))
    people = read_graphml_igraph(networks["people"]["graphml"])
    assert set(people.vs["kind"]) == {"Person"}
    speakers = read_graphml_igraph(networks["speakers"]["graphml"])
    assert set(speakers.es["rel"]) <= {"speaks-to", "speaks-about"}
    docs = read_graphml_igraph(networks["documents"]["graphml"])
    assert "Document" in set(docs.vs["kind"]) and set(docs.es["rel"]) == {"mentions"}


def graphml_data(path: Path) -> tuple[dict[str, etree._Element], list[etree._Element], list[etree._Element]]:
    root = xml(path).getroot()
    keys = {k.get("id"): k for k in root.iter(NS_GRAPHML + "key")}
    return keys, list(root.iter(NS_GRAPHML + "node")), list(root.iter(NS_GRAPHML + "edge"))


def data_of(el: etree._Element) -> dict[str, str]:
    return {d.get("key"): d.text or "" for d in el.findall(NS_GRAPHML + "data")}


def test_graphml_key_ids_are_attribute_names(out: dict[str, Path]) -> None:
    root = xml(out["graphml"]).getroot()
    keys = list(root.iter(NS_GRAPHML + "key"))
    assert keys
    bad = [f"key id={k.get('id')!r} attr.name={k.get('attr.name')!r}" for k in keys
           if k.get("id") != k.get("attr.name")]
    assert not bad, "key ids must be the attribute names (Gephi reads d3/d7 as labels): " + show(bad)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids)), f"duplicate key ids: {ids}"
    types: dict[str, set[str]] = collections.defaultdict(set)
    for k in keys:
        types[k.get("attr.name")].add(k.get("attr.type"))
    assert all(len(t) == 1 for t in types.values()), f"attributes with several types: {types}"


def test_graphml_ids_are_nmtokens_and_edge_ids_unique(out: dict[str, Path]) -> None:
    _, nodes, edges = graphml_data(out["graphml"])
    bad = [n.get("id") for n in nodes if not NMTOKEN.match(n.get("id") or "")]
    bad += [f"edge {e.get('id')!r}" for e in edges if not NMTOKEN.match(e.get("id") or "")]
    assert not bad, show(bad)
    ids = [e.get("id") for e in edges]
    dupes = [i for i, c in collections.Counter(ids).items() if c > 1]
    assert not dupes, f"duplicate edge ids: {dupes}"
    assert not set(ids) & {n.get("id") for n in nodes}, "an edge id is also a node id"


def test_graphml_node_and_edge_attributes(out: dict[str, Path]) -> None:
    keys, nodes, edges = graphml_data(out["graphml"])
    edge_keys = {k.get("attr.name") for k in keys.values() if k.get("for") == "edge"}
    assert "label" not in edge_keys, "edges must use 'edgelabel', not 'label'"
    assert {"edgelabel", "rel", "weight"} <= edge_keys, edge_keys
    assert keys["weight"].get("attr.type") in ("double", "float")
    problems = []
    for n in nodes:
        d = data_of(n)
        if not d.get("label"):
            problems.append(f"node {n.get('id')} has no label")
        if not d.get("iri"):
            problems.append(f"node {n.get('id')} has no iri")
    for e in edges:
        d = data_of(e)
        for name in ("edgelabel", "rel"):
            if not d.get(name):
                problems.append(f"edge {e.get('id')} has no {name}")
        try:
            if not float(d.get("weight", "nan")) > 0:
                problems.append(f"edge {e.get('id')} weight {d.get('weight')!r} is not > 0")
        except ValueError:
            problems.append(f"edge {e.get('id')} weight {d.get('weight')!r} is not a float")
    assert not problems, show(problems)


def test_graphml_edge_id_is_not_repeated_as_data(out: dict[str, Path]) -> None:
    # The edge id is the XML id attribute; an 'id' data key as well makes igraph warn
    # ("Could not add edge ids, there is already an 'id' edge attribute") and Gephi show a
    # duplicate column. (kgraph.gephi._without_viz says it drops it.)
    keys, _, _ = graphml_data(out["graphml"])
    assert "id" not in {k.get("attr.name") for k in keys.values() if k.get("for") == "edge"}, \
        '<key id="id" for="edge"> present: the edge id is repeated as a data attribute'


def test_graphml_values_match_their_declared_types(out: dict[str, Path]) -> None:
    keys, nodes, edges = graphml_data(out["graphml"])
    bad = []
    for el in nodes + edges:
        for k, v in data_of(el).items():
            why = value_problem(v, keys[k].get("attr.type", "string")) if k in keys else "undeclared key"
            if why:
                bad.append(f"{el.get('id')} {k}={v!r}: {why}")
    assert not bad, show(bad)


def test_graphml_has_no_none_values(out: dict[str, Path]) -> None:
    _, nodes, edges = graphml_data(out["graphml"])
    bad = [f"{el.get('id')} {k}={v!r}" for el in nodes + edges for k, v in data_of(el).items()
           if v.strip() in ("None", "nan", "NaN")]
    assert not bad, show(bad)


GexfAttrs = dict[str, dict[str, tuple[str, str]]]


def gexf_parts(path: Path) -> tuple[GexfAttrs, list[etree._Element], list[etree._Element]]:
    """attributes by class ('node'/'edge') as id -> (title, type), the nodes and the edges."""
    root = xml(path).getroot()
    attrs: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
    for block in root.iter(NS_GEXF + "attributes"):
        for a in block.findall(NS_GEXF + "attribute"):
            attrs[block.get("class")][a.get("id")] = (a.get("title"), a.get("type"))
    return attrs, list(root.iter(NS_GEXF + "node")), list(root.iter(NS_GEXF + "edge"))


def attvalues(el: etree._Element, attrs: dict[str, tuple[str, str]]) -> dict[str, str]:
    return {attrs[v.get("for")][0]: v.get("value") for v in el.iter(NS_GEXF + "attvalue")}


def test_gexf_does_not_use_reserved_attribute_names(out: dict[str, Path]) -> None:
    attrs, _, _ = gexf_parts(out["gexf"])
    bad = [f"{cls} attribute {title!r}" for cls, by_id in attrs.items() for title, _ in by_id.values()
           if title.casefold() in GEXF_RESERVED]
    assert not bad, show(bad)
    for cls, by_id in attrs.items():
        titles = [t for t, _ in by_id.values()]
        assert len(titles) == len(set(titles)), f"{cls} attribute titles repeat: {titles}"


def test_gexf_ids_labels_weights(out: dict[str, Path]) -> None:
    attrs, nodes, edges = gexf_parts(out["gexf"])
    problems = []
    for n in nodes:
        if not NMTOKEN.match(n.get("id") or ""):
            problems.append(f"node id {n.get('id')!r} is not an NMTOKEN")
        if not n.get("label"):
            problems.append(f"node {n.get('id')} has no label")
    ids = [e.get("id") for e in edges]
    dupes = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dupes:
        problems.append(f"duplicate edge ids: {dupes}")
    for e in edges:
        if not NMTOKEN.match(e.get("id") or ""):
            problems.append(f"edge id {e.get('id')!r} is not an NMTOKEN")
        values = attvalues(e, attrs["edge"])
        for name in ("edgelabel", "rel"):
            if not values.get(name):
                problems.append(f"edge {e.get('id')} has no {name}")
        try:
            if not float(e.get("weight", "nan")) > 0:
                problems.append(f"edge {e.get('id')} weight {e.get('weight')!r} is not > 0")
        except ValueError:
            problems.append(f"edge {e.get('id')} weight {e.get('weight')!r} is not a float")
    assert not problems, show(problems)


def test_gexf_values_match_their_declared_types(out: dict[str, Path]) -> None:
    attrs, nodes, edges = gexf_parts(out["gexf"])
    bad = []
    for cls, els in (("node", nodes), ("edge", edges)):
        for el in els:
            for v in el.iter(NS_GEXF + "attvalue"):
                title, xml_type = attrs[cls].get(v.get("for"), (None, None))
                why = value_problem(v.get("value", ""), xml_type) if title else "undeclared attribute"
                if why:
                    bad.append(f"{cls} {el.get('id')} {title}={v.get('value')!r}: {why}")
    assert not bad, show(bad)


def test_gexf_has_no_none_values(out: dict[str, Path]) -> None:
    attrs, nodes, edges = gexf_parts(out["gexf"])
    bad = []
    for cls, els in (("node", nodes), ("edge", edges)):
        for el in els:
            for k, v in {**attvalues(el, attrs[cls]), "label": el.get("label", "")}.items():
                if (v or "").strip() in ("None", "nan", "NaN"):
                    bad.append(f"{cls} {el.get('id')} {k}={v!r}")
    assert not bad, show(bad)


def viz(node: etree._Element, name: str) -> Any:
    """A node's viz element by local name, in the viz namespace or else the GEXF namespace."""
    found = node.find(NS_VIZ + name)
    return found if found is not None else node.find(NS_GEXF + name)


def test_gexf_nodes_have_viz_colour_and_size(out: dict[str, Path]) -> None:
    # Accept the colour/size elements in the viz namespace or in the GEXF namespace (the shared
    # 1.2draft XSD declares them in the latter): what matters is that each node has both.
    _, nodes, _ = gexf_parts(out["gexf"])
    problems = []
    for n in nodes:
        color, size = viz(n, "color"), viz(n, "size")
        if color is None or not all(color.get(c) for c in "rgb"):
            problems.append(f"node {n.get('id')} has no viz colour")
        if size is None or not float(size.get("value") or 0) > 0:
            problems.append(f"node {n.get('id')} has no viz size")
    assert not problems, show(problems)
    colours = collections.Counter(tuple(viz(n, "color").get(c) for c in "rgb") for n in nodes)
    assert len(colours) >= 3, f"colour should follow the entity type (3 types): {colours}"


# ---------------------------------------------------------------------------------------------
# Names full of characters that IRIs and XML must escape
# ---------------------------------------------------------------------------------------------

SPECIAL_CHARS = set("&<>\"'%#\\{}| ")
# A file name with every troublesome character (it becomes the document IRI) and entity names
# that the model recognises whole (checked with en_core_web_sm): 'Smith & "Jones" AT&T{UK}#1 Ltd'
# and 'AT&T{UK}#1|Co\%<x>'.
SPECIAL_FILE = 'Smith & <Jones> "Holdings" {100%} #1 | \\ it\'s.txt'
SPECIAL_TEXT = """Shares in Smith & "Jones" AT&T{UK}#1 Ltd fell on Monday after the company warned on profits.

Shares in AT&T{UK}#1|Co\\%<x> fell on Monday, AT&T{UK}#1|Co\\%<x> said in a statement.

Peter O'Hara-Smith said on Monday that Smith & "Jones" Ltd would close its factory in Leeds.
Smith & "Jones" Ltd employs 300 people.
"""


@pytest.fixture(scope="module")
def special(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("special")
    folder = base / "in"
    folder.mkdir()
    (folder / SPECIAL_FILE).write_text(SPECIAL_TEXT, encoding="utf-8")
    return run_build(["in"], base / "out", base)


@pytest.fixture(scope="module")
def special_view(special: dict[str, Path]) -> View:
    return View(ox_quads(special["nquads"], "nquads"))


def special_names(view: View) -> set[str]:
    names = {o.value for e in view.entities() for o in view.values(e, SCHEMA + "name")}
    return {n for n in names if len(set(n) & SPECIAL_CHARS) >= 4}


def test_special_names_are_extracted(special_view: View) -> None:
    found = special_names(special_view)
    assert found, "no entity with several of & < > \" ' % # \\ { } | in its name was extracted; " \
                  "the model no longer finds the test's names: adapt SPECIAL_TEXT"
    assert any(c in "".join(found) for c in "{}#%"), found


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_special_names_give_valid_rdf(special: dict[str, Path], special_view: View, fmt: str) -> None:
    quads = ox_quads(special[fmt], fmt)  # strict: raises on an invalid IRI
    names = special_names(special_view)
    labels = {q.object.value for q in quads if q.predicate.value == RDFS + "label"}
    assert names <= labels, f"names lost or altered in {fmt}: {names - labels}"
    loaded = rdflib_load(special[fmt], fmt)
    triples = (set(loaded) if not isinstance(loaded, rdflib.Dataset)
               else set().union(*rdflib_graphs(loaded).values()))
    assert {str(o) for _, p, o in triples if str(p) == RDFS + "label"} >= names
    iris = View(quads).iris()
    bad = sorted(i for i in iris if BAD_IRI_CHAR.search(i) or BAD_ESCAPE.search(i))
    assert not bad, show(bad)
    docs = View(quads).documents()
    assert len(docs) == 1, docs


def test_special_names_spans_are_exact(special_view: View) -> None:
    check_spans(special_view)


def test_special_names_give_valid_graphml(special: dict[str, Path], special_view: View) -> None:
    check_graphml_valid(special["graphml"])
    names = special_names(special_view)
    ig = read_graphml_igraph(special["graphml"])
    assert names <= set(ig.vs["label"])


def test_special_names_give_valid_gexf(special: dict[str, Path], special_view: View) -> None:
    check_gexf_valid(special["gexf"])
    names = special_names(special_view)
    _, nodes, _ = gexf_parts(special["gexf"])
    assert names <= {n.get("label") for n in nodes}


def test_quantities_are_written_as_they_were_reported() -> None:
    from kgraph.rdf import quantity

    assert quantity(4099999.9999999995).value == "4100000"
    assert quantity(16899999999.999998).value == "16900000000"
    assert quantity(3.5).value == "3.5" and quantity(3.5).datatype.value.endswith("#decimal")
    assert quantity(0.1 + 0.2).value == "0.3"
    assert quantity(12).datatype.value.endswith("#integer")


def test_every_fact_node_and_mention_has_exactly_one_registered_rule(view: View) -> None:
    from kgraph.extract.registry import load_all

    rules = load_all()
    kinds = [SCHEMA + "Quotation", RDF + "Statement", SCHEMA + "Event", KG + "Count",
             "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase"]
    problems = []
    for kind in kinds:
        nodes = view.subjects(RDF_TYPE, kind)
        assert nodes, f"no {kind} in the example build"
        for node in nodes:
            found = view.values(node, KG + "rule")
            if len(found) != 1 or found[0].value not in rules:
                problems.append(f"<{node}> ({kind}) has kg:rule {found}")
    assert not problems, show(problems)
    link_rules = {q.object.value for q in view.quads if q.predicate.value == KG + "linkRule"}
    assert link_rules and link_rules <= set(rules)  # the examples link people across articles


def test_gephi_edges_carry_their_rules(out: dict[str, Path]) -> None:
    from kgraph.extract.registry import load_all

    known = set(load_all()) | {"graph.cooccurrence.sentence"}
    ig = read_graphml_igraph(out["graphml"])
    rules = list(ig.es["rule"])
    assert rules and all(r and set(r.split("|")) <= known for r in rules)


def test_tables_load_as_csv_and_as_sqlite_with_their_keys(tmp_path: Path) -> None:
    import csv
    import sqlite3

    import sqlite_utils

    result = kgraph.build([str(EXAMPLES)], tmp_path, kgraph.BuildOptions(formats=("csv", "sqlite")))
    tables = {p.name.split(".")[1]: p for p in tmp_path.glob("graph.*.csv")}
    assert set(tables) == {"documents", "entities", "mentions", "quotes", "statements", "events", "counts"}
    with open(tables["quotes"], encoding="utf-8", newline="") as fh:
        quotes = list(csv.DictReader(fh))
    assert quotes and all(q["rule"].startswith("quotes.") for q in quotes)
    text = {d.article.id: d.article.text for d in result.graph.docs}
    docs = {row["iri"]: row["id"] for row in csv.DictReader(open(tables["documents"], encoding="utf-8"))}
    for q in quotes:  # the offsets point into the document's text
        assert int(q["start"]) < int(q["end"]) <= len(text[docs[q["document"]]])
    db = sqlite_utils.Database(tmp_path / "graph.sqlite")
    assert {t: db[t].count for t in tables} == {
        t: sum(1 for _ in csv.DictReader(open(p, encoding="utf-8"))) for t, p in tables.items()}
    assert {fk.other_table for fk in db["quotes"].foreign_keys} == {"documents", "entities"}
    conn = sqlite3.connect(tmp_path / "graph.sqlite")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    top = conn.execute("SELECT e.name, COUNT(*) FROM quotes q JOIN entities e ON e.iri = q.speaker "
                       "GROUP BY e.name ORDER BY 2 DESC LIMIT 1").fetchone()
    assert top and top[1] >= 2
