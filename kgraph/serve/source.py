"""The graph a server answers from: a graph file loaded once, or a kgraph store followed across its
generations, so that reads always see the last complete batch."""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pyoxigraph import Store

from kgraph.errors import GraphFileError, StoreError
from kgraph.vocab import PREFIXES

T = TypeVar("T")

# What a storage error looks like when a generation was deleted under an open read-only handle.
STORAGE_ERRORS = (OSError, RuntimeError)


class EmptyStore(GraphFileError):
    """The store has no complete batch yet."""


@dataclass
class Name:
    """One entity of the name index."""

    iri: str
    name: str
    types: list[str]
    mentions: int
    aliases: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # folded name and aliases


def fold(text: str) -> str:
    """Lower case without accents, for matching names as people type them."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


class Snapshot:
    """One generation of the graph: an open store and what is worth computing once per generation."""

    def __init__(self, store: Store, generation: str, base_iri: str | None) -> None:
        self.store = store
        self.generation = generation
        self.base_iri = base_iri or detect_base(store)
        self._lock = threading.Lock()
        self._names: list[Name] | None = None
        self._name_map: dict[str, Name] | None = None
        self._counts: dict[str, int] | None = None
        self._docs: dict[str, tuple[str, str | None]] | None = None
        self._quotes: list[QuoteRef] | None = None

    def query(self, sparql: str) -> list[dict[str, object]]:
        """Rows of a SELECT over the union of all graphs, kgraph's prefixes predeclared."""
        from pyoxigraph import QuerySolutions

        answer = self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        assert isinstance(answer, QuerySolutions)
        names = [v.value for v in answer.variables]
        return [{n: s[n] for n in names} for s in answer]

    def names(self) -> list[Name]:
        """Every entity with its name, aliases, types and mention count, most mentioned first
        (made once per generation)."""
        with self._lock:
            if self._names is None:
                self._names = _name_index(self)
                self._name_map = {n.iri: n for n in self._names}
            return self._names

    def name_map(self) -> dict[str, Name]:
        self.names()
        assert self._name_map is not None
        return self._name_map

    def documents(self) -> dict[str, tuple[str, str | None]]:
        """Every document's headline and date."""
        with self._lock:
            if self._docs is None:
                self._docs = _documents(self)
            return self._docs

    def quote_index(self) -> list[QuoteRef]:
        """Every quotation's document, kind and speaker, newest article first."""
        docs = self.documents()
        with self._lock:
            if self._quotes is None:
                self._quotes = _quote_index(self, docs)
            return self._quotes

    def warm(self) -> None:
        """Build the per-generation indexes now (in a background thread at open), not at the
        first request that needs them."""
        try:
            self.names()
            self.quote_index()
            self.counts()
        except STORAGE_ERRORS:
            pass  # a generation deleted meanwhile: the next snapshot builds its own

    def counts(self) -> dict[str, int]:
        with self._lock:
            if self._counts is None:
                self._counts = _counts(self)
            return self._counts


@dataclass
class QuoteRef:
    iri: str
    doc: str
    kind: str | None
    speaker: str | None
    begin: int


def _value(term: object) -> str:
    return str(getattr(term, "value", "")) if term is not None else ""


def _name_index(snap: Snapshot) -> list[Name]:
    # Single patterns joined here: quicker than one query with a join and an OPTIONAL.
    by_iri: dict[str, Name] = {}
    for row in snap.query("""SELECT ?e ?type WHERE {
            VALUES ?type { schema:Person schema:Organization schema:Place schema:Country } ?e a ?type }"""):
        iri = _value(row["e"])
        entry = by_iri.setdefault(iri, Name(iri, "", [], 0))
        entry.types.append(_value(row["type"]).rsplit("/", 1)[-1])
    for row in snap.query("SELECT ?e ?name WHERE { ?e schema:name ?name }"):
        found = by_iri.get(_value(row["e"]))
        if found is not None and (not found.name or _value(row["name"]) < found.name):
            found.name = _value(row["name"])
    for row in snap.query("SELECT ?e ?n WHERE { ?e kg:mentionCount ?n }"):
        found = by_iri.get(_value(row["e"]))
        if found is not None:
            try:
                found.mentions = int(_value(row["n"]))
            except ValueError:
                pass
    for row in snap.query("SELECT ?e ?alias WHERE { ?e schema:alternateName ?alias }"):
        found = by_iri.get(_value(row["e"]))
        if found is not None:
            found.aliases.append(_value(row["alias"]))
    for entry in by_iri.values():
        entry.types.sort(key=lambda t: (t == "Place", t))  # Country before Place
        entry.name = entry.name or entry.iri.rstrip("/").rsplit("/", 1)[-1]
        entry.aliases.sort()
        entry.keys = [fold(entry.name)] + [fold(a) for a in entry.aliases]
    return sorted(by_iri.values(), key=lambda e: (-e.mentions, e.name, e.iri))


def _documents(snap: Snapshot) -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    query = "SELECT ?d ?h WHERE { ?d a schema:NewsArticle . OPTIONAL { ?d schema:headline ?h } }"
    for row in snap.query(query):
        d = _value(row["d"])
        out[d] = (_value(row["h"]) or d.rsplit("/", 1)[-1], None)
    for row in snap.query("SELECT ?d ?date WHERE { ?d schema:datePublished ?date }"):
        d = _value(row["d"])
        if d in out:
            out[d] = (out[d][0], _value(row["date"]))
    return out


