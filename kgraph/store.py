"""A persistent graph on disk that grows: an Oxigraph store plus the facts it was built from.

Layout of a store folder::

    DIR/current -> gen-000003          a symlink, swapped atomically when a batch is complete
    DIR/gen-000003/oxigraph/           the RDF (Oxigraph/RocksDB), queried with SPARQL
    DIR/gen-000003/manifest.json       base IRI, each article's content hash, facts file and its
                                       SHA-256, and the SHA-256 and line count of links.jsonl
    DIR/gen-000003/sums.json           the SHA-256 of manifest.json, checked whenever it is read
    DIR/gen-000003/links.jsonl         a line per article: what linking and the direct layer need
                                       (DocLinks, relations) and its entities' IRIs, so that a batch
                                       relinks the whole store without reading every article's facts
    DIR/facts/<id>-<hash>.json         one DocFacts per article version, shared by the generations

A batch is written into a new generation (a RocksDB checkpoint of the last one, made of hard
links, so it costs little), and only when everything is on disk does ``current`` move to it. Facts
files are named by article and content, so a new version never overwrites one a generation points
to; files no generation points to are removed under the writer's lock. A run that is killed half-way
therefore leaves the store exactly as it was before the batch.

A store checks itself: a manifest, links.jsonl or facts file that does not match its checksum, and
an Oxigraph folder that cannot be opened, stop the run with a message naming the file and saying
what to do (``kgraph store check DIR`` reports, ``kgraph store repair DIR`` rebuilds the links and
the RDF from the facts files, which hold everything).
"""

from __future__ import annotations

import fcntl
import gc
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad, Store

from kgraph.errors import GraphFileError, StoreError
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.iri import Minter
from kgraph.link import LinkedGraph, link_docs
from kgraph.rdf import (
    EmitOptions,
    RunInfo,
    direct_quads,
    document_quads,
    duplicate_quads,
    entity_quads,
    run_quads,
)
from kgraph.storefiles import Stored as _Stored
from kgraph.storefiles import check_sizes
from kgraph.storefiles import check_sum as _check_sum
from kgraph.storefiles import damaged as _damaged
from kgraph.storefiles import facts_name as _facts_name
from kgraph.storefiles import read_json as _read_json
from kgraph.storefiles import sha256 as _sha256
from kgraph.storefiles import write_text as _write_text
from kgraph.types import Article, DocFacts

FORMAT_VERSION = 3  # 2 (2026-11-27) kept the entity layer in the default graph and named documents
# by the path as typed; 1 (2026-11-26) kept the facts inside each generation and had no links.jsonl




@dataclass
class UpdateResult:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    relinked: list[str] = field(default_factory=list)  # unchanged articles whose entity IRIs moved
    graph: LinkedGraph | None = None  # its docs are the batch's facts only, unless asked for all
    articles: int = 0  # totals over the whole store after the update
    mentions: int = 0
    facts: int = 0


def is_store(path: str | os.PathLike[str]) -> bool:
    return (Path(path) / "current" / "manifest.json").exists()


