"""Every engine gives the serial engine's DocFacts, and so the same graph, on the example articles."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import EXAMPLES

from kgraph.engines import EngineError, _windowed, batched, run_engine
from kgraph.io.readers import load_articles
from kgraph.iri import Minter
from kgraph.link import link
from kgraph.rdf import graph_quads
from kgraph.types import Article, DocFacts

# Small batches, so that the examples make several batches and ordering across workers matters.
BATCH = 2
HAS_DASK = importlib.util.find_spec("distributed") is not None


def articles() -> list[Article]:
    return list(load_articles([str(EXAMPLES)]))


def quads(facts: list[DocFacts]) -> set[str]:
    mint = Minter()
    return {str(q) for q in graph_quads(link(facts, mint), mint)}


@pytest.fixture(scope="module")
def serial_facts() -> list[DocFacts]:
    found = list(run_engine(articles(), None, 1, BATCH))
    assert len(found) == len(articles()) > BATCH * 2
    assert all(isinstance(f, DocFacts) for f in found), [f for f in found if not isinstance(f, DocFacts)]
    return found  # type: ignore[return-value]


def _check_same(found: list, serial_facts: list[DocFacts]) -> None:  # type: ignore[type-arg]
    assert [type(f).__name__ for f in found] == ["DocFacts"] * len(serial_facts)
    assert [f.article.id for f in found] == [f.article.id for f in serial_facts]  # input order
    assert found == serial_facts
    assert quads(found) == quads(serial_facts)


@pytest.mark.model
def test_process_pool_gives_the_serial_graph(serial_facts: list[DocFacts]) -> None:
    found = list(run_engine(iter(articles()), None, 2, BATCH, engine="process"))
    _check_same(found, serial_facts)


@pytest.mark.model
@pytest.mark.skipif(not HAS_DASK, reason="dask.distributed is not installed: pip install -e '.[dask]'")
def test_dask_local_cluster_gives_the_serial_graph(serial_facts: list[DocFacts]) -> None:
    found = list(run_engine(iter(articles()), None, 2, BATCH, engine="dask"))
    _check_same(found, serial_facts)


def test_unknown_engine_and_stray_scheduler_are_refused() -> None:
    with pytest.raises(EngineError, match="unknown engine"):
        run_engine([], None, engine="spark")
    with pytest.raises(EngineError, match="--engine dask"):
        run_engine([], None, scheduler="tcp://localhost:8786")


def test_window_keeps_order_and_bounds_what_is_in_flight() -> None:
    arts = [Article(id=str(n), text="x", source=f"s{n}") for n in range(23)]
    in_flight: list[int] = []
    peak = 0

    def submit(batch: list[Article]) -> list[Article]:
        nonlocal peak
        in_flight.append(1)
        peak = max(peak, len(in_flight))
        return batch

    def collect(handle: list[Article], batch: list[Article]) -> list:  # type: ignore[type-arg]
        in_flight.pop()
        return [a.id for a in handle]

    out = list(_windowed(batched(iter(arts), 4), submit, collect, window=3))
    assert out == [str(n) for n in range(23)]
    assert peak == 3


def test_failures_travel_back_from_workers_as_source_errors() -> None:
    import pickle

    from kgraph.engines import from_wire, to_wire
    from kgraph.errors import SourceError

    facts = DocFacts(Article(id="a", text="x", source="a.txt"))
    sent = pickle.loads(pickle.dumps(to_wire([facts, SourceError("b.txt", "extraction failed: boom")])))
    back = from_wire(sent)
    assert back[0] == facts
    assert isinstance(back[1], SourceError)
    assert (back[1].source, back[1].reason) == ("b.txt", "extraction failed: boom")
