"""Opening a written graph (file or Oxigraph store) and answering SPARQL on it."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
)

from kgraph.errors import GraphFileError, QueryError
from kgraph.sparql import _shift_position, check_service, is_update, with_prefixes
from kgraph.vocab import PREFIXES

SUFFIX_FORMATS = {
    ".trig": RdfFormat.TRIG, ".nq": RdfFormat.N_QUADS, ".nquads": RdfFormat.N_QUADS,
    ".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".jsonld": RdfFormat.JSON_LD,
    ".json": RdfFormat.JSON_LD, ".rdf": RdfFormat.RDF_XML, ".owl": RdfFormat.RDF_XML,
}
DEFAULT_TIMEOUT = 60.0
DEFAULT_LIMIT = 10_000


def open_graph(path: str | os.PathLike[str]) -> Store:
    """An Oxigraph store: a store folder opened read-only, or a graph file loaded in memory."""
    p = Path(path)
    if p.is_dir():
        from kgraph.store import GraphStore, is_store

        try:
            if is_store(p):
                return GraphStore(p).oxigraph()
            return Store.read_only(str(p))
        except OSError as err:
            raise GraphFileError(f"{p}: not an Oxigraph store ({err})") from err
    if not p.exists():
        raise GraphFileError(f"{p}: no such graph file or store")
    fmt = SUFFIX_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise GraphFileError(
            f"{p}: unknown graph file type {p.suffix!r}; use one of {', '.join(sorted(SUFFIX_FORMATS))}")
    store = Store()
    try:
        store.bulk_load(path=str(p), format=fmt)
    except (SyntaxError, ValueError, OSError) as err:
        raise GraphFileError(f"{p}: cannot parse as {fmt.name}: {err}") from err
    return store


@dataclass
class QueryResult:
    """A query's answer: rows (for SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    variables: list[str]
    rows: list[list[str | None]]
    boolean: bool | None = None
    triples: list[str] | None = None
    truncated: bool = False
    terms: list[list[object]] | None = None  # the RDF terms behind ``rows``, for JSON results


def _json_term(term: object) -> dict[str, str]:
    """A term as the SPARQL 1.1 Query Results JSON Format writes it."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def term_text(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Literal):
        return term.value
    if isinstance(term, DefaultGraph):
        return ""
    return str(term)


def run_query(store: Store, query: str, *, limit: int = DEFAULT_LIMIT,
              timeout: float | None = DEFAULT_TIMEOUT, allow_service: bool = False) -> QueryResult:
    """Answer a SPARQL query (kgraph's prefixes predeclared) with at most ``limit`` rows.

    Updates are refused here (see ``run_update``). A query still running after ``timeout``
    seconds raises QueryError; its evaluation thread is left to finish in the background, so a
    long-lived program should prefer small timeouts only where it can afford that.
    """
    if is_update(query):
        raise QueryError("SPARQL Update is not allowed on a read-only graph (use --allow-update on a store)")
    check_service(query, allow_service)
    text = with_prefixes(query)
    outcome: list[QueryResult | BaseException] = []

    def work() -> None:
        try:
            outcome.append(_evaluate(store, text, query, limit))
        except BaseException as err:  # handed to the caller's thread
            outcome.append(err)

    import threading

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise QueryError(f"query timed out after {timeout:g}s (raise it with --timeout)")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _evaluate(store: Store, text: str, original: str, limit: int) -> QueryResult:
    try:
        answer = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {_shift_position(str(err), text, original)}") from err
    except (OSError, ValueError, RuntimeError) as err:
        raise QueryError(f"query failed: {err}") from err
    if isinstance(answer, QueryBoolean):
        return QueryResult([], [], boolean=bool(answer))
    if isinstance(answer, QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows: list[list[str | None]] = []
        terms: list[list[object]] = []
        for solution in answer:
            if len(rows) >= limit:
                return QueryResult(variables, rows, truncated=True, terms=terms)
            terms.append([solution[v] for v in variables])
            rows.append([term_text(t) for t in terms[-1]])
        return QueryResult(variables, rows, terms=terms)
    if isinstance(answer, QueryTriples):
        triples: list[str] = []
        for triple in answer:
            if len(triples) >= limit:
                return QueryResult([], [], triples=triples, truncated=True)
            triples.append(f"{triple.subject} {triple.predicate} {triple.object} .")
        return QueryResult([], [], triples=triples)
    raise QueryError("unsupported query result")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as an aligned table, CSV, TSV or JSON (SPARQL JSON results layout)."""
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if result.triples is not None:
        return "\n".join(result.triples)
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                    for row in (result.terms or [])]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([["" if x is None else x for x in row] for row in result.rows])
        return buf.getvalue().rstrip("\n")
    terms = result.terms if result.terms is not None and len(result.terms) == len(result.rows) else None
    body = [["" if x is None else (_prefixed(x) if terms and isinstance(terms[n][i], NamedNode) else x)
             for i, x in enumerate(row)] for n, row in enumerate(result.rows)]
    cells = [result.variables] + body
    widths = [min(max(len(str(r[i])) for r in cells), 80) for i in range(len(result.variables))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(str(x)[:80].ljust(w) for x, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _prefixed(value: str) -> str:
    """An IRI under one of kgraph's namespaces as a prefixed name (schema:Person), for tables."""
    for prefix, base in PREFIXES.items():
        if value.startswith(base) and value[len(base):].replace("_", "").replace("-", "").isalnum():
            return f"{prefix}:{value[len(base):]}"
    return value


STATS_QUERIES = {
    "by_type": """
        SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
          VALUES ?type { schema:Person schema:Organization schema:Place schema:Country
                         schema:NewsArticle schema:Quotation schema:Event kg:Count rdf:Statement
                         nif:Phrase }
          ?e a ?type } GROUP BY ?type ORDER BY DESC(?n)""",
    "top": """
        SELECT ?name ?type ?mentions WHERE {
          ?e kg:mentionCount ?mentions ; schema:name ?name ; a ?type .
          VALUES ?type { schema:Person schema:Organization schema:Place } }
        ORDER BY DESC(?mentions) ?name LIMIT %d""",
}


def stats(store: Store, top: int = 10) -> dict[str, list[tuple[str, int]]]:
    """Counts of nodes by type, and the most-mentioned entities."""
    by_type = run_query(store, STATS_QUERIES["by_type"])
    counts = [(_short(row[0] or ""), int(row[1] or 0)) for row in by_type.rows]
    best = run_query(store, STATS_QUERIES["top"] % top)
    tops = [(f"{row[0]} ({_short(row[1] or '')})", int(row[2] or 0)) for row in best.rows]
    return {"types": counts, "top": tops}


def _short(iri: str) -> str:
    for prefix, base in PREFIXES.items():
        if iri.startswith(base):
            return f"{prefix}:{iri[len(base):]}"
    return iri
