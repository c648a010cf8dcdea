"""A persistent graph on disk that grows: an Oxigraph store plus the facts it was built from.

Layout of a store folder::

    DIR/current -> gen-000003          a symlink, swapped atomically when a batch is complete
    DIR/gen-000003/oxigraph/           the RDF (Oxigraph/RocksDB), queried with SPARQL
    DIR/gen-000003/facts/<h>.json      one DocFacts per article, so linking can be redone
    DIR/gen-000003/manifest.json       base IRI, each article's content hash, its entity IRIs

A batch is written into a new generation (a RocksDB checkpoint of the last one, made of hard
links, so it costs little), and only when everything is on disk does ``current`` move to it. A
run that is killed half-way therefore leaves the store exactly as it was before the batch.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, Store

from kgraph.errors import GraphFileError, KgraphError
from kgraph.iri import Minter
from kgraph.link import LinkedGraph, link
from kgraph.rdf import EmitOptions, RunInfo, direct_quads, document_quads, entity_quads, run_quads
from kgraph.types import Article, DocFacts

FORMAT_VERSION = 1


class StoreError(KgraphError):
    """The store folder is not a kgraph store, or does not fit this build."""


@dataclass
class UpdateResult:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    relinked: list[str] = field(default_factory=list)  # unchanged articles whose entity IRIs moved
    graph: LinkedGraph | None = None


def is_store(path: str | os.PathLike[str]) -> bool:
    return (Path(path) / "current" / "manifest.json").exists()


def _facts_name(doc_id: str) -> str:
    return hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:32] + ".json"


class GraphStore:
    """A kgraph store folder: open it, ask what it holds, add a batch of articles' facts."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._manifest: tuple[Path, dict] | None = None  # type: ignore[type-arg]
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder")
        if self.path.is_dir() and not (self.path / "current").exists() and any(
                not (p.name.startswith(".") or p.name.startswith("gen-")) for p in self.path.iterdir()):
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
            self._manifest = (cur, json.loads((cur / "manifest.json").read_text(encoding="utf-8")))
        return self._manifest[1]

    def status(self, article: Article) -> str:
        """'new', 'same' (already in the store, unchanged) or 'changed'."""
        known = self.manifest()["docs"].get(article.id)
        if known is None:
            return "new"
        return "same" if known["hash"] == article.content_hash else "changed"

    def facts(self) -> Iterator[DocFacts]:
        cur = self.current
        if cur is None:
            return
        for _, info in sorted(self.manifest()["docs"].items()):
            data = json.loads((cur / "facts" / info["file"]).read_text(encoding="utf-8"))
            yield DocFacts.from_dict(data)

    def oxigraph(self) -> Store:
        """The store's RDF, opened read-only."""
        cur = self.current
        if cur is None:
            raise GraphFileError(f"{self.path}: empty store")
        return Store.read_only(str(cur / "oxigraph"))

    # -- writing ---------------------------------------------------------------------------

    def update(self, batch: Iterable[DocFacts], minter: Minter, run: RunInfo | None = None,
               emit: EmitOptions | None = None) -> UpdateResult:
        """Add or replace the batch's articles, relink every entity, and move ``current``."""
        with self._locked():
            return self._update(list(batch), minter, run, emit)

    def sparql_update(self, update: str) -> None:
        """Run a SPARQL Update in a new generation, so it too is all or nothing.

        kgraph rebuilds the default graph and the documents' graphs on later builds: edits meant to
        last belong in named graphs of the user's own.
        """
        from kgraph.query import run_update

        with self._locked():
            cur = self.current
            if cur is None:
                raise StoreError(f"{self.path}: empty store")
            gen = self._next_generation()
            try:
                gen.mkdir(parents=True)
                Store.read_only(str(cur / "oxigraph")).backup(str(gen / "oxigraph"))
                store = Store(str(gen / "oxigraph"))
                run_update(store, update)
                store.flush()
                del store
                shutil.copytree(cur / "facts", gen / "facts", copy_function=os.link)
                shutil.copy2(cur / "manifest.json", gen / "manifest.json")
                self._swap(gen)
            except BaseException:
                shutil.rmtree(gen, ignore_errors=True)
                raise

    def _update(self, batch: list[DocFacts], minter: Minter, run: RunInfo | None,
                emit: EmitOptions | None) -> UpdateResult:
        old = self.manifest()
        if old["base_iri"] not in (None, minter.base):
            raise StoreError(f"{self.path} was built with base IRI {old['base_iri']}; "
                             f"pass --base-iri {old['base_iri']} or use a new store")
        new_facts = {f.article.id: f for f in batch}
        result = UpdateResult()
        for doc_id in new_facts:
            (result.replaced if doc_id in old["docs"] else result.added).append(doc_id)
        everything = {f.article.id: f for f in self.facts() if f.article.id not in new_facts}
        everything.update(new_facts)
        graph = link([everything[k] for k in sorted(everything)], minter)
        result.graph = graph
        iris: dict[str, dict[str, str]] = {doc_id: {} for doc_id in everything}
        for (doc_id, key), iri in graph.iri_of.items():
            iris[doc_id][key] = iri
        relinked = {d for d in everything if d not in new_facts and iris[d] != old.get("iris", {}).get(d)}
        result.relinked = sorted(relinked)
        to_write = set(new_facts) | relinked
        if not new_facts and not relinked and old["docs"]:
            return result

        gen = self._next_generation()
        try:
            self._write_generation(gen, old, graph, everything, new_facts, to_write, iris, minter,
                                   run, emit or EmitOptions())
            self._swap(gen)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        return result

    def _write_generation(self, gen: Path, old: dict, graph: LinkedGraph,  # type: ignore[type-arg]
                          everything: dict[str, DocFacts], new_facts: dict[str, DocFacts],
                          to_write: set[str], iris: dict[str, dict[str, str]], mint: Minter,
                          run: RunInfo | None, emit: EmitOptions) -> None:
        gen.mkdir(parents=True)
        cur = self.current
        if cur is not None:
            Store.read_only(str(cur / "oxigraph")).backup(str(gen / "oxigraph"))
        store = Store(str(gen / "oxigraph"))
        # The direct layer is recomputed whole: any article may have moved an entity's names.
        store.clear_graph(DefaultGraph())
        for doc_id in to_write:
            node = NamedNode(mint.document(doc_id))
            if store.contains_named_graph(node):
                store.remove_graph(node)
        store.bulk_extend(self._quads(graph, everything, to_write, mint, emit))
        if run is not None:
            store.bulk_extend(run_quads(run, mint))
        store.flush()
        del store

        facts_dir = gen / "facts"
        facts_dir.mkdir()
        docs = {}
        for doc_id, facts in everything.items():
            name = _facts_name(doc_id)
            target = facts_dir / name
            if doc_id in new_facts or cur is None:
                target.write_text(json.dumps(facts.to_dict(), ensure_ascii=False), encoding="utf-8")
            else:
                os.link(cur / "facts" / old["docs"][doc_id]["file"], target)
            docs[doc_id] = {"hash": facts.article.content_hash, "file": name}
        manifest = {"version": FORMAT_VERSION, "base_iri": mint.base, "docs": docs, "iris": iris}
        tmp = gen / "manifest.json.tmp"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, gen / "manifest.json")

    @staticmethod
    def _quads(graph: LinkedGraph, everything: dict[str, DocFacts], to_write: set[str], mint: Minter,
               emit: EmitOptions) -> Iterator[Quad]:
        for iri in sorted(graph.entities):
            yield from entity_quads(graph.entities[iri])
        seen: set[Quad] = set()
        for doc_id in sorted(everything):
            if doc_id in to_write:
                quads = document_quads(graph, everything[doc_id], mint, emit)
            else:  # its own graph stays as it is; only its direct triples are needed again
                quads = direct_quads(graph, everything[doc_id], mint, emit)
            for quad in quads:
                if isinstance(quad.graph_name, DefaultGraph):
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