def _quote_index(snap: Snapshot, docs: dict[str, tuple[str, str | None]]) -> list[QuoteRef]:
    refs: dict[str, QuoteRef] = {}
    for row in snap.query("SELECT ?q ?d WHERE { ?q a schema:Quotation ; schema:isPartOf ?d }"):
        q = _value(row["q"])
        m = re.search(r"#quote-(\d+)-", q)
        refs[q] = QuoteRef(q, _value(row["d"]), None, None, int(m.group(1)) if m else 0)
    for row in snap.query("SELECT ?q ?k WHERE { ?q kg:quoteKind ?k }"):
        ref = refs.get(_value(row["q"]))
        if ref is not None:
            ref.kind = _value(row["k"]).rsplit("#", 1)[-1].replace("Quote", "").lower()
    for row in snap.query("SELECT ?q ?s WHERE { ?q schema:creator ?s }"):
        ref = refs.get(_value(row["q"]))
        if ref is not None:
            ref.speaker = _value(row["s"])
    # Newest article first (undated last), then by document and position.
    dated = sorted(refs.values(), key=lambda r: (r.doc, r.begin))
    dated.sort(key=lambda r: docs.get(r.doc, ("", None))[1] or "", reverse=True)
    return dated


def _counts(snap: Snapshot) -> dict[str, int]:
    rows = snap.query("""
        SELECT ?type (COUNT(?x) AS ?n) WHERE {
          VALUES ?type { schema:NewsArticle schema:Person schema:Organization schema:Place
                         schema:Quotation rdf:Statement schema:Event kg:Count }
          ?x a ?type } GROUP BY ?type""")
    return {_value(r["type"]).rsplit("/", 1)[-1].rsplit("#", 1)[-1]: int(_value(r["n"])) for r in rows}


def detect_base(store: Store) -> str | None:
    """The base IRI a kgraph graph was built with: its entity graph's name, else a document's IRI."""
    for graph in store.named_graphs():
        value = getattr(graph, "value", "")
        if value.endswith("graph/entities"):
            return value[: -len("graph/entities")]
    from pyoxigraph import QuerySolutions

    answer = store.query("SELECT ?d WHERE { ?d a <http://schema.org/NewsArticle> } LIMIT 1",
                         use_default_graph_as_union=True)
    assert isinstance(answer, QuerySolutions)
    for row in answer:
        value = _value(row["d"])
        if "/doc/" in value:
            return value[: value.rindex("/doc/") + 1]
    return None


class GraphSource:
    """Hands out the current Snapshot; for a store, reopens when ``current`` moves.

    Checking costs one ``readlink`` per request. A generation the builder deleted while a request
    was reading it makes that read fail: ``run`` then retries once on the new generation.
    """

    def __init__(self, path: str | os.PathLike[str], base_iri: str | None = None) -> None:
        self.path = Path(path)
        self._base = base_iri
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self.is_store = False
        if not self.path.exists():
            raise GraphFileError(f"{self.path}: no such graph file or store")
        if self.path.is_dir():
            from kgraph.store import GraphStore, is_store

            if is_store(self.path) or _looks_like_store(self.path):
                self.is_store = True
                self.graph_store = GraphStore(self.path)
                if self._base is None:
                    try:
                        self._base = self.graph_store.manifest().get("base_iri")
                    except StoreError:
                        pass  # the first request reports it
                return
            try:
                self._snapshot = Snapshot(Store.read_only(str(self.path)), "", self._base)
            except OSError as err:
                raise GraphFileError(f"{self.path}: not an Oxigraph store ({err})") from err
            return
        from kgraph.query import open_graph

        self._snapshot = Snapshot(open_graph(self.path), "", self._base)

    def _target(self) -> str | None:
        try:
            return os.readlink(self.path / "current")
        except OSError:
            return None

    def snapshot(self) -> Snapshot:
        """The graph as of the last complete batch."""
        if not self.is_store:
            assert self._snapshot is not None
            return self._snapshot
        for _ in range(5):
            target = self._target()
            snap = self._snapshot
            if snap is not None and snap.generation == target:
                return snap
            if target is None:
                raise EmptyStore(f"{self.path}: the store holds no complete batch yet")
            with self._lock:
                if self._snapshot is not None and self._snapshot.generation == target:
                    return self._snapshot
                try:
                    store = Store.read_only(str(self.path / target / "oxigraph"))
                except STORAGE_ERRORS + (ValueError,):
                    continue  # swapped and deleted between readlink and open: read the link again
                if self._base is None:
                    try:
                        self._base = self.graph_store.manifest().get("base_iri")
                    except StoreError:
                        pass
                self._snapshot = Snapshot(store, target, self._base)  # the old one closes when unused
                threading.Thread(target=self._snapshot.warm, daemon=True, name="kgraph-warm").start()
                return self._snapshot
        raise StoreError(f"{self.path}: cannot open the store's current generation")

    def run(self, work: Callable[[Snapshot], T]) -> T:
        """``work`` on the current snapshot, again on a newer one if the old was deleted under it."""
        snap = self.snapshot()
        try:
            return work(snap)
        except STORAGE_ERRORS:
            if not self.is_store or self._target() == snap.generation:
                raise
            return work(self.snapshot())


def _looks_like_store(path: Path) -> bool:
    """A store folder whose first batch is still being written (or an empty folder to serve later)."""
    names = [p.name for p in path.iterdir()]
    return not names or all(n.startswith((".", "gen-")) or n in ("facts", "current") for n in names)
