"""Names as strings: title and role words, name structure, organisation name cores, folding.

Shared by entity extraction (which adds the parse) and cross-document linking (which has none).


The word lists themselves, each with a comment on what it is for, are in kgraph/data/names.toml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from nameparser.config import CONSTANTS as NAME_CONSTANTS

from kgraph import gazetteer
from kgraph.data import words

LEADING_JUNK: frozenset[str] = words("names", "leading_junk")
NAME_PARTICLES = {p.strip("-'’") for p in NAME_CONSTANTS.prefixes} | words("names", "name_particles")
CONNECTORS: frozenset[str] = words("names", "connectors")
ORG_WORDS: frozenset[str] = words("names", "org_words")
LEGAL_SUFFIXES: frozenset[str] = words("names", "legal_suffixes")
FEMALE_TITLES: frozenset[str] = words("names", "female_titles")
MALE_TITLES: frozenset[str] = words("names", "male_titles")
_TITLES = set(NAME_CONSTANTS.titles) | FEMALE_TITLES | MALE_TITLES
HONORIFICS = FEMALE_TITLES | MALE_TITLES | words("names", "honorifics")
ORG_NOUNS: frozenset[str] = words("names", "org_nouns")
WORK_NOUNS: frozenset[str] = words("names", "work_nouns")
PLACE_NOUNS: frozenset[str] = words("names", "place_nouns")


PERSON_NOUNS: frozenset[str] = words("names", "person_nouns")
PORTFOLIO_TITLES: frozenset[str] = words("names", "portfolio_titles")


_NOT_TITLES: frozenset[str] = words("names", "not_titles")
NAME_SUFFIXES: frozenset[str] = words("names", "name_suffixes")
PERSONAL_HONORIFICS = FEMALE_TITLES | MALE_TITLES | words("names", "personal_honorifics")
_ROLE_WORDS: frozenset[str] = words("names", "role_words")
ADDRESS_TITLES: frozenset[str] = words("names", "address_titles")


@lru_cache(maxsize=65536)
def is_title_word(word: str) -> bool:
    """True for honorifics and titles ("Mr", "President", "Minister")."""
    word = word.lower().strip(".")
    return word in _TITLES and word not in _NOT_TITLES and gazetteer.demonym(word) is None


def is_role_word(word: str) -> bool:
    low = word.lower().strip(".")
    return low in _ROLE_WORDS or (is_title_word(word) and low not in NAME_SUFFIXES)


@dataclass(frozen=True)
class NameParts:
    """A person's name split by nameparser, folded: first, middle names, last, suffix."""

    first: str
    middle: tuple[str, ...]
    last: str
    suffix: str

    @property
    def initial(self) -> bool:
        """Whether the first name is only an initial ("J. Smith")."""
        return len(self.first) == 1


# Words nameparser reads as something other than a plain first or last name.
_NAMEPARSER_WORDS = frozenset().union(
    NAME_CONSTANTS.titles, NAME_CONSTANTS.first_name_titles, NAME_CONSTANTS.suffix_acronyms,
    NAME_CONSTANTS.suffix_not_acronyms, NAME_CONSTANTS.suffix_acronyms_ambiguous,
    NAME_CONSTANTS.prefixes, NAME_CONSTANTS.non_first_name_prefixes, NAME_CONSTANTS.conjunctions,
    NAME_CONSTANTS.bound_first_names)


@lru_cache(maxsize=65536)
def name_parts(name: str) -> NameParts:
    """First, middle, last name and generational suffix of a person's name ("J. Smith Jr.")."""
    plain = _plain_two_words(name)
    if plain is not None:  # most names: what nameparser would say, without its cost
        return NameParts(fold(plain[0]), (), fold(plain[1]), "")
    return _nameparser_parts(name)


def _nameparser_parts(name: str) -> NameParts:
    from nameparser import HumanName

    h = HumanName(name)
    first, middle, last = fold(h.first), fold(h.middle), fold(h.last)
    if not last and first and not middle:  # one word: nameparser calls it a first name
        first, last = "", first
    suffix = " ".join(w for w in fold(h.suffix).replace(",", " ").split() if w in NAME_SUFFIXES)
    suffix = {"junior": "jr", "jnr": "jr", "senior": "sr", "snr": "sr"}.get(suffix, suffix)
    return NameParts(first, tuple(middle.split()), last, suffix)


