"""The rule audit: how often each rule fires on each dev corpus and how precise it is where gold or
judged facts exist; and the calibrated confidence of each rule, with its check on held-out news.

    python benchmarks/rules.py                      # the audit table -> benchmarks/results/rules.md
    python benchmarks/rules.py --write-confidence   # ... and kgraph/data/confidence.tsv
    python benchmarks/rules.py --holdout bbc        # ... and the reliability table of a fit made
                                                    # without the BBC judgements, on them

Where each fact's verdict comes from (a "source"):
- polnear-gold: a quotation is right when it overlaps a PolNeAR attribution's content and its
  speaker matches that attribution's source (benchmarks/polnear.py's test);
- redocred-gold: a family, affiliation or nationality statement between entities that match gold
  entities is right when Re-DocRED has the fact (benchmarks/redocred.py's test);
- meantime-gold: a mention is right when its gold coreference chain is the chain most of its
  entity's matched mentions have; an entity's type is right when it fits that chain's gold type;
  a cross-document merge is right when the local entity's chain is its node's main chain;
- conll-gold: an entity's type is right when its name mentions' gold spans carry that type;
- audit-bbc, audit-polnear: the judged sheets of benchmarks/audit.py (read by people or helper
  sessions from the article text alone).

Confidence: for each rule of a fact kind that carries one (quotes, statements, events, counts), the
precision of its judged facts, smoothed towards its family's, which is smoothed towards its
kind's (``PRIOR_WEIGHT`` pseudo-facts at each level); a rule's facts whose own code marked them
less sure than the rule's prior (a guessed pronoun, an inherited speaker) are fitted apart as the
grade "weak". Facts are scored with their raw confidences (the calibration file is ignored while
this runs).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402

from kgraph.types import DocFacts  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
CONFIDENCE_FILE = ROOT / "kgraph" / "data" / "confidence.tsv"
CONFIDENT_KINDS = ("quote", "relation", "event", "count")
PRIOR_WEIGHT = 6.0  # pseudo-facts pulling a rule towards its family, a family towards its kind
KIND_PRIOR = 0.7  # where a whole kind has no judged fact
CORPUS_ORDER = ("polnear", "meantime", "redocred", "conll", "bbc", "examples", "own")
SOURCES = ("polnear-gold", "redocred-gold", "meantime-gold", "conll-gold", "audit-bbc", "audit-polnear")


@dataclass(frozen=True)
class Observation:
    """One fact with a verdict: which rule made it, how sure its rule was, and whether it is right."""

    source: str
    corpus: str
    kind: str
    rule: str
    raw: float | None  # the confidence the rule gave it (None for kinds without one)
    right: bool


# --- scoring against each gold ----------------------------------------------------------------

def _raw_confidences() -> None:
    """Score facts with the rules' own confidences, not with an existing calibration."""
    from kgraph.extract import calibration

    calibration.table.cache_clear()
    calibration.table = lambda: {}  # type: ignore[assignment]


def polnear_gold(facts: list[DocFacts]) -> Iterable[Observation]:
    import polnear

    anns = {name: ann for name, _, ann in polnear.articles(corpora.SHARED / "polnear-dev")}
    for f in facts:
        gold = polnear.read_ann(anns[f.article.id], f.article.text)
        for q in f.quotes:
            matches = [g for g in gold if polnear.overlaps(q.spans, g.content)]
            right = bool(matches) and polnear.speaker_right(
                q, max(matches, key=lambda g: polnear._overlap_size(q.spans, g.content)), f)
            yield Observation("polnear-gold", "polnear", "quote", q.rule, q.confidence, right)


