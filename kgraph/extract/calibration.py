"""Confidences that mean what they say: each rule's measured precision, read from a data file.

``kgraph/data/confidence.tsv`` is written by ``benchmarks/rules.py --write-confidence`` from the
judged facts and the dev sets' gold; nobody edits it by hand. A rule with a row gets its measured
precision (smoothed towards its prior when the sample is small); a rule without one keeps the
confidence its code worked out.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Measured:
    """What the audit measured of one rule (or one grade of it)."""

    key: str  # rule id, optionally "rule_id|grade"
    judged: int
    right: int
    confidence: float  # smoothed precision: what its facts are given


@lru_cache(maxsize=1)
def table() -> dict[str, Measured]:
    """The measured rules, by key (empty before the first audit)."""
    try:
        text = resources.files("kgraph.data").joinpath("confidence.tsv").read_text("utf-8")
    except FileNotFoundError:
        return {}
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    out = {}
    for row in rows:
        m = Measured(row["rule"], int(row["judged"]), int(row["right"]), float(row["confidence"]))
        out[m.key] = m
    return out


def calibrated(rule_id: str, raw: float, grade: str = "") -> float:
    """The confidence of a fact made by ``rule_id``: measured where measured, else ``raw``."""
    measured = table()
    if not measured:
        return raw
    found = measured.get(f"{rule_id}|{grade}") if grade else None
    if found is None:
        found = measured.get(rule_id)
    return found.confidence if found is not None else raw