def _plain_two_words(name: str) -> tuple[str, str] | None:
    """(first, last) of a name of two plain ASCII words that nameparser has no rule for."""
    words = name.split(" ")
    if len(words) != 2:
        return None
    for w in words:
        if not (w.isascii() and w.isalpha() and len(w) > 1) or w.lower() in _NAMEPARSER_WORDS \
                or _nameparser_pattern(w):
            return None
    return words[0], words[1]


def _nameparser_pattern(word: str) -> bool:
    """A roman numeral ("VII") or patronymic ("Ivanovich", "oglu"), which nameparser reads."""
    rx: Any = NAME_CONSTANTS.regexes  # compiled patterns, untyped in nameparser
    low = word.lower()
    return bool(rx.roman_numeral.match(word.upper()) or rx.east_slavic_patronymic.search(low)
                or rx.turkic_patronymic_marker.match(low))


def same_person_name(short: NameParts, full: NameParts) -> bool:
    """Whether ``short`` can name the person named ``full`` ("J. Smith" / "John A. Smith").

    Last names must be equal; first names equal or one the other's initial; each middle name of
    ``short`` must fit one of ``full`` (equal or initial); a suffix, when both have one, must agree.
    """
    if not short.last or short.last != full.last:
        return False
    if short.suffix and full.suffix and short.suffix != full.suffix:
        return False
    if short.suffix and not full.suffix:
        return False
    if short.first and full.first and not _fits(short.first, full.first):
        return False
    if short.first and not full.first:
        return False
    return all(any(_fits(m, f) for f in full.middle) for m in short.middle)


def _fits(short: str, full: str) -> bool:
    """A name word, or its initial ("J" fits "John"; "John" does not fit "J")."""
    return short == full or (len(short) == 1 and full.startswith(short))


ORG_LEGAL: frozenset[str] = words("names", "org_legal")
ORG_TAILS: frozenset[str] = words("names", "org_tails")


@lru_cache(maxsize=65536)
def org_core(name: str) -> tuple[str, tuple[str, ...], str]:
    """(country qualifier code, core words, descriptive tail) of an organisation's name.

    "U.S. Air Force" -> ("US", ("air", "force"), ""); "Ford Motor Co." -> ("", ("ford",), "motor");
    "Apple Inc." -> ("", ("apple",), ""). The core keeps at least one word that is not generic.
    """
    words = [w for w in re.sub(r"'s\b", "", fold(name).replace("-", " ")).split() if w not in "&,()"]
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in ORG_LEGAL:
        words.pop()
    tail: list[str] = []
    while len(words) > 1 and words[-1] in ORG_TAILS and _distinctive(words[:-1]):
        tail.insert(0, words.pop().rstrip("s"))
    qualifier = ""
    for n in (3, 2, 1):
        if len(words) - n >= 2:
            head = " ".join(words[:n])
            found = gazetteer.country(head) or gazetteer.demonym(head)
            if found is not None and _distinctive(words[n:]):
                qualifier, words = found.code, words[n:]
                break
    return qualifier, tuple(words), " ".join(tail)


def _distinctive(words: list[str]) -> bool:
    """Whether a shortened organisation name still says which one it is (not "the", "General")."""
    if not words:
        return False
    if len(words) == 1:
        w = words[0]
        return not (w in CONNECTORS or w in _TITLES or w in ORG_WORDS or len(w) < 2
                    or gazetteer.demonym(w) or gazetteer.country(w))
    return not (gazetteer.country(" ".join(words)) or gazetteer.demonym(" ".join(words)))


@lru_cache(maxsize=1)
def _gender_detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def first_name_gender(word: str) -> str | None:
    """'female', 'male' or None for a given name, from gender-guesser's name lists."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    found = _gender_detector().get_gender(word)
    if found in ("female", "mostly_female"):
        return "female"
    if found in ("male", "mostly_male"):
        return "male"
    if found == "andy":
        return "unknown"
    return None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name key: case, accents, dots and apostrophe forms folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").replace(".", "").casefold()
