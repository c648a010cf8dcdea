"""The ASGI application: Starlette routes for the pages, the SPARQL endpoint and the graph's IRIs."""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kgraph import __version__
from kgraph.errors import KgraphError
from kgraph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT
from kgraph.serve.evaluate import Gate
from kgraph.serve.iris import Paths
from kgraph.serve.source import EmptyStore, GraphSource, Snapshot

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Pages load nothing from elsewhere and run only the server's own script; no page may frame them.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self'; "
                                 b"img-src 'self' data:; form-action 'self'; base-uri 'none'; "
                                 b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


@dataclass
class ServeConfig:
    """What the server allows, and its limits."""

    allow_update: bool = False
    allow_service: bool = False
    cors_origins: list[str] = field(default_factory=list)
    limit: int = DEFAULT_LIMIT
    timeout: float | None = DEFAULT_TIMEOUT
    trusted_hosts: list[str] | None = None  # Host headers accepted (None: any)
    query_slots: int = 4


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in present]
            await send(message)

        await self.app(scope, receive, add)


class Site:
    """What every handler shares: the graph, the settings and the templates."""

    def __init__(self, source: GraphSource, config: ServeConfig) -> None:
        self.source = source
        self.config = config
        self.gate = Gate(config.query_slots)
        self.templates = Environment(loader=PackageLoader("kgraph.serve", "templates"),
                                     autoescape=select_autoescape(["html"]), trim_blocks=True,
                                     lstrip_blocks=True)
        self.templates.globals["static"] = lambda name: f"/static/{name}?v={__version__}"
        self.update_lock = threading.Lock()

    def snapshot(self) -> Snapshot:
        return self.source.snapshot()

    def page(self, template: str, snap: Snapshot | None, status: int = 200, **context: Any) -> HTMLResponse:
        paths = Paths(snap.base_iri if snap else None)
        docs = snap.documents() if snap else {}

        def doc_label(iri: str) -> str:
            return docs.get(iri, (iri.rsplit("/", 1)[-1], None))[0]

        context.setdefault("q", "")
        html = self.templates.get_template(template).render(
            url=paths.url, short=_short, conf=_conf, frag=lambda iri: iri.partition("#")[2],
            doc_label=doc_label, footer=self.footer(snap), **context)
        return HTMLResponse(html, status_code=status)

    def footer(self, snap: Snapshot | None) -> str:
        where = self.source.path.name
        gen = f", {snap.generation}" if snap and snap.generation else ""
        mode = "read-write" if self.config.allow_update else "read-only"
        return f"kgraph {__version__} serving {where}{gen} ({mode})"

    def error(self, status: int, heading: str, message: str, snap: Snapshot | None = None) -> HTMLResponse:
        return self.page("error.html", snap, status=status, heading=heading, message=message)


def _short(iri: str | None) -> str:
    from kgraph.serve.facts import short

    return short(iri)


def _conf(value: float | None) -> str:
    return "?" if value is None else f"{value:.2f}"


def create_app(source: GraphSource | str | Path, config: ServeConfig | None = None) -> Starlette:
    """The server for a graph file or store (a path, or an open GraphSource)."""
    from kgraph.serve import endpoint, pages

    if not isinstance(source, GraphSource):
        source = GraphSource(source)
    config = config or ServeConfig()
    site = Site(source, config)

    def bind(handler: Callable[..., Any]) -> Callable[[Request], Any]:
        import inspect

        if inspect.iscoroutinefunction(handler):
            async def run_async(request: Request) -> Response:
                return await handler(site, request)  # type: ignore[no-any-return]
            return run_async

        def run(request: Request) -> Response:
            try:
                return handler(site, request)  # type: ignore[no-any-return]
            except EmptyStore as err:
                return site.error(503, "Nothing to show yet", str(err))
            except KgraphError as err:
                return site.error(500, "The graph cannot be read", str(err))
        return run

    static = Path(__file__).with_name("static")
    routes = [
        Route("/", bind(pages.home)),
        Route("/search", bind(pages.search)),
        Route("/quotes", bind(pages.quotes)),
        Route("/docs", bind(pages.docs)),
        Route("/graph", bind(pages.graph)),
        Route("/graph.svg", bind(pages.graph_svg)),
        Route("/sparql", bind(endpoint.sparql), methods=["GET", "POST"]),
        Route("/resource", bind(pages.resource)),
        Mount("/static", StaticFiles(directory=static), name="static"),
        Route("/{kind:str}/{rest:path}", bind(pages.resource)),
    ]
    middleware = []
    if config.trusted_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=config.trusted_hosts))
    if config.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=config.cors_origins,
                                     allow_methods=["GET", "POST"], allow_headers=["Content-Type", "Accept"],
                                     max_age=600))
    middleware.append(Middleware(SecurityHeaders))
    app = Starlette(routes=routes, middleware=middleware)
    app.state.site = site
    threading.Thread(target=_warm, args=(source,), daemon=True, name="kgraph-warm").start()
    return app


def _warm(source: GraphSource) -> None:
    """Build the first snapshot's indexes while nobody waits for them."""
    try:
        source.snapshot().warm()
    except KgraphError:
        pass
