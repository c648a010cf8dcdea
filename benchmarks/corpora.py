"""The dev corpora as kgraph Articles, and their parses cached on disk.

Every benchmark script reads its corpus through here, so that all of them see the same texts, and
parsing (the slow part) happens once per corpus and model: the parsed Docs are kept in
``benchmarks/.cache/`` (never committed) as spaCy DocBins, keyed by the texts, the model and the
code that sets sentence starts. Measuring a rule change on every corpus then takes seconds.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "benchmarks"
CACHE = ROOT / "benchmarks" / ".cache"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kgraph.types import Article  # noqa: E402

# --- the corpora ------------------------------------------------------------------------------


def polnear(data: Path | None = None) -> list[Article]:
    """PolNeAR dev: 84 US political news articles (text as published, offsets of the gold)."""
    data = data or SHARED / "polnear-dev"
    out = []
    for txt in sorted((data / "text").glob("*.txt")):
        if sorted((data / "attributions").glob(txt.stem + "_*.ann")):
            text = txt.read_text(encoding="utf-8")
            out.append(Article(id=txt.stem, text=text, source=str(txt)))
    return out


def meantime(data: Path | None = None) -> list[Article]:
    """MEANTIME English: 120 Wikinews articles, detokenised as benchmarks/meantime.py does."""
    from meantime import detokenize, read_conll

    data = data or SHARED / "meantime-en"
    out = []
    for key, sents in read_conll(data / "meantime.conll").items():
        text, _ = detokenize(sents)
        out.append(Article(key, text, key, title=text.split("\n", 1)[0]))
    return out


def redocred(data: Path | None = None) -> list[Article]:
    """Re-DocRED dev: 500 Wikipedia introductions, detokenised as benchmarks/redocred.py does."""
    from redocred import detokenize

    path = data or SHARED / "redocred-dev" / "dev_revised.json"
    docs = json.loads(Path(path).read_text("utf-8"))
    out = []
    for i, d in enumerate(docs):
        text, _ = detokenize(d["sents"])
        out.append(Article(f"redocred-{i}", text, str(path), title=d["title"]))
    return out


def conll(data: Path | None = None) -> list[Article]:
    """CoNLL++ dev (Reuters, 1996): one article per -DOCSTART-, one sentence per line."""
    from conll import read_documents

    path = data or SHARED / "conllpp-dev" / "conllpp_dev.txt"
    return [doc.article for doc in read_documents(Path(path))]


def bbc(n: int = 300, seed: int = 7, data: Path | None = None) -> list[Article]:
    """A fixed random sample of ``n`` BBC News articles (2004-05), read by kgraph's own reader."""
    from kgraph.io.readers import load_articles

    data = data or SHARED / "bbc-news"
    files = sorted(data.glob("*/*.txt"))
    picked = sorted(random.Random(seed).sample(files, min(n, len(files))))
    out = []
    for path in picked:
        for article in load_articles([str(path)], on_error=lambda err: None):
            rel = path.relative_to(data)
            out.append(Article(f"bbc/{rel.parent.name}/{rel.stem}", article.text, str(rel),
                               title=article.title))
    return out


def examples() -> list[Article]:
    """The project's own example articles."""
    from kgraph.io.readers import load_articles

    return list(load_articles([str(ROOT / "examples")], on_error=lambda err: None))


def own_sentences() -> list[Article]:
    """The project's hand-checked relation sentences (tests/data/relations_gold.jsonl)."""
    from relations_gold import ARTICLE_DATE

    out = []
    path = ROOT / "tests" / "data" / "relations_gold.jsonl"
    for i, line in enumerate(path.read_text("utf-8").splitlines()):
        if line.strip():
            rec = json.loads(line)
            out.append(Article(f"gold-{i}", rec["text"], "gold", date=ARTICLE_DATE))
    return out


CORPORA: dict[str, Callable[[], list[Article]]] = {
    "polnear": polnear, "meantime": meantime, "redocred": redocred, "conll": conll, "bbc": bbc,
    "examples": examples, "own": own_sentences,
}


# --- parses, cached ---------------------------------------------------------------------------

def _code_key() -> str:
    """What besides the model decides the parse: kgraph's pipeline setup."""
    return hashlib.sha256((ROOT / "kgraph" / "nlp.py").read_bytes()).hexdigest()[:12]


def _cache_path(name: str, articles: list[Article], model: str) -> Path:
    h = hashlib.sha256()
    for part in (model, _code_key(), *[a.text for a in articles]):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return CACHE / f"{name}-{h.hexdigest()[:16]}.spacy"


_NLP: dict[str | None, object] = {}


def nlp(model: str | None = None):  # type: ignore[no-untyped-def]
    """kgraph's model, loaded once."""
    if model not in _NLP:
        from kgraph.nlp import load_model

        _NLP[model] = load_model(model)
    return _NLP[model]


def model_name(model: str | None = None) -> str:
    from kgraph.nlp import model_description

    return model_description(nlp(model))  # type: ignore[arg-type]


def parsed(name: str, articles: list[Article] | None = None, model: str | None = None
           ) -> Iterator[tuple[Article, object]]:
    """(article, parsed Doc) for each article of a corpus; parses come from the cache when the
    same texts were parsed before by the same model and pipeline code."""
    from spacy.tokens import DocBin

    from kgraph.nlp import parse_texts

    arts = articles if articles is not None else CORPORA[name]()
    pipeline = nlp(model)
    path = _cache_path(name, arts, model_name(model))
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(pipeline.vocab))  # type: ignore[attr-defined]
    else:
        docs = parse_texts(pipeline, [a.text for a in arts], batch_size=32)  # type: ignore[arg-type]
        CACHE.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        tmp = path.with_suffix(".tmp")
        bin_.to_disk(tmp)
        tmp.replace(path)
    yield from zip(arts, docs, strict=True)


def extracted(name: str, articles: list[Article] | None = None, model: str | None = None,
              rules: object | None = None) -> list:  # type: ignore[type-arg]
    """DocFacts for each article of a corpus (parses from the cache)."""
    from kgraph.extract import extract

    if rules is None:
        return [extract(doc, a) for a, doc in parsed(name, articles, model)]  # type: ignore[arg-type]
    return [extract(doc, a, rules=rules) for a, doc in parsed(name, articles, model)]  # type: ignore
