"""Turning files, folders, JSONL, HTML and stdin into Articles."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from kgraph.errors import SourceError
from kgraph.io.clean import (  # noqa: F401 - read here
    NotText,
    clean_text,
    compile_boilerplate,
    decode,
    normalise,
    normalise_date,
    split_headline,
    strip_markdown,
)
from kgraph.io.html import drop_repeated_headline, extract_html, html_blocks, same_headline  # noqa: F401
from kgraph.types import Article

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
SUFFIXES = (TEXT_SUFFIXES - {""}) | HTML_SUFFIXES | JSON_SUFFIXES

DEFAULT_MAX_CHARS = 2_000_000
# Fewer words than this from an HTML page is menu or banner text, not an article.
MIN_HTML_WORDS = 12

OnError = Callable[[SourceError], None]


@dataclass(frozen=True)
class ReadOptions:
    """How sources are read: boilerplate line patterns and the size limit of one article."""

    boilerplate: tuple[str, ...] | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    follow_symlinks: bool = False  # read symbolic links inside folders (never to outside them)


def _raise(err: SourceError) -> None:
    raise err


def load_articles(
    sources: Iterable[str | os.PathLike[str]],
    *,
    options: ReadOptions | None = None,
    on_error: OnError = _raise,
    stdin: BinaryIO | None = None,
) -> Iterator[Article]:
    """Yield the articles in files, folders (recursively), JSON/JSONL files and ``-`` (stdin).

    A source that cannot be read is passed to ``on_error`` as a ``SourceError`` (which raises by
    default); reading goes on with the next source when ``on_error`` returns.

    An article found in a file is identified (``Article.id`` and ``source``) by its path relative
    to the folder it was found under, led by that folder's name (``monday/x.txt`` however the
    folder was written: ``monday``, ``./monday/``, ``/home/me/monday``); a file given by itself by
    its folder's name and its own (``monday/x.txt`` again). No absolute path enters the graph.
    Inside folders, symbolic links are skipped (reported) unless ``follow_symlinks``, and even
    then never followed out of the folder; devices, pipes and sockets are skipped.
    """
    opts = options or ReadOptions()
    pattern = compile_boilerplate(opts.boilerplate) if opts.boilerplate is not None else None
    reader = _Reader(opts, pattern, on_error)
    for source in sources:
        name = os.fspath(source)
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from reader.text_bytes(stream.read(), "-")
            continue
        path = Path(name)
        if path.is_dir():
            yield from reader.folder(path, name)
        elif path.exists():
            if not path.is_file():
                on_error(SourceError(name, "not a regular file (a device, pipe or socket): skipped"))
                continue
            if _bad_name(name):
                on_error(SourceError(name.encode("utf-8", "replace").decode("utf-8"),
                                     "the file name is not valid UTF-8: skipped (rename it)"))
                continue
            yield from reader.file(path, name, _named(path.resolve().parent.name, path.name))
        else:
            on_error(SourceError(name, "no such file or folder"))


def count_articles(sources: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many articles ``sources`` hold, told without parsing them, for a progress bar's ETA.

    A text or HTML file is one article, a JSONL file one per line; ``None`` when it cannot be told
    cheaply (stdin, a .json file). Unreadable sources count as nothing: reading reports them.
    """
    total = 0
    for source in sources:
        name = os.fspath(source)
        if name == "-":
            return None
        for p in _article_files(Path(name)):
            suffix = p.suffix.lower()
            if suffix == ".json":
                return None
            if suffix in JSON_SUFFIXES:
                total += _count_lines(p)
            elif p.is_file():
                total += 1
    return total


def _article_files(path: Path) -> Iterator[Path]:
    """The files reading ``path`` opens (a folder's as ``_Reader.folder`` walks it)."""
    if not path.is_dir():
        yield path
        return
    for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fname in filenames:
            if not fname.startswith(".") and Path(fname).suffix.lower() in SUFFIXES:
                yield Path(dirpath) / fname


def _count_lines(path: Path) -> int:
    lines, last = 0, b"\n"
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 0
    return lines + (last != b"\n")


