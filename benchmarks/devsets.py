"""Every dev set at once: the headline numbers of each, and what a change did to the facts.

    python benchmarks/devsets.py                   # the numbers on PolNeAR, MEANTIME, Re-DocRED,
                                                   # CoNLL++ and our own sentences
    python benchmarks/devsets.py --save before     # ... and keep the facts as snapshot "before"
    python benchmarks/devsets.py --compare before  # ... and list the facts that differ from it

A rule change is reported on all of them together (a rule that helps one set and hurts another
shows at once). Parses come from the cache in benchmarks/.cache (see corpora.py), so a run takes
about a minute once every corpus has been parsed. Snapshots hold every DocFacts record of every
corpus (BBC sample and examples included) and the cross-document links, so a refactoring can be
checked to change no fact at all (rule ids and confidences are compared apart, ``--facts-only``
leaves them out).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402

from kgraph.types import DocFacts  # noqa: E402

SNAPSHOTS = corpora.CACHE / "snapshots"
KINDS = ("entities", "mentions", "quotes", "relations", "events", "counts")
# Fields that say how a fact was made or how sure it is, not what it says.
META_FIELDS = ("rule", "confidence", "type_rule", "link_rule")


# --- scoring each dev set -----------------------------------------------------------------

def score_polnear(facts: list[DocFacts]) -> dict[str, float]:
    import polnear

    data = corpora.SHARED / "polnear-dev"
    tallies = {"direct": polnear.Tally(), "all": polnear.Tally()}
    by_name = {name: ann for name, _, ann in polnear.articles(data)}
    for f in facts:
        gold = polnear.read_ann(by_name[f.article.id], f.article.text)
        polnear.score(f.quotes, gold, f, tallies["direct"], direct_only=True)
        polnear.score(f.quotes, gold, f, tallies["all"], direct_only=False)
    (dp, dr, df), (ap_, ar, _) = tallies["direct"].prf(), tallies["all"].prf()
    return {"direct P": dp, "direct R": dr, "direct F1": df,
            "direct speaker": tallies["direct"].speaker_accuracy(), "all P": ap_, "all R": ar,
            "all speaker": tallies["all"].speaker_accuracy()}


def score_meantime(facts: list[DocFacts], graph: Any) -> dict[str, float]:
    import meantime

    data = corpora.SHARED / "meantime-en"
    docs = meantime.read_conll(data / "meantime.conll")
    offsets = {key: meantime.detokenize(sents)[1] for key, sents in docs.items()}
    golds = meantime.read_gold(data / "entities_mentions.json", docs, offsets)
    named = [g for g in golds if g.named]
    by_id = {f.article.id: f for f in facts}
    result = meantime.evaluate("named", named, by_id, graph.iri_of)
    out = {"recall": result.detected / result.gold, "B3 within": result.within["B3"][2],
           "B3 across": result.across["B3"][2], "B3 P across": result.across["B3"][0],
           "CoNLL across": result.across["CoNLL"][2]}
    for t in ("ORG", "PER", "LOC"):
        r = meantime.evaluate(t, [g for g in named if g.type == t], by_id, graph.iri_of)
        out[f"B3 across {t}"] = r.across["B3"][2]
    return out


def score_redocred(facts: list[DocFacts]) -> dict[str, float]:
    import redocred

    docs = json.loads((corpora.SHARED / "redocred-dev" / "dev_revised.json").read_text("utf-8"))
    scores = [redocred.score_doc(d, f, redocred.detokenize(d["sents"])[1])
              for d, f in zip(docs, facts, strict=True)]
    out: dict[str, float] = {}
    for group in ("family", "affiliation", "nationality"):
        pred = sum(len(s.predicted[group]) for s in scores)
        right = sum(sum(redocred.is_correct(f, s.gold[group]) for f in s.predicted[group]) for s in scores)
        gold = sum(len(s.gold[group]) for s in scores)
        found = sum(sum(g in s.predicted[group] or g in s.also_found[group] for g in s.gold[group])
                    for s in scores)
        out[f"{group} P"] = right / pred if pred else 0.0
        out[f"{group} R"] = found / gold if gold else 0.0
        out[f"{group} n"] = pred
    return out


def score_conll(facts: list[DocFacts]) -> dict[str, float]:
    import conll

    golds = conll.read_documents(conll.DEFAULT_DATA)
    tally = conll.score(golds, facts)
    out: dict[str, float] = {}
    for label in ("PER", "ORG", "LOC", "all"):
        if label == "all":
            r, p, g = (sum(c.values()) for c in (tally.right, tally.predicted, tally.gold))
        else:
            r, p, g = tally.right[label], tally.predicted[label], tally.gold[label]
        prec, rec = (r / p if p else 0.0), (r / g if g else 0.0)
        out[f"{label} P"] = prec
        out[f"{label} F1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def score_own(facts: list[DocFacts]) -> dict[str, float]:
    import relations_gold

    records = [json.loads(line) for line in
               (ROOT / "tests" / "data" / "relations_gold.jsonl").read_text("utf-8").splitlines() if line]
    totals = relations_gold.score_facts(records, facts)
    pred, ok, gold, found = totals["relations"]
    return {"relations P": ok / pred if pred else 0.0, "relations R": found / gold if gold else 0.0}


def conll_articles() -> list[Any]:
    import conll

    return [g.article for g in conll.read_documents(conll.DEFAULT_DATA)]


# --- running ------------------------------------------------------------------------------

def run(rules: Any | None = None, model: str | None = None) -> tuple[dict[str, dict[str, float]],
                                                                       dict[str, list[DocFacts]],
                                                                       dict[str, dict[str, str]]]:
    from kgraph.link import link

    numbers: dict[str, dict[str, float]] = {}
    facts: dict[str, list[DocFacts]] = {}
    links: dict[str, dict[str, str]] = {}
    for name in ("polnear", "meantime", "redocred", "conll", "own", "bbc", "examples"):
        arts = conll_articles() if name == "conll" else None
        facts[name] = corpora.extracted(name, arts, model, rules)
        graph = link(facts[name]) if name in ("meantime", "bbc", "examples", "polnear") else None
        if graph is not None:
            links[name] = {f"{d}\t{k}": iri for (d, k), iri in graph.iri_of.items()}
        if name == "polnear":
            numbers[name] = score_polnear(facts[name])
        elif name == "meantime":
            numbers[name] = score_meantime(facts[name], graph)
        elif name == "redocred":
            numbers[name] = score_redocred(facts[name])
        elif name == "conll":
            numbers[name] = score_conll(facts[name])
        elif name == "own":
            numbers[name] = score_own(facts[name])
    return numbers, facts, links


def save(name: str, numbers: dict[str, dict[str, float]], facts: dict[str, list[DocFacts]],
         links: dict[str, dict[str, str]]) -> Path:
    folder = SNAPSHOTS / name
    folder.mkdir(parents=True, exist_ok=True)
    for corpus, records in facts.items():
        with gzip.open(folder / f"{corpus}.jsonl.gz", "wt", encoding="utf-8") as fh:
            for f in records:
                fh.write(json.dumps(f.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    (folder / "links.json").write_text(json.dumps(links, sort_keys=True), "utf-8")
    (folder / "numbers.json").write_text(json.dumps(numbers, indent=1, sort_keys=True), "utf-8")
    return folder


def _records(folder: Path, corpus: str) -> dict[str, dict[str, Any]]:
    path = folder / f"{corpus}.jsonl.gz"
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {rec["article"]["id"]: rec for rec in map(json.loads, fh)}


def _strip(rec: dict[str, Any], fields: tuple[str, ...]) -> str:
    """A record as text without ``fields`` (and without empty rule ids: older snapshots have none)."""
    return json.dumps({k: v for k, v in rec.items() if k not in fields and not (k in META_FIELDS and v == "")},
                      sort_keys=True, ensure_ascii=False)


def compare(name: str, facts: dict[str, list[DocFacts]], links: dict[str, dict[str, str]],
            show: int = 5) -> list[str]:
    """Facts that differ from snapshot ``name``: per corpus and kind, removed and added (what they
    say), and apart from those, facts whose rule or confidence alone changed."""
    folder = SNAPSHOTS / name
    lines = []
    for corpus, records in facts.items():
        old = _records(folder, corpus)
        added: Counter[str] = Counter()
        removed: Counter[str] = Counter()
        meta: Counter[str] = Counter()
        examples: list[str] = []
        for f in records:
            before = old.get(f.article.id)
            now = f.to_dict()
            for kind in KINDS:
                was = before.get(kind, []) if before else []
                new = now.get(kind, [])
                a = Counter(_strip(r, META_FIELDS) for r in was)
                b = Counter(_strip(r, META_FIELDS) for r in new)
                plus, minus = b - a, a - b
                added[kind] += sum(plus.values())
                removed[kind] += sum(minus.values())
                if not plus and not minus:
                    meta[kind] += sum((Counter(_strip(r, ()) for r in new)
                                       - Counter(_strip(r, ()) for r in was)).values())
                for sign, diff in (("+", plus), ("-", minus)):
                    for rec in list(diff)[: max(0, show - len(examples))]:
                        examples.append(f"    {sign} {f.article.id} {kind}: {rec[:300]}")
        moved = 0
        if corpus in links:
            old_links = json.loads((folder / "links.json").read_text("utf-8")).get(corpus, {})
            moved = _partition_changes(old_links, links[corpus])
        changes = ", ".join(f"{k} +{added[k]} -{removed[k]}" for k in KINDS if added[k] or removed[k])
        metas = ", ".join(f"{k} {meta[k]}" for k in KINDS if meta[k])
        failed = sum(len(f.warnings) for f in records)
        lines.append(f"{corpus}: {changes or 'no fact changed'}"
                     + (f"; EXTRACTOR FAILURES: {failed}" if failed else "")
                     + (f"; rule/confidence only: {metas}" if metas else "")
                     + (f"; cross-document links: {moved} local entities grouped differently"
                        if corpus in links else ""))
        lines.extend(examples)
    return lines


def _partition_changes(old: dict[str, str], new: dict[str, str]) -> int:
    """How many local entities sit in a group (the set of locals sharing their node) that differs
    from before: node IRIs may be renamed without any merge changing."""
    def groups(links: dict[str, str]) -> dict[str, frozenset[str]]:
        by_node: dict[str, set[str]] = {}
        for local, iri in links.items():
            by_node.setdefault(iri, set()).add(local)
        return {local: frozenset(by_node[iri]) for local, iri in links.items()}

    a, b = groups(old), groups(new)
    return sum(1 for k in set(a) | set(b) if a.get(k) != b.get(k))


def table(numbers: dict[str, dict[str, float]], before: dict[str, dict[str, float]] | None = None
          ) -> list[str]:
    lines = ["| corpus | measure | now |" + (" before |" if before else ""),
             "|---|---|---|" + ("---|" if before else "")]
    for corpus, values in numbers.items():
        for measure, value in values.items():
            fmt = f"{value:.0f}" if measure.endswith(" n") else f"{value:.3f}"
            row = f"| {corpus} | {measure} | {fmt} |"
            if before:
                old = before.get(corpus, {}).get(measure)
                row += (f" {old:.0f} |" if measure.endswith(" n") else f" {old:.3f} |") if old is not None \
                    else " |"
            lines.append(row)
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--save", metavar="NAME", help="keep every corpus's facts as snapshot NAME")
    ap.add_argument("--compare", metavar="NAME", help="list the facts that differ from snapshot NAME")
    ap.add_argument("--show", type=int, default=5, help="changed facts to print per corpus")
    ap.add_argument("--rules", default=None, help="rule switches, as kgraph build --rules takes them")
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    rules = None
    if args.rules:
        from kgraph.extract.registry import RuleSet

        rules = RuleSet.parse(args.rules)
    started = time.perf_counter()
    numbers, facts, links = run(rules, args.model)
    before = None
    if args.compare:
        path = SNAPSHOTS / args.compare / "numbers.json"
        before = json.loads(path.read_text("utf-8")) if path.exists() else None
    print(f"model {corpora.model_name(args.model)}; {time.perf_counter() - started:.0f} s\n")
    print("\n".join(table(numbers, before)))
    if args.compare:
        print()
        print("\n".join(compare(args.compare, facts, links, args.show)))
    if args.save:
        print(f"\nsaved to {save(args.save, numbers, facts, links)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
