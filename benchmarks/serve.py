"""kgraph serve's latency on the full BBC News store (2,225 articles, about a million triples).

The server runs in its own process (``kgraph serve STORE``, as a user starts it) and is asked over
HTTP, one request at a time with a kept-alive connection, for:

- entity pages: the 100 most mentioned entities and 100 others drawn at random (seed 1), each
  ``--repeat`` times (the first visit of each is counted too: nothing is cached between requests
  but the per-generation name index);
- article pages of 100 random articles; search; a quotes page filtered by speaker;
- SPARQL questions of docs/queries.md through /sparql (JSON results): who is quoted most (the
  whole graph grouped), everything one person said, the documents naming two entities.

The target (issue 15) is a median under 100 ms for the entity page.

    python benchmarks/serve.py --store /tmp/bbc-store      # builds it first if it is missing
"""

from __future__ import annotations

import argparse
import http.client
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_DATA, ROOT, machine, versions  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "serve.md"
SPEAKER = "Tony Blair"
SAID = """SELECT ?text ?kind ?doc ?begin ?end WHERE {
  ?p schema:name "Tony Blair" .
  ?q schema:creator ?p ; schema:text ?text ; kg:quoteKind ?kind ; schema:isPartOf ?doc ;
     kg:evidence ?span .
  ?span nif:beginIndex ?begin ; nif:endIndex ?end .
} ORDER BY ?doc ?begin"""
TWO = """SELECT ?doc ?headline WHERE {
  ?a schema:name "Tony Blair" . ?b schema:name "Gordon Brown" .
  ?doc a schema:NewsArticle ; schema:mentions ?a, ?b ; schema:headline ?headline .
} ORDER BY ?doc"""
MOST = """SELECT ?name (COUNT(?q) AS ?quotes) WHERE {
  ?q a schema:Quotation ; schema:creator ?p . ?p schema:name ?name
} GROUP BY ?name ORDER BY DESC(?quotes) ?name"""


def ensure_store(store: Path, data: Path) -> str:
    if (store / "current").exists():
        return "existing"
    sys.path.insert(0, str(ROOT))
    import kgraph

    start = time.perf_counter()
    result = kgraph.build([str(data)], None, store=store)
    return f"built here in {time.perf_counter() - start:.0f} s: {result.summary()}"


def start_server(store: Path, port: int) -> subprocess.Popen[bytes]:
    code = ("import sys; from kgraph.serve.command import serve_command; "
            "serve_command(sys.argv[1:], standalone_mode=True)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(store), "--port", str(port)], cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", "/search?q=blair")  # also waits for the name index
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start")


def timed(conn: http.client.HTTPConnection, path: str, accept: str = "text/html") -> tuple[float, int]:
    start = time.perf_counter()
    conn.request("GET", path, headers={"Accept": accept})
    answer = conn.getresponse()
    body = answer.read()
    elapsed = (time.perf_counter() - start) * 1000
    if answer.status != 200:
        raise RuntimeError(f"{path}: {answer.status} {body[:200]!r}")
    return elapsed, len(body)


def stats(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95, ordered[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, default=Path("/tmp/kgraph-bbc-store"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    began = time.perf_counter()
    how = ensure_store(args.store, args.data)
    sys.path.insert(0, str(ROOT))
    from kgraph.serve.iris import Paths
    from kgraph.serve.source import GraphSource

    snap = GraphSource(args.store).snapshot()
    triples = len(snap.store)
    names = snap.names()
    docs = sorted(snap.documents())
    paths = Paths(snap.base_iri)
    rng = random.Random(1)
    top = names[:100]
    others = rng.sample(names[100:], min(100, len(names) - 100))
    articles = rng.sample(docs, min(100, len(docs)))
    del snap

    proc = start_server(args.store, args.port)
    rows: list[tuple[str, int, tuple[float, float, float], str]] = []
    try:
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=120)

        def measure(label: str, requests: list[tuple[str, str]], note: str = "") -> list[float]:
            times = []
            for _ in range(args.repeat):
                for path, accept in requests:
                    times.append(timed(conn, path, accept)[0])
            rows.append((label, len(times), stats(times), note))
            return times

        top_t = measure("entity page, 100 most mentioned", [(paths.url(n.iri), "text/html") for n in top],
                        f"{top[0].name} ({top[0].mentions} mentions) to {top[-1].name} ({top[-1].mentions})")
        other_t = measure("entity page, 100 others at random",
                          [(paths.url(n.iri), "text/html") for n in others])
        rows.insert(0, ("**entity page, all 200**", len(top_t) + len(other_t), stats(top_t + other_t), ""))
        measure("entity as Turtle (content negotiation)",
                [(paths.url(n.iri), "text/turtle") for n in top[:50]])
        measure("article page, 100 at random", [(paths.url(d), "text/html") for d in articles])
        measure("search", [(f"/search?q={urllib.parse.quote(n.name.split()[-1][:5])}", "text/html")
                           for n in top[:50]])
        measure("quotes page, by speaker",
                [(f"/quotes?speaker={urllib.parse.quote(SPEAKER)}", "text/html")] * 10)
        measure("neighbourhood SVG, one step",
                [(f"/graph.svg?iri={urllib.parse.quote(n.iri)}", "image/svg+xml") for n in top[:20]])
        sparql = "application/sparql-results+json"
        for label, query in [("SPARQL: everything Tony Blair said", SAID),
                             ("SPARQL: the documents naming Blair and Brown", TWO),
                             ("SPARQL: who is quoted most (whole graph)", MOST)]:
            measure(label, [(f"/sparql?query={urllib.parse.quote(query)}", sparql)] * 10)
        conn.close()
    finally:
        proc.terminate()
        proc.wait(10)

    lines = ["# kgraph serve latency (issue 15)", "",
             f"- date: {date.today().isoformat()}",
             f"- machine: {machine()}",
             f"- software: {versions(None)}",
             f"- store: {args.data.name}, {len(docs)} articles, {triples:,} triples, {len(names):,} entities "
             f"({how})",
             f"- command: `python benchmarks/serve.py` ({(time.perf_counter() - began) / 60:.1f} min in all)",
             "",
             "The server is a separate `kgraph serve STORE` process; each request is timed by the client,"
             f" one at a time over HTTP/1.1 with keep-alive, {args.repeat} rounds.", "",
             "| request | n | median ms | p95 ms | max ms | note |", "|---|---:|---:|---:|---:|---|"]
    for label, n, (med, p95, most), note in rows:
        lines.append(f"| {label} | {n} | {med:.1f} | {p95:.1f} | {most:.1f} | {note} |")
    med = rows[0][2][0]
    verdict = "meets" if med < 100 else "misses"
    lines += ["", f"**Entity page median {med:.1f} ms** ({verdict} the target of 100 ms)."]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
