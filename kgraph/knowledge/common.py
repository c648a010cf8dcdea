"""The records the knowledge lookups return, and the name folding they share."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import ClassVar

# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Subdivision:
    """An ISO 3166-2 subdivision."""

    code: str  # "GB-ENG"
    name: str  # English name ("England", "Bavaria")
    type: str  # ISO type ("Country", "Province", "Land", "Autonomous republic"...)
    country: str  # ISO 3166-1 alpha-2 of its country ("GB")
    country_name: str  # "United Kingdom"
    iso_name: str  # pycountry's name ("Bayern")
    parent: str | None = None  # code of the subdivision it belongs to, if any

    entity_type: ClassVar[str] = "Place"


@dataclass(frozen=True)
class Region:
    """A well-known region that is not one ISO subdivision ("Kashmir", "Donbas")."""

    name: str
    kind: str  # disputed, territory, region, geographic
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2 of the countries it lies in
    subdivisions: tuple[str, ...]  # ISO 3166-2 codes it spans, wholly or in part
    note: str

    entity_type: ClassVar[str] = "Place"


@dataclass(frozen=True)
class KnownOrg:
    """A row of organisations.tsv."""

    name: str  # canonical name
    kind: str  # intergovernmental, un-body, eu-body, court, bank, forum, police, ngo, ...
    countries: tuple[str, ...]  # ISO alpha-2 of a national organisation; () when international
    abbreviations: tuple[str, ...]  # matched with their case, dots left out
    aliases: tuple[str, ...]  # other full names
    short: tuple[str, ...]  # bare short forms ("Labour", "Tories", "Greens"), read when capitalised
    bare: bool  # whether the short forms name this organisation on their own in English news
    parent: str | None  # canonical name of the organisation it is part of
    note: str

    type: ClassVar[str] = "Organization"


@dataclass(frozen=True)
class OrgName:
    """What organisations.tsv knows about one name."""

    orgs: tuple[KnownOrg, ...]  # one, or the several an ambiguous key may mean
    form: str  # name, abbreviation, alias, short, ambiguous
    safe: bool  # the name surely means one of ``orgs`` (False for a short form with bare=no)

    @property
    def org(self) -> KnownOrg | None:
        """The organisation this name surely names, or None."""
        return self.orgs[0] if self.safe and len(self.orgs) == 1 else None


# ---------------------------------------------------------------------------------------------
# Folding


_DASHES = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "’": "'", "‘": "'",
                         "`": "'", "ʻ": "'", "ʼ": "'"})


def key(text: str) -> str:
    """A lookup key: case, accents, dots, hyphens, '&', a leading 'the' and a trailing "'s" folded."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_DASHES).replace(".", "").replace("&", " and ").casefold()
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    if words:
        last = words[-1]
        if last.endswith("'s"):
            words[-1] = last[:-2]
        elif last.endswith("s'"):
            words[-1] = last[:-1]
    return " ".join(w for w in words if w)


def _abbreviation_key(text: str) -> str:
    """An abbreviation as written, without dots, spaces, a leading 'the' and a trailing "'s"."""
    text = text.strip().replace("’", "'")
    if text[:4].lower() == "the ":
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text.replace(".", "").replace(" ", "")


def _capitalised(text: str) -> bool:
    """Whether the name, after a leading 'the', starts with a capital ("Labour", "the Tories")."""
    words = text.split()
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _read_tsv(name: str) -> list[list[str]]:
    """Rows of a packaged TSV file: '#' lines and blank lines skipped, fields stripped."""
    text = resources.files("kgraph.data").joinpath(name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([f.strip() for f in line.split("\t")])
    return rows


def _split(field: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in field.split("|") if p.strip())


