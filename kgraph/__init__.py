"""kgraph: news articles in, a linked knowledge graph out (RDF for SPARQL, GraphML/GEXF for Gephi).

The public API: ``build`` (the whole run), ``load_articles`` (read sources), ``extract_facts``
(one parsed article to its ``DocFacts``; ``kgraph.extract`` is the package of extractors),
``link`` (entities across documents) and ``write`` (files in any format).
"""

__version__ = "0.1.0"

from kgraph.extract import extract as extract_facts  # noqa: E402
from kgraph.io.readers import load_articles  # noqa: E402
from kgraph.link import link  # noqa: E402
from kgraph.pipeline import BuildOptions, BuildResult, build, write  # noqa: E402

__all__ = [
    "BuildOptions", "BuildResult", "__version__", "build", "extract_facts", "link", "load_articles", "write",
]
