"""Score relations, events and counts on the hand-checked sentences in tests/data/relations_gold.jsonl."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "tests" / "data" / "relations_gold.jsonl"
ARTICLE_DATE = "2024-03-05"  # the gold dates are resolved against this day (a Tuesday)
sys.path.insert(0, str(ROOT))

from kgraph.types import Article, DocFacts  # noqa: E402

Triple = tuple[str, str, str]


def _norm(text: object) -> str:
    return " ".join(str(text).casefold().split())


def _names(facts: DocFacts, key: str | None) -> set[str]:
    if key is None:
        return set()
    e = facts.entity(key)
    return {_norm(n) for n in (e.name, *e.aliases)}


def relation_triples(facts: DocFacts) -> list[tuple[set[str], str, set[str]]]:
    out = []
    for r in facts.relations:
        obj = _names(facts, r.object) if r.object else {_norm(r.value)}
        out.append((_names(facts, r.subject), r.predicate, obj))
    return out


def _matches(pred: tuple[set[str], str, set[str]], gold: list[object]) -> bool:
    s, p, o = pred
    return p == gold[1] and _norm(gold[0]) in s and _norm(gold[2]) in o


def event_ok(facts: DocFacts, gold: dict) -> bool:
    for ev in facts.events:
        if _norm(ev.trigger) != _norm(gold["trigger"]):
            continue
        if all(_norm(gold[role]) in _names(facts, getattr(ev, role))
               for role in ("agent", "patient", "recipient", "place") if role in gold) and \
                ("date" not in gold or ev.date == gold["date"]):
            return True
    return False


def count_ok(facts: DocFacts, gold: dict) -> bool:
    for c in facts.counts:
        if abs(c.quantity - gold["quantity"]) > 1e-6 * max(1.0, gold["quantity"]):
            continue
        if c.count_type != gold["count_type"]:
            continue
        if "unit" in gold and c.unit != gold["unit"]:
            continue
        if "label" in gold and _norm(c.label) != _norm(gold["label"]):
            continue
        if "reported_by" in gold and _norm(gold["reported_by"]) not in _names(facts, c.reported_by):
            continue
        return True
    return False


def score(records: list[dict], nlp, show: bool = False) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    from kgraph.extract import extract

    facts = [extract(nlp(rec["text"]), Article(f"gold-{i}", rec["text"], "gold", date=ARTICLE_DATE))
             for i, rec in enumerate(records)]
    return score_facts(records, facts, show)


def score_facts(records: list[dict], all_facts: list[DocFacts], show: bool = False) -> dict[str, list[int]]:
    """[predicted, correct, gold, found] per kind, for the facts of each record."""
    totals = {k: [0, 0, 0, 0] for k in ("relations", "events", "counts")}
    for rec, facts in zip(records, all_facts, strict=True):
        preds = relation_triples(facts)
        gold = rec["relations"]
        ok = [p for p in preds if any(_matches(p, g) for g in gold)]
        found = [g for g in gold if any(_matches(p, g) for p in preds)]
        _add(totals["relations"], len(preds), len(ok), len(gold), len(found))
        ev_found = sum(event_ok(facts, g) for g in rec["events"])
        # Events are scored for recall only: the gold lists the events a sentence is about,
        # not every minor one a rule may also find.
        _add(totals["events"], 0, 0, len(rec["events"]), ev_found)
        ct_found = sum(count_ok(facts, g) for g in rec["counts"])
        _add(totals["counts"], len(facts.counts), ct_found, len(rec["counts"]), ct_found)
        if show and (len(ok) < len(preds) or len(found) < len(gold)):
            print(f"[{rec['construction']}] {rec['text']}")
            for p in preds:
                if p not in ok:
                    print("   FP", sorted(p[0])[:1], p[1], sorted(p[2])[:1])
            for g in gold:
                if g not in found:
                    print("   FN", g)
    return totals


def _add(row: list[int], *values: int) -> None:
    for i, v in enumerate(values):
        row[i] += v


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--model", default=None)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    from kgraph.nlp import load_model, model_description

    nlp = load_model(args.model)
    records = [json.loads(line) for line in Path(args.data).read_text("utf-8").splitlines() if line]
    totals = score(records, nlp, args.show_errors)
    print(f"Hand-checked set: {len(records)} sentences, model {model_description(nlp)}\n")
    print("| kind | predicted | correct | gold | found | P | R |\n|---|---|---|---|---|---|---|")
    for kind, (pred, ok, gold, found) in totals.items():
        p = f"{ok / pred:.3f}" if pred else "n/a"
        print(f"| {kind} | {pred or '-'} | {ok if pred else '-'} | {gold} | {found} | {p} "
              f"| {found / gold if gold else 0:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
