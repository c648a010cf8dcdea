"""Checking a store's files and repairing a damaged store from its facts files.

``check`` reads everything the store holds and lists what is wrong (an empty list: all is well).
``repair`` rebuilds a new generation from the facts files, which hold every article's DocFacts:
the links, the RDF and the manifest are made anew (an article whose facts file is damaged too is
reported and left out: build it again from its source). Nothing is parsed again.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode

from kgraph.errors import StoreError
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.iri import DEFAULT_BASE_IRI, Minter
from kgraph.link import link_docs
from kgraph.rdf import EmitOptions
from kgraph.store import FORMAT_VERSION, GraphStore
from kgraph.storefiles import Stored, sha256
from kgraph.types import DocFacts


def check(path: str | os.PathLike[str]) -> list[str]:
    """What is wrong with the store at ``path``, one line each."""
    store = GraphStore(path)
    if store.current is None:
        return [f"{store.path}: no current generation (an empty store, or not a store)"]
    problems: list[str] = []
    try:
        docs = store.manifest()["docs"]
    except StoreError as err:
        return [str(err)]
    for doc_id in sorted(docs):
        try:
            next(store.facts([doc_id]))
        except StoreError as err:
            problems.append(str(err))
    try:
        store._stored()
    except StoreError as err:
        problems.append(str(err))
    try:
        oxi = store.oxigraph()
        mint = Minter(store.manifest()["base_iri"] or DEFAULT_BASE_IRI)
        missing = [d for d in docs if not oxi.contains_named_graph(NamedNode(mint.document(d)))]
        if missing:
            problems.append(f"{store.current / 'oxigraph'}: {len(missing)} articles have no graph "
                            f"(first: {sorted(missing)[0]})")
        if docs and not oxi.contains_named_graph(NamedNode(mint.entity_graph())):
            problems.append(f"{store.current / 'oxigraph'}: the entity graph is missing")
    except StoreError as err:
        problems.append(str(err))
    return problems


@dataclass
class Repaired:
    articles: int
    left_out: list[str] = field(default_factory=list)  # facts files that could not be read


def _facts_from_folder(folder: Path) -> tuple[dict[str, DocFacts], list[str]]:
    """Every readable facts file, the newest version of each article; and the unreadable ones."""
    found: dict[str, tuple[float, DocFacts]] = {}
    bad: list[str] = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            facts = DocFacts.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            bad.append(str(path))
            continue
        when = path.stat().st_mtime
        have = found.get(facts.article.id)
        if have is None or when > have[0]:
            found[facts.article.id] = (when, facts)
    return {k: f for k, (_, f) in found.items()}, bad


def repair(path: str | os.PathLike[str], base_iri: str | None = None,
           rules: RuleSet = ALL_RULES) -> Repaired:
    """Rebuild the store's links, RDF and manifest from its facts files, as a new generation."""
    store = GraphStore(path)
    wanted: dict[str, str] | None = None
    try:
        manifest = store.manifest() if store.current is not None else None
        base = base_iri or (manifest or {}).get("base_iri")
        if manifest is not None:
            wanted = {d: info["file"] for d, info in manifest["docs"].items()}
    except StoreError:
        base = base_iri  # the manifest itself is damaged: every facts file is read
    facts, bad = _facts_from_folder(store.path / "facts")
    if wanted is not None:
        # Only the versions the manifest names; an article whose file is gone or damaged is left out.
        names = {d: store.path / "facts" / f for d, f in wanted.items()}
        kept = {}
        for doc_id, file in names.items():
            f = facts.get(doc_id)
            if f is not None and file.exists() and str(file) not in bad:
                kept[doc_id] = f
            else:
                bad.append(str(file))
        facts = kept
    mint = Minter(base or DEFAULT_BASE_IRI)
    with store._locked():
        stored = {doc_id: Stored.of(f) for doc_id, f in facts.items()}
        graph = link_docs([stored[k].links for k in sorted(stored)], mint, list(facts.values()), rules=rules)
        for (doc_id, key), iri in graph.iri_of.items():
            stored[doc_id].iris[key] = iri
        gen = store._next_generation()
        try:
            empty = {"version": FORMAT_VERSION, "base_iri": mint.base, "docs": {}}
            store._write_generation(gen, empty, graph, stored, facts, set(), mint, None, EmitOptions(),
                                    fresh=True)
            store._swap(gen)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        store._remove_unused_facts()
    return Repaired(len(facts), sorted(set(bad)))


__all__ = ["Repaired", "check", "repair", "sha256"]
