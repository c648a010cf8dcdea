"""Incremental store updates on BBC News: adding 10 articles to a store of 2,000 vs building those 10 alone.

1. ``kgraph build FIRST_2000 --store BASE -q -j JOBS`` (not timed for the comparison, reported);
2. ``kgraph build NEXT_10 --store COPY_OF_BASE -q`` (the incremental add, timed; a fresh copy of BASE
   for each repeat);
3. ``kgraph build NEXT_10 --store EMPTY -q`` (the same 10 articles into a new store, timed).

Each is a fresh ``kgraph`` process, so both timed runs pay the same start-up and model load. The
target (issue 5) is add <= 2x alone. With ``--profile`` (py-spy, ``pip install -e '.[bench]'``) the
add is profiled once and the time is broken down by stage.

    python benchmarks/incremental.py                # writes benchmarks/results/incremental.md
"""

from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_DATA, ROOT, corpus, machine, pyspy_samples, versions  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "incremental.md"
KGRAPH = [sys.executable, "-m", "kgraph.cli", "build"]

# Stages of a store update, first match from the stack's root wins.
STAGES = [
    ("spaCy parse", re.compile(r"Language\.pipe|Language\.__call__")),
    ("extraction", re.compile(r"kgraph/extract/")),
    ("model load", re.compile(r"load_model \(kgraph/nlp")),
    ("store: status() per article (reads manifest.json)", re.compile(r"GraphStore\.status|unseen")),
    ("store: reading links.jsonl (every article's DocLinks and relations)", re.compile(r"GraphStore\._stored")),
    ("store: reading the full facts of relinked articles", re.compile(r"GraphStore\.facts")),
    ("store: relinking the whole store (link_docs)", re.compile(r"\blink_docs \(kgraph/link")),
    ("store: RocksDB backup of the last generation", re.compile(r"Store\.backup|backup \(")),
    ("store: quads for the direct layer + new graphs (bulk_extend)", re.compile(r"bulk_extend|_quads \(kgraph/store")),
    ("store: writing the batch's facts, links.jsonl and manifest", re.compile(r"_write_generation")),
    ("store: other update work", re.compile(r"GraphStore\.update")),
    ("imports at start-up", re.compile(r"<frozen importlib")),
]


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:6])} ... failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return seconds, proc.stderr


def summary(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if " articles (" in line]
    return lines[-1].split(" -> ")[0] if lines else ""


def profile(cmd: list[str], raw: Path, added: int) -> str:
    if shutil.which("py-spy") is None:
        return "(py-spy is not installed: pip install -e '.[bench]')\n"
    subprocess.run(["py-spy", "record", "-r", "100", "-f", "raw", "-o", str(raw), "--", *cmd],
                   capture_output=True, cwd=ROOT, check=False)
    stages: collections.Counter[str] = collections.Counter()
    funcs: collections.Counter[str] = collections.Counter()
    total = 0
    for frames, n in pyspy_samples(raw):
        total += n
        stage = next((name for name, pat in STAGES if any(pat.search(f) for f in frames)), "other")
        stages[stage] += n
        for f in set(frames):
            if "(kgraph/" in f or "pyoxigraph" in f or f.startswith(("Store.", "loads ", "JSONDecoder")):
                funcs[re.sub(r":\d+\)$", ")", f)] += n
    out = [f"py-spy, 100 Hz, {total} samples ({total / 100:.1f} s) for the add of {added} articles:", "",
           "| stage | share | seconds |", "|---|---:|---:|"]
    out += [f"| {name} | {n / total:.1%} | {n / 100:.1f} |" for name, n in stages.most_common()]
    out += ["", "Heaviest functions (inclusive):", "", "| function | share |", "|---|---:|"]
    seen: set[str] = set()
    for name, n in funcs.most_common(80):
        key = name.split(" (")[0]
        if key in seen or key.startswith(("<module>", "main", "build_command", "Command.", "Context.")):
            continue
        seen.add(key)
        out.append(f"| `{name}` | {n / total:.1%} |")
        if len(seen) >= 20:
            break
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--base", type=int, default=2000, help="articles in the existing store")
    parser.add_argument("--add", type=int, default=10, help="articles added")
    parser.add_argument("--jobs", type=int, default=2, help="workers for building the base store")
    parser.add_argument("--repeat", type=int, default=2, help="timed repeats of each of the two runs")
    parser.add_argument("--profile", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("-o", "--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    files = corpus(args.data)
    if len(files) < args.base + args.add:
        raise SystemExit(f"{args.data}: {len(files)} articles, fewer than {args.base} + {args.add}")
    base_files = [str(f) for f in files[:args.base]]
    new_files = [str(f) for f in files[args.base:args.base + args.add]]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kgraph-incr-") as tmp:
        work = Path(tmp)
        base = work / "base"
        base_seconds, base_err = timed(KGRAPH + base_files + ["--store", str(base), "-j", str(args.jobs)])
        print(f"base store of {args.base}: {base_seconds:.1f} s  {summary(base_err)}", flush=True)
        adds, alones = [], []
        add_summary = alone_summary = ""
        for r in range(args.repeat):
            trial = work / f"trial-{r}"
            shutil.copytree(base, trial, symlinks=True)
            seconds, err = timed(KGRAPH + new_files + ["--store", str(trial)])
            adds.append(seconds)
            add_summary = summary(err)
            shutil.rmtree(trial)
            fresh = work / f"fresh-{r}"
            seconds, err = timed(KGRAPH + new_files + ["--store", str(fresh)])
            alones.append(seconds)
            alone_summary = summary(err)
            shutil.rmtree(fresh)
            print(f"repeat {r + 1}: add {adds[-1]:.1f} s, alone {alones[-1]:.1f} s", flush=True)
        prof = ""
        if args.profile:
            trial = work / "trial-profile"
            shutil.copytree(base, trial, symlinks=True)
            prof = profile(KGRAPH + new_files + ["--store", str(trial)], work / "profile.txt", args.add)
            print(prof)
    add, alone = min(adds), min(alones)
    ratio = add / alone
    verdict = "meets" if ratio <= 2 else "misses"
    text = [
        "# Incremental add to a store (issue 5)", "",
        f"- date: {date.today().isoformat()}",
        f"- machine: {machine()}",
        f"- software: {versions(None)}",
        f"- corpus: {args.data.name}, first {args.base} articles (topics interleaved) in the store, "
        f"the next {args.add} added",
        f"- command: `python benchmarks/incremental.py {' '.join(sys.argv[1:])}`"
        + f" ({(time.perf_counter() - started) / 60:.1f} min in all)",
        "",
        "Every time is the wall time of a whole `kgraph build ... --store DIR -q` process (start-up and "
        f"model load included), best of {args.repeat}.", "",
        "| run | seconds | all repeats | what kgraph said |", "|---|---:|---|---|",
        f"| build the base store ({args.base} articles, `-j {args.jobs}`) | {base_seconds:.1f} | | "
        f"{summary(base_err)} |",
        f"| add {args.add} articles to it | {add:.1f} | {', '.join(f'{x:.1f}' for x in adds)} | {add_summary} |",
        f"| the same {args.add} articles into a new store | {alone:.1f} | {', '.join(f'{x:.1f}' for x in alones)} "
        f"| {alone_summary} |",
        "",
        f"**add / alone = {ratio:.2f}** ({verdict} the target of 2x).", "",
    ]
    if prof:
        text += ["## Where the add's time goes", "", prof]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(text), encoding="utf-8")
    print(f"add {add:.1f} s, alone {alone:.1f} s, ratio {ratio:.2f}; wrote {args.output}")


if __name__ == "__main__":
    main()