class GraphStore:
    """A kgraph store folder: open it, ask what it holds, add a batch of articles' facts."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._manifest: tuple[Path, dict] | None = None  # type: ignore[type-arg]
        self._by_hash: tuple[dict, dict[str, str]] | None = None  # type: ignore[type-arg]
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder")
        # A first build that was killed leaves gen-*, facts/ and a lock: the next run starts over.
        if self.path.is_dir() and not (self.path / "current").exists() and any(
                not (p.name.startswith(".") or p.name.startswith("gen-") or p.name == "facts")
                for p in self.path.iterdir()):
            raise StoreError(f"{self.path}: not a kgraph store (no 'current'); use an empty or new folder")

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time; readers need no lock (they only ever see a complete generation)."""
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / ".lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"{self.path} is being updated by another kgraph run; "
                                 "try again when it has finished") from None
            try:
                self._cleanup()
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- reading ---------------------------------------------------------------------------

    @property
    def current(self) -> Path | None:
        link_path = self.path / "current"
        return link_path.resolve() if link_path.exists() else None

    def manifest(self) -> dict:  # type: ignore[type-arg]
        cur = self.current
        if cur is None:
            return {"version": FORMAT_VERSION, "base_iri": None, "docs": {}}
        # A generation never changes once current, so its manifest can be kept.
        if self._manifest is None or self._manifest[0] != cur:
            manifest = _read_json(cur / "manifest.json", self.path)
            if not isinstance(manifest, dict) or "version" not in manifest:
                raise StoreError(_damaged(self.path, cur / "manifest.json", "it is not a store manifest"))
            if manifest.get("version") == FORMAT_VERSION:
                _check_sum(cur / "manifest.json", _read_json(cur / "sums.json", self.path).get("manifest"),
                           self.path)
            if manifest.get("version") != FORMAT_VERSION:
                raise StoreError(f"{self.path} was made by another version of kgraph (store format "
                                 f"{manifest.get('version')}, this one reads {FORMAT_VERSION}); "
                                 "build a new store from the same sources")
            self._manifest = (cur, manifest)
        return self._manifest[1]

    def status(self, article: Article) -> str:
        """'new', 'same' (already in the store, unchanged), 'changed', or 'copy of ID' (another
        article of the store has the same title, URL, date and text)."""
        docs = self.manifest()["docs"]
        known = docs.get(article.id)
        if known is None:
            if self._by_hash is None or self._by_hash[0] is not docs:
                self._by_hash = (docs, {info["hash"]: doc_id for doc_id, info in sorted(docs.items())})
            other = self._by_hash[1].get(article.content_hash)
            return f"copy of {other}" if other is not None else "new"
        return "same" if known["hash"] == article.content_hash else "changed"

    def facts(self, doc_ids: Iterable[str] | None = None) -> Iterator[DocFacts]:
        """The stored DocFacts of every article (or of ``doc_ids``), in id order."""
        if doc_ids is not None and not doc_ids:
            return
        docs = self.manifest()["docs"]
        folder = self.path / "facts"
        for doc_id in sorted(docs if doc_ids is None else doc_ids):
            path = folder / docs[doc_id]["file"]
            _check_sum(path, docs[doc_id].get("sha256"), self.path)
            yield DocFacts.from_dict(_read_json(path, self.path))

    def _stored(self) -> dict[str, _Stored]:
        """What links.jsonl keeps of every article."""
        cur = self.current
        if cur is None:
            return {}
        path = cur / "links.jsonl"
        expected = self.manifest().get("links", {})
        _check_sum(path, expected.get("sha256"), self.path)
        out: dict[str, _Stored] = {}
        lineno = 0
        try:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    lineno += 1
                    s = _Stored.from_line(line.rstrip("\n"))
                    out[s.links.doc] = s
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
            raise StoreError(_damaged(self.path, path, f"line {lineno} cannot be read ({err})")) from None
        if set(out) != set(self.manifest()["docs"]):
            raise StoreError(_damaged(self.path, path, f"it holds {len(out)} articles, the manifest "
                                                        f"{len(self.manifest()['docs'])}"))
        return out

    def oxigraph(self) -> Store:
        """The store's RDF, opened read-only."""
        cur = self.current
        if cur is None:
            raise GraphFileError(f"{self.path}: empty store")
        try:
            return Store.read_only(str(cur / "oxigraph"))
        except (OSError, RuntimeError, ValueError) as err:
            why = f"Oxigraph cannot open it ({err})"
            raise StoreError(_damaged(self.path, cur / "oxigraph", why)) from None

    # -- writing ---------------------------------------------------------------------------

    def update(self, batch: Iterable[DocFacts], minter: Minter, run: RunInfo | None = None,
               emit: EmitOptions | None = None, all_docs: bool = False,
               rules: RuleSet = ALL_RULES) -> UpdateResult:
        """Add or replace the batch's articles, relink every entity, and move ``current``.

        The returned graph holds every entity of the store; its ``docs`` are the batch's facts, or
        with ``all_docs`` every article's (read back from disk, for writing files of the whole store).
        """
        with self._locked(), _gc_paused():
            result = self._update(list(batch), minter, run, emit, rules)
            if all_docs and result.graph is not None:
                result.graph.docs = list(self.facts())
            return result

    def sparql_update(self, update: str, *, allow_service: bool = False) -> None:
        """Run a SPARQL Update in a new generation, so it too is all or nothing.

        kgraph rebuilds the entity graph and the documents' graphs on later builds: edits meant to
        last belong in named graphs of the user's own.
        """
        from kgraph.sparql import run_update

        with self._locked():
            cur = self.current
            if cur is None:
                raise StoreError(f"{self.path}: empty store")
            gen = self._next_generation()
            try:
                gen.mkdir(parents=True)
                Store.read_only(str(cur / "oxigraph")).backup(str(gen / "oxigraph"))
                store = Store(str(gen / "oxigraph"))
                run_update(store, update, allow_service=allow_service)
                store.flush()
                del store
                for name in ("manifest.json", "sums.json", "links.jsonl"):
                    os.link(cur / name, gen / name)
                self._swap(gen)
            except BaseException:
                shutil.rmtree(gen, ignore_errors=True)
                raise

    def _update(self, batch: list[DocFacts], minter: Minter, run: RunInfo | None,
                emit: EmitOptions | None, rules: RuleSet = ALL_RULES) -> UpdateResult:
        old = self.manifest()
        check_sizes(self.path, old)
        if old["base_iri"] not in (None, minter.base):
            raise StoreError(f"{self.path} was built with base IRI {old['base_iri']}; "
                             f"pass --base-iri {old['base_iri']} or use a new store")
        new_facts = {f.article.id: f for f in batch}
        result = UpdateResult()
        for doc_id in new_facts:
            (result.replaced if doc_id in old["docs"] else result.added).append(doc_id)
        stored = self._stored()
        stored.update((doc_id, _Stored.of(f)) for doc_id, f in new_facts.items())
        graph = link_docs([stored[k].links for k in sorted(stored)], minter, list(new_facts.values()),
                          rules=rules)
        result.graph = graph
        result.articles = len(stored)
        result.mentions = sum(s.mentions for s in stored.values())
        result.facts = sum(s.facts for s in stored.values())
        iris: dict[str, dict[str, str]] = {doc_id: {} for doc_id in stored}
        for (doc_id, key), iri in graph.iri_of.items():
            iris[doc_id][key] = iri
        relinked = {d for d in stored if d not in new_facts and iris[d] != stored[d].iris}
        result.relinked = sorted(relinked)
        for doc_id in relinked | set(new_facts):
            stored[doc_id].iris, stored[doc_id].line = iris[doc_id], ""
        if not new_facts and not relinked and old["docs"]:
            return result

        gen = self._next_generation()
        try:
            self._write_generation(gen, old, graph, stored, new_facts, relinked, minter, run,
                                   emit or EmitOptions())
            self._swap(gen)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        self._remove_unused_facts()
        return result

    def _write_generation(self, gen: Path, old: dict, graph: LinkedGraph,  # type: ignore[type-arg]
                          stored: dict[str, _Stored], new_facts: dict[str, DocFacts],
                          relinked: set[str], mint: Minter, run: RunInfo | None,
                          emit: EmitOptions, fresh: bool = False) -> None:
        """Write generation ``gen``; ``fresh``: from nothing (a repair), not from the current one."""
        gen.mkdir(parents=True)
        cur = self.current
        # The batch's facts go to the shared folder under names no other version of them has.
        facts_dir = self.path / "facts"
        facts_dir.mkdir(exist_ok=True)
        docs = {doc_id: info for doc_id, info in old["docs"].items() if doc_id not in new_facts}
        for doc_id, f in new_facts.items():
            name = _facts_name(doc_id, f.article.content_hash)
            text = json.dumps(f.to_dict(), ensure_ascii=False)
            _write_text(facts_dir / name, text)
            docs[doc_id] = {"hash": f.article.content_hash, "file": name, "sha256": _sha256(text),
                            "bytes": len(text.encode("utf-8"))}
        # Relinked articles' own graphs name moved entities: they are rebuilt from their full facts.
        full = dict(new_facts)
        full.update((f.article.id, f) for f in self.facts(relinked))

        if cur is not None and not fresh:
            self.oxigraph().backup(str(gen / "oxigraph"))
        store = Store(str(gen / "oxigraph"))
        # The direct layer is recomputed whole: any article may have moved an entity's names.
        store.clear_graph(NamedNode(mint.entity_graph()))
        for doc_id in full:
            node = NamedNode(mint.document(doc_id))
            if store.contains_named_graph(node):
                store.remove_graph(node)
        store.bulk_extend(self._quads(graph, stored, full, mint, emit))
        if run is not None:
            store.bulk_extend(run_quads(run, mint))
        store.flush()
        del store

        lines = "".join((stored[doc_id].line or stored[doc_id].to_line()) + "\n" for doc_id in sorted(stored))
        _write_text(gen / "links.jsonl", lines)
        manifest = {"version": FORMAT_VERSION, "base_iri": mint.base, "docs": docs,
                    "links": {"sha256": _sha256(lines), "lines": len(stored)}}
        text = json.dumps(manifest, ensure_ascii=False, sort_keys=True)
        _write_text(gen / "manifest.json", text)
        _write_text(gen / "sums.json", json.dumps({"manifest": _sha256(text)}))

    def _remove_unused_facts(self) -> None:
        """Facts files no generation points to any more (replaced articles, killed runs); under the lock.
        Nothing is removed while the manifest cannot be read (a repair may need every file)."""
        folder = self.path / "facts"
        if not folder.is_dir() or self.current is None:
            return
        try:
            used = {info["file"] for info in self.manifest()["docs"].values()}
        except StoreError:
            return
        for path in folder.iterdir():
            if path.name not in used:
                path.unlink(missing_ok=True)

    @staticmethod
    def _quads(graph: LinkedGraph, stored: dict[str, _Stored], full: dict[str, DocFacts], mint: Minter,
               emit: EmitOptions) -> Iterator[Quad]:
        for iri in sorted(graph.entities):
            yield from entity_quads(graph.entities[iri], mint)
        yield from duplicate_quads(graph, mint)
        entity_graph = NamedNode(mint.entity_graph())
        seen: set[Quad] = set()
        for doc_id in sorted(stored):
            if doc_id in full:
                quads = document_quads(graph, full[doc_id], mint, emit)
            else:  # its own graph stays as it is; only its direct triples are needed again
                article = Article(id=doc_id, text="", source="")
                quads = direct_quads(graph, stored[doc_id].direct_facts(article), mint, emit)
            for quad in quads:
                if quad.graph_name == entity_graph:
                    if quad not in seen:
                        seen.add(quad)
                        yield quad
                else:
                    yield quad

    def _next_generation(self) -> Path:
        self.path.mkdir(parents=True, exist_ok=True)
        numbers = [int(p.name[4:]) for p in self.path.glob("gen-*") if p.name[4:].isdigit()]
        return self.path / f"gen-{max(numbers, default=0) + 1:06d}"

    def _swap(self, gen: Path) -> None:
        previous = self.current
        tmp_link = self.path / ".current.tmp"
        if tmp_link.is_symlink() or tmp_link.exists():
            tmp_link.unlink()
        os.symlink(gen.name, tmp_link)
        os.replace(tmp_link, self.path / "current")
        if previous is not None and previous != gen:
            shutil.rmtree(previous, ignore_errors=True)

    def _cleanup(self) -> None:
        """Remove generations a killed run left behind (never the current one); under the lock."""
        if not self.path.is_dir():
            return
        cur = self.current
        for gen in self.path.glob("gen-*"):
            if gen.resolve() != cur:
                shutil.rmtree(gen, ignore_errors=True)
        self._remove_unused_facts()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Relinking makes hundreds of thousands of small objects, none in a reference cycle; the
    cycle collector would only rescan them again and again (about a quarter of an update's time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
