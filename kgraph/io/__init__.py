"""Reading sources into Articles and writing files safely."""

from kgraph.io.readers import ReadOptions, load_articles
from kgraph.io.writers import atomic_write

__all__ = ["ReadOptions", "atomic_write", "load_articles"]
