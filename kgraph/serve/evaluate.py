"""Running one SPARQL request against a snapshot: timeout, row limit, SERVICE and updates refused."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions, QueryTriples, Store, Triple

from kgraph.errors import QueryError
from kgraph.serve.results import Answer
from kgraph.sparql import _shift_position, check_service, is_update, with_prefixes


class Refused(QueryError):
    """A request the server's settings do not allow (update, SERVICE)."""


class TimedOut(QueryError):
    """A query still running at its deadline, or waiting too long for a free slot."""


class Gate:
    """At most ``slots`` queries evaluate at once. A query past its deadline is answered with an
    error at once, but Oxigraph cannot stop a sort or an aggregate half-way: its thread keeps a slot
    until it finishes, so runaway queries cannot pile up without bound."""

    def __init__(self, slots: int = 4) -> None:
        self._slots = threading.BoundedSemaphore(slots)

    def evaluate(self, store: Store, query: str, *, limit: int, timeout: float | None,
                 allow_service: bool, default_graphs: Sequence[str] = (),
                 named_graphs: Sequence[str] = ()) -> Answer:
        if is_update(query):
            raise Refused("this is a SPARQL Update: send it as update=, not query=")
        try:
            check_service(query, allow_service)
        except QueryError as err:
            raise Refused(str(err).replace("pass --allow-service", "start the server with --allow-service")) \
                from None
        if not self._slots.acquire(timeout=timeout if timeout else None):
            raise TimedOut(f"the server is busy: no query slot came free in {timeout:g}s")
        stop = threading.Event()
        outcome: list[Answer | BaseException] = []
        text = with_prefixes(query)

        def work() -> None:
            try:
                outcome.append(_run(store, text, query, limit, stop, default_graphs, named_graphs))
            except BaseException as err:  # handed to the waiting thread
                outcome.append(err)
            finally:
                self._slots.release()

        worker = threading.Thread(target=work, daemon=True, name="kgraph-sparql")
        worker.start()
        worker.join(timeout)
        if not outcome:
            stop.set()  # a streaming query stops at its next row; a sort runs to its end
            raise TimedOut(f"query timed out after {timeout:g}s")
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]


def _run(store: Store, text: str, original: str, limit: int, stop: threading.Event,
         default_graphs: Sequence[str], named_graphs: Sequence[str]) -> Answer:
    options: dict[str, object] = {}
    if default_graphs:
        options["default_graph"] = [NamedNode(g) for g in default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = [NamedNode(g) for g in named_graphs]
    try:
        answer = store.query(text, **options)  # type: ignore[arg-type]
        if isinstance(answer, QueryBoolean):
            return Answer(boolean=bool(answer))
        if isinstance(answer, QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows: list[list[object | None]] = []
            for solution in answer:
                if len(rows) >= limit:
                    return Answer(variables, rows, truncated=True)
                if stop.is_set():
                    break
                rows.append([solution[v] for v in variables])
            return Answer(variables, rows)
        if isinstance(answer, QueryTriples):
            triples: list[Triple] = []
            for triple in answer:
                if len(triples) >= limit:
                    return Answer(triples=triples, truncated=True)
                if stop.is_set():
                    break
                triples.append(triple)
            return Answer(triples=triples)
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {_shift_position(str(err), text, original)}") from err
    except ValueError as err:
        raise QueryError(f"query failed: {err}") from err
    raise QueryError("unsupported query result")
