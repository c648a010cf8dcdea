"""Throughput and memory of kgraph on the BBC News corpus, against spaCy's own speed.

For each N (default 200, 500 and 2,225 articles), in one run, each in a fresh process:

  (a) bare ``nlp.pipe`` over the same cleaned texts, same model as spaCy ships it (kgraph's
      paragraph component removed), same batch size; only the pipe is timed (reading and loading
      the model are not);
  (b) ``kgraph build FILES -o DIR -q`` end to end to TriG on disk (wall time of the whole command);
  (c) the same with ``--jobs 2``;
  (d) the same with ``--engine dask --jobs 2`` (a LocalCluster of 2 one-thread worker processes).

Peak RSS is the largest sum of resident memory over the process and all its children (pool and
Dask workers included), sampled every 0.1 s with psutil; the largest single process is shown too.

    python benchmarks/throughput.py                       # writes benchmarks/results/throughput.md
    python benchmarks/throughput.py -n 200 --modes a,b    # a quick look
    python benchmarks/throughput.py --profile-only        # only the py-spy profile of (b) at N=500

The profile of (b) needs py-spy (``pip install -e '.[bench]'``); the benchmark itself needs psutil.
The corpus is read from ../shared/benchmarks/bbc-news and never copied.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "bbc-news"
RESULTS = ROOT / "benchmarks" / "results" / "throughput.md"
MODES = {"a": "bare nlp.pipe", "b": "kgraph build", "c": "kgraph build -j 2", "d": "kgraph build --engine dask -j 2"}

# (a) runs in its own process: read the texts as kgraph does, load the model, time only the pipe.
BARE = r"""
import json, sys, time
from kgraph.io.readers import load_articles
from kgraph.nlp import load_model
files = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if l]
texts = [a.text for a in load_articles(files, on_error=lambda e: None)]
nlp = load_model(sys.argv[3] or None)
nlp.remove_pipe("kgraph_paragraphs")  # the model as spaCy ships it: kgraph's own step counts as kgraph's
start = time.perf_counter()
tokens = 0
for doc in nlp.pipe(texts, batch_size=int(sys.argv[2])):
    tokens += len(doc)
