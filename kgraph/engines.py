"""Ways to map extraction over articles: in this process, in a local process pool, or on Dask.

Every engine cuts the articles into the same batches (``batch_size`` articles, parsed together by
``nlp.pipe``), extracts each batch with the same function, and yields one ``DocFacts`` (or a
``SourceError``) per article in input order; so they all give the same graph. Only small records
travel between processes: ``Article`` batches out, ``DocFacts`` lists back.

All of them stream: a bounded number of batches is in flight at any time (a window of a few
batches per worker), so memory stays flat however long the input is.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kgraph.errors import EngineError, SourceError
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.types import Article, DocFacts

Result = DocFacts | SourceError
DEFAULT_BATCH_SIZE = 32
ENGINES = ("serial", "process", "dask")
# Batches in flight per worker: enough to keep every worker busy while results travel back.
WINDOW_PER_WORKER = 2
DEFAULT_DASK_WORKERS = 2




# -- the one unit of work -------------------------------------------------------------------

def _parse(nlp, texts: list[str], batch_size: int) -> list:  # type: ignore[no-untyped-def,type-arg]
    try:  # very long texts are parsed in pieces, when kgraph.nlp offers it
        from kgraph.nlp import parse_texts
    except ImportError:  # pragma: no cover - older kgraph.nlp
        return list(nlp.pipe(texts, batch_size=batch_size))
    return parse_texts(nlp, texts, batch_size=batch_size)


def _extract_batch(nlp, batch: list[Article], rules: RuleSet = ALL_RULES) -> list[Result]:  # type: ignore[no-untyped-def]
    from kgraph.extract import extract

    try:
        docs = _parse(nlp, [a.text for a in batch], max(len(batch), 1))
    except Exception:  # one bad text must not sink its batch: parse them one by one
        return [_extract_one(nlp, a, rules) for a in batch]
    out: list[Result] = []
    for doc, article in zip(docs, batch, strict=True):
        try:
            out.append(extract(doc, article, rules))
        except Exception as err:
            out.append(SourceError(article.source, f"extraction failed: {err.__class__.__name__}: {err}"))
    return out


def _extract_one(nlp, article: Article, rules: RuleSet = ALL_RULES) -> Result:  # type: ignore[no-untyped-def]
    from kgraph.extract import extract

    try:
        doc = _parse(nlp, [article.text], 1)[0]
    except Exception as err:
        return SourceError(article.source, f"analysis failed: {err.__class__.__name__}: {err}")
    try:
        return extract(doc, article, rules)
    except Exception as err:
        return SourceError(article.source, f"extraction failed: {err.__class__.__name__}: {err}")


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _windowed(batches: Iterator[list[Article]], submit: Callable[[list[Article]], Any],
              collect: Callable[[Any, list[Article]], list[Result]], window: int) -> Iterator[Result]:
    """Keep at most ``window`` batches submitted and not yet yielded; yield results in order.

    Waiting on the oldest batch (rather than on whichever finishes first) keeps the output in
    input order with no reorder buffer beyond the window itself.
    """
    pending: deque[tuple[Any, list[Article]]] = deque()
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                break
            pending.append((submit(batch), batch))
        if not pending:
            return
        handle, batch = pending.popleft()
        yield from collect(handle, batch)


def _batch_failed(batch: list[Article], err: BaseException) -> list[Result]:
    why = f"worker failed: {err.__class__.__name__}: {err}"
    return [SourceError(a.source, why) for a in batch]


# -- worker-side model cache ----------------------------------------------------------------

# One model per process (and per model name), loaded by the first batch that needs it. Pool
# workers, Dask workers on this machine and Dask workers on other machines all go through here.
_MODELS: dict[str | None, Any] = {}


def _worker_nlp(model: str | None):  # type: ignore[no-untyped-def]
    nlp = _MODELS.get(model)
    if nlp is None:
        from kgraph.nlp import load_model

        nlp = _MODELS[model] = load_model(model)
    return nlp


@dataclass(frozen=True)
class _Failure:
    """A SourceError as it travels back from a worker (SourceError itself does not unpickle)."""

    source: str
    reason: str


Wire = DocFacts | _Failure


def to_wire(results: list[Result]) -> list[Wire]:
    return [_Failure(r.source, r.reason) if isinstance(r, SourceError) else r for r in results]


def from_wire(results: list[Wire]) -> list[Result]:
    return [SourceError(r.source, r.reason) if isinstance(r, _Failure) else r for r in results]


def _work(model: str | None, batch: list[Article], rules: RuleSet = ALL_RULES) -> list[Wire]:
    return to_wire(_extract_batch(_worker_nlp(model), batch, rules))


def _warm(model: str | None) -> str:
    """Load the model (and the extractors' lazily loaded tables) before the first batch arrives."""
    from kgraph.nlp import model_description

    nlp = _worker_nlp(model)
    _extract_batch(nlp, [Article(id="warm-up", text="Ms Ada Obi, the mayor of Paris, said: \"Yes.\"",
                                 source="warm-up", title="Warm-up")])
    return model_description(nlp)


# -- engines --------------------------------------------------------------------------------

def serial(articles: Iterable[Article], model: str | None,
           batch_size: int = DEFAULT_BATCH_SIZE, rules: RuleSet = ALL_RULES) -> Iterator[Result]:
    """Extract in this process."""
    nlp = _worker_nlp(model)
    for batch in batched(articles, batch_size):
        yield from _extract_batch(nlp, batch, rules)


class _Pool:
    """A process pool that replaces itself when a worker dies (killed, out of memory, crashed).

    A batch in flight when that happens is run once more in the new pool; if it kills a worker
    again its articles are reported as failed and the run goes on with the next batches.
    """

    def __init__(self, model: str | None, jobs: int, rules: RuleSet = ALL_RULES) -> None:
        self.model = model
        self.jobs = jobs
        self.rules = rules
        self.executor = self._start()

    def _start(self):  # type: ignore[no-untyped-def]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        ctx = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_warm, initargs=(self.model,))

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def submit(self, batch: list[Article]):  # type: ignore[no-untyped-def]
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.executor.submit(_work, self.model, batch, self.rules)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(_work, self.model, batch, self.rules)

    def collect(self, future, batch: list[Article]) -> list[Result]:  # type: ignore[no-untyped-def]
        from concurrent.futures.process import BrokenProcessPool

        try:
            return from_wire(future.result())
        except BrokenProcessPool:
            pass
        except Exception as err:
            return _batch_failed(batch, err)
        try:
            return from_wire(self.submit(batch).result())
        except BrokenProcessPool as err:
            self._restart()
            return _batch_failed(batch, err)
        except Exception as err:
            return _batch_failed(batch, err)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def pool(articles: Iterable[Article], model: str | None, jobs: int,
         batch_size: int = DEFAULT_BATCH_SIZE, rules: RuleSet = ALL_RULES) -> Iterator[Result]:
    """Extract in ``jobs`` local worker processes, each loading the model once."""
    # Check the model here first, so that a missing model is one clear error, not one per worker.
    from kgraph.nlp import load_model

    load_model(model)
    workers = _Pool(model, jobs, rules)
    try:
        yield from _windowed(batched(articles, batch_size), workers.submit, workers.collect,
                             WINDOW_PER_WORKER * jobs)
    finally:
        workers.close()


def dask(articles: Iterable[Article], model: str | None, jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
         scheduler: str | None = None, rules: RuleSet = ALL_RULES) -> Iterator[Result]:
    """Extract on Dask: a LocalCluster of worker processes, or the cluster at ``scheduler``.

    Each worker process loads the model once (on its first batch, or up front through
    ``Client.run``) and returns ``DocFacts`` lists; linking and writing happen here afterwards.
    A LocalCluster has ``jobs`` workers (2 when ``jobs`` is 1) of one thread each.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise EngineError("the dask engine needs dask.distributed: pip install 'kgraph[dask]' "
                          "(or pip install 'dask[distributed]')") from err
    from kgraph.nlp import load_model

    load_model(model)  # a missing model is one clear error here, before any worker starts
    cluster = None
    try:
        if scheduler is None:
            import logging

            cluster = LocalCluster(n_workers=jobs if jobs > 1 else DEFAULT_DASK_WORKERS, threads_per_worker=1,
                                   processes=True, dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise EngineError(f"could not reach {where}: {err}") from err
    try:
        if scheduler is not None:
            client.wait_for_workers(1, timeout=60)
        client.run(_warm, model)  # every worker loads the model now, all at once
        threads = sum(client.nthreads().values()) or 1
        window = max(WINDOW_PER_WORKER * threads, 2)
        counter = itertools.count()

        def submit(batch: list[Article]):  # type: ignore[no-untyped-def]
            key = f"kgraph-extract-{os.getpid()}-{next(counter)}"
            return client.submit(_work, model, batch, rules, key=key, pure=False, retries=1)

        def collect(future, batch: list[Article]) -> list[Result]:  # type: ignore[no-untyped-def]
            try:
                return from_wire(future.result())
            except Exception as err:
                return _batch_failed(batch, err)
            finally:
                future.release()

        yield from _windowed(batched(articles, batch_size), submit, collect, window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_engine(articles: Iterable[Article], model: str | None, jobs: int = 1,
               batch_size: int = DEFAULT_BATCH_SIZE, engine: str = "serial",
               scheduler: str | None = None, rules: RuleSet = ALL_RULES) -> Iterator[Result]:
    """The engine asked for.

    ``serial`` (the default) runs in this process for ``jobs`` 1 and in a local process pool for
    more; ``process`` is always the pool; ``dask`` runs on a LocalCluster of ``jobs`` workers (2 when
    ``jobs`` is 1), or on the cluster whose scheduler is at ``scheduler`` (``tcp://host:8786``).
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise EngineError("--scheduler needs --engine dask")
    if engine == "dask":
        return dask(articles, model, jobs, batch_size, scheduler, rules)
    if engine == "process" or jobs > 1:
        return pool(articles, model, max(jobs, 1), batch_size, rules)
    return serial(articles, model, batch_size, rules)