def redocred_gold(facts: list[DocFacts]) -> Iterable[Observation]:
    import redocred

    docs = json.loads((corpora.SHARED / "redocred-dev" / "dev_revised.json").read_text("utf-8"))
    for d, f in zip(docs, facts, strict=True):
        gold = redocred.gold_facts(d)
        mapping = redocred.match_entities(f, redocred.gold_clusters(d, redocred.detokenize(d["sents"])[1]))
        for r in f.relations:
            groups = [g for g in redocred.PREDICATE_GROUPS.get(r.predicate, ())
                      if g in ("family", "affiliation", "nationality")]
            if not groups or r.object is None:
                continue
            heads, tails = mapping.get(r.subject, set()), mapping.get(r.object, set())
            options = [redocred.predicted_fact(r.predicate, h, t) for h in heads for t in tails if h != t]
            if options:
                right = any(redocred.is_correct(o, gold[groups[0]]) for o in options)
                yield Observation("redocred-gold", "redocred", "relation", r.rule, r.confidence, right)


def meantime_gold(facts: list[DocFacts], graph: Any) -> Iterable[Observation]:
    import meantime

    data = corpora.SHARED / "meantime-en"
    docs = meantime.read_conll(data / "meantime.conll")
    offsets = {key: meantime.detokenize(sents)[1] for key, sents in docs.items()}
    golds = [g for g in meantime.read_gold(data / "entities_mentions.json", docs, offsets) if g.named]
    by_doc: dict[str, list[Any]] = defaultdict(list)
    for g in golds:
        by_doc[g.doc].append(g)
    chain_of: dict[tuple[str, int, int], str] = {}
    gold_type: dict[str, Counter[str]] = defaultdict(Counter)
    for f in facts:
        mentions = list(f.mentions)
        for g in by_doc.get(f.article.id, []):
            m = meantime.match(g, mentions)
            if m is not None:
                chain_of[(f.article.id, m.start, m.end)] = g.chain
                gold_type[g.chain][g.type] += 1
    local_chain: dict[tuple[str, str], str] = {}
    for f in facts:
        chains: dict[str, Counter[str]] = defaultdict(Counter)
        for m in f.mentions:
            c = chain_of.get((f.article.id, m.start, m.end))
            if c is not None:
                chains[m.entity][c] += 1
        main = {key: c.most_common(1)[0][0] for key, c in chains.items()}
        for key, chain in main.items():
            local_chain[(f.article.id, key)] = chain
        for m in f.mentions:
            c = chain_of.get((f.article.id, m.start, m.end))
            if c is not None and m.rule:
                yield Observation("meantime-gold", "meantime", "mention", m.rule, None, c == main[m.entity])
        wanted = {"Person": "PER", "Organization": "ORG", "Place": "LOC"}
        for e in f.entities:
            chain = main.get(e.key)
            if chain is not None and e.rule and gold_type[chain]:
                label = gold_type[chain].most_common(1)[0][0]
                if label in wanted.values():
                    yield Observation("meantime-gold", "meantime", "type", e.rule, None,
                                      wanted[e.type] == label)
    rule_of = getattr(graph, "rule_of", {}) or {}
    node_chains: dict[str, Counter[str]] = defaultdict(Counter)
    for local, chain in local_chain.items():
        iri = graph.iri_of.get(local)
        if iri is not None:
            node_chains[iri][chain] += 1
    for local, rule_id in rule_of.items():
        chain, iri = local_chain.get(local), graph.iri_of.get(local)
        if chain is not None and iri is not None and rule_id:
            yield Observation("meantime-gold", "meantime", "merge", rule_id, None,
                              node_chains[iri].most_common(1)[0][0] == chain)


def conll_gold(facts: list[DocFacts]) -> Iterable[Observation]:
    import conll

    golds = conll.read_documents(conll.DEFAULT_DATA)
    for g, f in zip(golds, facts, strict=True):
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        for m in f.mentions:
            found = g.spans.get((m.start, m.end))
            if m.kind == "name" and found is not None:
                labels[m.entity][found] += 1
        for e in f.entities:
            if e.key in labels and e.rule:
                label = labels[e.key].most_common(1)[0][0]
                right = conll.TYPES.get(e.type) == label
                yield Observation("conll-gold", "conll", "type", e.rule, None, right)