class _Reader:
    def __init__(self, opts: ReadOptions, pattern: re.Pattern[str] | None, on_error: OnError):
        self.opts = opts
        self.pattern = pattern
        self.on_error = on_error

    def folder(self, root: Path, given: str) -> Iterator[Article]:
        def walk_error(err: OSError) -> None:
            self.on_error(SourceError(err.filename or given, f"cannot read folder: {err.strerror}"))

        real_root = root.resolve()

        for dirpath, dirnames, filenames in os.walk(root, onerror=walk_error, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for fname in sorted(filenames):
                if fname.startswith("."):
                    continue
                path = Path(dirpath) / fname
                if path.suffix.lower() not in SUFFIXES:
                    continue
                rel = path.relative_to(root).as_posix()
                shown = f"{given.rstrip('/')}/{rel}"
                if _bad_name(rel):
                    self.on_error(SourceError(shown.encode("utf-8", "replace").decode("utf-8"),
                                              "the file name is not valid UTF-8: skipped (rename it)"))
                    continue
                if not self._may_read(path, real_root, shown):
                    continue
                yield from self.file(path, shown, _named(real_root.name, rel))

    def _may_read(self, path: Path, real_root: Path, shown: str) -> bool:
        """Whether a file found in a folder may be read: a regular file, and a symbolic link only
        when links are followed and it stays inside the folder."""
        if path.is_symlink():
            if not self.opts.follow_symlinks:
                self.on_error(SourceError(shown, "a symbolic link: not followed (--follow-symlinks "
                                                 "reads links that stay inside the folder)"))
                return False
            target = path.resolve()
            if not target.is_relative_to(real_root):
                self.on_error(SourceError(shown, "a symbolic link to outside the source folder: not read"))
                return False
        if not path.is_file():
            self.on_error(SourceError(shown, "not a regular file (a device, pipe or socket): skipped"))
            return False
        return True

    def file(self, path: Path, shown: str, ident: str | None = None) -> Iterator[Article]:
        """The articles of one file; ``shown`` names it in messages, ``ident`` in the graph."""
        ident = ident or shown
        suffix = path.suffix.lower()
        if suffix in JSON_SUFFIXES and suffix != ".json":
            yield from self.json_lines_file(path, shown, ident)
            return
        try:
            data = path.read_bytes()
        except OSError as err:
            self.on_error(SourceError(shown, f"cannot read file: {err.strerror or err}"))
            return
        if suffix in JSON_SUFFIXES:
            yield from self.json_bytes(data, shown, lines=suffix != ".json", ident=ident)
        elif suffix in HTML_SUFFIXES:
            yield from self.html_bytes(data, shown, ident=ident)
        else:
            yield from self.text_bytes(data, shown, markdown=suffix == ".md", ident=ident)

    def _decode(self, data: bytes, shown: str) -> str | None:
        if not data.strip():
            self.on_error(SourceError(shown, "empty file"))
            return None
        try:
            return decode(data)
        except NotText as err:
            self.on_error(SourceError(shown, str(err)))
            return None

    def text_bytes(self, data: bytes, shown: str, markdown: bool = False,
                   ident: str | None = None) -> Iterator[Article]:
        text = self._decode(data, shown)
        if text is None:
            return
        title, body = split_headline(text, markdown=markdown)
        if markdown:
            title = strip_markdown(title).strip() if title else title
            body = strip_markdown(body)
        article = self._article(shown, title, body, ident=ident)
        if article is not None:
            yield article

    def html_bytes(self, data: bytes, shown: str, ident: str | None = None, **meta: Any) -> Iterator[Article]:
        html = self._decode(data, shown)
        if html is None:
            return
        title, body, found = extract_html(html)
        title = meta.get("title") or title
        body = drop_repeated_headline(title, body)
        if len(body.split()) < MIN_HTML_WORDS:
            self.on_error(SourceError(shown, "no article text found in the HTML page"))
            return
        article = self._article(shown, title, body,
                                url=meta.get("url") or found.get("url"),
                                date=meta.get("date") or found.get("date"), record_id=meta.get("id"),
                                ident=ident)
        if article is not None:
            yield article

    def json_bytes(self, data: bytes, shown: str, lines: bool, ident: str | None = None) -> Iterator[Article]:
        ident = ident or shown
        text = self._decode(data, shown)
        if text is None:
            return
        if not lines:
            try:
                value = json.loads(text)
            except json.JSONDecodeError as err:
                # A .json file may hold JSON lines too.
                if "\n" in text.strip() and text.lstrip().startswith("{"):
                    yield from self.json_bytes(data, shown, lines=True, ident=ident)
                    return
                self.on_error(SourceError(
                    shown, f"malformed JSON at line {err.lineno}, column {err.colno}: {err.msg}"))
                return
            records = value if isinstance(value, list) else [value]
            for n, record in enumerate(records, 1):
                yield from self.record(record, f"{shown}#{n}", f"{ident}#{n}")
            return
        for n, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                self.on_error(SourceError(f"{shown}#L{n}", f"malformed JSON (column {err.colno}): {err.msg}"))
                continue
            yield from self.record(record, f"{shown}#L{n}", f"{ident}#L{n}")

    def json_lines_file(self, path: Path, shown: str, ident: str) -> Iterator[Article]:
        """A JSON Lines file read a line at a time: memory stays bounded by one record, and a
        record too long to hold an article of --max-chars is skipped without being kept."""
        limit = self.opts.max_chars * 6 + 4096  # JSON escapes at most 6 bytes per character
        try:
            handle = open(path, "rb")
        except OSError as err:
            self.on_error(SourceError(shown, f"cannot read file: {err.strerror or err}"))
            return
        with handle:
            head = handle.read(4)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: rare, read it whole
                handle.seek(0)
                yield from self.json_bytes(handle.read(), shown, lines=True, ident=ident)
                return
            handle.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
            n = 0
            seen = False
            while line := handle.readline(limit + 1):
                n += 1
                if len(line) > limit and not line.endswith(b"\n"):
                    while (rest := handle.readline(1 << 16)) and not rest.endswith(b"\n"):
                        pass  # the rest of the line is read past, never kept
                    why = f"record too long (over {limit:,} bytes, more than --max-chars allows)"
                    self.on_error(SourceError(f"{shown}#L{n}", why))
                    seen = True
                    continue
                if not line.strip():
                    continue
                seen = True
                try:
                    text = line.decode("utf-8")
                except UnicodeDecodeError:
                    try:
                        text = decode(line)
                    except NotText as err:
                        self.on_error(SourceError(f"{shown}#L{n}", str(err)))
                        continue
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as err:
                    why = f"malformed JSON (column {err.colno}): {err.msg}"
                    self.on_error(SourceError(f"{shown}#L{n}", why))
                    continue
                yield from self.record(record, f"{shown}#L{n}", f"{ident}#L{n}")
            if not seen:
                self.on_error(SourceError(shown, "empty file"))

    def record(self, record: Any, shown: str, ident: str | None = None) -> Iterator[Article]:
        if not isinstance(record, dict):
            self.on_error(SourceError(shown, "a record must be a JSON object"))
            return
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            self.on_error(SourceError(shown, 'record has no "text" string'))
            return
        meta = {k: record.get(k) for k in ("id", "title", "url", "date")}
        for k, v in list(meta.items()):
            if v is not None and not isinstance(v, (str, int)):
                self.on_error(SourceError(shown, f'"{k}" must be a string'))
                meta[k] = None
            elif v is not None:
                meta[k] = str(v)
        if record.get("html") is True or _looks_like_html(text):
            yield from self.html_bytes(text.encode("utf-8"), shown, ident=ident, **meta)
            return
        article = self._article(shown, meta["title"], text, url=meta["url"], date=meta["date"],
                                record_id=meta["id"], ident=ident)
        if article is not None:
            yield article

    def _article(self, shown: str, title: str | None, body: str, url: str | None = None,
                 date: str | None = None, record_id: str | None = None,
                 ident: str | None = None) -> Article | None:
        """An article from its parts; ``shown`` names it in messages, ``ident`` in the graph."""
        ident = ident or shown
        title = clean_text(title, self.pattern).replace("\n\n", " ") if title else None
        body = clean_text(body, self.pattern)
        text = f"{title}\n\n{body}" if title and body else (body or title or "")
        if not text.strip():
            self.on_error(SourceError(shown, "no text left after cleaning"))
            return None
        if len(text) > self.opts.max_chars:
            self.on_error(SourceError(
                shown, f"article too long ({len(text):,} characters; the limit is "
                       f"{self.opts.max_chars:,}, raise it with --max-chars)"))
            return None
        return Article(
            id=record_id or _id_from_source(ident, text), text=text, source=ident, title=title,
            url=url, date=normalise_date(date), record_id=record_id,
        )


def _bad_name(name: str) -> bool:
    """A file name the file system gave as bytes that are not UTF-8 (Python keeps them as lone
    surrogates): it can be neither published nor written into the graph."""
    return any("\udc80" <= ch <= "\udcff" for ch in name)


def _named(folder: str, rel: str) -> str:
    """A file's name in the graph: its folder's name, then its path below it."""
    return f"{folder}/{rel}" if folder else rel


def _id_from_source(shown: str, text: str) -> str:
    if shown == "-":
        import hashlib

        return "stdin-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return shown.replace(os.sep, "/")


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


