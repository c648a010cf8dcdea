"""kgraph serve's SPARQL endpoint over HTTP with real clients (SPARQLWrapper, rdflib's SPARQLStore),
its IRIs dereferenced when the base IRI is the server, updates on a store, and a store served while
a build adds to it."""

from __future__ import annotations

import io
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import EXAMPLES
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, TSV, TURTLE, XML, SPARQLWrapper

import kgraph
from kgraph.query import open_graph, run_query
from kgraph.serve import ServeConfig, create_app
from kgraph.serve.background import BackgroundServer, free_port
from kgraph.serve.examples import EXAMPLES as QUERY_EXAMPLES
from kgraph.vocab import PREFIXES

pytestmark = pytest.mark.model

HEAD = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
WHO = QUERY_EXAMPLES[0][1]


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("endpoint")
    return Path(kgraph.build([str(EXAMPLES)], out).outputs["trig"])


@pytest.fixture(scope="module")
def endpoint(trig: Path):  # type: ignore[no-untyped-def]
    with BackgroundServer(create_app(trig)) as url:
        yield url + "sparql"


def _get(url: str, accept: str = "*/*", data: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers={"Accept": accept, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_with_sparqlwrapper(endpoint: str, trig: Path, fmt: str, method: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(HEAD + WHO)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    answer = client.query()
    if fmt == JSON:
        bindings = answer.convert()["results"]["bindings"]
        rows = [(b["name"]["value"], int(b["quotes"]["value"])) for b in bindings]
    elif fmt == XML:
        from rdflib.query import Result

        result = Result.parse(io.BytesIO(answer.response.read()), format="xml")
        rows = [(str(r[0]), int(r[1])) for r in result]
    else:
        text = answer.convert().decode("utf-8")
        sep = "," if fmt == CSV else "\t"
        lines = text.strip().splitlines()[1:]
        cells = [ln.split(sep) for ln in lines]
        rows = [(c[0].strip('"'), int(c[1].split("^^")[0].strip('"'))) for c in cells]
    expected = run_query(open_graph(trig), WHO).rows
    assert rows == [(n, int(q)) for n, q in expected]  # type: ignore[arg-type]


def test_ask_and_construct(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(HEAD + 'ASK { ?p schema:name "Amara Okafor" }')
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    construct = HEAD + "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    for fmt, syntax in [(TURTLE, "turtle"), (N3, "turtle"), (JSONLD, "json-ld"), (XML, "xml")]:
        client.setQuery(construct)
        client.setReturnFormat(fmt)
        answer = client.query()
        g = Graph().parse(data=answer.response.read(), format=syntax)
        assert (URIRef("https://example.org/kgraph/person/amara-okafor"), URIRef("http://schema.org/name"),
                None) in g, fmt
    status, headers, body = _get(endpoint + "?query=" + urllib.request.quote(construct),
                                 "application/n-triples")
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    assert len(Graph().parse(data=body, format="nt")) == 25


def test_rdflib_sparqlstore(endpoint: str) -> None:
    g = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    rows = list(g.query(HEAD + 'SELECT ?n WHERE { ?p schema:alternateName "Okafor" ; schema:name ?n } '
                               "ORDER BY ?n"))
    assert [str(r[0]) for r in rows] == ["Amara Okafor", "Chidi Okafor"]


def test_every_docs_query_answers_as_kgraph_query_does(endpoint: str, trig: Path) -> None:
    store = open_graph(trig)
    client = SPARQLWrapper(endpoint)
    client.setReturnFormat(JSON)
    for _, query in QUERY_EXAMPLES:
        client.setQuery(query)  # no PREFIX lines: the endpoint declares kgraph's
        bindings = client.query().convert()["results"]["bindings"]
        expected = run_query(store, query)
        got = [[b.get(v, {}).get("value") for v in expected.variables] for b in bindings]
        assert got == expected.rows, query


def test_errors_and_refusals(endpoint: str) -> None:
    status, _, body = _get(endpoint + "?query=" + urllib.request.quote("SELECT * WHERE {\n ?s ?p "))
    assert status == 400 and b"syntax error" in body and b"2:" in body
    service = "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }"
    status, _, body = _get(endpoint + "?query=" + urllib.request.quote(service))
    assert status == 403 and b"SERVICE" in body
    status, _, body = _get(endpoint, data=b"update=" + urllib.request.quote("CLEAR ALL").encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"read-only" in body
    status, _, _ = _get(endpoint + "?query=" + urllib.request.quote("ASK {}"), "image/png")
    assert status == 406
    status, _, _ = _get(endpoint, data=b"x", headers={"Content-Type": "text/plain"})
    assert status == 415


def test_row_limit_and_timeout(trig: Path) -> None:
    app = create_app(trig, ServeConfig(limit=5, timeout=0.5))
    with BackgroundServer(app) as url:
        everything = urllib.request.quote("SELECT * WHERE { ?s ?p ?o }")
        status, headers, body = _get(url + "sparql?query=" + everything, "text/csv")
        assert status == 200 and len(body.decode().strip().splitlines()) == 6
        assert "row limit" in headers["x-kgraph-truncated"]
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        status, _, body = _get(url + "sparql?query=" + urllib.request.quote(heavy))
        assert status == 503 and b"timed out after 0.5s" in body


def test_iris_dereference_when_the_base_iri_is_the_server(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    store = tmp_path / "store"
    kgraph.build([str(EXAMPLES / "port-deal.txt")], None, kgraph.BuildOptions(base_iri=base), store=store)
    with BackgroundServer(create_app(store), port=port):
        entity = base + "person/amara-okafor"
        status, headers, body = _get(entity, "text/turtle")
        assert status == 200 and headers["vary"] == "Accept"
        g = Graph().parse(data=body, format="turtle")
        assert (URIRef(entity), URIRef("http://schema.org/name"), None) in g
        # Every IRI the entity's description names under the base resolves too.
        for iri in {str(o) for o in g.objects(URIRef(entity)) if str(o).startswith(base)}:
            assert _get(iri, "text/html")[0] == 200, iri
        doc = base + "doc/examples/port-deal.txt"
        status, headers, body = _get(doc, "application/ld+json")
        assert status == 200 and headers["content-type"].startswith("application/ld+json")
        assert len(Graph().parse(data=body, format="json-ld")) > 100
        assert b"<h1>" in _get(doc, "text/html")[2]


def test_updates_on_a_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kgraph.build([str(EXAMPLES / "port-deal.txt")], None, store=store)
    before = (store / "current").readlink()
    with BackgroundServer(create_app(store, ServeConfig(allow_update=True))) as url:
        client = SPARQLWrapper(url + "sparql", updateEndpoint=url + "sparql")
        client.setMethod("POST")
        client.setQuery("INSERT DATA { GRAPH <urn:notes> { <urn:note1> rdfs:comment \"checked\" } }")
        client.query()
        assert (store / "current").readlink() != before  # a new generation, swapped in whole
        ask = urllib.request.quote('ASK { <urn:note1> ?p "checked" }')
        status, _, body = _get(url + "sparql?query=" + ask, "application/sparql-results+json")
        assert b"true" in body
        # A page elsewhere cannot post an update here.
        status, _, body = _get(url + "sparql", data=b"update=CLEAR%20ALL",
                               headers={"Content-Type": "application/x-www-form-urlencoded",
                                        "Origin": "https://evil.example"})
        assert status == 403 and b"origin" in body
        status, _, _ = _get(url + "sparql", data=b"CLEAR GRAPH <urn:notes>",
                            headers={"Content-Type": "application/sparql-update"})
        assert status == 204


def test_store_served_while_a_build_adds_to_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kgraph.build([str(EXAMPLES / "port-deal.txt")], None, store=store)
    count = urllib.request.quote("SELECT (COUNT(?d) AS ?n) WHERE { ?d a schema:NewsArticle }")
    with BackgroundServer(create_app(store)) as url:
        assert b"1\r\n" in _get(url + "sparql?query=" + count, "text/csv")[2]
        seen: set[bytes] = set()
        errors: list[object] = []
        done = threading.Event()

        def read() -> None:
            while not done.is_set():
                status, _, body = _get(url + "sparql?query=" + count, "text/csv")
                if status != 200:
                    errors.append((status, body))
                seen.add(body.split(b"\r\n")[1])
                page = _get(url + "person/amara-okafor", "text/html")
                if page[0] != 200:
                    errors.append(page[:1])

        reader = threading.Thread(target=read)
        reader.start()
        try:
            kgraph.build([str(EXAMPLES)], None, store=store)
        finally:
            done.set()
            reader.join(60)
        assert not errors
        # Reads saw the one article, then all seven: never a half-written batch.
        assert _get(url + "sparql?query=" + count, "text/csv")[2].split(b"\r\n")[1] == b"7"
        assert seen <= {b"1", b"7"}
        assert len(list(store.glob("gen-*"))) == 1  # the old generation is gone, and reads went on
