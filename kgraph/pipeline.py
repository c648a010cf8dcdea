"""The whole run: read sources, extract facts, link entities, write the graph."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from kgraph import __version__
from kgraph.engines import DEFAULT_BATCH_SIZE, run_engine
from kgraph.errors import KgraphError, SourceError
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.gephi import DEFAULT_NETWORK, GRAPH_FORMATS, NETWORKS, to_networkx, write_gexf, write_graphml
from kgraph.io.readers import DEFAULT_MAX_CHARS, ReadOptions, load_articles
from kgraph.iri import DEFAULT_BASE_IRI, Minter
from kgraph.link import LinkedGraph, link
from kgraph.rdf import DEFAULT_MIN_CONFIDENCE, RDF_FORMATS, EmitOptions, RunInfo, graph_quads, write_rdf
from kgraph.tables import TABLE_FORMATS
from kgraph.types import Article, DocFacts

FORMATS = tuple(RDF_FORMATS) + tuple(GRAPH_FORMATS) + tuple(TABLE_FORMATS)
DEFAULT_FORMATS = ("trig",)


@dataclass(frozen=True)
class BuildOptions:
    """Every setting of a build; the CLI's options map onto these one to one."""

    model: str | None = None
    base_iri: str = DEFAULT_BASE_IRI
    formats: tuple[str, ...] = DEFAULT_FORMATS
    name: str = "graph"
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    jobs: int = 1
    batch_size: int = DEFAULT_BATCH_SIZE
    engine: str = "serial"  # serial (a process pool when jobs > 1), process or dask
    scheduler: str | None = None  # a Dask scheduler's address; None starts a LocalCluster
    boilerplate: tuple[str, ...] | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    include_text: bool = True
    follow_symlinks: bool = False  # read symbolic links inside source folders (never out of them)
    network: str = DEFAULT_NETWORK  # which network GraphML/GEXF draw (kgraph.gephi.NETWORKS)
    rules: RuleSet = ALL_RULES  # rules switched off or on (kgraph build --rules)


@dataclass
class BuildResult:
    """What a build did: counts, failures, files written, and the graph itself."""

    graph: LinkedGraph
    failures: list[SourceError] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    skipped: int = 0  # articles already in the store, unchanged
    added: int = 0  # articles analysed in this run
    store_totals: tuple[int, int, int] | None = None  # a store's articles, mentions, facts

    @property
    def articles(self) -> int:
        return self.store_totals[0] if self.store_totals else len(self.graph.docs)

    @property
    def entities(self) -> int:
        return len(self.graph.entities)

    @property
    def facts(self) -> int:
        if self.store_totals:
            return self.store_totals[2]
        return sum(len(d.quotes) + len(d.relations) + len(d.events) + len(d.counts) for d in self.graph.docs)

    @property
    def mentions(self) -> int:
        if self.store_totals:
            return self.store_totals[1]
        return sum(len(d.mentions) for d in self.graph.docs)

    def summary(self) -> str:
        failed = f", {len(self.failures)} sources failed" if self.failures else ""
        skipped = f", {self.skipped} unchanged articles skipped" if self.skipped else ""
        return (f"{self.articles} articles ({self.added} analysed{skipped}), {self.entities} entities, "
                f"{self.mentions} mentions, {self.facts} facts in {self.seconds:.1f}s{failed}")


def run_time() -> str:
    """The run's start time; SOURCE_DATE_EPOCH (reproducible builds) overrides the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (datetime.fromtimestamp(int(epoch), timezone.utc) if epoch and epoch.isdigit()
            else datetime.now(timezone.utc))
    return when.replace(microsecond=0).isoformat()


def _unique(articles: Iterable[Article], on_error: Callable[[SourceError], None]) -> Iterator[Article]:
    """Articles not seen before in this run. A repeated id is reported, not merged; an article whose
    text is another's of this run (a copy under another name) is reported and read once."""
    import hashlib

    seen: dict[str, str] = {}
    texts: dict[bytes, str] = {}
    for article in articles:
        first = seen.get(article.id)
        if first is not None:
            on_error(SourceError(article.source, f"article id {article.id!r} was already used by {first}; "
                                                 "kept the first (give records distinct ids)"))
            continue
        digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).digest()
        same = texts.get(digest)
        if same is not None:
            on_error(SourceError(article.source, f"the same text as {same}: read once"))
            continue
        seen[article.id] = article.source
        texts[digest] = article.source
        yield article


def _warn(message: str) -> None:
    import logging

    logging.getLogger("kgraph").warning(message)


def software_description(model: str | None) -> str:
    import spacy

    from kgraph.nlp import load_model, model_description

    return f"kgraph {__version__}; spaCy {spacy.__version__}; {model_description(load_model(model))}"


def extract_all(
    articles: Iterable[Article], options: BuildOptions, on_error: Callable[[SourceError], None],
) -> Iterator[DocFacts]:
    """DocFacts for each article, errors passed to ``on_error``."""
    for result in run_engine(articles, options.model, options.jobs, options.batch_size,
                             engine=options.engine, scheduler=options.scheduler, rules=options.rules):
        if isinstance(result, SourceError):
            on_error(result)
        else:
            for warning in result.warnings:
                _warn(f"{result.article.source}: {warning} (its other facts were kept)")
            yield result


