"""kgraph's exceptions: each says what went wrong and what to do about it."""

from __future__ import annotations


class KgraphError(Exception):
    """Base class of every error kgraph raises on purpose."""


class ModelNotFound(KgraphError):
    """No spaCy model could be loaded."""


class SourceError(KgraphError):
    """One input source could not be read; the rest of a run goes on."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Rebuilt from both fields when it crosses a process boundary (pools, Dask).
        return (SourceError, (self.source, self.reason))


class QueryError(KgraphError):
    """A SPARQL query could not be parsed or run."""


class GraphFileError(KgraphError):
    """A graph file or store could not be opened."""


class OutputError(KgraphError):
    """An output folder or store that cannot be written (checked before any analysis)."""


class EngineError(KgraphError):
    """An engine could not be started (unknown name, Dask missing, scheduler unreachable)."""


class StoreError(KgraphError):
    """The store folder is not a kgraph store, or does not fit this build."""


class RuleError(KgraphError):
    """A rule id that no rule has, or a rule registered twice."""


class InvalidBaseIri(KgraphError, ValueError):
    """The base IRI given cannot prefix kgraph's IRIs."""


class NotText(KgraphError, ValueError):
    """The bytes are not text in any encoding kgraph recognises."""