print(json.dumps({"seconds": time.perf_counter() - start, "tokens": tokens, "articles": len(texts)}))
"""



@dataclass
class Run:
    mode: str
    n: int
    seconds: float
    peak_rss: int  # bytes, process tree
    peak_single: int  # bytes, largest one process
    tokens: int = 0
    output_bytes: int = 0
    returncode: int = 0
    failures: list[str] = field(default_factory=list)
    cpu_seconds: float = 0.0  # user + system, the whole process tree
    load: float = 0.0  # 1-minute load average when the run started (other work on the machine)

    @property
    def articles_per_s(self) -> float:
        return self.n / self.seconds


def corpus(data: Path) -> list[Path]:
    """All articles, topics interleaved (business, entertainment, politics, sport, tech, business...),
    so that every prefix mixes the five topics."""
    folders = sorted(p for p in data.iterdir() if p.is_dir())
    lists = [sorted(f.glob("*.txt")) for f in folders]
    out: list[Path] = []
    for row in range(max(len(x) for x in lists)):
        out.extend(x[row] for x in lists if row < len(x))
    return out


def measure(cmd: list[str], env: dict[str, str] | None = None,
            interval: float = 0.1) -> tuple[float, int, int, int, str, str, float, float]:
    """Run ``cmd``; wall seconds, peak RSS of its process tree, largest single RSS, exit code, out, err,
    CPU seconds of the tree, load average at the start."""
    import resource

    import psutil

    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        root = psutil.Process(proc.pid)
        peak = single = 0
        while proc.poll() is None:
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                procs = []
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                single = max(single, rss)
            peak = max(peak, total)
            time.sleep(interval)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        out.seek(0)
        err.seek(0)
        return seconds, peak, single, proc.returncode, out.read(), err.read(), cpu, load


KGRAPH_BUILD = [sys.executable, "-m", "kgraph.cli", "build"]


def run_mode(mode: str, files: list[Path], args: argparse.Namespace, work: Path) -> Run:
    n = len(files)
    listing = work / f"files-{n}.txt"
    listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
    if mode == "a":
        seconds, peak, single, rc, out, err, cpu, load = measure(
            [sys.executable, "-c", BARE, str(listing), str(args.batch_size), args.model or ""])
        if rc != 0:
            raise SystemExit(f"bare nlp.pipe failed:\n{err}")
        found = json.loads(out.strip().splitlines()[-1])
        return Run("a", n, found["seconds"], peak, single, tokens=found["tokens"], cpu_seconds=cpu, load=load)
    outdir = work / f"out-{mode}-{n}"
    shutil.rmtree(outdir, ignore_errors=True)
    cmd = KGRAPH_BUILD + [str(f) for f in files] + [
        "-o", str(outdir), "-q", "--batch-size", str(args.batch_size)]
    if args.model:
        cmd += ["--model", args.model]
    if mode in ("c", "d"):
        cmd += ["--jobs", str(args.jobs)]
    if mode == "d":
        cmd += ["--engine", "dask"]
    seconds, peak, single, rc, out, err, cpu, load = measure(cmd)
    failures = [line for line in err.splitlines() if line.startswith("kgraph: skipped")]
    if rc not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])} ... failed ({rc}):\n{err[-3000:]}")
    trig = outdir / "graph.trig"
    size = trig.stat().st_size if trig.exists() else 0
    shutil.rmtree(outdir, ignore_errors=True)
    return Run(mode, n, seconds, peak, single, output_bytes=size, returncode=rc, failures=failures,
               cpu_seconds=cpu, load=load)


# -- profile --------------------------------------------------------------------------------

# Where a sample's time goes: the first of these found walking the stack from the root.
CATEGORIES = [
    ("spaCy parse (nlp.pipe)", re.compile(r"Language\.pipe|Language\.__call__")),
    ("kgraph extraction (kgraph/extract)", re.compile(r"kgraph/extract/")),
    ("model load", re.compile(r"load_model \(kgraph/nlp")),
    ("reading and cleaning (kgraph/io/readers, clean)", re.compile(r"kgraph/io/(readers|clean)")),
    ("linking (kgraph/link.py)", re.compile(r"\blink \(kgraph/link")),
    ("RDF: quads and TriG writing (kgraph/rdf.py)", re.compile(r"write_rdf|graph_quads")),
    ("imports at start-up", re.compile(r"<frozen importlib")),
]


def pyspy_samples(raw: Path) -> Iterator[tuple[list[str], int]]:
    """The stacks of a py-spy raw profile (paths cut down to the package) with their sample counts."""
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.strip():
            stack, count = line.rsplit(" ", 1)
            yield [re.sub(r" \(/.*?/(site-packages|lib/python3\.\d+|main)/", " (", f)
                   for f in stack.split(";")], int(count)


def profile(files: list[Path], args: argparse.Namespace, work: Path) -> str:
    """py-spy profile of (b); a summary by stage and the heaviest kgraph functions beyond spaCy."""
    if shutil.which("py-spy") is None:
        return "(py-spy is not installed: pip install -e '.[bench]')\n"
    raw = work / "profile.txt"
    outdir = work / "out-profile"
    cmd = ["py-spy", "record", "-r", "100", "-f", "raw", "-o", str(raw), "--",
           sys.executable, "-m", "kgraph.cli", "build", *map(str, files), "-o", str(outdir), "-q",
           "--batch-size", str(args.batch_size)]
    subprocess.run(cmd, check=False, capture_output=True, cwd=ROOT)
    shutil.rmtree(outdir, ignore_errors=True)
    stages: collections.Counter[str] = collections.Counter()
    funcs: collections.Counter[str] = collections.Counter()
    total = 0
    for frames, n in pyspy_samples(raw):
        total += n
        stage = next((name for name, pat in CATEGORIES if any(pat.search(f) for f in frames)), "other")
        stages[stage] += n
        if stage != "spaCy parse (nlp.pipe)":
            for f in set(frames):
                if "(kgraph/" in f and not f.startswith(("<module>", "main ", "build ", "build_command")):
                    funcs[re.sub(r":\d+\)$", ")", f)] += n
    lines = [f"py-spy, 100 Hz, {total} samples ({total / 100:.1f} s of samples) for "
             f"`kgraph build` of N={len(files)} (serial):", "",
             "| where | share of samples | seconds |", "|---|---:|---:|"]
    for name, n in stages.most_common():
        lines.append(f"| {name} | {n / total:.1%} | {n / 100:.1f} |")
    lines += ["", "Heaviest kgraph functions outside the parse (inclusive, samples can count in several rows):", "",
              "| function | share of all samples |", "|---|---:|"]
    seen = set()
    for name, n in funcs.most_common(60):
        key = name.split(" (")[0]
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"| `{name}` | {n / total:.1%} |")
        if len(seen) >= 25:
            break
    return "\n".join(lines) + "\n"


# -- report ---------------------------------------------------------------------------------

def machine() -> str:
    import psutil

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} CPUs ({cpu}), {psutil.virtual_memory().total / 2**30:.1f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def versions(model: str | None) -> str:
    out = subprocess.run([sys.executable, "-c", "import sys\nfrom kgraph.pipeline import software_description\n"
                          "print(software_description(sys.argv[1] or None))", model or ""],
                         capture_output=True, text=True, cwd=ROOT)
    return out.stdout.strip() or out.stderr.strip()[-200:]


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f}"


def table(runs: list[Run]) -> str:
    by = {(r.mode, r.n): r for r in runs}
    lines = ["| N | run | seconds | articles/s | tokens/s | vs (a) | CPU s | load avg | peak RSS MB (tree) "
             "| largest process MB | TriG MB |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sorted({r.n for r in runs}):
        tokens = by[("a", n)].tokens if ("a", n) in by else 0
        for mode in MODES:
            r = by.get((mode, n))
            if r is None:
                continue
            a = by.get(("a", n))
            ratio = f"{r.articles_per_s / a.articles_per_s:.2f}" if a and mode != "a" else ""
            tok = f"{tokens / r.seconds:,.0f}" if tokens else ""
            size = f"{r.output_bytes / 2**20:.1f}" if r.output_bytes else ""
            lines.append(f"| {n} | ({mode}) {MODES[mode]} | {r.seconds:.1f} | {r.articles_per_s:.1f} | {tok} | "
                         f"{ratio} | {r.cpu_seconds:.0f} | {r.load:.1f} | {mb(r.peak_rss)} | {mb(r.peak_single)} | {size} |")
    lines += ["", "| N | (b)/(a) | (c) speed-up over (b) | (d) time / (c) time | failed sources (b) |",
              "|---:|---:|---:|---:|---|"]
    for n in sorted({r.n for r in runs}):
        a, b, c, d = (by.get((m, n)) for m in "abcd")
        ba = f"{b.articles_per_s / a.articles_per_s:.2f}" if a and b else ""
        cb = f"{b.seconds / c.seconds:.2f}x" if b and c else ""
        dc = f"{d.seconds / c.seconds:.2f}" if c and d else ""
        fails = "; ".join(f.removeprefix("kgraph: skipped ") for f in b.failures) if b and b.failures else "none"
        lines.append(f"| {n} | {ba} | {cb} | {dc} | {fails} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="BBC News folder (five topic folders)")
    parser.add_argument("-n", "--sizes", default="200,500,2225", help="comma-separated article counts")
    parser.add_argument("--modes", default="a,b,c,d", help="which runs: a (bare), b (build), c (-j 2), d (dask)")
    parser.add_argument("--batch-size", type=int, default=None, help="default: kgraph's own")
    parser.add_argument("--jobs", type=int, default=2, help="workers for (c) and (d)")
    parser.add_argument("--model", default=None, help="spaCy model (default: kgraph's)")
    parser.add_argument("--profile-n", type=int, default=500, help="profile (b) at this N (0: no profile)")
    parser.add_argument("--profile-only", action="store_true", help="only the profile")
    parser.add_argument("-o", "--output", type=Path, default=RESULTS, help="results file (markdown)")
    args = parser.parse_args()
    if args.batch_size is None:
        from kgraph.engines import DEFAULT_BATCH_SIZE

        args.batch_size = DEFAULT_BATCH_SIZE
    if not args.data.is_dir():
        raise SystemExit(f"{args.data}: no such folder (the BBC News corpus)")
    files = corpus(args.data)
    sizes = [min(int(x), len(files)) for x in args.sizes.split(",") if x]
    modes = [m for m in args.modes.split(",") if m]
    started = time.perf_counter()
    runs: list[Run] = []
    prof = ""
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        work = Path(tmp)
        if not args.profile_only:
            for n in sizes:
                for mode in modes:
                    run = run_mode(mode, files[:n], args, work)
                    runs.append(run)
                    print(f"N={n:>5} ({mode}) {MODES[mode]:<32} {run.seconds:7.1f} s  {run.articles_per_s:6.2f} art/s  "
                          f"peak {mb(run.peak_rss)} MB  cpu {run.cpu_seconds:.0f} s  load {run.load:.1f}", flush=True)
        if args.profile_n:
            prof = profile(files[:args.profile_n], args, work)
            print(prof)
    total = time.perf_counter() - started
    command = "python benchmarks/throughput.py " + " ".join(sys.argv[1:])
    text = [
        "# Throughput and memory on BBC News", "",
        f"- date: {date.today().isoformat()}",
        f"- machine: {machine()}",
        f"- software: {versions(args.model)}; batch size {args.batch_size}",
        f"- corpus: {args.data.name}, {len(files)} articles, topics interleaved so every N mixes all five",
        f"- command: `{command.strip()}` ({total / 60:.1f} min in all)",
        "- (a) is the model as spaCy ships it (without kgraph's paragraph step); (d) ran with `--engine dask`",
        "",
        "(a) times `nlp.pipe` alone (model loaded, texts read); (b)-(d) time the whole `kgraph build` command "
        "(start-up, model load, reading, analysis, linking, TriG written). Peak RSS is the largest sum over "
        "the process tree (workers included), sampled every 0.1 s. CPU s is user + system time of the whole "
        "process tree (for (a) including reading and model load); load avg is the machine's 1-minute load "
        "when the run started: above ~0.5 other work shared the 2 cores and the wall times are pessimistic.", "",
    ]
    if runs:
        text += [table(runs)]
    if prof:
        text += ["## Profile of (b)", "", prof]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not runs and args.output.exists():
        # --profile-only: keep the measured table, replace only the profile section.
        kept = args.output.read_text(encoding="utf-8").split("\n## Profile of (b)")[0].rstrip("\n")
        text = [kept, "", "## Profile of (b)", "",
                f"Profiled {date.today().isoformat()} with `{command.strip()}`.", "", prof]
    args.output.write_text("\n".join(text), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
