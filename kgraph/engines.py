"""Ways to map extraction over articles: in this process, or in a pool of worker processes.

Every engine yields one ``DocFacts`` per article in input order, so they all give the same graph.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator

from kgraph.errors import SourceError
from kgraph.types import Article, DocFacts

Result = DocFacts | SourceError
DEFAULT_BATCH_SIZE = 32


def _extract_batch(nlp, batch: list[Article]) -> list[Result]:  # type: ignore[no-untyped-def]
    from kgraph.extract import extract

    try:
        docs = list(nlp.pipe([a.text for a in batch]))
    except Exception:  # one bad text must not sink its batch: parse them one by one
        return [_extract_one(nlp, a) for a in batch]
    out: list[Result] = []
    for doc, article in zip(docs, batch):
        try:
            out.append(extract(doc, article))
        except Exception as err:
            out.append(SourceError(article.source, f"extraction failed: {err.__class__.__name__}: {err}"))
    return out


def _extract_one(nlp, article: Article) -> Result:  # type: ignore[no-untyped-def]
    from kgraph.extract import extract

    try:
        return extract(nlp(article.text), article)
    except Exception as err:
        return SourceError(article.source, f"analysis failed: {err.__class__.__name__}: {err}")


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def serial(articles: Iterable[Article], model: str | None, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Result]:
    """Extract in this process."""
    from kgraph.nlp import load_model

    nlp = load_model(model)
    for batch in batched(articles, batch_size):
        yield from _extract_batch(nlp, batch)


_WORKER_NLP = None


def _init_worker(model: str | None) -> None:
    global _WORKER_NLP
    from kgraph.nlp import load_model

    _WORKER_NLP = load_model(model)


def _work(batch: list[Article]) -> list[Result]:
    return _extract_batch(_WORKER_NLP, batch)


def pool(articles: Iterable[Article], model: str | None, jobs: int,
         batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Result]:
    """Extract in ``jobs`` worker processes, each loading the model once."""
    # Check the model here first, so that a missing model is one clear error, not one per worker.
    from kgraph.nlp import load_model

    load_model(model)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(model,)) as workers:
        for results in workers.imap(_work, batched(articles, batch_size)):
            yield from results


Engine = Callable[..., Iterator[Result]]


def run_engine(articles: Iterable[Article], model: str | None, jobs: int = 1,
               batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Result]:
    """The engine for ``jobs``: serial for 1, a process pool for more."""
    if jobs <= 1:
        return serial(articles, model, batch_size)
    return pool(articles, model, jobs, batch_size)
