"""ISO 3166-2 subdivisions and well-known regions, looked up by name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kgraph import gazetteer
from kgraph.knowledge.common import Region, Subdivision, _abbreviation_key, _read_tsv, _split, key

# ---------------------------------------------------------------------------------------------
# Subdivisions

# Types of top-level subdivisions that are local units, not regions news names on their own.
_LOCAL_TYPES = {
    "Municipality", "Urban municipality", "Rural municipality", "District municipality",
    "City municipality", "Local council", "Rayon", "Quarter", "Parish", "Commune", "District",
    "Administrative atoll", "Island council", "Town council", "Ward", "Borough", "Town",
    "Administrative precinct", "Chain (of islands)", "Outlying area",
}
# Countries whose second-level provinces are the unit news names ("Aceh", "Bali", "Hainaut").
_PROVINCE_COUNTRIES = {"BE", "ID"}
# Words that make a name generic when it has no other: "Central", "Northern Province", "West Coast".
_GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "middle", "upper", "lower", "far", "northeast", "northwest", "southeast",
    "southwest", "region", "province", "area", "district",
    "territory", "capital", "national", "coast", "island", "islands", "lakes", "river", "rivers",
    "highlands", "lowlands", "and", "of", "the",
}
# Words after a name that make it a subdivision's ("Idlib province", "Donetsk region").
_REGION_WORDS = {"region", "province", "oblast", "prefecture", "governorate", "state", "krai", "kray",
                 "canton", "voivodeship", "emirate", "republic"}
# Designators after a comma in pycountry's names ("Dagestan, Respublika").
_INVERTED = re.compile(r"^(respublika|principado de|region de|comunidad foral de|comunidad de|"
                       r"comunidad|region|hlavni mesto|city of|unitatea teritoriala autonoma.*|"
                       r"unitatea teritoriala din)$")
# Chinese and Korean designators left off for the bare name ("Guangdong Sheng", "Gyeonggi-do").
_DESIGNATOR_SUFFIX = re.compile(
    r"\s+(Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu)$"
    r"|-(do|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi)$")
_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_PARENS = re.compile(r"\s*\(([^)]*)\)")


@dataclass
class _SubdivisionTables:
    names: dict[str, Subdivision | None]  # bare name key -> subdivision (None: known, turned away)
    abbreviations: dict[str, Subdivision]  # all-capital forms the English-name table lists
    bases: dict[str, Subdivision]  # name key usable before a region word
    by_code: dict[str, Subdivision]
    reasons: dict[str, str]  # name key -> why it is turned away (for tests and debugging)


def _iso_forms(name: str) -> list[str]:
    """The names pycountry's one name stands for, its main name first: alternatives in brackets,
    inversions ("Dagestan, Respublika"), Swedish and East Asian designators left off."""
    alternatives: list[str] = []
    m = re.match(r"^(.*?)\s*\[(.*)\]$", name)
    if m:
        name = m.group(1)
        for alt in m.group(2).split(","):
            alt = re.sub(r"\s*\b[A-Z]{2}-\w+$", "", alt.strip())
            if alt and alt.lower() != "city" and not _CODE.match(alt):
                alternatives.append(alt)
    name = _PARENS.sub("", name).strip()
    forms = [name]
    if ", " in name:
        head, tail = name.split(", ", 1)
        if _INVERTED.match(key(tail)):
            forms = [head] if key(tail).startswith("unitatea") else [head, f"{tail} {head}"]
    forms += alternatives
    for part in list(forms):
        if " / " in part:
            forms.extend(p.strip() for p in part.split(" / "))
        if part.endswith(" län"):
            base = part[:-4]
            forms.append(base[:-1] if base.endswith("s") else base)
        bare = _DESIGNATOR_SUFFIX.sub("", part)
        if bare != part:
            forms.append(bare)
    return forms


def _display_name(iso_name: str) -> str:
    """pycountry's main name without designators: "Guangdong Sheng" -> "Guangdong"."""
    main = _iso_forms(iso_name)[0]
    if main.endswith(" län"):
        main = main[:-4]
        main = main[:-1] if main.endswith("s") else main
    return _DESIGNATOR_SUFFIX.sub("", main)


def _generic(k: str) -> bool:
    return all(w in _GENERIC_WORDS for w in k.split())


