"""Score kgraph's named mentions and their types against CoNLL++ dev (Reuters news, 1996).

Each -DOCSTART- block is one article; each sentence is put on a paragraph of its own (many CoNLL
"sentences" are table rows: squad lists, results). A predicted name mention counts as right when its
characters and its type (Person -> PER, Organization -> ORG, Place -> LOC) match a gold span exactly;
kgraph has no MISC type, so gold MISC spans are left out of recall, and a prediction on a MISC span
counts as wrong.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "conllpp-dev" / "conllpp_dev.txt"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kgraph.types import Article, DocFacts  # noqa: E402

TYPES = {"Person": "PER", "Organization": "ORG", "Place": "LOC"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "%", "'s", "'", "n't", "?", "!", "'re", "'ve",
                    "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}

Span = tuple[int, int]


@dataclass
class GoldDoc:
    article: Article
    spans: dict[Span, str]  # gold entity spans -> PER/ORG/LOC/MISC


def _sentence_text(tokens: list[str], pos: int) -> tuple[str, list[Span]]:
    parts: list[str] = []
    offsets: list[Span] = []
    prev = ""
    open_quote = False
    for tok in tokens:
        space = bool(parts) and tok not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER
        if tok == '"':
            if open_quote:
                space = False
            open_quote = not open_quote
        elif prev == '"' and open_quote:
            space = False
        if space:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(parts), offsets


def read_documents(path: Path) -> list[GoldDoc]:
    """The articles of a CoNLL-2003 style file with their gold entity spans (IOB2 or IOB1)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text("utf-8").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            if sent:
                docs[-1].append(sent)
                sent = []
            docs.append([])
            continue
        if not line.strip():
            if sent and docs:
                docs[-1].append(sent)
            sent = []
            continue
        parts = line.split()
        sent.append((parts[0], parts[-1]))
    out = []
    for n, sents in enumerate(docs):
        if not sents:
            continue
        texts: list[str] = []
        spans: dict[Span, str] = {}
        pos = 0
        for sent in sents:
            if texts:
                pos += 2  # "\n\n"
            text, offsets = _sentence_text([w for w, _ in sent], pos)
            texts.append(text)
            pos += len(text)
            start: int | None = None
            label = ""
            for k, (_, tag) in enumerate([*sent, ("", "O")]):
                inside = tag[2:] if tag[:2] in ("I-", "B-") else ""
                begins = tag.startswith("B-") or (inside and inside != label)
                if start is not None and (not inside or begins):
                    spans[(offsets[start][0], offsets[k - 1][1])] = label
                    start = None
                if inside and start is None:
                    start, label = k, inside
        text = "\n\n".join(texts)
        out.append(GoldDoc(Article(f"conll-{n}", text, str(path), title=texts[0]), spans))
    return out


@dataclass
class Tally:
    predicted: Counter[str]
    gold: Counter[str]
    right: Counter[str]
    span_right: int = 0  # predicted spans on a gold span of any type


def score(golds: list[GoldDoc], facts: list[DocFacts]) -> Tally:
    tally = Tally(Counter(), Counter(), Counter())
    for gold, f in zip(golds, facts, strict=True):
        types = {e.key: TYPES[e.type] for e in f.entities if e.type in TYPES}
        for label in gold.spans.values():
            if label != "MISC":
                tally.gold[label] += 1
        for m in f.mentions:
            if m.kind != "name" or m.entity not in types:
                continue
            label = types[m.entity]
            tally.predicted[label] += 1
            found = gold.spans.get((m.start, m.end))
            if found is not None:
                tally.span_right += 1
            if found == label:
                tally.right[label] += 1
    return tally


def _prf(right: int, predicted: int, gold: int) -> str:
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} | {r:.3f} | {f:.3f}"


def table(tally: Tally) -> list[str]:
    lines = ["| type | predicted | gold | right | P | R | F1 |", "|---|---|---|---|---|---|---|"]
    for label in ("PER", "ORG", "LOC"):
        lines.append(f"| {label} | {tally.predicted[label]} | {tally.gold[label]} | {tally.right[label]} | "
                     + _prf(tally.right[label], tally.predicted[label], tally.gold[label]) + " |")
    p, g, r = (sum(c.values()) for c in (tally.predicted, tally.gold, tally.right))
    lines.append(f"| all three | {p} | {g} | {r} | " + _prf(r, p, g) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)
    import corpora

    started = time.perf_counter()
    golds = read_documents(Path(args.data))
    facts = corpora.extracted("conll", [g.article for g in golds], args.model)
    tally = score(golds, facts)
    print(f"CoNLL++ dev: {len(golds)} articles, model {corpora.model_name(args.model)}, "
          f"{time.perf_counter() - started:.0f} s\n")
    print("\n".join(table(tally)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
