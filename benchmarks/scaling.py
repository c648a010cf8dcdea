"""Does every stage's cost grow linearly with the size of one document?

    python benchmarks/scaling.py                   # 50k .. 1.6M characters, both texts
    python benchmarks/scaling.py --max 400000      # a shorter series

Two texts are doubled from 50,000 to 1,600,000 characters: varied news (BBC articles one after
another, as one long document) and one repeated paragraph (the worst case for per-name work: the
same names again and again, as in a transcript or a live blog). Each stage is timed on its own:
the parse (kgraph's pipeline, long texts in 100k pieces), entities, coreference, quotes,
relations, events, counts, linking (the document's DocFacts linked alone) and writing (its quads
serialised as N-Quads). A stage is linear when its time per character stays flat as the text
doubles; the table gives microseconds per character and, per stage, the ratio of the largest
text's to the smallest's. Results: benchmarks/results/scaling.md.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402

STAGES = ("parse", "entities", "coreference", "quotes", "relations", "events", "counts", "linking", "writing")
REPEATED = ("Minister Kofi Mensah met Chancellor Ingrid Berg in Oslo on Tuesday. \"We agreed on the "
            "port,\" Mensah said, and Berg, 52, told reporters that 40 workers had been hurt.\n\n")


def texts(limit: int) -> dict[str, str]:
    news = []
    size = 0
    for path in sorted((corpora.SHARED / "bbc-news").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        news.append(text)
        size += len(text)
        if size >= limit:
            break
    repeated = REPEATED * (limit // len(REPEATED) + 1)
    return {"news": "\n\n".join(news)[:limit], "repeated": repeated[:limit]}


def time_stages(text: str) -> dict[str, float]:
    from kgraph.extract.context import DocContext
    from kgraph.extract.coref import resolve_references
    from kgraph.extract.counts import extract_counts
    from kgraph.extract.entities import extract_entities
    from kgraph.extract.events import extract_events
    from kgraph.extract.quotes import extract_quotes
    from kgraph.extract.relations import extract_relations
    from kgraph.iri import Minter
    from kgraph.link import link
    from kgraph.nlp import parse_texts
    from kgraph.rdf import graph_quads, write_rdf
    from kgraph.types import Article, DocFacts

    out: dict[str, float] = {}
    nlp = corpora.nlp()
    article = Article("scaling", text, "scaling")
    t = time.perf_counter()
    doc = parse_texts(nlp, [text])[0]  # type: ignore[arg-type]
    out["parse"] = time.perf_counter() - t
    t = time.perf_counter()
    entities, mentions = extract_entities(doc)
    out["entities"] = time.perf_counter() - t
    ctx = DocContext(doc, article, tuple(entities), tuple(mentions))
    t = time.perf_counter()
    ctx = ctx.with_mentions(resolve_references(ctx))
    out["coreference"] = time.perf_counter() - t
    records = {}
    for name, run in (("quotes", extract_quotes), ("relations", extract_relations),
                      ("events", extract_events), ("counts", extract_counts)):
        t = time.perf_counter()
        records[name] = tuple(run(ctx))
        out[name] = time.perf_counter() - t
    facts = DocFacts(article=article, entities=ctx.entities,
                     mentions=tuple(sorted(ctx.mentions, key=lambda m: (m.start, m.end))),
                     sentences=tuple((s.start_char, s.end_char) for s in doc.sents), **records)
    t = time.perf_counter()
    graph = link([facts])
    out["linking"] = time.perf_counter() - t
    t = time.perf_counter()
    tmp = ROOT / "benchmarks" / ".cache" / "scaling.nq"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    write_rdf(graph_quads(graph, Minter()), tmp, "nquads")
    out["writing"] = time.perf_counter() - t
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min", type=int, default=50_000)
    ap.add_argument("--max", type=int, default=1_600_000)
    args = ap.parse_args(argv)
    sizes = []
    n = args.min
    while n <= args.max:
        sizes.append(n)
        n *= 2
    all_texts = texts(sizes[-1])
    time_stages(all_texts["news"][:20_000])  # tables and caches load on first use: not measured
    rows: dict[tuple[str, int], dict[str, float]] = {}
    for kind, full in all_texts.items():
        for size in sizes:
            rows[(kind, size)] = time_stages(full[:size])
            print(kind, size, {k: round(v, 2) for k, v in rows[(kind, size)].items()}, flush=True)
    buf = io.StringIO()
    buf.write(f"# Scaling with the size of one document\n\nModel {corpora.model_name()}; "
              "`python benchmarks/scaling.py`. Microseconds per character of each stage; the last "
              "column of each text is the largest text's time per character over the smallest's "
              "(1.0: linear).\n\n")
    for kind in all_texts:
        buf.write(f"## {kind}\n\n| stage | " + " | ".join(f"{s:,}" for s in sizes) + " | ratio |\n")
        buf.write("|---|" + "---|" * (len(sizes) + 1) + "\n")
        for stage in STAGES:
            per = [rows[(kind, s)][stage] / s * 1e6 for s in sizes]
            ratio = per[-1] / per[0] if per[0] else float("nan")
            buf.write(f"| {stage} | " + " | ".join(f"{p:.2f}" for p in per) + f" | {ratio:.2f} |\n")
        parse = [rows[(kind, s)]["parse"] for s in sizes]
        rest = [sum(v for k, v in rows[(kind, s)].items() if k != "parse") for s in sizes]
        buf.write("| all but the parse, over the parse | "
                  + " | ".join(f"{r / p:.2f}" for r, p in zip(rest, parse, strict=True)) + " | |\n\n")
    out = ROOT / "benchmarks" / "results" / "scaling.md"
    out.write_text(buf.getvalue(), encoding="utf-8")
    print(buf.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