def audit_sheets(corpus: str, facts: list[DocFacts], graph: Any) -> Iterable[Observation]:
    """Judged facts of the audit sheet that the current build still makes."""
    import audit

    verdicts = {r["id"]: r["verdict"] for r in audit.load_sheet(audit.sheet_path(audit.SHEETS, corpus))
                if r.get("verdict") in audit.VERDICTS}
    if not verdicts:
        return
    for kind, cands in audit.candidates(corpus, facts, graph, 1).items():
        for c in cands:
            if c.id not in verdicts:
                continue
            rules = [c.rule] if kind != "merge" else [s for s in c.rule.split("+") if s]
            for rule_id in rules or [""]:
                yield Observation(f"audit-{corpus}", corpus, "mention" if kind == "alias" else kind,
                                  rule_id, c.confidence, verdicts[c.id] == "y")


# --- collecting ---------------------------------------------------------------------------

def collect(model: str | None = None) -> tuple[list[Observation], dict[str, Counter[str]], dict[str, int],
                                               dict[str, list[DocFacts]]]:
    """Observations from every source; how often each rule fires per corpus; articles per corpus."""
    from devsets import conll_articles

    from kgraph.link import link

    _raw_confidences()
    obs: list[Observation] = []
    fires: dict[str, Counter[str]] = defaultdict(Counter)
    sizes: dict[str, int] = {}
    all_facts: dict[str, list[DocFacts]] = {}
    for name in CORPUS_ORDER:
        facts = corpora.extracted(name, conll_articles() if name == "conll" else None, model)
        all_facts[name] = facts
        sizes[name] = len(facts)
        graph = link(facts)
        for f in facts:
            for rec in (*f.mentions, *f.entities, *f.quotes, *f.relations, *f.events, *f.counts):
                if rec.rule:
                    fires[name][rec.rule] += 1
        for rule_id in (getattr(graph, "rule_of", {}) or {}).values():
            fires[name][rule_id] += 1
        if name == "polnear":
            obs += polnear_gold(facts)
        elif name == "redocred":
            obs += redocred_gold(facts)
        elif name == "meantime":
            obs += meantime_gold(facts, graph)
        elif name == "conll":
            obs += conll_gold(facts)
        if name in ("bbc", "polnear"):
            obs += audit_sheets(name, facts, graph)
    return obs, fires, sizes, all_facts


# --- calibration --------------------------------------------------------------------------

def grade(rule_id: str, raw: float | None) -> str:
    """"weak" for a fact its rule marked less sure than the rule's prior."""
    from kgraph.extract.registry import RULES

    r = RULES.get(rule_id)
    if raw is None or r is None or r.prior is None:
        return ""
    return "weak" if raw < r.prior - 1e-9 else ""


def _smooth(right: float, n: float, prior: float) -> float:
    return (right + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT)


@dataclass
class Fit:
    """Calibrated confidences: per kind, family, rule and rule|grade."""

    kind: dict[str, float]
    family: dict[str, float]
    rule: dict[str, float]
    graded: dict[str, float]
    counts: dict[str, tuple[int, int]]  # key -> (judged, right)

    def confidence(self, kind: str, rule_id: str, raw: float | None) -> float:
        key = f"{rule_id}|{grade(rule_id, raw)}"
        if key in self.graded:
            return self.graded[key]
        if rule_id in self.rule:
            return self.rule[rule_id]
        family = rule_id.rsplit(".", 1)[0]
        return self.family.get(family, self.kind.get(kind, KIND_PRIOR))


