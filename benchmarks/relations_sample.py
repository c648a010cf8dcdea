"""List the nationality, membership and employment facts kgraph finds in a fixed sample of BBC
News articles, for a hand check of precision on news (Re-DocRED is Wikipedia).

    python benchmarks/relations_sample.py -o after.json              # facts of this checkout
    python benchmarks/relations_sample.py -o after.json --compare before.json
                                                                      # and what changed

Run it on two checkouts (the script imports the kgraph next to it) and compare: the new and
the lost facts are printed with their evidence, to be read one by one.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "bbc-news"
PREDICATES = ("nationality", "memberOf", "worksFor")
sys.path.insert(0, str(ROOT))


def sample(corpus: Path, n: int, seed: int) -> list[Path]:
    files = sorted(corpus.glob("*/*.txt"))
    random.Random(seed).shuffle(files)
    return files[:n]


def facts_of(files: list[Path], corpus: Path, model: str | None) -> list[dict[str, str]]:
    from kgraph.extract import extract
    from kgraph.nlp import load_model
    from kgraph.types import Article

    nlp = load_model(model)
    texts = [f.read_text("latin-1") for f in files]  # one BBC file is not UTF-8
    out = []
    for f, text, doc in zip(files, texts, nlp.pipe(texts, batch_size=32), strict=True):
        facts = extract(doc, Article(str(f), text, str(f)))
        for r in facts.relations:
            if r.predicate in PREDICATES and r.object:
                out.append({"article": str(f.relative_to(corpus)),
                            "subject": facts.entity(r.subject).name, "predicate": r.predicate,
                            "object": facts.entity(r.object).name,
                            "evidence": " ".join(text[r.evidence[0]:r.evidence[1]].split())})
    return out


def _key(f: dict[str, str]) -> tuple[str, str, str, str]:
    return f["article"], f["subject"], f["predicate"], f["object"]


def compare(before: list[dict[str, str]], after: list[dict[str, str]]) -> list[str]:
    old, new = {_key(f): f for f in before}, {_key(f): f for f in after}
    lines = [f"{len(new)} facts now, {len(old)} before: {len(new.keys() - old.keys())} new, "
             f"{len(old.keys() - new.keys())} gone"]
    for sign, keys, facts in (("+", new.keys() - old.keys(), new), ("-", old.keys() - new.keys(), old)):
        for k in sorted(keys):
            f = facts[k]
            lines.append(f"{sign} {f['article']}: {f['subject']} {f['predicate']} {f['object']}"
                         f" | {f['evidence'][:160]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="BBC News folder")
    parser.add_argument("-n", type=int, default=400, help="articles in the sample")
    parser.add_argument("--seed", type=int, default=3, help="seed of the sample")
    parser.add_argument("--model", default=None, help="spaCy model name or path")
    parser.add_argument("-o", "--output", required=True, help="JSON file for the facts found")
    parser.add_argument("--compare", help="facts of another checkout (JSON from this script)")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    found = facts_of(sample(corpus, args.n, args.seed), corpus, args.model)
    Path(args.output).write_text(json.dumps(found, ensure_ascii=False, indent=0), "utf-8")
    print(f"{len(found)} facts written to {args.output}")
    if args.compare:
        print("\n".join(compare(json.loads(Path(args.compare).read_text("utf-8")), found)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
