"""A persistent graph on disk that grows: an Oxigraph store plus the facts it was built from.

Layout of a store folder::

    DIR/current -> gen-000003          a symlink, swapped atomically when a batch is complete
    DIR/gen-000003/oxigraph/           the RDF (Oxigraph/RocksDB), queried with SPARQL
    DIR/gen-000003/manifest.json       base IRI, each article's content hash and facts file
    DIR/gen-000003/links.jsonl         a line per article: what linking and the direct layer need
                                       (DocLinks, relations) and its entities' IRIs, so that a batch
                                       relinks the whole store without reading every article's facts
    DIR/facts/<id>-<hash>.json         one DocFacts per article version, shared by the generations

A batch is written into a new generation (a RocksDB checkpoint of the last one, made of hard
links, so it costs little), and only when everything is on disk does ``current`` move to it. Facts
files are named by article and content, so a new version never overwrites one a generation points
to; files no generation points to are removed under the writer's lock. A run that is killed half-way
therefore leaves the store exactly as it was before the batch.
"""

from __future__ import annotations

import fcntl
import gc
import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad, Store

from kgraph.errors import GraphFileError, StoreError
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.iri import Minter
from kgraph.link import DocLinks, LinkedGraph, link_docs
from kgraph.rdf import EmitOptions, RunInfo, direct_quads, document_quads, entity_quads, run_quads
from kgraph.types import Article, DocFacts, Relation

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


@dataclass
class _Stored:
    """One article as a line of the store's links.jsonl keeps it."""

    links: DocLinks
    relations: tuple[Relation, ...]  # the direct layer is recomputed from them when entities move
    mentions: int
    facts: int
    iris: dict[str, str]  # entity key -> IRI, as last linked
    line: str = ""  # the JSON line read from disk, written again as it is while nothing changed

    @classmethod
    def of(cls, f: DocFacts) -> _Stored:
        return cls(DocLinks.of(f), f.relations, len(f.mentions),
                   len(f.quotes) + len(f.relations) + len(f.events) + len(f.counts), {})

    def to_line(self) -> str:
        return json.dumps({"links": self.links.to_dict(), "relations": [asdict(r) for r in self.relations],
                           "mentions": self.mentions, "facts": self.facts, "iris": self.iris},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_line(cls, line: str) -> _Stored:
        data = json.loads(line)
        relations = DocFacts.from_dict({"article": {"id": "", "text": "", "source": ""},
                                        "relations": data["relations"]}).relations
        return cls(DocLinks.from_dict(data["links"]), relations, data["mentions"], data["facts"],
                   data["iris"], line)

    def direct_facts(self, article: Article) -> DocFacts:
        """A DocFacts with only what the direct layer reads: the article's id and its relations."""
        return DocFacts(article=article, relations=self.relations)


def is_store(path: str | os.PathLike[str]) -> bool:
    return (Path(path) / "current" / "manifest.json").exists()


def _facts_name(doc_id: str, content_hash: str) -> str:
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{digest[:32]}-{content_hash[:16]}.json"


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
            manifest = json.loads((cur / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("version") != FORMAT_VERSION:
                raise StoreError(f"{self.path} was made by another version of kgraph (store format "
                                 f"{manifest.get('version')}, this one reads {FORMAT_VERSION}); "
                                 "build a new store from the same sources")
            self._manifest = (cur, manifest)
        return self._manifest[1]

    def status(self, article: Article) -> str:
        """'new', 'same' (already in the store, unchanged) or 'changed'."""
        known = self.manifest()["docs"].get(article.id)
        if known is None:
            return "new"
        return "same" if known["hash"] == article.content_hash else "changed"

    def facts(self, doc_ids: Iterable[str] | None = None) -> Iterator[DocFacts]:
        """The stored DocFacts of every article (or of ``doc_ids``), in id order."""
        docs = self.manifest()["docs"]
        folder = self.path / "facts"
        for doc_id in sorted(docs if doc_ids is None else doc_ids):
            data = json.loads((folder / docs[doc_id]["file"]).read_text(encoding="utf-8"))
            yield DocFacts.from_dict(data)

    def _stored(self) -> dict[str, _Stored]:
        """What links.jsonl keeps of every article."""
        cur = self.current
        if cur is None:
            return {}
        with open(cur / "links.jsonl", encoding="utf-8") as handle:
            stored = (_Stored.from_line(line.rstrip("\n")) for line in handle)
            return {s.links.doc: s for s in stored}

    def oxigraph(self) -> Store:
        """The store's RDF, opened read-only."""
        cur = self.current
        if cur is None:
            raise GraphFileError(f"{self.path}: empty store")
        return Store.read_only(str(cur / "oxigraph"))

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
                for name in ("manifest.json", "links.jsonl"):
                    os.link(cur / name, gen / name)
                self._swap(gen)
            except BaseException:
                shutil.rmtree(gen, ignore_errors=True)
                raise

    def _update(self, batch: list[DocFacts], minter: Minter, run: RunInfo | None,
                emit: EmitOptions | None, rules: RuleSet = ALL_RULES) -> UpdateResult:
        old = self.manifest()
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
                          emit: EmitOptions) -> None:
        gen.mkdir(parents=True)
        cur = self.current
        # The batch's facts go to the shared folder under names no other version of them has.
        facts_dir = self.path / "facts"
        facts_dir.mkdir(exist_ok=True)
        docs = {doc_id: info for doc_id, info in old["docs"].items() if doc_id not in new_facts}
        for doc_id, f in new_facts.items():
            name = _facts_name(doc_id, f.article.content_hash)
            _write_text(facts_dir / name, json.dumps(f.to_dict(), ensure_ascii=False))
            docs[doc_id] = {"hash": f.article.content_hash, "file": name}
        # Relinked articles' own graphs name moved entities: they are rebuilt from their full facts.
        full = dict(new_facts)
        full.update((f.article.id, f) for f in self.facts(relinked))

        if cur is not None:
            Store.read_only(str(cur / "oxigraph")).backup(str(gen / "oxigraph"))
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

        lines = (stored[doc_id].line or stored[doc_id].to_line() for doc_id in sorted(stored))
        _write_text(gen / "links.jsonl", "".join(line + "\n" for line in lines))
        manifest = {"version": FORMAT_VERSION, "base_iri": mint.base, "docs": docs}
        _write_text(gen / "manifest.json", json.dumps(manifest, ensure_ascii=False, sort_keys=True))

    def _remove_unused_facts(self) -> None:
        """Facts files no generation points to any more (replaced articles, killed runs); under the lock."""
        folder = self.path / "facts"
        if not folder.is_dir() or self.current is None:
            return
        used = {info["file"] for info in self.manifest()["docs"].values()}
        for path in folder.iterdir():
            if path.name not in used:
                path.unlink(missing_ok=True)

    @staticmethod
    def _quads(graph: LinkedGraph, stored: dict[str, _Stored], full: dict[str, DocFacts], mint: Minter,
               emit: EmitOptions) -> Iterator[Quad]:
        for iri in sorted(graph.entities):
            yield from entity_quads(graph.entities[iri], mint)
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


def _write_text(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all: a temporary file, synced to disk, then renamed (so the
    manifest never names a facts file a power cut could leave empty)."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
