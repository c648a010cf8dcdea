"""kgraph serve's pages, IRIs and settings on the example graph, through Starlette's test client."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from rdflib import Graph, Literal, URIRef
from starlette.testclient import TestClient

import kgraph
from kgraph.serve import ServeConfig, create_app
from kgraph.serve.examples import EXAMPLES as QUERY_EXAMPLES

pytestmark = pytest.mark.model

BASE = "https://example.org/kgraph/"
OKAFOR = BASE + "person/amara-okafor"
PORT_DEAL = "/doc/examples/port-deal.txt"
HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serve")
    result = kgraph.build([str(EXAMPLES)], out)
    return Path(result.outputs["trig"])


@pytest.fixture(scope="module")
def client(trig: Path) -> TestClient:
    return TestClient(create_app(trig))


def test_home_counts_and_most_mentioned(client: TestClient) -> None:
    page = client.get("/", headers=HTML)
    assert page.status_code == 200
    assert re.search(r"<strong>7</strong> articles", page.text)
    assert 'href="/person/amara-okafor"' in page.text


def test_search_finds_names_and_aliases_with_type_and_mentions(client: TestClient) -> None:
    page = client.get("/search", params={"q": "okafor"}).text
    rows = re.findall(r"<tr><td><a class=\"result\" href=\"([^\"]+)\">([^<]+)</a></td><td>([^<]*)</td>"
                      r"<td>([^<]*)</td><td class=\"num\">(\d+)</td>", page)
    assert ("/person/amara-okafor", "Amara Okafor", "Okafor", "Person", "10") in rows
    assert any(r[1] == "Chidi Okafor" for r in rows)  # the namesake is found, not merged
    # Accents and case do not matter; the type filter does.
    assert "Lukas Dürrenmatt" in client.get("/search", params={"q": "DURRENMATT"}).text
    assert "Amara Okafor" not in client.get("/search", params={"q": "okafor", "type": "Place"}).text


def test_entity_page(client: TestClient) -> None:
    page = client.get("/person/amara-okafor", headers=HTML)
    assert page.status_code == 200
    text = page.text
    assert "<h1>Amara Okafor <span class=\"type\">Person</span></h1>" in text
    assert "Okafor" in text and "10 in 2 articles" in text
    # A quote by her, linked to its place in the article, with its confidence.
    assert 'href="/doc/examples/port-deal.txt#quote-747-920">“We will not sign away our harbours' in text
    # A relation with its evidence characters and confidence; an incoming one too.
    assert re.search(r"children</td><td><a href=\"/person/kelechi\">Kelechi</a>.*?"
                     r"href=\"/doc/examples/port-deal.txt#char=970,991\"[^>]*>0.90</a>", text, re.S)
    assert 'href="/person/kelechi">Kelechi</a></td><td>parent</td>' in text
    assert "Events and counts" in text and 'href="/graph?iri=' in text
    assert page.headers["vary"] == "Accept"


def test_place_page_links_geonames(client: TestClient) -> None:
    text = client.get("/place/lagos", headers=HTML).text
    assert re.search(r'href="https://sws.geonames.org/\d+/" rel="noopener noreferrer external"', text)
    assert "latitude" in text


def test_article_page_marks_mentions_quotes_and_evidence(client: TestClient) -> None:
    page = client.get(PORT_DEAL, headers=HTML)
    assert page.status_code == 200
    text = page.text
    article = text[text.index('<article class="text"'):text.index("</article>")]
    # Anchors for every IRI fragment a link may name.
    for anchor in ("quote-747-920", "char=747,803", "char=970,991", "statement-rel-1"):
        assert f'id="{anchor}"' in article
    assert re.search(r'class="seg [^"]*mention person"[^>]*><a href="/person/amara-okafor">Amara Okafor</a>',
                     article)
    quote = re.findall(r'<span class="seg [^"]*quote[^"]*" data-b="(\d+)" data-e="(\d+)" '
                       r'data-f="[^"]*quote-747-920', article)
    assert quote and int(quote[0][0]) == 747
    # The text is whole: tags removed, it is the document's nif:isString.
    plain = re.sub(r"<[^>]+>", "", article[article.index(">") + 1:])
    assert plain.startswith("Nigeria signs $2bn port deal")
    assert "fact evidence" in text and "Quotations" in text


def test_quotes_filters(client: TestClient) -> None:
    def count(**params: str) -> int:
        page = client.get("/quotes", params=params).text
        return int(re.search(r"<p>(\d+) quotation", page).group(1))  # type: ignore[union-attr]

    everything = count()
    assert everything > 20
    assert count(speaker="Amara Okafor") == count(speaker=OKAFOR) > 0
    assert count(speaker="okafor") >= count(speaker=OKAFOR)  # both Okafors
    direct, indirect, mixed = count(kind="direct"), count(kind="indirect"), count(kind="mixed")
    assert direct and indirect and direct + indirect + mixed == everything
    assert 0 < count(doc=BASE + "doc/examples/port-deal.txt") < everything
    assert count(**{"from": "2024-03-05", "to": "2024-03-05"}) > 0
    assert count(**{"from": "2030-01-01"}) == 0
    assert "is not a date" in client.get("/quotes", params={"from": "yesterday"}).text


def test_neighbourhood_drawn_as_svg(client: TestClient) -> None:
    page = client.get("/graph", params={"iri": OKAFOR})
    assert page.status_code == 200 and "<svg" in page.text
    assert 'href="/person/kelechi"' in page.text
    assert re.search(r'<a href="/doc/examples/port-deal.txt#statement-rel-\d+(-inverse)?"><g class="edge">',
                     page.text)
    two = client.get("/graph", params={"iri": OKAFOR, "steps": "2"}).text
    assert two.count('<g class="node') >= page.text.count('<g class="node')
    svg = client.get("/graph.svg", params={"iri": OKAFOR})
    assert svg.headers["content-type"].startswith("image/svg+xml")
    from lxml import etree

    etree.fromstring(svg.content)  # well-formed XML
    assert client.get("/graph", params={"iri": BASE + "person/nobody"}).status_code == 404


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_entity_iri_content_negotiation(client: TestClient, accept: str, fmt: str) -> None:
    answer = client.get("/person/amara-okafor", headers={"accept": accept})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith(accept)
    g = Graph().parse(data=answer.content, format=fmt)
    me = URIRef(OKAFOR)
    assert (me, URIRef("http://schema.org/name"), Literal("Amara Okafor")) in g
    assert (URIRef(BASE + "person/kelechi"), URIRef("http://schema.org/parent"), me) in g


def test_document_iri_serves_its_named_graph(client: TestClient) -> None:
    answer = client.get(PORT_DEAL, headers={"accept": "text/turtle"})
    g = Graph().parse(data=answer.text, format="turtle")
    texts = list(g.objects(None, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString")))
    assert len(texts) == 1 and str(texts[0]).startswith("Nigeria signs")
    jsonld = client.get(PORT_DEAL, params={"format": "jsonld"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert client.get(PORT_DEAL, headers={"accept": "image/png"}).status_code == 406
    assert client.get("/doc/examples/none.txt", headers=HTML).status_code == 404
    assert client.get("/resource", params={"iri": OKAFOR}, headers=HTML).status_code == 200


def test_sparql_page_has_prefixes_and_the_docs_examples(client: TestClient) -> None:
    page = client.get("/sparql", headers=HTML).text
    for prefix in ("schema", "kg", "prov", "nif", "itsrdf", "sem", "rdf", "rdfs", "xsd", "owl"):
        assert f">{prefix}:</code>" in page
    assert "Who is quoted most" in page
    # A browser's query gets a table.
    table = client.get("/sparql", params={"query": QUERY_EXAMPLES[0][1]},
                       headers={"accept": "text/html,*/*;q=0.8"}).text
    assert "<th>?name</th>" in table and "Amara Okafor" in table
    bad = client.get("/sparql", params={"query": "SELECT * WHERE {"}, headers={"accept": "text/html"})
    assert bad.status_code == 400 and "syntax error" in bad.text


def test_query_page_examples_are_those_of_the_docs() -> None:
    text = (EXAMPLES.parent / "docs" / "queries.md").read_text(encoding="utf-8")
    blocks = [b.strip() for b in re.findall(r"```sparql\n(.*?)```", text, re.S)]
    assert [q for _, q in QUERY_EXAMPLES] == blocks


def test_untrusted_text_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "evil.txt").write_text(
        "Mayor <script>alert(1)</script> resigns\n\n"
        "Mayor Jane Doe said: \"<img src=x onerror=alert(2)> is not a plan.\" The council met on Monday.\n",
        encoding="utf-8")
    result = kgraph.build([str(tmp_path / "in")], tmp_path / "out")
    client = TestClient(create_app(result.outputs["trig"]))
    page = client.get("/doc/in/evil.txt", headers=HTML)
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"


def test_trusted_hosts_and_cors(trig: Path) -> None:
    local = TestClient(create_app(trig, ServeConfig(trusted_hosts=["localhost", "127.0.0.1"])),
                       base_url="http://127.0.0.1")
    assert local.get("/").status_code == 200
    assert local.get("/", headers={"host": "rebound.example.com"}).status_code == 400
    closed = TestClient(create_app(trig))
    assert "access-control-allow-origin" not in closed.get("/sparql", params={"query": "ASK {}"},
                                                           headers={"origin": "https://a.example"}).headers
    opened = TestClient(create_app(trig, ServeConfig(cors_origins=["https://a.example"])))
    answer = opened.get("/sparql", params={"query": "ASK {}"}, headers={"origin": "https://a.example"})
    assert answer.headers["access-control-allow-origin"] == "https://a.example"


def test_updates_refused_unless_allowed(client: TestClient, trig: Path) -> None:
    update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"
    refused = client.post("/sparql", data={"update": update})
    assert refused.status_code == 403 and "read-only" in refused.text
    # Even allowed, a graph file held in memory is not changed.
    app = create_app(trig, ServeConfig(allow_update=True))
    assert TestClient(app).post("/sparql", data={"update": update}).status_code == 403
    assert json.loads(client.get("/sparql", params={"query": "ASK { <urn:a> ?p ?o }"},
                                 headers={"accept": "application/json"}).text)["boolean"] is False


def test_serve_command(trig: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kgraph.cli import main
    from kgraph.serve.command import serve_command

    if "serve" not in main.commands:
        main.add_command(serve_command)
    started: dict[str, object] = {}

    def fake_run(app: object, **kwargs: object) -> None:
        started.update(kwargs, app=app)

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    runner = CliRunner()
    result = runner.invoke(main, ["serve", str(trig)])
    assert result.exit_code == 0, result.output
    assert started["host"] == "127.0.0.1" and started["port"] == 8000
    site = started["app"].state.site  # type: ignore[attr-defined]
    assert not site.config.allow_update and site.config.trusted_hosts and not site.config.cors_origins
    assert site.config.limit == 10_000 and site.config.timeout == 60
    result = runner.invoke(main, ["serve", str(trig), "--allow-update"])
    assert result.exit_code == 2 and "needs a store" in result.output
    result = runner.invoke(main, ["serve", str(trig), "--cors", "nonsense"])
    assert result.exit_code == 2
    result = runner.invoke(main, ["serve", str(trig.parent / "missing.trig")])
    assert result.exit_code == 2
    result = runner.invoke(main, ["serve", str(trig), "--host", "0.0.0.0", "--port", "9"])
    assert result.exit_code == 0 and started["host"] == "0.0.0.0"
    assert started["app"].state.site.config.trusted_hosts is None  # type: ignore[attr-defined]
    assert "serve" in runner.invoke(main, ["--help"]).output
