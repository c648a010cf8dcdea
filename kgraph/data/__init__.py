"""kgraph's word lists and tables: TOML and TSV files in this folder, read once each.

The rules' modules load their lists by name (``words("lexicon", "kinship_titles")``), so a list
lives in exactly one file and the code holds none.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed TOML file ``kgraph/data/<name>.toml``."""
    text = resources.files(__name__).joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def _get(name: str, key: str) -> Any:
    try:
        return load(name)[key]
    except KeyError:
        raise KeyError(f"kgraph/data/{name}.toml has no list {key!r}") from None


def words(name: str, key: str) -> frozenset[str]:
    """A word list (a TOML array of strings) as a set."""
    return frozenset(_get(name, key))


def sequence(name: str, key: str) -> tuple[str, ...]:
    """A word list whose order matters."""
    return tuple(_get(name, key))


def table(name: str, key: str) -> dict[str, Any]:
    """A TOML table: word -> value."""
    return dict(_get(name, key))


def grouped(name: str, key: str) -> dict[str, str]:
    """A table written by meaning (meaning -> its words) read as word -> meaning; a word listed
    under two meanings takes the later one."""
    out: dict[str, str] = {}
    for meaning, members in _get(name, key).items():
        for word in members:
            out[word] = meaning
    return out


def text(filename: str) -> str:
    """A data file's text (the TSV tables)."""
    return resources.files(__name__).joinpath(filename).read_text("utf-8")
