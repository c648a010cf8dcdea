"""The linked graph as tables for data teams: CSV files (one per kind of record) and a SQLite file
with foreign keys, which Datasette opens as it is.

Tables, each row with its IRI and the character offsets of its evidence:
``documents``, ``entities``, ``mentions``, ``quotes``, ``statements``, ``events``, ``counts``.
A fact below the minimum confidence is left out, as in the RDF.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from kgraph.iri import Minter
from kgraph.link import LinkedGraph

TABLE_FORMATS = {"csv": ".csv", "sqlite": ".sqlite"}
TABLES = ("documents", "entities", "mentions", "quotes", "statements", "events", "counts")

Row = dict[str, Any]
COLUMNS = {
    "documents": ["iri", "id", "source", "headline", "url", "date", "characters"],
    "entities": ["iri", "type", "name", "aliases", "mentions", "documents", "country_code", "geonames_id",
                 "latitude", "longitude", "link_rules"],
    "mentions": ["iri", "document", "entity", "start", "end", "text", "kind", "rule"],
    "quotes": ["iri", "document", "text", "kind", "speaker", "speaker_text", "cue", "addressee", "spans",
               "start", "end", "confidence", "rule"],
    "statements": ["iri", "document", "subject", "predicate", "object", "value", "start", "end",
                   "confidence", "rule"],
    "events": ["iri", "document", "label", "trigger", "agent", "patient", "recipient", "place", "date",
               "start", "end", "confidence", "rule"],
    "counts": ["iri", "document", "quantity", "count_type", "label", "unit", "reported_by", "start", "end",
               "confidence", "rule"],
}
COLUMN_TYPES: dict[str, type] = {
    "characters": int, "mentions": int, "documents": int, "geonames_id": int, "start": int, "end": int,
    "latitude": float, "longitude": float, "confidence": float, "quantity": float,
}


def _spans(spans: Any) -> str:
    return ";".join(f"{s}-{e}" for s, e in spans)


def rows(graph: LinkedGraph, mint: Minter, min_confidence: float = 0.0) -> dict[str, list[Row]]:
    """Every table's rows (plain values: str, int, float or None)."""
    out: dict[str, list[Row]] = {t: [] for t in TABLES}
    for e in graph.entities.values():
        out["entities"].append({
            "iri": e.iri, "type": e.type, "name": e.name, "aliases": "|".join(e.aliases),
            "mentions": e.mention_count, "documents": len(e.docs), "country_code": e.country_code,
            "geonames_id": e.geonames_id, "latitude": e.latitude, "longitude": e.longitude,
            "link_rules": "|".join(e.link_rules)})
    for d in graph.docs:
        a = d.article
        doc = mint.document(a.id)

        def iri(key: str | None, doc_id: str = a.id) -> str | None:
            return graph.entity_iri(doc_id, key) if key is not None else None

        out["documents"].append({"iri": doc, "id": a.id, "source": a.source, "headline": a.title,
                                 "url": a.url, "date": a.date, "characters": len(a.text)})
        for m in d.mentions:
            out["mentions"].append({"iri": mint.span(doc, m.start, m.end), "document": doc,
                                    "entity": iri(m.entity), "start": m.start, "end": m.end, "text": m.text,
                                    "kind": m.kind, "rule": m.rule})
        for q in d.quotes:
            if q.confidence < min_confidence or not q.spans:
                continue
            out["quotes"].append({
                "iri": mint.fragment(doc, "quote", q.spans[0][0], q.spans[-1][1]), "document": doc,
                "text": q.text, "kind": q.kind, "speaker": iri(q.speaker), "speaker_text": q.speaker_text,
                "cue": q.cue, "addressee": iri(q.addressee), "spans": _spans(q.spans),
                "start": q.spans[0][0], "end": q.spans[-1][1], "confidence": q.confidence, "rule": q.rule})
        for n, r in enumerate(d.relations):
            if r.confidence < min_confidence or iri(r.subject) is None:
                continue
            obj = iri(r.object)
            if r.object is not None and obj is None:
                continue
            out["statements"].append({
                "iri": mint.fragment(doc, "statement", "rel", n), "document": doc, "subject": iri(r.subject),
                "predicate": r.predicate, "object": obj, "value": None if r.value is None else str(r.value),
                "start": r.evidence[0], "end": r.evidence[1], "confidence": r.confidence, "rule": r.rule})
        for n, ev in enumerate(d.events):
            if ev.confidence < min_confidence:
                continue
            out["events"].append({
                "iri": mint.fragment(doc, "event", ev.evidence[0], ev.evidence[1], n), "document": doc,
                "label": ev.label, "trigger": ev.trigger, "agent": iri(ev.agent), "patient": iri(ev.patient),
                "recipient": iri(ev.recipient), "place": iri(ev.place), "date": ev.date,
                "start": ev.evidence[0], "end": ev.evidence[1], "confidence": ev.confidence, "rule": ev.rule})
        for n, c in enumerate(d.counts):
            if c.confidence < min_confidence:
                continue
            out["counts"].append({
                "iri": mint.fragment(doc, "count", c.evidence[0], c.evidence[1], n), "document": doc,
                "quantity": float(f"{c.quantity:.12g}"), "count_type": c.count_type, "label": c.label,
                "unit": c.unit, "reported_by": iri(c.reported_by), "start": c.evidence[0],
                "end": c.evidence[1], "confidence": c.confidence, "rule": c.rule})
    out["entities"].sort(key=lambda r: r["iri"])
    return out


def write_csv(tables: dict[str, list[Row]], folder: str | os.PathLike[str], name: str) -> list[Path]:
    """One CSV per table, ``<name>.<table>.csv`` in ``folder`` (UTF-8, a header row)."""
    paths = []
    for table in TABLES:
        path = Path(folder) / f"{name}.{table}.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS[table])
            writer.writeheader()
            writer.writerows(tables[table])
        paths.append(path)
    return paths


# Columns that point at another table's rows.
FOREIGN_KEYS = {
    "mentions": [("document", "documents"), ("entity", "entities")],
    "quotes": [("document", "documents"), ("speaker", "entities"), ("addressee", "entities")],
    "statements": [("document", "documents"), ("subject", "entities"), ("object", "entities")],
    "events": [("document", "documents"), ("agent", "entities"), ("patient", "entities"),
               ("recipient", "entities"), ("place", "entities")],
    "counts": [("document", "documents"), ("reported_by", "entities")],
}


def write_sqlite(tables: dict[str, list[Row]], path: str | os.PathLike[str]) -> Path:
    """A SQLite file of the tables, with primary and foreign keys and indexes on them."""
    import sqlite_utils

    target = Path(path)
    target.unlink(missing_ok=True)
    db = sqlite_utils.Database(target)
    for table in TABLES:
        keys = FOREIGN_KEYS.get(table, [])
        db[table].create({c: COLUMN_TYPES.get(c, str) for c in COLUMNS[table]}, pk="iri",  # type: ignore[union-attr]
                         foreign_keys=keys)
        db[table].insert_all(tables[table], ignore=True)  # type: ignore[union-attr]
        for column, _ in keys:
            db[table].create_index([column], if_not_exists=True)  # type: ignore[union-attr]
    db.conn.commit()
    db.conn.close()
    return target
