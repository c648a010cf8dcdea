"""Reading sources: encodings, boilerplate, headlines, HTML, JSON Lines, folders and stdin."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kgraph.errors import SourceError
from kgraph.io.clean import NotText, clean_text, decode, normalise
from kgraph.io.readers import ReadOptions, load_articles, normalise_date, split_headline


def read(paths, **kw):  # type: ignore[no-untyped-def]
    errors: list[SourceError] = []
    articles = list(load_articles([str(p) for p in paths], on_error=errors.append, **kw))
    return articles, errors


def test_decode_cp1252_is_not_mojibake() -> None:
    data = "Café “Zürich” – naïve".encode("cp1252")
    assert decode(data) == "Café “Zürich” – naïve"


def test_decode_utf16_with_bom() -> None:
    assert decode("Grüße aus Köln".encode("utf-16")) == "Grüße aus Köln"


def test_decode_utf8_with_bom_drops_it() -> None:
    assert decode(b"\xef\xbb\xbfHello") == "Hello"


def test_decode_mostly_utf8_with_one_bad_byte_keeps_the_rest() -> None:
    data = ("Okafor said “yes” " * 200).encode("utf-8") + b"\xff" + "and Zürich.".encode()
    text = decode(data)
    assert "Zürich" in text and "“yes”" in text


def test_decode_refuses_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    with pytest.raises(NotText):
        decode(png)


def test_normalise_removes_invisible_and_control_characters() -> None:
    assert normalise("O\u200bka\u00adfor\x07 said\u00a0hi\r\n") == "Okafor said hi\n"
    assert normalise("e\u0301") == "é"  # NFC


def test_clean_text_drops_junk_lines_between_paragraphs() -> None:
    raw = "“The first part,\n\nAdvert\n\n“and the rest,” she said.\n\nREAD MORE: Other story\n\nEnd."
    assert clean_text(raw) == "“The first part,\n\n“and the rest,” she said.\n\nEnd."


def test_clean_text_keeps_sentences_that_merely_contain_junk_words() -> None:
    raw = "The advert was banned.\n\nRead more about it in our archive, he said."
    assert clean_text(raw) == raw
    assert clean_text("Read more\n\nReal text.\n\nREAD MORE » Elsewhere") == "Real text."


def test_custom_boilerplate_list(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Title\n\nBody one.\n\nPROMO CODE 42\n\nBody two.\n", encoding="utf-8")
    (article,), _ = read([f], options=ReadOptions(boilerplate=(r"promo code \d+",)))
    assert "PROMO" not in article.text
    (article,), _ = read([f])
    assert "PROMO" in article.text


def test_split_headline() -> None:
    assert split_headline("\n\n  Big news  \n\nBody.") == ("Big news", "\nBody.")
    assert split_headline("# Markdown title\nBody", markdown=True) == ("Markdown title", "Body")
    assert split_headline("Only one line") == (None, "Only one line")


def test_text_file_headline_and_offsets(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("Port deal signed\n\nAmara Okafor signed it.\n", encoding="utf-8")
    (a,), errors = read([f])
    assert not errors
    assert a.title == "Port deal signed"
    assert a.text == "Port deal signed\n\nAmara Okafor signed it."
    assert a.source == a.id == f"{tmp_path.name}/story.txt"  # the folder's name and the file's
    assert a.text[a.text.index("Amara"):][:12] == "Amara Okafor"


def test_folder_is_read_recursively_in_order_and_named_from_the_folder(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\n\nSecond.", encoding="utf-8")
    (tmp_path / "one.md").write_text("# One\n\nFirst.", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNo.", encoding="utf-8")
    articles, errors = read([tmp_path])
    assert [a.title for a in articles] == ["One", "Two"]
    assert articles[1].source == f"{tmp_path.name}/b/two.txt"
    assert not errors


def test_jsonl_keeps_good_records_and_names_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "T", "text": "Alpha text.", "date": "2024-03-05T10:00:00Z",
                    "url": "https://example.org/a1"}),
        "{not json",
        json.dumps({"id": "a2"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Beta text."}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    articles, errors = read([f])
    assert [a.text for a in articles] == ["T\n\nAlpha text.", "Beta text."]
    assert articles[0].id == "a1" and articles[0].record_id == "a1"
    assert articles[0].date == "2024-03-05" and articles[0].url == "https://example.org/a1"
    assert articles[1].id == f"{tmp_path.name}/wire.jsonl#L6" and articles[1].source == articles[1].id
    assert [e.source for e in errors] == [f"{f}#L2", f"{f}#L3", f"{f}#L5"]
    assert "malformed JSON" in errors[0].reason and 'no "text"' in errors[1].reason


def test_json_array_file(tmp_path: Path) -> None:
    f = tmp_path / "two.json"
    f.write_text(json.dumps([{"text": "One."}, {"text": "Two.", "id": 7}]), encoding="utf-8")
    articles, errors = read([f])
    assert [a.id for a in articles] == [f"{tmp_path.name}/two.json#1", "7"] and not errors


def test_html_main_text_without_scripts_and_menus(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    paragraphs = "".join(f"<p>Paragraph {i} of the story says Amara Okafor met the press in Lagos "
                         f"and spoke at length about the harbour.</p>" for i in range(6))
    f.write_text(
        "<html><head><title>Port deal</title><script>var advert = 1;</script>"
        "<style>p {color: red}</style></head><body><nav><a href='/'>Home</a> <a>Sport</a></nav>"
        f"<article><h1>Okafor defends port deal</h1>{paragraphs}</article>"
        "<footer>Copyright 2024 Example News</footer></body></html>", encoding="utf-8")
    (a,), errors = read([f])
    assert not errors
    assert "Paragraph 5" in a.text and "var advert" not in a.text and "color: red" not in a.text
    assert a.title and "port deal" in a.title.lower()


def test_html_without_article_is_reported(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")
    articles, errors = read([f])
    assert articles == [] and "no article text" in errors[0].reason


def test_bad_sources_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_text("Fine\n\nA good article.", encoding="utf-8")
    articles, errors = read([tmp_path, tmp_path / "missing.txt"])
    assert [a.title for a in articles] == ["Fine"]
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["image.txt"]
    assert reasons["missing.txt"] == "no such file or folder"


def test_too_long_article_is_reported(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text("Title\n\n" + "word " * 1000, encoding="utf-8")
    articles, errors = read([f], options=ReadOptions(max_chars=100))
    assert articles == [] and "too long" in errors[0].reason


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n\nText.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    articles, _ = read([tmp_path])
    assert [a.title for a in articles] == ["A"]


def test_stdin() -> None:
    (a,), _ = read(["-"], stdin=io.BytesIO(b"Headline\n\nBody text."))
    assert a.source == "-" and a.title == "Headline" and a.id.startswith("stdin-")


def test_same_input_same_id(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("X\n\nY.", encoding="utf-8")
    assert read([f])[0][0].id == read([f])[0][0].id == f"{tmp_path.name}/x.txt"


@pytest.mark.parametrize("given,expected", [
    ("2024-03-05", "2024-03-05"), ("2024-03-05T10:00:00+01:00", "2024-03-05"),
    ("5 March 2024", "2024-03-05"), ("not a date", None), (None, None), ("yesterday", None),
    ("2024-13-45", None),
])
def test_normalise_date(given: str | None, expected: str | None) -> None:
    assert normalise_date(given) == expected


def test_markdown_markup_is_removed(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text("# The **big** debate\n\n*Candidates clashed* over [rents](https://x.org).\n"
                 "## Greens back Marsh\nPriya Raman spoke.\n\n- a list item\n", encoding="utf-8")
    (a,), _ = read([f])
    assert a.title == "The big debate"
    assert a.text == ("The big debate\n\nCandidates clashed over rents.\n\nGreens back Marsh\n\n"
                      "Priya Raman spoke.\n\na list item")


def test_html_inside_a_jsonl_record_keeps_the_record_id(tmp_path: Path) -> None:
    body = "".join(f"<p>Paragraph {i}: Amara Okafor met the press in Lagos and spoke about the port.</p>"
                   for i in range(5))
    f = tmp_path / "pages.jsonl"
    f.write_text(json.dumps({"id": "page-1", "text": f"<html><body><article>{body}</article></body></html>"}),
                 encoding="utf-8")
    (a,), _ = read([f])
    assert a.id == "page-1" and a.record_id == "page-1" and "Paragraph 4" in a.text


def test_lone_surrogates_are_replaced() -> None:
    assert normalise("a\ud800b") == "a\ufffdb"


def test_a_stray_nul_byte_does_not_make_text_binary() -> None:
    assert decode(b"Okafor spoke in Lagos.\x00") == "Okafor spoke in Lagos."


def test_count_articles_tells_the_progress_bar_how_many_articles_come(tmp_path: Path) -> None:
    from conftest import EXAMPLES

    from kgraph.io.readers import count_articles

    assert count_articles([EXAMPLES]) == len(list(load_articles([EXAMPLES])))
    lines = tmp_path / "wires.jsonl"
    lines.write_text('{"text": "One."}\n{"text": "Two."}\n{"text": "Three."}', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("not read", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Four.", encoding="utf-8")
    assert count_articles([tmp_path]) == 4
    assert count_articles([lines, tmp_path / "a.txt"]) == 4
    assert count_articles(["-"]) is None  # stdin: unknown
    (tmp_path / "all.json").write_text("[]", encoding="utf-8")
    assert count_articles([tmp_path]) is None  # a JSON array is not counted without parsing it


def test_progress_bar_has_a_total_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from conftest import EXAMPLES

    from kgraph.cli import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    assert _progress(True, [str(EXAMPLES)]) is None  # --quiet
    wrap = _progress(False, [str(EXAMPLES)])
    bar = wrap(iter(()))
    assert bar.total == len(list(load_articles([EXAMPLES])))
    bar.close()


def test_an_article_has_one_id_however_its_path_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    day = tmp_path / "monday"
    day.mkdir()
    (day / "x.txt").write_text("X\n\nY.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    spellings = [["monday"], ["./monday/"], [str(day)], ["monday/x.txt"], ["./monday/x.txt"], [str(day / "x.txt")]]
    ids = {read(s)[0][0].id for s in spellings}
    assert ids == {"monday/x.txt"}  # and no absolute path in it
    assert str(tmp_path) not in read([str(day)])[0][0].source


def test_symlinks_in_folders_are_not_followed_unless_asked_and_never_out_of_the_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\n\nroot:x:0:0.", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "real.txt").write_text("Real\n\nA story.", encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "real.txt")
    (folder / "shadow.txt").symlink_to(secret)
    articles, errors = read([folder])
    assert [a.id for a in articles] == ["news/real.txt"]
    assert {e.source.rsplit("/", 1)[-1] for e in errors} == {"inside.txt", "shadow.txt"}
    assert all("symbolic link" in e.reason for e in errors)
    articles, errors = read([folder], options=ReadOptions(follow_symlinks=True))
    assert sorted(a.id for a in articles) == ["news/inside.txt", "news/real.txt"]
    assert [e.source.rsplit("/", 1)[-1] for e in errors] == ["shadow.txt"]
    assert "outside the source folder" in errors[0].reason
    assert not any("root:x" in a.text for a in articles)


def test_pipes_and_devices_are_skipped_with_a_message(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "real.txt").write_text("Real\n\nA story.", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    articles, errors = read([folder])
    assert [a.id for a in articles] == ["news/real.txt"]
    assert len(errors) == 1 and "not a regular file" in errors[0].reason
    articles, errors = read([folder / "pipe.txt"])
    assert not articles and "not a regular file" in errors[0].reason


def test_json_lines_are_read_a_record_at_a_time_and_a_huge_record_is_never_held(tmp_path: Path) -> None:
    import tracemalloc

    f = tmp_path / "big.jsonl"
    with open(f, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "small", "text": "Amara Okafor spoke."}) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "word " * 2_000_000}) + "\n")  # 10 MB
        fh.write(json.dumps({"id": "after", "text": "Chidi Okafor replied."}) + "\n")
    warm = tmp_path / "warm.jsonl"
    warm.write_text(json.dumps({"text": "Warm up."}) + "\n", encoding="utf-8")
    read([warm])  # imports and caches first, so that only the reading is measured
    tracemalloc.start()
    articles, errors = read([f], options=ReadOptions(max_chars=50_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [a.id for a in articles] == ["small", "after"]
    assert len(errors) == 1 and errors[0].source.endswith("big.jsonl#L2") and "too long" in errors[0].reason
    assert peak < 3_000_000, f"reading held {peak:,} bytes at once"


def test_a_file_name_that_is_not_utf8_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text("Good\n\nA story.", encoding="utf-8")
    bad = os.path.join(os.fsencode(folder), b"caf\xe9.txt")  # Latin-1 bytes: no UTF-8 name
    with open(bad, "wb") as fh:
        fh.write(b"Bad\n\nAnother story.")
    articles, errors = read([folder])
    assert [a.id for a in articles] == ["news/good.txt"]
    assert len(errors) == 1 and "not valid UTF-8" in errors[0].reason
    errors[0].source.encode("utf-8")  # the message itself can be printed