def build(
    sources: Sequence[str | os.PathLike[str]],
    output_dir: str | os.PathLike[str] | None = "output",
    options: BuildOptions | None = None,
    *,
    store: str | os.PathLike[str] | None = None,
    on_error: Callable[[SourceError], None] | None = None,
    progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
) -> BuildResult:
    """Build a knowledge graph from articles and write it to ``output_dir`` and/or a ``store``.

    Sources are files, folders, JSON/JSONL files or ``-`` for stdin. A source that fails is
    reported through ``on_error`` (and listed in the result); the others go on. With a store
    folder, articles already in it unchanged are skipped without being parsed, changed ones
    replace their old facts, and entities are linked across everything the store holds. With
    ``output_dir=None`` no files are written.
    """
    opts = options or BuildOptions()
    if opts.network not in NETWORKS:
        raise KgraphError(f"unknown network {opts.network!r}; choose from {', '.join(NETWORKS)}")
    unknown = [f for f in opts.formats if f not in FORMATS]
    if unknown:
        raise KgraphError(f"unknown output format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    from kgraph.io.output import check_writable

    if output_dir is not None:
        check_writable(output_dir)
    if store is not None:
        check_writable(store, "store")
    mint = Minter(opts.base_iri)
    started = time.perf_counter()
    started_at = run_time()
    failures: list[SourceError] = []

    def failed(err: SourceError) -> None:
        failures.append(err)
        if on_error is not None:
            on_error(err)

    articles: Iterable[Article] = load_articles(
        sources, options=ReadOptions(opts.boilerplate, opts.max_chars, opts.follow_symlinks), on_error=failed)
    articles = _unique(articles, failed)
    if progress is not None:  # before the store's filter, so that skipped articles count too
        articles = progress(articles)
    skipped = 0
    graph_store = None
    if store is not None:
        from kgraph.store import GraphStore

        graph_store = GraphStore(store)

        def unseen(items: Iterable[Article]) -> Iterator[Article]:
            nonlocal skipped
            for article in items:
                state = graph_store.status(article)
                if state == "same":
                    skipped += 1
                elif state.startswith("copy of "):  # the same article under another name
                    skipped += 1
                    failed(SourceError(article.source, f"the same article as {state[8:]}, which the "
                                                       "store holds already: skipped"))
                else:
                    yield article

        articles = unseen(articles)
    facts = list(extract_all(articles, opts, failed))
    run = RunInfo(started_at, software_description(opts.model))
    emit = EmitOptions(opts.min_confidence, opts.include_text)
    totals = None
    if graph_store is not None:
        # The graph's docs are only the batch's, unless files of the whole store are to be written.
        updated = graph_store.update(facts, mint, run, emit, all_docs=output_dir is not None,
                                     rules=opts.rules)
        graph = updated.graph or link([], mint, rules=opts.rules)
        totals = (updated.articles, updated.mentions, updated.facts)
    else:
        graph = link(facts, mint, rules=opts.rules)
    result = BuildResult(graph, failures, skipped=skipped, added=len(facts), store_totals=totals)
    # A run that built nothing leaves an earlier run's output as it was.
    if output_dir is not None and result.articles:
        result.outputs = write(graph, output_dir, opts, run, mint)
    result.seconds = time.perf_counter() - started
    return result


def write(graph: LinkedGraph, output_dir: str | os.PathLike[str], options: BuildOptions | None = None,
          run: RunInfo | None = None, minter: Minter | None = None) -> dict[str, Path]:
    """Write a linked graph in each requested format; returns the paths written by format.

    All or nothing, as a set: every format is written into a staging folder inside ``output_dir``
    first and moved into place only when all are complete (see ``kgraph.io.output``), with a
    ``manifest.json`` naming this run's files; files an earlier run wrote and this one did not are
    removed.
    """
    from kgraph.io.output import recover, replace_files

    opts = options or BuildOptions()
    mint = minter or Minter(opts.base_iri)
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    recover(out)  # a run killed while moving its files: finish its moves first
    for stale in out.glob(f".{opts.name}.*.tmp"):  # left by a run that was killed while writing
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)
    emit = EmitOptions(opts.min_confidence, opts.include_text)
    staging = out / f".{opts.name}.{os.getpid()}.staging.tmp"
    staging.mkdir()
    try:
        written: list[tuple[str, Path]] = []
        nx_graph = None
        tables = None
        for fmt in opts.formats:
            if fmt in RDF_FORMATS:
                path = staging / f"{opts.name}{RDF_FORMATS[fmt][1]}"
                write_rdf(graph_quads(graph, mint, run, emit), path, fmt)
                written.append((fmt, path))
            elif fmt in GRAPH_FORMATS:
                path = staging / f"{opts.name}{GRAPH_FORMATS[fmt]}"
                if nx_graph is None:
                    nx_graph = to_networkx(graph, opts.min_confidence, opts.network, mint)
                (write_graphml if fmt == "graphml" else write_gexf)(nx_graph, path)
                written.append((fmt, path))
            else:
                from kgraph.tables import rows, write_csv, write_sqlite

                if tables is None:
                    tables = rows(graph, mint, opts.min_confidence)
                if fmt == "csv":
                    written += [(fmt, p) for p in write_csv(tables, staging, opts.name)]
                else:
                    written.append((fmt, write_sqlite(tables, staging / f"{opts.name}.sqlite")))
        from kgraph.tables import TABLES

        known = tuple(f"{opts.name}{ext}" for ext in [*(e for _, e in RDF_FORMATS.values()),
                                                      *GRAPH_FORMATS.values(), ".sqlite",
                                                      *(f".{t}.csv" for t in TABLES)])
        info = {"started": run.started if run else None, "software": run.software if run else None,
                "articles": len(graph.docs), "entities": len(graph.entities)}
        done = replace_files(out, staging, written, info, known)
        if done.left:
            _warn(f"{out}: files of an earlier run are still here: {', '.join(done.left)} "
                  "(this run did not write them)")
        return done.written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
