"""The SPARQL 1.1 Protocol at /sparql: queries by GET or POST (form or application/sparql-query),
updates by POST (form or application/sparql-update) when the server allows them, answers by Accept
(or ?format=), and without a query the query page."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlparse

from markupsafe import Markup, escape
from pyoxigraph import BlankNode, Literal, NamedNode
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from kgraph.errors import KgraphError, QueryError
from kgraph.serve.evaluate import Refused, TimedOut
from kgraph.serve.examples import EXAMPLES
from kgraph.serve.iris import Paths
from kgraph.serve.negotiate import choose
from kgraph.serve.results import (
    FORMAT_NAMES,
    GRAPH_TYPES,
    SOLUTION_TYPES,
    Answer,
    content_type,
    format_media,
    normalise_accept,
    offers,
    render,
    to_rdf,
)
from kgraph.serve.source import EmptyStore, Snapshot
from kgraph.sparql import is_update
from kgraph.vocab import PREFIXES

if TYPE_CHECKING:
    from kgraph.serve.app import Site

MAX_BODY = 1_000_000  # bytes of a POSTed query or update
PAGE_FORMATS = [("html", "a table"), ("json", "SPARQL JSON"), ("xml", "SPARQL XML"), ("csv", "CSV"),
                ("tsv", "TSV"), ("turtle", "Turtle (CONSTRUCT)"), ("ntriples", "N-Triples (CONSTRUCT)"),
                ("jsonld", "JSON-LD (CONSTRUCT)")]


def _text(message: str, status: int) -> Response:
    return Response(message.rstrip("\n") + "\n", status_code=status, media_type="text/plain; charset=utf-8")


async def _params(request: Request) -> tuple[dict[str, list[str]], Response | None]:
    """The protocol's parameters, from the URL and (for POST) the body."""
    params: dict[str, list[str]] = {}
    for k, v in parse_qsl(request.url.query, keep_blank_values=True):
        params.setdefault(k, []).append(v)
    if request.method != "POST":
        return params, None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return params, _text(f"request body over {MAX_BODY} bytes", 413)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return params, _text("the body is not UTF-8", 400)
    if ctype == "application/x-www-form-urlencoded":
        for k, v in parse_qsl(text, keep_blank_values=True):
            params.setdefault(k, []).append(v)
    elif ctype == "application/sparql-query":
        params.setdefault("query", []).append(text)
    elif ctype == "application/sparql-update":
        params.setdefault("update", []).append(text)
    else:
        return params, _text("POST a form (application/x-www-form-urlencoded), application/sparql-query "
                             "or application/sparql-update", 415)
    return params, None


async def sparql(site: Site, request: Request) -> Response:
    params, problem = await _params(request)
    if problem is not None:
        return problem
    queries, updates = params.get("query", []), params.get("update", [])
    if len(queries) + len(updates) > 1 or (queries and updates):
        return _text("send one query or one update per request", 400)
    if updates:
        return await run_in_threadpool(_update, site, request, updates[0])
    if not queries:
        return await run_in_threadpool(_page, site, request, "", None, None)
    query = queries[0]
    if is_update(query):
        return _text("this is a SPARQL Update: send it as update= (POST), not query=", 400)
    fmt = (params.get("format") or params.get("output") or [""])[0].lower()
    return await run_in_threadpool(_query, site, request, query, fmt,
                                   params.get("default-graph-uri", []), params.get("named-graph-uri", []))