def fit(observations: Iterable[Observation]) -> Fit:
    obs = [o for o in observations if o.kind in CONFIDENT_KINDS and o.rule]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in obs:
        family = o.rule.rsplit(".", 1)[0]
        for key in (f"kind:{o.kind}", f"family:{family}", f"rule:{o.rule}",
                    f"graded:{o.rule}|{grade(o.rule, o.raw)}"):
            tally[key][0] += 1
            tally[key][1] += o.right
    kinds = {k: _smooth(tally[f"kind:{k}"][1], tally[f"kind:{k}"][0], KIND_PRIOR) for k in CONFIDENT_KINDS}
    kind_of = {o.rule: o.kind for o in obs}
    families: dict[str, float] = {}
    rules: dict[str, float] = {}
    graded: dict[str, float] = {}
    counts: dict[str, tuple[int, int]] = {}
    for key, (n, right) in tally.items():
        level, _, name = key.partition(":")
        if level == "family":
            kind = next(kind_of[r] for r in kind_of if r.rsplit(".", 1)[0] == name)
            families[name] = _smooth(right, n, kinds[kind])
            counts[f"family:{name}"] = (n, right)
        elif level == "kind":
            counts[f"kind:{name}"] = (n, right)
    for key, (n, right) in tally.items():
        level, _, name = key.partition(":")
        if level == "rule":
            rules[name] = _smooth(right, n, families[name.rsplit(".", 1)[0]])
            counts[name] = (n, right)
    for key, (n, right) in tally.items():
        level, _, name = key.partition(":")
        if level == "graded":
            rule_id = name.split("|")[0]
            graded[name] = _smooth(right, n, rules[rule_id])
            counts[name] = (n, right)
    return Fit(kinds, families, rules, graded, counts)


def write_confidence(f: Fit, sources: list[str]) -> None:
    out = io.StringIO()
    out.write("# Calibrated confidence of each rule: its judged facts' precision, smoothed towards its\n"
              f"# family's and kind's ({PRIOR_WEIGHT:g} pseudo-facts each). Written by benchmarks/rules.py "
              "--write-confidence; do not edit.\n"
              f"# Fitted on: {', '.join(sources)}.\n")
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    w.writerow(["rule", "judged", "right", "confidence"])
    keys = sorted(k for k in f.counts if ":" not in k)
    for key in keys:
        n, right = f.counts[key]
        value = f.graded[key] if "|" in key else f.rule[key]
        if "|" in key and key.endswith("|"):
            key = key[:-1]  # the plain grade is the rule's own row
            if key in f.counts:
                continue
        w.writerow([key, n, right, f"{value:.3f}"])
    for name, value in sorted(f.family.items()):  # rules the fit never saw get their family's
        n, right = f.counts.get(f"family:{name}", (0, 0))
        w.writerow([f"family:{name}", n, right, f"{value:.3f}"])
    for name, value in sorted(f.kind.items()):  # ... or their kind's
        n, right = f.counts.get(f"kind:{name}", (0, 0))
        w.writerow([f"kind:{name}", n, right, f"{value:.3f}"])
    CONFIDENCE_FILE.write_text(out.getvalue(), "utf-8")


def reliability(f: Fit, held: list[Observation], bins: int = 5) -> tuple[list[str], float]:
    """Confidence bins vs observed precision on held-out judged facts, and the expected
    calibration error (bins weighted by their facts)."""
    rows = ["| confidence | facts | mean confidence | right | observed precision |", "|---|---|---|---|---|"]
    scored = [(f.confidence(o.kind, o.rule, o.raw), o.right) for o in held
              if o.kind in CONFIDENT_KINDS and o.rule]
    ece = 0.0
    edges = [i / bins for i in range(bins + 1)]
    for lo, hi in zip(edges, edges[1:], strict=False):
        inside = [(c, r) for c, r in scored if lo <= c < hi or (hi == 1.0 and c == 1.0)]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        prec = sum(r for _, r in inside) / len(inside)
        ece += len(inside) / len(scored) * abs(mean - prec)
        rows.append(f"| {lo:.1f}-{hi:.1f} | {len(inside)} | {mean:.3f} | {sum(r for _, r in inside)} "
                    f"| {prec:.3f} |")
    for th in (0.5, 0.8, 0.9):
        kept = [r for c, r in scored if c >= th]
        if kept:
            rows.append(f"| >= {th} (kept) | {len(kept)} | | {sum(kept)} | {sum(kept) / len(kept):.3f} |")
    return rows, ece


