"""Confidences that mean what they say: each rule's measured precision, read from a data file.

``kgraph/data/confidence.tsv`` is written by ``benchmarks/rules.py --write-confidence`` from the
judged facts and the dev sets' gold; nobody edits it by hand. A rule with a row gets its measured
precision (smoothed towards its family's when the sample is small); a rule without one gets its
family's or its kind's measured precision, and where none was measured, the confidence its code
worked out. A fact its rule marked less sure than the rule's prior (a guessed pronoun speaker) is
of the grade "weak", measured apart.
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


def calibrated(rule_id: str, raw: float, grade: str = "", kind: str = "") -> float:
    """The confidence of a fact made by ``rule_id``: the measured precision of the most specific
    measured group it belongs to (the rule's facts of this grade, the rule, its family
    ``quotes.direct``, its kind ``family:`` / ``kind:`` rows), else ``raw``."""
    measured = table()
    if not measured:
        return raw
    family = rule_id.rsplit(".", 1)[0]
    for key in (f"{rule_id}|{grade}" if grade else "", rule_id, f"family:{family}",
                f"kind:{kind}" if kind else ""):
        found = measured.get(key) if key else None
        if found is not None:
            return found.confidence
    return raw