def _query(site: Site, request: Request, query: str, fmt: str, default_graphs: list[str],
           named_graphs: list[str]) -> Response:
    config = site.config
    try:
        for g in default_graphs + named_graphs:
            NamedNode(g)
    except ValueError:
        return _text("default-graph-uri and named-graph-uri must be IRIs", 400)
    # A browser (which names text/html and takes the rest as */*) gets the query page with a table.
    if fmt and fmt not in FORMAT_NAMES:
        fmt = ""  # a name this server does not know (results=, output= of other clients): Accept decides
    accept = normalise_accept(request.headers.get("accept"))
    best = choose(accept, [*SOLUTION_TYPES, *GRAPH_TYPES, "text/html"])
    html_wanted = fmt == "html" or not fmt and best == "text/html"

    def work(snap: Snapshot) -> Answer:
        return site.gate.evaluate(snap.store, query, limit=config.limit, timeout=config.timeout,
                                  allow_service=config.allow_service, default_graphs=default_graphs,
                                  named_graphs=named_graphs)

    try:
        answer = site.source.run(work)
    except EmptyStore as err:
        return _text(str(err), 503)
    except Refused as err:
        return _page(site, request, query, None, str(err), 403) if html_wanted else _text(str(err), 403)
    except TimedOut as err:
        return _page(site, request, query, None, str(err), 503) if html_wanted else _text(str(err), 503)
    except QueryError as err:
        return _page(site, request, query, None, str(err), 400) if html_wanted else _text(str(err), 400)
    except KgraphError as err:
        return _text(str(err), 500)
    if html_wanted:
        return _page(site, request, query, answer, None)
    available = offers(answer.kind)
    media = format_media(fmt, answer.kind) if fmt else None
    if media is not None:
        if media not in available:
            what = "CONSTRUCT/DESCRIBE" if answer.kind == "graph" else answer.kind.upper()
            return _text(f"a {what} answer "
                         f"cannot be written as {fmt}; use one of "
                         + ", ".join(k for k, v in FORMAT_NAMES.items() if v in available), 406)
    else:
        media = choose(normalise_accept(request.headers.get("accept")), available)
        if media is None:
            return _text("406 Not Acceptable: this answer can be written as " + ", ".join(available), 406)
    assert media is not None
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers["X-Kgraph-Truncated"] = f"stopped at the row limit ({config.limit})"
    return Response(render(answer, media), media_type=content_type(media), headers=headers)


def _update(site: Site, request: Request, update: str) -> Response:
    if not site.config.allow_update:
        return _text("SPARQL Update refused: this server is read-only "
                     "(start it with --allow-update on a store)", 403)
    if not site.source.is_store:
        return _text("SPARQL Update needs a kgraph store; a graph file is served from memory", 403)
    origin = request.headers.get("origin")
    foreign = origin and _origin_of(origin) != _origin_of(str(request.base_url))
    if foreign and origin not in site.config.cors_origins:
        # A web page elsewhere may POST a form here without any preflight: only pages of this
        # server and the --cors origins may change the graph.
        return _text(f"SPARQL Update refused from origin {origin}", 403)
    try:
        with site.update_lock:
            site.source.graph_store.sparql_update(update, allow_service=site.config.allow_service)
    except QueryError as err:
        status = 403 if "SERVICE" in str(err) else 400
        return _text(str(err), status)
    except KgraphError as err:
        return _text(str(err), 500)
    return Response(status_code=204)


def _origin_of(url: str) -> tuple[str, str]:
    parts = urlparse(url)
    return parts.scheme, parts.netloc


def _page(site: Site, request: Request, query: str, answer: Answer | None, error: str | None,
          status: int = 200) -> Response:
    """The query page: the form, the prefixes, the examples, and an answer or an error."""
    try:
        snap: Snapshot | None = site.snapshot()
    except KgraphError:
        snap = None
    paths = Paths(snap.base_iri if snap else None)

    def cell(term: object) -> Markup:
        if term is None:
            return Markup("")
        if isinstance(term, NamedNode):
            return Markup(f'<a href="{escape(paths.url(term.value))}">{escape(term.value)}</a>') \
                if paths.base and term.value.startswith(paths.base) else Markup(escape(term.value))
        if isinstance(term, BlankNode):
            return Markup(escape(f"_:{term.value}"))
        if isinstance(term, Literal):
            return Markup(escape(term.value))
        return Markup(escape(str(term)))

    triples = ""
    if answer is not None and answer.triples is not None:
        triples = to_rdf(answer.triples, "text/turtle").decode("utf-8")
    timeout = f"{site.config.timeout:g} s" if site.config.timeout else "no time limit"
    return site.page("sparql.html", snap, status=status, query=query or EXAMPLES[0][1], answer=answer,
                     error=error, cell=cell, triples=triples, examples=EXAMPLES,
                     prefixes=list(PREFIXES.items()),
                     endpoint=f"{request.base_url}sparql",
                     timeout=timeout, limit=f"{site.config.limit:,}", allow_service=site.config.allow_service,
                     allow_update=site.config.allow_update, formats=PAGE_FORMATS, fmt="html")
