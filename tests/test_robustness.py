"""Bad input never crashes a run or loses data, and what is written stays valid.

Each case builds a folder holding one bad source beside a good article: the bad one is named in a
clear message, the good one still makes it into a valid graph, and the exit code says a source
failed (or 0 where the input is odd but readable).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from conftest import EXAMPLES, read_back_networks

import kgraph
from kgraph.cli import main
from kgraph.nlp import parse_texts, split_text

pytestmark = pytest.mark.model

GOOD = ("Port deal signed\n\nTransport Minister Amara Okafor signed the deal in Lagos on Monday.\n\n"
        "“We will not back down,” Okafor said.\n")


def build_dir(folder: Path, *extra: str) -> tuple[int, str, Path]:
    out = folder.parent / (folder.name + "-out")
    r = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "-f", "trig", "-f", "graphml",
                                  "-f", "gexf", *extra])
    return r.exit_code, r.output, out


def check_outputs(out: Path) -> None:
    quads = list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert quads
    rdflib.Dataset().parse(str(out / "graph.trig"), format="trig")
    read_back_networks(out)


def folder_with(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    return folder


BAD_SOURCES = {
    "empty": ("empty.txt", b"", "empty file"),
    "blank": ("blank.txt", b"  \n\n \t\n", "empty file"),
    "png renamed": ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "binary"),
    "json lines all broken": ("x.jsonl", b"{oops\n[1,2\n", "malformed JSON"),
    "json without text": ("x.json", json.dumps({"title": "no body"}).encode(), 'no "text"'),
    "html without article": ("x.html", b"<html><head><script>var a=1;</script><style>p{}</style>"
                             b"</head><body><nav>Home | News</nav></body></html>", "no article text"),
}


@pytest.mark.parametrize("case", sorted(BAD_SOURCES))
def test_bad_source_is_named_and_the_rest_is_built(tmp_path: Path, case: str) -> None:
    name, data, reason = BAD_SOURCES[case]
    code, output, out = build_dir(folder_with(tmp_path, name, data))
    assert code == 1, output
    assert name in output and reason in output
    check_outputs(out)


ODD_BUT_READABLE = {
    "cp1252": ("legacy.txt", "Zürich talks\n\nThe mayor of Zürich, Jürg Müller, said “no” – again.".encode("cp1252")),
    "utf-16 with BOM": ("wide.txt", "Köln talks\n\nAnna Schäfer met Jonas Weber in Köln.".encode("utf-16")),
    "bad bytes mid-file": ("mixed.txt", ("Title\n\n" + "Amara Okafor spoke. " * 50).encode() + b"\xff\xfe\x80"
                           + b" Then Okafor left."),
    "emoji rtl zero-width control": ("odd.txt", (
        "Odd 🎉 text\n\nAmara\u200b Okafor 😀 met مريم الأحمد in Lagos.\x07 ‮reversed‬ text.\n\n"
        "עברית and Ελληνικά too.\u2028Next line.").encode()),
    "one huge line": ("line.txt", ("Amara Okafor said the port was ready. " * 3000).encode()),
    "unbalanced quotes": ("quotes.txt", ('Quotes\n\n"She said it, Okafor told reporters.\n\n'
                                         '“Then another” and \'a third" mix. ”Odd close.\n\n'
                                         'Okafor said: "We go on."').encode()),
    "all quotes": ("allq.txt", '“One.”\n\n“Two, three.”\n\n“Four?”'.encode()),
    "malformed lines among good ones": ("wire.jsonl", b'{"text": "Amara Okafor spoke in Lagos."}\n{bad\n'
                                        b'{"id": 5, "text": "Okafor spoke again."}\n'),
}


@pytest.mark.parametrize("case", sorted(ODD_BUT_READABLE))
def test_odd_input_is_read_and_valid(tmp_path: Path, case: str) -> None:
    name, data = ODD_BUT_READABLE[case]
    code, output, out = build_dir(folder_with(tmp_path, name, data))
    if case == "malformed lines among good ones":
        assert code == 1 and f"{name}#L2" in output
    else:
        assert code == 0, output
    check_outputs(out)
    validation = CliRunner().invoke(main, ["validate", str(out / "graph.trig"), "-q"])
    assert validation.exit_code == 0, validation.output


def test_decoded_text_is_right(tmp_path: Path) -> None:
    name, data = ODD_BUT_READABLE["cp1252"]
    result = kgraph.build([str(folder_with(tmp_path, name, data))], None)
    names = {e.name for e in result.graph.entities.values()}
    assert "Zürich" in names or "Jürg Müller" in names
    assert not any("Ã" in n or "\ufffd" in n for n in names)


def test_dangling_symlink_and_symlink_loop(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "also-good.txt", GOOD.encode())
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    code, output, out = build_dir(folder)
    assert code == 1 and "dangling.txt" in output and "symbolic link" in output
    check_outputs(out)


def test_strict_makes_any_failure_fatal_and_writes_nothing(tmp_path: Path) -> None:
    code, output, out = build_dir(folder_with(tmp_path, "a-empty.txt", b""), "--strict")
    assert code == 1 and "--strict" in output
    assert not (out / "graph.trig").exists()


def test_too_long_article_is_skipped_with_a_clear_message(tmp_path: Path) -> None:
    big = ("Amara Okafor said the port was ready. " * 60_000).encode()  # about 2.3 MB
    code, output, out = build_dir(folder_with(tmp_path, "huge.txt", big), "--max-chars", "1000000")
    assert code == 1 and "huge.txt" in output and "too long" in output and "--max-chars" in output
    check_outputs(out)


def test_20_megabyte_article_is_read_and_split_without_loss(tmp_path: Path) -> None:
    """Reading and splitting a 20 MB article is cheap and exact (parsing it is the parser's job)."""
    para = "Amara Okafor said the port in Lagos was ready for the ships. " * 40
    text = "Huge\n\n" + "\n\n".join([para] * 8400)
    assert len(text) > 20_000_000
    f = tmp_path / "huge.txt"
    f.write_text(text, encoding="utf-8")
    (article,) = list(kgraph.load_articles([str(f)], options=kgraph.io.ReadOptions(max_chars=30_000_000)))
    pieces = split_text(article.text)
    assert "".join(pieces) == article.text
    assert max(len(p) for p in pieces) <= 100_000


def test_long_text_parsed_in_pieces_keeps_offsets(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import kgraph.nlp as knlp

    monkeypatch.setattr(knlp, "CHUNK_CHARS", 300)
    text = "\n\n".join(f"Paragraph {i}: Amara Okafor met Chidi Okafor in Lagos." for i in range(20))
    (doc,) = parse_texts(nlp, [text])
    assert doc.text == text
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text


def test_interrupted_write_keeps_the_previous_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    kgraph.build([str(EXAMPLES / "port-deal.txt")], out)
    before = (out / "graph.trig").read_bytes()

    import kgraph.rdf as krdf

    real = krdf.graph_quads

    def dying(*args, **kwargs):  # type: ignore[no-untyped-def]
        for n, quad in enumerate(real(*args, **kwargs)):
            if n == 500:
                raise KeyboardInterrupt  # as if Ctrl-C came in the middle of writing
            yield quad

    monkeypatch.setattr("kgraph.pipeline.graph_quads", dying)
    with pytest.raises(KeyboardInterrupt):
        kgraph.build([str(EXAMPLES)], out)
    assert (out / "graph.trig").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["graph.trig", "manifest.json"]


def test_formats_are_replaced_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    options = kgraph.BuildOptions(formats=("trig", "graphml"))
    kgraph.build([str(EXAMPLES / "port-deal.txt")], out, options)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr("kgraph.pipeline.write_graphml", failing)
    with pytest.raises(OSError):
        kgraph.build([str(EXAMPLES)], out, options)
    # The TriG was complete before GraphML failed, yet it was not put in place alone.
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_killed_build_keeps_the_previous_output(tmp_path: Path) -> None:
    """SIGKILL at the worst moment: the new file fully written beside the old, not yet renamed."""
    out = tmp_path / "out"
    kgraph.build([str(EXAMPLES / "port-deal.txt")], out)
    before = (out / "graph.trig").read_bytes()
    script = (
        "import os, signal, sys, kgraph\n"
        "import kgraph.io.writers as w\n"
        "w.os.replace = lambda a, b: os.kill(os.getpid(), signal.SIGKILL)\n"
        "kgraph.build(sys.argv[1:2], sys.argv[2])\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(EXAMPLES), str(out)], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert (out / "graph.trig").read_bytes() == before
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1  # the complete new file, under a temporary name
    kgraph.build([str(EXAMPLES)], out)  # the next run writes normally and cleans up
    assert sorted(p.name for p in out.iterdir()) == ["graph.trig", "manifest.json"]


def test_a_run_killed_while_moving_its_files_is_finished_by_the_next(tmp_path: Path) -> None:
    """SIGKILL after the first of two files moved into place: the journal lets the next run (or
    any reader) complete the set, so old and new formats are never mixed."""
    out = tmp_path / "out"
    kgraph.build([str(EXAMPLES / "port-deal.txt")], out, kgraph.BuildOptions(formats=("trig", "graphml")))
    script = (
        "import os, signal, sys, kgraph\n"
        "from pathlib import Path\n"
        "real = Path.replace\n"
        "moved = []\n"
        "def once(self, target):\n"
        "    if '.staging.tmp' in str(self) and moved:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    if '.staging.tmp' in str(self):\n"
        "        moved.append(self)\n"
        "    return real(self, target)\n"
        "Path.replace = once\n"
        "kgraph.build(sys.argv[1:2], sys.argv[2], kgraph.BuildOptions(formats=('trig', 'graphml')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(EXAMPLES), str(out)], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert (out / ".kgraph-moves.json").exists()  # half moved: one new file, one old
    from kgraph.io.output import recover

    recover(out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for f in manifest["files"]:
        assert hashlib.sha256((out / f["name"]).read_bytes()).hexdigest() == f["sha256"]
    assert manifest["articles"] == 7  # the whole examples build, not the earlier one-article run


def test_files_of_an_earlier_run_are_removed_or_named(tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "out"
    kgraph.build([str(EXAMPLES / "port-deal.txt")], out, kgraph.BuildOptions(formats=("trig", "graphml")))
    kgraph.build([str(EXAMPLES / "port-deal.txt")], out)  # trig only now
    assert sorted(p.name for p in out.iterdir()) == ["graph.trig", "manifest.json"]
    (out / "manifest.json").unlink()  # as an older kgraph left it, with no manifest
    (out / "graph.gexf").write_text("old", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with caplog.at_level("WARNING", logger="kgraph"):
        kgraph.build([str(EXAMPLES / "port-deal.txt")], out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"  # not kgraph's: left alone
    assert (out / "graph.gexf").exists()  # not in a manifest: kept, and named in a warning
    assert "graph.gexf" in caplog.text and "notes.txt" not in caplog.text


def test_a_run_that_builds_nothing_leaves_the_output_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    kgraph.build([str(EXAMPLES / "port-deal.txt")], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nonexistent"), "-o", str(out)])
    assert result.exit_code == 3
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_unwritable_output_is_refused_before_any_analysis(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(a_file)])
    assert result.exit_code == 2 and "is a file" in result.output
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(a_file / "out")])
    assert result.exit_code == 2 and "not a folder" in result.output
    assert "articles" not in result.output  # nothing was analysed
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            return  # root may write anywhere: the permission case cannot be shown here
        result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(locked / "out")])
        assert result.exit_code == 2 and "cannot be written" in result.output
    finally:
        locked.chmod(0o700)
