"""Benchmark quotation extraction and speaker attribution on PolNeAR dev (brat standoff)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "polnear-dev"
QUOTE_MARKS = "\"“”‘’'"

Span = tuple[int, int]


@dataclass(frozen=True)
class GoldAttribution:
    content: tuple[Span, ...]
    source: tuple[Span, ...]  # empty for attributions with no source
    direct: bool


def parse_spans(field: str) -> tuple[Span, ...]:
    """'12 30;41 50' -> ((12, 30), (41, 50))."""
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    """The attribution relations of one brat .ann file."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, parse_spans(where))
        elif line.startswith("E") and len(parts) >= 2:
            args = dict(a.split(":", 1) for a in parts[1].split()[1:] if ":" in a)
            relations.append(args)
    gold = []
    for rel in relations:
        if "Content" not in rel or rel["Content"] not in spans:
            continue
        content = spans[rel["Content"]][1]
        source = spans[rel["Source"]][1] if rel.get("Source") in spans else ()
        first = text[content[0][0]:content[0][1]].lstrip()
        gold.append(GoldAttribution(content, source, first[:1] in QUOTE_MARKS))
    return gold


def overlaps(a: Iterable[Span], b: Iterable[Span]) -> bool:
    b = list(b)
    return any(s < be and bs < e for s, e in a for bs, be in b)


@dataclass
class Tally:
    predicted: int = 0
    correct_predicted: int = 0  # predictions overlapping some gold content
    gold: int = 0
    found_gold: int = 0  # gold contents overlapped by some prediction
    speaker_total: int = 0
    speaker_right: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.correct_predicted / self.predicted if self.predicted else 0.0
        r = self.found_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 0.0


def speaker_right(quote, gold: GoldAttribution, facts) -> bool:  # type: ignore[no-untyped-def]
    """Our speaker words overlap the gold source, or our speaker entity is mentioned there."""
    if not gold.source:
        return quote.speaker is None and quote.speaker_span is None
    if quote.speaker_span is not None and overlaps([tuple(quote.speaker_span)], gold.source):
        return True
    if quote.speaker is None:
        return False
    return any(m.entity == quote.speaker and overlaps([(m.start, m.end)], gold.source)
               for m in facts.mentions)


def score(quotes, gold: list[GoldAttribution], facts, tally: Tally,  # type: ignore[no-untyped-def]
          direct_only: bool) -> None:
    golds = [g for g in gold if g.direct] if direct_only else gold
    preds = [q for q in quotes if q.kind == "direct"] if direct_only else list(quotes)
    tally.gold += len(golds)
    tally.predicted += len(preds)
    tally.found_gold += sum(1 for g in golds if any(overlaps(q.spans, g.content) for q in preds))
    for q in preds:
        matches = [g for g in golds if overlaps(q.spans, g.content)]
        if not matches:
            continue
        tally.correct_predicted += 1
        best = max(matches, key=lambda g: _overlap_size(q.spans, g.content))
        tally.speaker_total += 1
        tally.speaker_right += speaker_right(q, best, facts)


def _overlap_size(a: Iterable[Span], b: Iterable[Span]) -> int:
    b = list(b)
    return sum(max(0, min(e, be) - max(s, bs)) for s, e in a for bs, be in b)


def articles(data: Path) -> list[tuple[str, Path, Path]]:
    """(name, text path, first annotator's .ann path) for each dev article."""
    out = []
    for txt in sorted((data / "text").glob("*.txt")):
        anns = sorted((data / "attributions").glob(txt.stem + "_*.ann"))
        if anns:
            out.append((txt.stem, txt, anns[0]))
    return out


def run(data: Path, limit: int | None, verbose: bool, wrong: bool = False) -> dict[str, Tally]:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpora

    from kgraph.extract import extract

    tallies = {"direct": Tally(), "all": Tally()}
    anns = {name: ann for name, _, ann in articles(data)}
    arts = [a for a in corpora.polnear(data) if a.id in anns][:limit]
    for article, doc in corpora.parsed("polnear", arts):  # parses cached in benchmarks/.cache
        text = article.text
        gold = read_ann(anns[article.id], text)
        facts = extract(doc, article)  # type: ignore[arg-type]
        score(facts.quotes, gold, facts, tallies["direct"], direct_only=True)
        score(facts.quotes, gold, facts, tallies["all"], direct_only=False)
        if verbose:
            _show(article.id, text, facts, gold)
        if wrong:
            _show_wrong(article.id, text, facts, gold)
    return tallies


def _show_wrong(name: str, text: str, facts, gold: list[GoldAttribution]) -> None:  # type: ignore[no-untyped-def]
    """Quotes that match gold content but not its source: our speaker words, then the gold's."""
    names = {e.key: e.name for e in facts.entities}
    for q in facts.quotes:
        matches = [g for g in gold if overlaps(q.spans, g.content)]
        if not matches:
            continue
        best = max(matches, key=lambda g: _overlap_size(q.spans, g.content))
        if speaker_right(q, best, facts):
            continue
        gold_who = " / ".join(text[s:e] for s, e in best.source) or "(none)"
        ours = f"{q.speaker_text or '-'} = {names.get(q.speaker or '', '-')}"
        print(f"{name[:40]} {q.kind[:3]} {q.rule}: ours [{ours}] gold [{gold_who}] {q.text[:70]!r}")


def _show(name: str, text: str, facts, gold: list[GoldAttribution]) -> None:  # type: ignore[no-untyped-def]
    print(f"== {name}")
    for q in facts.quotes:
        hit = any(overlaps(q.spans, g.content) for g in gold)
        who = q.speaker_text or "-"
        print(f"  {'+' if hit else '!'} {q.kind[:3]} [{who}] {q.text[:90]!r}")
    for g in gold:
        if not any(overlaps(q.spans, g.content) for q in facts.quotes):
            s, e = g.content[0]
            print(f"  - {'dir' if g.direct else 'ind'} {text[s:e][:100]!r}")


def table(tallies: dict[str, Tally]) -> str:
    rows = ["| measure | precision | recall | F1 | speaker accuracy | gold | predicted |",
            "|---|---|---|---|---|---|---|"]
    for label, key in (("direct quotes", "direct"), ("all attributions", "all")):
        t = tallies[key]
        p, r, f = t.prf()
        rows.append(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {t.speaker_accuracy():.3f} "
                    f"({t.speaker_right}/{t.speaker_total}) | {t.gold} | {t.predicted} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA,
                        help="PolNeAR dev folder with text/ and attributions/ (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print each article's quotes (+ hit, ! miss) and missed gold (-)")
    parser.add_argument("-w", "--wrong", action="store_true",
                        help="list the quotes whose speaker is wrong (ours, then the gold source)")
    args = parser.parse_args(argv)
    if not (args.data / "text").is_dir():
        parser.error(f"{args.data} has no text/ folder; pass the PolNeAR dev folder")
    started = time.perf_counter()
    tallies = run(args.data, args.limit, args.verbose, args.wrong)
    print(table(tallies))
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
