"""`kgraph serve`: a graph file or store on the web, as pages to browse (search, entities,
articles with their evidence highlighted, quotes, neighbourhoods), a SPARQL 1.1 Protocol endpoint,
and the graph's IRIs dereferenced with content negotiation."""

from kgraph.serve.app import ServeConfig, create_app

__all__ = ["ServeConfig", "create_app"]
