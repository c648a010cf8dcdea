"""Names as strings: title and role words, name structure, organisation name cores, folding.

Shared by entity extraction (which adds the parse) and cross-document linking (which has none).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from nameparser.config import CONSTANTS as NAME_CONSTANTS

from kgraph import gazetteer

# Words that open a name but are not part of it.
LEADING_JUNK = {"the", "a", "an", "this", "that", "these", "those", "former", "late", "then"}
# Lowercase words that may stand inside a person's name ("Ludwig van Beethoven").
NAME_PARTICLES = {p.strip("-'’") for p in NAME_CONSTANTS.prefixes} | {"bin", "binti", "bint"}
# Lowercase words that may stand inside an organisation's or place's name.
CONNECTORS = {"of", "and", "for", "the", "de", "du", "des", "la", "le", "del", "di", "&", "on", "in",
               "am", "upon", "-", "'s", "’s", "'", "’", "da", "y", "und", "at"}
# Last words of organisation names, and legal suffixes left out of the name key.
ORG_WORDS = {
    "agency", "airline", "airlines", "army", "association", "authority", "bank", "board", "bureau",
    "club", "coalition", "college", "commission", "committee", "company", "congress", "corp",
    "corporation", "council", "court", "department", "fc", "federation", "fm", "force", "forces",
    "foundation", "front", "fund", "group", "holdings", "inc", "institute", "league", "ltd",
    "media", "ministry", "movement", "network", "news", "office", "organisation", "organization",
    "parliament", "party", "plc", "police", "post", "press", "radio", "school", "service",
    "society", "times", "tv", "union", "university", "inc.", "ltd.", "co", "co.", "llc", "gmbh",
    "ag", "sa", "nv", "limited", "assembly", "senate", "tribunal", "cabinet", "guard", "navy",
    "brigade", "battalion", "regiment", "telegraph", "herald", "journal", "guardian", "broadcasting",
    "television", "channel", "trust", "partnership", "alliance", "cooperative", "mining", "coal",
    "energy", "oil", "motors", "airways", "systems", "technologies", "labs", "capital", "partners",
    "academy", "band", "orchestra", "choir", "records", "museum",
}
LEGAL_SUFFIXES = {"inc", "ltd", "plc", "corp", "co", "llc", "gmbh", "ag", "sa", "nv", "limited",
                   "corporation", "company"}
FEMALE_TITLES = {"ms", "mrs", "miss", "madam", "madame", "lady", "dame", "queen", "princess",
                  "duchess", "baroness", "sister", "mme", "mlle", "frau"}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "duke", "baron", "father", "brother",
                "monsieur", "herr", "m"}
_TITLES = set(NAME_CONSTANTS.titles) | FEMALE_TITLES | MALE_TITLES
# Titles that, opening a span the model tagged ORG or GPE, show the span is really a person
# ("President Macron" tagged ORG); wider title words ("National", "Federal") open real org names.
HONORIFICS = FEMALE_TITLES | MALE_TITLES | {
    "dr", "prof", "professor", "president", "chancellor", "minister", "senator", "governor", "mayor",
    "pope", "general", "judge", "justice", "rep", "sen", "gov", "premier", "sheikh", "imam", "rabbi",
    "reverend", "rev", "archbishop", "bishop", "cardinal", "emperor", "empress", "tsar", "chairman",
    "chairwoman", "coach", "captain", "colonel", "commander", "lieutenant", "sergeant", "secretary",
    "ambassador", "prosecutor", "inspector", "detective", "officer", "chief", "speaker", "vice",
}
# Nouns that, in apposition to a name ("Rheinland Energie, the utility"), say what it is.
ORG_NOUNS = {
    "company", "firm", "utility", "group", "corporation", "business", "bank", "newspaper", "paper",
    "broadcaster", "network", "channel", "station", "club", "team", "side", "party", "union",
    "charity", "organisation", "organization", "agency", "ministry", "department", "council",
    "committee", "commission", "court", "university", "school", "college", "institute", "airline",
    "operator", "manufacturer", "maker", "producer", "retailer", "supplier", "lender", "insurer",
    "carrier", "startup", "conglomerate", "subsidiary", "regulator", "watchdog", "campaign",
    "movement", "alliance", "coalition", "federation", "association", "outlet", "publisher",
    "magazine", "tabloid", "daily", "weekly", "website", "platform", "developer", "exchange",
    "consultancy", "nonprofit", "ngo", "think-tank", "tank", "government", "administration", "army",
    "militia", "brand", "chain", "giant", "label", "studio", "band", "fund", "trust", "foundation",
    "automaker", "carmaker", "planemaker", "shipbuilder", "contractor", "duo", "trio", "quartet",
    "ensemble", "orchestra", "choir",
}
# Nouns that say a name is a work, not a person, organisation or place ("X is a 1993 film").
# Not "comic": "Peter Kay is a comic" is a comedian.
WORK_NOUNS = {
    "film", "movie", "song", "single", "album", "ep", "novel", "book", "series", "sitcom", "show",
    "programme", "documentary", "episode", "play", "opera", "musical", "poem", "painting",
    "sculpture", "anime", "manga", "videogame", "soundtrack", "ballad", "anthem", "hymn",
    "telenovela", "miniseries", "franchise", "trilogy", "memoir", "biography", "autobiography",
    "volume", "treatise", "textbook",
}
PLACE_NOUNS = {
    "city", "town", "village", "region", "province", "state", "country", "capital", "district",
    "county", "island", "suburb", "port", "valley", "river", "neighbourhood", "neighborhood",
    "municipality", "territory", "area", "enclave", "border", "coast", "mountain", "lake",
}


PERSON_NOUNS = {
    "organiser", "organizer", "footballer", "player", "spokesman", "spokeswoman", "spokesperson",
    "lawyer", "student", "resident", "official", "worker", "leader", "member", "candidate",
    "journalist", "reporter", "writer", "author", "analyst", "economist", "executive", "founder",
    "novelist", "activist", "campaigner", "politician", "lawmaker", "legislator", "businessman",
    "businesswoman", "entrepreneur", "billionaire", "millionaire", "actor", "actress", "singer",
    "artist", "scientist", "researcher", "professor", "teacher", "headteacher", "doctor", "nurse",
    "engineer", "farmer", "miner", "driver", "pilot", "soldier", "officer", "veteran", "victim",
    "survivor", "witness", "suspect", "defendant", "man", "woman", "boy", "girl", "mother", "father",
    "son", "daughter", "wife", "husband", "brother", "sister", "widow", "grandmother", "grandfather",
    "chair", "chairman", "chairwoman", "director", "manager", "coach", "striker", "midfielder",
    "defender", "goalkeeper", "captain", "minister", "secretary", "mayor", "governor", "senator",
    "president", "adviser", "advisor", "aide", "envoy", "diplomat", "ambassador", "negotiator",
}
# Titles that name a government portfolio when a capitalised field precedes them
# ("Transport Minister", "Home Secretary"): the field is part of the title, not an organisation.
PORTFOLIO_TITLES = {"minister", "secretary", "commissioner"}


# nameparser lists these as titles, but in news they open the names of organisations and places
# ("General Motors", "Apple Computer", "Air Force", "United States", "National Bank").
_NOT_TITLES = {
    "air", "army", "navy", "united", "us", "uk", "states", "state", "kingdom", "national", "federal",
    "group", "computer", "software", "information", "intelligence", "security", "television", "radio",
    "police", "military", "first", "high", "grand", "supreme", "foreign", "civil", "social", "special",
    "political", "financial", "corporate", "business", "credit", "tax", "law", "legal", "customs",
    "revenue", "travel", "film", "opera", "theater", "theatre", "ballet", "blues", "rock", "soccer",
    "baseball", "classical", "comic", "discovery", "division", "district", "family", "field", "flag",
    "flying", "her", "his", "me", "met", "most", "mystery", "right", "risk", "strategy", "technical",
    "voice", "wing", "bench", "banner", "bearer", "biblical", "burlesque", "celebrity", "designated",
    "docket", "excellent", "hereditary", "knowledge", "literary", "marketing", "mathematics",
    "municipal", "operating", "personality", "petty", "private", "pro", "rear", "staff", "superior",
    "warrant", "advertising", "analytics", "appellate", "behavioral", "criminal", "judicial",
    "metropolitan", "award-winning", "royal", "master", "model", "host", "investor",
}
# Generational suffixes: "Paul Desmarais Jr." and "Paul Desmarais Sr." are father and son.
NAME_SUFFIXES = {"jr", "sr", "jnr", "snr", "junior", "senior", "ii", "iii", "iv"}
# Titles that make a span the model tagged ORG or GPE a person's ("President Macron" as ORG) even
# without a known first name; "General", "Chief" or "Vice" also open organisation names.
PERSONAL_HONORIFICS = FEMALE_TITLES | MALE_TITLES | {
    "dr", "prof", "professor", "president", "chancellor", "minister", "senator", "governor", "mayor",
    "pope", "rep", "sen", "gov", "premier", "sheikh", "imam", "rabbi", "reverend", "rev", "archbishop",
    "bishop", "cardinal", "emperor", "empress", "tsar", "chairman", "chairwoman",
}
# Roles that are never a name on their own ("CEO" left over from "Apple CEO Steve Jobs").
_ROLE_WORDS = {"ceo", "cfo", "coo", "cto", "md", "vp", "officer", "executive", "chief", "spokesman",
               "spokeswoman", "spokesperson", "founder", "co-founder", "chairman", "chairwoman"}


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


# Words after an organisation's core name that do not change which organisation it is ("Ford
# Motor Company", "Apple Computer", "Aer Lingus Group PLC"); a descriptive tail may, so it links
# only when the corpus shows no other tail on the same core.
ORG_LEGAL = {"inc", "incorporated", "ltd", "plc", "corp", "corporation", "co", "company", "llc", "gmbh",
             "ag", "sa", "nv", "limited", "group", "holdings", "lp", "llp", "pty", "bv", "spa", "se"}
ORG_TAILS = {"motor", "motors", "computer", "computers", "airlines", "airline", "airways",
             "electronics", "industries", "systems", "technologies", "communications",
             "pharmaceuticals", "entertainment", "international", "worldwide"}


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
