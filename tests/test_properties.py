"""Property-based tests: whatever the article text and names, every file kgraph writes is valid.

Hypothesis generates articles around names full of characters that break naive writers
(& < > " ' % # \\ { } | and odd Unicode); each build's RDF must parse strictly in pyoxigraph and in
rdflib and conform to the SHACL shapes, its GraphML and GEXF must validate against their XSDs and
read back in networkx (and igraph for GraphML).
"""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import read_back_networks
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xsd import GEXF_XSD, GRAPHML_XSD, SCHEMAS, as_gexf_12, schema_errors, summarise

import kgraph
from kgraph.validate import validate

pytestmark = [pytest.mark.model, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

NASTY = "&<>\"'%#\\{}|"
word = st.text(alphabet=st.characters(categories=["Lu", "Ll", "Lo", "Nd"]), min_size=1, max_size=8)
nasty_word = st.builds(lambda w, c, v: (w[:1].upper() + w[1:] + c + v), word, st.sampled_from(NASTY + " -."), word)
name = st.lists(st.one_of(nasty_word, word.map(str.title)), min_size=1, max_size=3).map(" ".join)
noise = st.text(st.characters(blacklist_categories=["Cs"]), max_size=80)


@st.composite
def articles(draw: st.DrawFn) -> str:
    person, org, place, other = draw(name), draw(name), draw(name), draw(name)
    parts = [
        f"{person} said the {org} Ltd would open an office in {place}.",
        f"“{draw(noise)},” {person} told reporters.",
        f"{other}, a spokesman for {org} Group, said {draw(noise)}.",
        f"Mr {person.split()[-1]} met President {other} in {place}.",
        draw(noise),
    ]
    return "Headline about " + place + "\n\n" + "\n\n".join(draw(st.permutations(parts)))


def check_all(out: Path) -> None:
    for fmt, path in (("trig", out / "graph.trig"), ("nquads", out / "graph.nq")):
        rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
        list(ox.parse(path=str(path), format=rdf_format))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rdflib.Dataset().parse(str(path), format=fmt)
    report = validate(out / "graph.trig")
    assert report.conforms, report.text[:3000]
    if not SCHEMAS.exists():
        pytest.skip(f"XSDs not found at {SCHEMAS}: GraphML/GEXF schema validation not run")
    else:
        for xsd, path in ((GRAPHML_XSD, out / "graph.graphml"), (GEXF_XSD, as_gexf_12(out / "graph.gexf"))):
            errors = schema_errors(xsd, path)
            assert not errors, summarise(errors)
    read_back_networks(out)
    import igraph

    igraph.Graph.Read_GraphML(str(out / "graph.graphml"))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles())
def test_any_article_gives_valid_output(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "article.txt"
        src.write_text(text, encoding="utf-8")
        out = Path(tmp) / "out"
        result = kgraph.build([str(src)], out, kgraph.BuildOptions(formats=("trig", "nquads", "graphml", "gexf")))
        assert result.articles == 1
        check_all(out)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(articles(), min_size=2, max_size=3), base=st.sampled_from(
    ["https://example.org/kgraph/", "http://news.example/a b/", "urn:kg:", "https://x.org/kg#"]))
def test_any_corpus_and_base_iri_give_valid_output(texts: list[str], base: str) -> None:
    from kgraph.iri import InvalidBaseIri, check_base

    try:
        check_base(base)
    except InvalidBaseIri:
        return  # refused up front, as the CLI does
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, text in enumerate(texts):
            p = Path(tmp) / f"a {n} #&.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        out = Path(tmp) / "out"
        kgraph.build(paths, out, kgraph.BuildOptions(base_iri=base, formats=("trig", "nquads", "graphml", "gexf")))
        check_all(out)