# --- the report ---------------------------------------------------------------------------

def report(obs: list[Observation], fires: dict[str, Counter[str]], sizes: dict[str, int],
           current: Fit | None = None) -> str:
    from kgraph.extract.registry import load_all

    rules = load_all()
    names = set(rules)
    for c in fires.values():
        names |= set(c)
    by_rule: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for o in obs:
        if o.rule:
            by_rule[o.rule][o.source][0] += 1
            by_rule[o.rule][o.source][1] += o.right
    corpora_ = [c for c in CORPUS_ORDER if c in sizes]
    head = ("| rule | kind | " + " | ".join(f"{c} /100" for c in corpora_)
            + " | precision by source (right/judged) | sources | confidence |")
    lines = [head, "|" + "---|" * (len(corpora_) + 5)]
    unsupported = []
    for rule_id in sorted(names):
        r = rules.get(rule_id)
        kind = r.kind if r is not None else "?"
        rates = [f"{100 * fires[c][rule_id] / sizes[c]:.1f}" if fires[c][rule_id] else "" for c in corpora_]
        prec = "; ".join(f"{s} {right}/{n} ({right / n:.2f})"
                         for s, (n, right) in sorted(by_rule[rule_id].items()))
        sources = len(by_rule[rule_id])
        conf = ""
        if current is not None and kind in CONFIDENT_KINDS:
            conf = f"{current.confidence(kind, rule_id, None):.2f}"
        if not by_rule[rule_id] and any(fires[c][rule_id] for c in corpora_):
            unsupported.append(rule_id)
        lines.append(f"| `{rule_id}` | {kind} | " + " | ".join(rates) + f" | {prec} | {sources} | {conf} |")
    lines += ["", f"Rules that fire but that no gold or judged fact measures ({len(unsupported)}): "
              + (", ".join(f"`{u}`" for u in unsupported) or "none")]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write-confidence", action="store_true",
                    help="write kgraph/data/confidence.tsv from every source (but --holdout's)")
    ap.add_argument("--holdout", default=None, metavar="SOURCE",
                    help="fit without this source (e.g. audit-bbc) and show the reliability table on it")
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    obs, fires, sizes, _ = collect(args.model)
    held = [o for o in obs if args.holdout and o.source == args.holdout]
    fitted_on = [s for s in SOURCES if s != args.holdout and any(o.source == s for o in obs)]
    model_fit = fit(o for o in obs if o.source in fitted_on)
    text = [f"# Rule audit\n\nModel {corpora.model_name(args.model)}; articles: "
            + ", ".join(f"{c} {n}" for c, n in sizes.items())
            + f"; {len(obs)} facts with a verdict ("
            + ", ".join(f"{s} {sum(o.source == s for o in obs)}" for s in SOURCES) + ")."
            f" Regenerate with `python benchmarks/rules.py` ({time.perf_counter() - started:.0f} s).\n",
            "Columns: how often the rule fires per 100 articles of each corpus; its precision in each source "
            "of verdicts; how many sources; the calibrated confidence its facts get (fitted on "
            + ", ".join(fitted_on) + ").\n", report(obs, fires, sizes, model_fit)]
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "rules.md").write_text("\n".join(text) + "\n", "utf-8")
    print("\n".join(text))
    if args.holdout:
        rows, ece = reliability(model_fit, held)
        calib = (f"# Calibration check\n\nConfidences fitted on {', '.join(fitted_on)}; checked on the "
                 f"{len([o for o in held if o.kind in CONFIDENT_KINDS])} judged facts of {args.holdout} "
                 "(not fitted on). Regenerate with `python benchmarks/rules.py --holdout "
                 f"{args.holdout}`.\n\n" + "\n".join(rows) + f"\n\nExpected calibration error: {ece:.3f}\n")
        (RESULTS / "calibration.md").write_text(calib, "utf-8")
        print("\n" + calib)
    if args.write_confidence:
        write_confidence(model_fit, fitted_on)
        print(f"wrote {CONFIDENCE_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
