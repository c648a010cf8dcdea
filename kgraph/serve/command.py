"""`kgraph serve`: the click command that starts the server (registered by kgraph.cli)."""

from __future__ import annotations

import ipaddress
import sys
from urllib.parse import urlparse

import click

from kgraph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT

LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1", "[::1]"]


def trusted_hosts(host: str, base_iri: str | None) -> list[str] | None:
    """The Host headers to accept: on a loopback address only loopback names (and the base IRI's
    host), which stops DNS rebinding (a web page whose own host name resolves to 127.0.0.1
    reading the graph); on any other address every host."""
    try:
        loopback = ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        return None
    hosts = list(LOOPBACK_NAMES)
    if base_iri:
        name = urlparse(base_iri).hostname
        if name and name not in hosts:
            hosts.append(name)
    return hosts


@click.command("serve")
@click.argument("graph", type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only (0.0.0.0: every network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL Update at /sparql (a store only; each update is a new generation).")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE clauses, which make the server send requests to other endpoints.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let web pages of ORIGIN (https://example.com, or *) call the server; repeatable.")
@click.option("--base-iri", default=None,
              help="Base IRI of the graph's IRIs (default: the one it was built with), served at /.")
@click.option("--limit", default=DEFAULT_LIMIT, show_default=True, type=click.IntRange(1),
              help="Most rows (or triples) a SPARQL answer holds.")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=click.FloatRange(0),
              help="Seconds before a SPARQL query is stopped (0: none).")
def serve_command(graph: str, host: str, port: int, allow_update: bool, allow_service: bool,
                  cors: tuple[str, ...], base_iri: str | None, limit: int, timeout: float) -> None:
    """Serve GRAPH (a graph file or a store) on the web: pages to browse it, a SPARQL endpoint at
    /sparql, and its IRIs with content negotiation. Read-only unless --allow-update."""
    import uvicorn

    from kgraph.errors import KgraphError
    from kgraph.iri import InvalidBaseIri, check_base
    from kgraph.serve.app import ServeConfig, create_app
    from kgraph.serve.source import GraphSource

    if base_iri is not None:
        try:
            base_iri = check_base(base_iri)
        except InvalidBaseIri as err:
            raise click.BadParameter(str(err), param_hint="--base-iri") from err
    try:
        source = GraphSource(graph, base_iri)
    except KgraphError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(1)
    if allow_update and not source.is_store:
        raise click.BadParameter("SPARQL Update needs a store (kgraph build --store DIR); a graph file "
                                 "is served from memory", param_hint="--allow-update")
    for origin in cors:
        if origin != "*" and not urlparse(origin).scheme:
            raise click.BadParameter(f"{origin!r} is not an origin like https://example.com",
                                     param_hint="--cors")
    config = ServeConfig(allow_update=allow_update, allow_service=allow_service, cors_origins=list(cors),
                         limit=limit, timeout=timeout or None, trusted_hosts=trusted_hosts(host, base_iri))
    app = create_app(source, config)
    shown = f"[{host}]" if ":" in host else host
    mode = "read-write" if allow_update else "read-only"
    click.echo(f"kgraph: serving {graph} at http://{shown}:{port}/ ({mode}; Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