@lru_cache(maxsize=1)
def _subdivision_tables() -> _SubdivisionTables:
    import pycountry

    country_names = {c.alpha_2: c.name for c in pycountry.countries}
    english = {row[0]: row for row in _read_tsv("knowledge-subdivision-names.tsv")}
    excluded_codes: set[str] = set()
    excluded_names: dict[str, str] = {}
    for row in _read_tsv("knowledge-subdivision-exclusions.tsv"):
        entry, reason = row[0], (row[1] if len(row) > 1 else "")
        if _CODE.match(entry):
            excluded_codes.add(entry)
        else:
            excluded_names[key(entry)] = reason

    by_code: dict[str, Subdivision] = {}
    for s in pycountry.subdivisions:
        if s.code in excluded_codes:
            continue
        country = gazetteer.country_by_code(s.country_code)
        english_row = english.get(s.code)
        display = (english_row[1] if english_row and len(english_row) > 1 and english_row[1]
                   else _display_name(s.name))
        by_code[s.code] = Subdivision(
            code=s.code, name=display, type=s.type, country=s.country_code,
            country_name=country.name if country else country_names.get(s.country_code, s.country_code),
            iso_name=s.name, parent=s.parent_code)

    # pycountry's names of the subdivisions that qualify
    candidates: dict[str, set[str]] = {}
    forms_of: dict[str, str] = {}
    for s in pycountry.subdivisions:
        if s.code not in by_code:
            continue
        top = not s.parent_code and s.type not in _LOCAL_TYPES
        province = s.parent_code and s.type == "Province" and s.country_code in _PROVINCE_COUNTRIES
        if not (top or province):
            continue
        for form in _iso_forms(s.name):
            k = key(form)
            if k:
                candidates.setdefault(k, set()).add(s.code)
                forms_of.setdefault(k, form)

    names: dict[str, Subdivision | None] = {}
    bases: dict[str, Subdivision] = {}
    reasons: dict[str, str] = {}
    for k, codes in candidates.items():
        countries = {by_code[c].country for c in codes}
        if len(countries) > 1:
            reasons[k] = "ambiguous: " + " ".join(sorted(codes))
            names[k] = None
            continue
        # one country: the top-level region before a city-level or second-level namesake
        best = min((by_code[c] for c in codes),
                   key=lambda sub: (sub.parent is not None, "city" in sub.type.lower(), sub.code))
        bases[k] = best
        form = forms_of[k]
        if gazetteer.country(form) is not None:
            reasons[k] = "country"
        elif gazetteer.demonym(form) is not None:
            reasons[k] = "demonym"
        elif k in excluded_names:
            reasons[k] = "excluded: " + excluded_names[k]
        elif _generic(k):
            reasons[k] = "generic"
        elif gazetteer.city(form) is not None:
            reasons[k] = "city"
        if k in reasons:
            names[k] = None
        else:
            names[k] = best

    # the English-name table: code, display name, names, bases
    abbreviations: dict[str, Subdivision] = {}
    for code, row in english.items():
        sub = by_code.get(code)
        if sub is None:
            raise ValueError(f"knowledge-subdivision-names.tsv: unknown or excluded code {code}")
        for name in _split(row[2]) if len(row) > 2 else ():
            if name.isupper() and name.replace(" ", "").isalpha():
                abbreviations[name] = sub
            else:
                names[key(name)] = sub
                reasons.pop(key(name), None)
        for name in _split(row[3]) if len(row) > 3 else ():
            bases[key(name)] = sub
    return _SubdivisionTables(names, abbreviations, bases, by_code, reasons)


def _short_capitals(text: str) -> bool:
    letters = text.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


@lru_cache(maxsize=65536)
def subdivision(name: str) -> Subdivision | None:
    """The ISO 3166-2 subdivision a name refers to ("England", "Bavaria", "Crimea"), or None.

    None for countries ("Georgia"), cities ("Madrid"), ambiguous ("Punjab") and excluded names
    ("Victoria", "Washington"); see the module docstring for the rules.
    """
    tables = _subdivision_tables()
    text = name.strip()
    if _short_capitals(text):
        return tables.abbreviations.get(_abbreviation_key(text))
    k = key(text)
    if k in tables.names:
        return tables.names[k]
    words = k.split()
    if len(words) >= 2 and words[-1] in _REGION_WORDS:
        sub = tables.bases.get(" ".join(words[:-1]))
        if sub is None or (words[-1] == "state" and sub.country == "US" and text.split()[-1] == "State"):
            return None
        return sub
    return None


def subdivision_by_code(code: str) -> Subdivision | None:
    """The subdivision with this ISO 3166-2 code ("GB-SCT"), whether or not a name reaches it."""
    return _subdivision_tables().by_code.get(code)


# ---------------------------------------------------------------------------------------------
# Regions


@lru_cache(maxsize=1)
def _regions() -> dict[str, Region]:
    table: dict[str, Region] = {}
    for row in _read_tsv("knowledge-regions.tsv"):
        row += [""] * (5 - len(row))
        names = _split(row[0])
        region = Region(names[0], row[1], _split(row[2]), _split(row[3]), row[4])
        for n in names:
            table[key(n)] = region
    return table


@lru_cache(maxsize=65536)
def region(name: str) -> Region | None:
    """A well-known region that is not one subdivision ("Kashmir", "Donbas", "West Bank"), or None."""
    return _regions().get(key(name))


def place(name: str) -> Subdivision | Region | None:
    """The subdivision a name refers to, else the well-known region, else None."""
    return subdivision(name) or region(name)


def _place_id(name: str) -> tuple[str, str] | None:
    sub = subdivision(name)
    if sub is not None:
        return ("subdivision", sub.code)
    reg = region(name)
    if reg is not None:
        return ("region", reg.name)
    country = gazetteer.country(name)
    if country is not None:
        return ("country", country.code)
    return None


def same_place(a: str, b: str) -> bool | None:
    """Whether two place names name the same place: True, False (a part is not its whole:
    "England" is not "the UK", "Crimea" is not "Ukraine"), or None when either is unknown.

    Cities are not compared (the gazetteer keeps one city per name).
    """
    pa, pb = _place_id(a), _place_id(b)
    if pa is None or pb is None:
        return None
    return pa == pb


