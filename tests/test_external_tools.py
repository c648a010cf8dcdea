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


def test_oxigraph_server_loads_nquads_and_answers(outputs: dict[str, Path], tmp_path: Path) -> None:
    server = need("oxigraph")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([server, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError("oxigraph server did not start") from None
                time.sleep(0.2)
        data = outputs["nquads"].read_bytes()
        post = urllib.request.Request(f"{base}/store", data=data, method="POST",
                                      headers={"Content-Type": "application/n-quads"})
        with urllib.request.urlopen(post, timeout=60) as answer:
            assert answer.status in (200, 201, 204)
        query = ("SELECT (COUNT(DISTINCT ?d) AS ?docs) WHERE { GRAPH ?d { ?d a <http://schema.org/NewsArticle> } }")
        req = urllib.request.Request(f"{base}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=60) as answer:
            result = json.loads(answer.read())
        docs = int(result["results"]["bindings"][0]["docs"]["value"])
        assert docs == 7
        people = ("SELECT ?n WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?n }")
        req = urllib.request.Request(f"{base}/query?query={urllib.parse.quote(people)}",
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=60) as answer:
            names = {b["n"]["value"] for b in json.loads(answer.read())["results"]["bindings"]}
        assert {"Amara Okafor", "Chidi Okafor", "Ilse Brandt"} <= names
    finally:
        proc.terminate()
        proc.wait(timeout=10)
