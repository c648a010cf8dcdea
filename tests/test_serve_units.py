"""kgraph serve's parts that need no graph: content negotiation, IRIs and URLs, result formats
(read back by rdflib's parsers), and the marking up of an article's text."""

from __future__ import annotations

import io

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode
from rdflib.query import Result

from kgraph.iri import Minter
from kgraph.serve.iris import Paths, iri_to_uri, uri_to_iri
from kgraph.serve.negotiate import choose
from kgraph.serve.results import Answer, normalise_accept, offers, render
from kgraph.serve.text import Span, mark_up

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
RESOURCE = ["text/html", "text/turtle", "application/ld+json"]


@pytest.mark.parametrize("accept,expected", [
    (BROWSER, "text/html"),
    ("text/turtle", "text/turtle"),
    ("application/ld+json;q=0.9, text/turtle;q=0.5", "application/ld+json"),
    ("*/*", "text/html"),
    (None, "text/html"),
    ("", "text/html"),
    ("text/*;q=0.5, text/turtle", "text/turtle"),
    ("text/turtle;q=0, */*", "text/html"),
    ("image/png", None),
])
def test_choose_by_accept(accept: str | None, expected: str | None) -> None:
    assert choose(accept, RESOURCE) == expected


def test_sparql_clients_accept_headers() -> None:
    # What SPARQLWrapper sends for JSON, and the short names rdflib and others use.
    wrapper = "application/sparql-results+json,application/json,text/javascript,application/javascript"
    assert choose(normalise_accept(wrapper), offers("select")) == "application/sparql-results+json"
    assert choose(normalise_accept("application/xml"), offers("select")) == "application/sparql-results+xml"
    assert choose(normalise_accept("text/csv"), offers("select")) == "text/csv"
    assert choose(normalise_accept("application/rdf+xml"), offers("graph")) == "application/rdf+xml"
    assert choose(normalise_accept("text/csv"), offers("ask")) is None


@pytest.mark.parametrize("doc_id", ["examples/port-deal.txt", "wires.jsonl#L2", "Zürich/Ünïcode news.txt",
                                    "a//b", "100% sure?.md", "./x", "日本語/記事.txt"])
def test_document_iris_and_urls_round_trip(doc_id: str) -> None:
    mint = Minter("https://example.org/kgraph/")
    iri = mint.document(doc_id)
    paths = Paths(mint.base)
    url = paths.url(iri)
    assert url.isascii() and url.startswith("/doc/")
    assert paths.iri(url) == iri
    # A browser may send the letters it was given as they are, or lower-case escapes.
    assert uri_to_iri(iri_to_uri(iri)) == iri


def test_iris_outside_the_base_go_through_resource() -> None:
    paths = Paths("https://example.org/kgraph/")
    geonames = "/resource?iri=https%3A%2F%2Fsws.geonames.org%2F2332459%2F"
    assert paths.url("https://sws.geonames.org/2332459/") == geonames
    assert paths.url("https://example.org/kgraph/doc/a.txt#char=1,5") == "/doc/a.txt#char=1,5"


def _answer() -> Answer:
    rows: list[list[object | None]] = [
        [NamedNode("https://example.org/kgraph/person/a"), Literal("Amara, \"the\" minister"),
         Literal("12", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))],
        [BlankNode("b0"), Literal("Ökafor\tline\nbreak", language="en"), None],
    ]
    return Answer(["e", "name", "n"], rows)


@pytest.mark.parametrize("media,fmt", [("application/sparql-results+json", "json"),
                                       ("application/sparql-results+xml", "xml"),
                                       ("text/csv", "csv"), ("text/tab-separated-values", "tsv")])
def test_results_formats_read_back_by_rdflib(media: str, fmt: str) -> None:
    answer = _answer()
    body = render(answer, media)
    if fmt == "tsv":  # rdflib's TSV parser cannot read a newline escaped in a literal
        answer.rows[1][1] = Literal("Ökafor", language="en")
        body = render(answer, media)
    result = Result.parse(io.BytesIO(body), format=fmt)
    assert [str(v) for v in result.vars] == ["e", "name", "n"]
    rows = list(result)
    assert str(rows[0][0]) == "https://example.org/kgraph/person/a"
    assert str(rows[0][1]) == 'Amara, "the" minister'
    assert str(rows[0][2]) == "12"
    assert rows[1][2] is None or str(rows[1][2]) == ""
    if fmt in ("json", "xml", "tsv"):
        assert rows[1][1].language == "en"
        assert int(rows[0][2].toPython()) == 12


def test_boolean_answers() -> None:
    for fmt in ("json", "xml"):
        media = f"application/sparql-results+{fmt}"
        assert Result.parse(io.BytesIO(render(Answer(boolean=True), media)), format=fmt).askAnswer is True


def test_mark_up_escapes_and_nests() -> None:
    text = 'She said "<b>no</b>" & left.'
    spans = [Span(0, 3, "mention", "char=0,3", "/person/x", "person", "X"),
             Span(9, 21, "quote", "quote-9-21", title="quote by X"),
             Span(10, 13, "fact", "statement-rel-0")]
    html = str(mark_up(text, spans))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert 'id="quote-9-21"' in html and 'id="char=9,21"' in html and 'id="statement-rel-0"' in html
    assert '<a href="/person/x">She</a>' in html
    assert 'data-b="10" data-e="13" data-f="quote-9-21 statement-rel-0 char=9,21 char=10,13"' in html
    # Every character is there once, in order.
    import re

    plain = re.sub(r"<[^>]+>", "", html)
    assert plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#34;", '"') == text


def test_mark_up_ignores_spans_outside_the_text() -> None:
    assert str(mark_up("abc", [Span(2, 9, "fact", "x"), Span(-1, 2, "fact", "y")])) == "abc"
