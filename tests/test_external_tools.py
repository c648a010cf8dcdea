"""Output checked by tools nobody here wrote: raptor's strict `rapper` parser, and a real Oxigraph
server loaded over HTTP and queried with SPARQL.

CI installs both (Debian's raptor2-utils, PyPI's oxigraph) and sets KGRAPH_REQUIRE_TOOLS=1, so
there a missing tool fails instead of skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import EXAMPLES

import kgraph

pytestmark = pytest.mark.model


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("KGRAPH_REQUIRE_TOOLS"):
            pytest.fail(f"{tool} is not installed, and KGRAPH_REQUIRE_TOOLS is set")
        pytest.skip(f"{tool} is not installed (CI installs it)")
    return path


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("tools")
    result = kgraph.build([str(EXAMPLES)], out, kgraph.BuildOptions(formats=("trig", "nquads", "turtle", "ntriples")))
    return {fmt: Path(p) for fmt, p in result.outputs.items()}


@pytest.mark.parametrize("fmt,syntax", [("trig", "trig"), ("nquads", "nquads"), ("turtle", "turtle"),
                                        ("ntriples", "ntriples")])
def test_rapper_parses_every_output(outputs: dict[str, Path], fmt: str, syntax: str) -> None:
    rapper = need("rapper")
    run = subprocess.run([rapper, "-q", "-i", syntax, "-c", str(outputs[fmt])], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert "rror" not in run.stderr, run.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _docs_queries() -> list[str]:
    """Every SPARQL query of the README and docs/*.md (the ```sparql blocks, and the README's
    `kgraph query FILE '...'` example)."""
    import re

    root = EXAMPLES.parent
    queries = []
    for path in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        queries += [m.strip() for m in re.findall(r"```sparql\n(.*?)```", text, re.S)]
        queries += [m.strip() for m in re.findall(r"kgraph query \S+ '(SELECT.*?)'", text, re.S)]
    return [q for q in queries if "..." not in q]  # not "SELECT ...", a placeholder


def _rows(bindings: list[dict], variables: list[str]) -> list[tuple]:  # type: ignore[type-arg]
    def value(b: dict | None) -> str | None:  # type: ignore[type-arg]
        if b is None:
            return None
        v = b["value"]
        try:  # numbers compare by value: engines write 2 or "2"^^xsd:integer or 2.0
            return repr(float(v)) if b.get("datatype", "").split("#")[-1] in (
                "integer", "decimal", "double", "float") else v
        except ValueError:
            return v

    return sorted(tuple(value(row.get(v)) for v in variables) for row in bindings)


def _start_oxigraph(tmp_path: Path, union: bool) -> tuple[subprocess.Popen, str]:  # type: ignore[type-arg]
    server = need("oxigraph")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [server, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"]
    if union:
        cmd.append("--union-default-graph")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
            return proc, base
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.terminate()
                raise AssertionError("oxigraph server did not start") from None
            time.sleep(0.2)


def _http_select(base: str, query: str) -> tuple[list[str], list[dict]]:  # type: ignore[type-arg]
    req = urllib.request.Request(f"{base}/query?query={urllib.parse.quote(query)}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as answer:
        result = json.loads(answer.read())
    return result["head"]["vars"], result["results"]["bindings"]


def test_oxigraph_server_loads_nquads_and_answers(outputs: dict[str, Path], tmp_path: Path) -> None:
    proc, base = _start_oxigraph(tmp_path, union=False)
    try:
        data = outputs["nquads"].read_bytes()
        post = urllib.request.Request(f"{base}/store", data=data, method="POST",
                                      headers={"Content-Type": "application/n-quads"})
        with urllib.request.urlopen(post, timeout=60) as answer:
            assert answer.status in (200, 201, 204)
        query = "SELECT (COUNT(DISTINCT ?d) AS ?docs) WHERE { GRAPH ?d { ?d a <http://schema.org/NewsArticle> } }"
        _, rows = _http_select(base, query)
        assert int(rows[0]["docs"]["value"]) == 7
        # Queries with GRAPH ?g see the entities on a server without a union default graph too.
        people = "SELECT ?n WHERE { GRAPH ?g { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?n } }"
        _, rows = _http_select(base, people)
        assert {"Amara Okafor", "Chidi Okafor", "Ilse Brandt"} <= {b["n"]["value"] for b in rows}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_docs_queries_give_the_same_answers_everywhere(outputs: dict[str, Path], tmp_path: Path) -> None:
    """Every query of the README and the docs gives the same non-empty answer through kgraph query,
    an Oxigraph server in union-default-graph mode, and rdflib with a union default graph."""
    import rdflib

    from kgraph.query import _json_term, open_graph, run_query, with_prefixes

    queries = _docs_queries()
    assert len(queries) >= 8, queries
    local = open_graph(outputs["trig"])
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(str(outputs["nquads"]), format="nquads")
    proc, base = _start_oxigraph(tmp_path, union=True)
    try:
        data = outputs["nquads"].read_bytes()
        post = urllib.request.Request(f"{base}/store", data=data, method="POST",
                                      headers={"Content-Type": "application/n-quads"})
        urllib.request.urlopen(post, timeout=60).read()
        for query in queries:
            ours = run_query(local, query)
            assert ours.rows, f"no answer from kgraph query: {query}"
            mine = _rows([{v: _json_term(t) for v, t in zip(ours.variables, row, strict=True) if t is not None}
                          for row in ours.terms or []], ours.variables)
            variables, bindings = _http_select(base, with_prefixes(query))
            assert _rows(bindings, variables) == mine, f"Oxigraph server differs on: {query}"
            answer = dataset.query(with_prefixes(query))
            theirs = [{str(v): _json_term_rdflib(row[v]) for v in answer.vars if row[v] is not None}
                      for row in answer]
            assert _rows(theirs, [str(v) for v in answer.vars]) == mine, f"rdflib differs on: {query}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _json_term_rdflib(term: object) -> dict[str, str]:
    import rdflib

    if isinstance(term, rdflib.Literal):
        out = {"type": "literal", "value": str(term)}
        if term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "uri", "value": str(term)}


GRAPHOLOGY_READER = """
const fs = require('fs');
const {MultiGraph} = require('graphology');
const gexf = require('graphology-gexf');
global.DOMParser = require('@xmldom/xmldom').DOMParser;
const g = gexf.parse(MultiGraph, fs.readFileSync(process.argv[2], 'utf-8'));
const kinds = {};
g.forEachEdge((e, a, s, t, sa, ta, undirected) => {
  const k = a.kind + (undirected ? ' undirected' : ' directed');
  kinds[k] = (kinds[k] || 0) + 1;
});
let styled = 0;
g.forEachNode((n, a) => { if (a.color && a.size > 0) styled++; });
console.log(JSON.stringify({nodes: g.order, edges: g.size, kinds: kinds, styled: styled}));
"""


def test_graphology_reads_every_edge_kind_of_the_gexf(tmp_path: Path) -> None:
    """graphology (the JavaScript graph library, from npm; CI installs it and sets
    KGRAPH_NODE_PATH) reads the GEXF with every edge kind, co-occurrence undirected, and every
    node's colour and size."""
    node = need("node")
    modules = os.environ.get("KGRAPH_NODE_PATH")
    if not modules or not (Path(modules) / "graphology-gexf").is_dir():
        if os.environ.get("KGRAPH_REQUIRE_TOOLS"):
            pytest.fail("graphology is not installed (KGRAPH_NODE_PATH), and KGRAPH_REQUIRE_TOOLS is set")
        pytest.skip("graphology is not installed (CI installs it and sets KGRAPH_NODE_PATH)")
    result = kgraph.build([str(EXAMPLES)], tmp_path / "out", kgraph.BuildOptions(formats=("gexf",)))
    script = tmp_path / "read.js"
    script.write_text(GRAPHOLOGY_READER, encoding="utf-8")
    run = subprocess.run([node, str(script), str(result.outputs["gexf"])], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "NODE_PATH": modules})
    assert run.returncode == 0, run.stderr
    read = json.loads(run.stdout)
    assert read["styled"] == read["nodes"] == len(result.graph.entities)
    kinds = read["kinds"]
    assert kinds.get("co-occurs undirected", 0) > 0 and not kinds.get("co-occurs directed")
    assert {k.split()[0] for k in kinds} >= {"co-occurs", "speaks-about", "nationality"}
    assert all(k.endswith(" directed") for k in kinds if not k.startswith("co-occurs"))
