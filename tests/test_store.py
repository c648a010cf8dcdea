"""The persistent store: incremental builds equal one-go builds, unchanged articles are skipped,
changed ones replaced, and an interrupted batch leaves the store as it was."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

import kgraph
from kgraph.cli import main
from kgraph.export import export_store
from kgraph.iri import Minter
from kgraph.store import GraphStore, StoreError, is_store

pytestmark = pytest.mark.model

FILES = ["port-deal.txt", "wires.jsonl", "climate-letter.txt", "mine-collapse.html", "election-debate.md"]


def corpus(tmp: Path) -> Path:
    folder = tmp / "articles"
    folder.mkdir(parents=True)
    for name in FILES:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def content_quads(path: Path) -> set[str]:
    """The quads of an N-Quads file, without the per-run provenance graphs."""
    quads = set()
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        if isinstance(q.graph_name, ox.NamedNode) and "/run/" in q.graph_name.value:
            continue
        quads.add(str(q))
    return quads


def test_three_increments_equal_one_build(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    paths = [str(folder / n) for n in FILES]
    one = kgraph.build(paths, tmp_path / "one", kgraph.BuildOptions(formats=("nquads",)))
    store = tmp_path / "store"
    for part in (paths[:2], paths[2:3], paths[3:]):
        kgraph.build(part, None, store=store)
    export_store(store, tmp_path / "inc.nq", "nquads")
    a, b = content_quads(one.outputs["nquads"]), content_quads(tmp_path / "inc.nq")
    assert a == b, f"only in one-go: {sorted(a - b)[:5]}; only incremental: {sorted(b - a)[:5]}"
    assert len(a) > 1000


def test_unchanged_articles_are_skipped_and_changed_ones_replaced(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    store = tmp_path / "store"
    first = kgraph.build([str(folder)], None, store=store)
    assert first.added == 7 and first.skipped == 0
    again = kgraph.build([str(folder)], None, store=store)
    assert again.added == 0 and again.skipped == 7

    story = folder / "port-deal.txt"
    story.write_text(story.read_text(encoding="utf-8").replace("Lindqvist", "Lindgren"), encoding="utf-8")
    changed = kgraph.build([str(folder)], None, store=store)
    assert changed.added == 1 and changed.skipped == 6
    oxi = GraphStore(store).oxigraph()
    names = {str(r[0].value) for r in oxi.query(
        "SELECT ?n WHERE { GRAPH ?g { ?e <http://schema.org/name> ?n } }")}
    assert "Henrik Lindgren" in names and "Henrik Lindqvist" not in names
    doc = f"<{Minter().document(f'{folder.name}/port-deal.txt')}>"
    anchors = {str(r[0].value) for r in oxi.query(
        f"SELECT ?a WHERE {{ GRAPH {doc} {{ ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?a }} }}")}
    assert "Lindgren" in " ".join(anchors) and "Lindqvist" not in " ".join(anchors)
    # The replaced version's facts file is gone; one file per article remains.
    assert len(list((store / "facts").iterdir())) == 7
    assert changed.articles == 7 and changed.mentions == first.mentions


def test_files_written_with_a_store_describe_the_whole_store(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    store = tmp_path / "store"
    kgraph.build([str(folder / "port-deal.txt")], None, store=store)
    result = kgraph.build([str(folder / "climate-letter.txt")], tmp_path / "out",
                          kgraph.BuildOptions(formats=("nquads",)), store=store)
    assert result.articles == 2 and len(result.graph.docs) == 2
    export_store(store, tmp_path / "store.nq", "nquads")
    assert content_quads(result.outputs["nquads"]) == content_quads(tmp_path / "store.nq")


def test_a_store_of_another_format_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    store = tmp_path / "store"
    kgraph.build([str(folder / "port-deal.txt")], None, store=store)
    manifest = store / "current" / "manifest.json"
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**data, "version": 1}))
    with pytest.raises(StoreError, match="another version of kgraph"):
        kgraph.build([str(folder / "climate-letter.txt")], None, store=store)


def test_interrupted_batch_leaves_the_store_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = corpus(tmp_path)
    store = tmp_path / "store"
    kgraph.build([str(folder / "port-deal.txt")], None, store=store)
    export_store(store, tmp_path / "before.nq", "nquads")

    def boom(self, gen):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(GraphStore, "_swap", boom)
    with pytest.raises(KeyboardInterrupt):
        kgraph.build([str(folder)], None, store=store)
    monkeypatch.undo()
    export_store(store, tmp_path / "after.nq", "nquads")
    assert (tmp_path / "before.nq").read_bytes() == (tmp_path / "after.nq").read_bytes()
    assert sorted(p.name for p in store.iterdir() if not p.name.startswith(".")) == ["current", "facts", "gen-000001"]


def test_killed_build_leaves_the_store_usable_and_unchanged(tmp_path: Path) -> None:
    """SIGKILL at the worst moment: the new generation is complete on disk, not yet current."""
    folder = corpus(tmp_path)
    store = tmp_path / "store"
    kgraph.build([str(folder / "port-deal.txt")], None, store=store)
    before = json.loads((store / "current" / "manifest.json").read_text())
    script = (
        "import os, signal, sys, kgraph\n"
        "from kgraph.store import GraphStore\n"
        "GraphStore._swap = lambda self, gen: os.kill(os.getpid(), signal.SIGKILL)\n"
        "kgraph.build(sys.argv[1:2], None, store=sys.argv[2])\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(folder), str(store)], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert (store / "gen-000002").exists()  # the killed run's work, never made current
    after = json.loads((store / "current" / "manifest.json").read_text())
    assert after == before
    assert bool(GraphStore(store).oxigraph().query("ASK { GRAPH ?g { ?d a <http://schema.org/NewsArticle> } }"))
    # The next build cleans up what the killed run left and goes on.
    result = kgraph.build([str(folder)], None, store=store)
    assert result.added == 6 and result.skipped == 1
    assert sorted(p.name for p in store.iterdir() if not p.name.startswith(".")) == ["current", "facts", "gen-000002"]


def test_second_writer_is_refused_while_one_holds_the_store(tmp_path: Path) -> None:
    import fcntl

    folder = corpus(tmp_path)
    store = tmp_path / "store"
    kgraph.build([str(folder / "port-deal.txt")], None, store=store)
    with open(store / ".lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(StoreError, match="being updated by another kgraph run"):
            kgraph.build([str(folder / "wires.jsonl")], None, store=store)


def test_sparql_update_is_atomic_and_kept_in_its_own_graph(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    store = tmp_path / "store"
    kgraph.build([str(folder / "port-deal.txt")], None, store=store)
    GraphStore(store).sparql_update(
        "INSERT DATA { GRAPH <http://me.example/notes> { <http://me.example/a> <http://me.example/b> 'c' } }")
    kgraph.build([str(folder / "wires.jsonl")], None, store=store)
    assert bool(GraphStore(store).oxigraph().query(
        "ASK { GRAPH <http://me.example/notes> { <http://me.example/a> ?p ?o } }"))


def test_base_iri_mismatch_is_refused(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    store = tmp_path / "store"
    kgraph.build([str(folder / "port-deal.txt")], None, store=store)
    with pytest.raises(StoreError, match="base IRI"):
        kgraph.build([str(folder / "wires.jsonl")], None, kgraph.BuildOptions(base_iri="http://other.example/"),
                     store=store)


def test_folder_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    (tmp_path / "something.txt").write_text("x")
    with pytest.raises(StoreError, match="not a kgraph store"):
        GraphStore(tmp_path)


def _built_store(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    kgraph.build([str(corpus(tmp_path))], None, store=store)
    return store


@pytest.mark.parametrize("damage", ["truncate links", "empty links", "drop manifest entry", "truncate manifest",
                                    "corrupt facts"])
def test_a_damaged_store_stops_loudly_and_repair_restores_it(tmp_path: Path, damage: str) -> None:
    store = _built_store(tmp_path)
    cur = (store / "current").resolve()
    before = sorted(GraphStore(store).manifest()["docs"])
    if damage == "truncate links":
        lines = (cur / "links.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        (cur / "links.jsonl").write_text("".join(lines[:-2]), encoding="utf-8")
    elif damage == "empty links":
        (cur / "links.jsonl").write_text("", encoding="utf-8")
    elif damage == "drop manifest entry":
        manifest = json.loads((cur / "manifest.json").read_text(encoding="utf-8"))
        manifest["docs"].pop(sorted(manifest["docs"])[0])
        (cur / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    elif damage == "truncate manifest":
        text = (cur / "manifest.json").read_text(encoding="utf-8")
        (cur / "manifest.json").write_text(text[: len(text) // 2], encoding="utf-8")
    else:
        facts = sorted((store / "facts").iterdir())[0]
        facts.write_text(facts.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    files_before = sorted(p.name for p in (store / "facts").iterdir())
    result = CliRunner().invoke(main, ["build", str(corpus(tmp_path / "again")), "--store", str(store)])
    assert result.exit_code != 0 and "damaged" in result.output and "kgraph store repair" in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in (store / "facts").iterdir()) == files_before  # nothing deleted
    checked = CliRunner().invoke(main, ["store", "check", str(store)])
    assert checked.exit_code == 1 and "damaged" in checked.output
    repaired = CliRunner().invoke(main, ["store", "repair", str(store)])
    expect_loss = damage == "corrupt facts"
    assert repaired.exit_code == (1 if expect_loss else 0), repaired.output
    assert CliRunner().invoke(main, ["store", "check", str(store)]).exit_code == 0
    after = sorted(GraphStore(store).manifest()["docs"])
    assert len(after) == len(before) - (1 if expect_loss else 0)
    again = kgraph.build([str(corpus(tmp_path / "third"))], None, store=store)
    assert again.articles == len(before)


def test_a_killed_first_build_does_not_lock_the_folder(tmp_path: Path) -> None:
    store = tmp_path / "store"
    (store / "facts").mkdir(parents=True)
    (store / "facts" / "x.json").write_text("{}", encoding="utf-8")
    (store / "gen-000001").mkdir()
    (store / ".lock").write_text("", encoding="utf-8")
    result = kgraph.build([str(corpus(tmp_path))], None, store=store)
    assert result.articles == 7 and is_store(store) and not (store / "facts" / "x.json").exists()


def test_a_damaged_oxigraph_folder_is_named_and_repaired(tmp_path: Path) -> None:
    store = _built_store(tmp_path)
    rocks = (store / "current").resolve() / "oxigraph"
    (rocks / "CURRENT").write_text("garbage\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(store), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"])
    assert result.exit_code != 0 and "oxigraph" in result.output and "Traceback" not in result.output
    assert CliRunner().invoke(main, ["store", "repair", str(store)]).exit_code == 0
    result = CliRunner().invoke(main, ["query", str(store), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    assert result.exit_code == 0, result.output


def test_the_same_article_under_another_path_is_stored_once(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kgraph.build([str(corpus(tmp_path / "monday"))], None, store=store)
    moved = corpus(tmp_path / "archive" / "copy")  # the same files, in a folder of another name
    moved.rename(moved.parent / "old-articles")
    errors: list = []
    again = kgraph.build([str(moved.parent / "old-articles")], None, store=store, on_error=errors.append)
    assert again.added == 0 and again.skipped == 7 and again.articles == 7
    # The four files are copies under new names; the JSON Lines records keep their ids (same ones).
    assert len(errors) == 4 and all("the same article as articles/" in e.reason for e in errors)
