"""Offline world knowledge: subdivisions, well-known regions and organisations, from kept data.

Pure lookups on names as strings, for entity typing, coreference and cross-document linking:

* ``subdivision(name)``: an ISO 3166-2 subdivision news names as a place of its own ("England" is
  GB-ENG, "Bavaria" DE-BY, "Crimea" UA-43), from pycountry and an English-name table.
* ``region(name)``: a well-known region that is not one subdivision ("Kashmir", "Donbas", "Gaza
  Strip", "the Sahel"), with the countries and subdivisions it spans.
* ``place(name)``: the subdivision, else the region.
* ``same_place(a, b)``: whether two place names name the same place, as far as the data knows.
* ``organisation(name)`` / ``organisation_form(name)``: well-known international organisations and
  the main political parties ("UN", "the United Nations", "SNP", "Tories").
* ``same_organisation(a, b)``: True, False (the data knows they differ) or None (it does not know).

Data (kgraph/data): ``knowledge-subdivision-names.tsv`` (English names of subdivisions news uses),
``knowledge-subdivision-exclusions.tsv`` (subdivision names more often something else),
``knowledge-regions.tsv`` and ``organisations.tsv``. Every table is built once, lazily, on the first
call, and the lookups are cached.

Which subdivisions answer, in this order:

1. a name in the English-name table (curated: it wins over the rules below; "England" answers
   although kgraph.gazetteer maps it to GB);
2. an all-capital short form ("IMO" is not Nigeria's Imo state) answers only when the table lists
   it ("NRW");
3. pycountry's names (and their bracketed, inverted and unsuffixed forms: "Catalunya [Cataluña]",
   "Dagestan, Respublika", "Guangdong Sheng") of top-level subdivisions that are regions, not local
   units (no municipalities, districts, parishes, communes, rayons...), plus the provinces of
   Belgium and Indonesia, unless the name is a country's (countries win: "Georgia",
   "Luxembourg"), a demonym ("Somali"), a city of at least
   gazetteer.MIN_CITY_POPULATION people (cities win: "Madrid", "Idlib", "Berlin"), made only of
   generic words ("Central", "Northern Province", "West Coast"), shared by subdivisions of two
   countries ("Punjab", "Amazonas", "Limburg"), or listed in the exclusion file;
4. "<name> region/province/oblast/state/..." when <name> is an unambiguous subdivision name, even
   one the rules above turn away ("Idlib province", "Washington state", "Lazio region"). A US
   state with a capital "State" is left out: "Ohio State" is a university.

Organisations: case, accents, dots, hyphens, "&", a leading "the" and a trailing "'s" are folded;
abbreviations are matched with their case ("WHO", not "who"); short forms ("Labour", "Tories") only
when written with a capital. A key that names two listed organisations ("ICC": the International
Criminal Court and the International Cricket Council) is declared in organisations.tsv and is no
lookup key. Generic party names ("Labour Party", "Democratic Party", "Green Party") have one reading,
the British or American party English news means; parties elsewhere that share such a name are not
listed, so that same_organisation() never calls a local party and its British namesake different.

Timing (measured on a 2-core container, Python 3.11, pycountry 26.2): the first subdivision() call
takes about 0.42 s in a fresh process, of which about 0.2-0.3 s is kgraph.gazetteer loading its
countries, cities and demonyms (which a build loads anyway); with the gazetteer loaded, building the
subdivision tables takes about 0.15 s, the region table under 1 ms and the organisation table
about 3 ms. 100,000 lookups of distinct names (cache misses) take about 0.25 s for subdivision(),
0.32 s for organisation() and 0.20 s for region() (2-3 µs each); 100,000 repeated lookups take
under 0.01 s (lru_cache); 100,000 same_organisation() calls take about 0.1 s.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import ClassVar

from kgraph import gazetteer

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


# ---------------------------------------------------------------------------------------------
# Organisations


@dataclass
class _OrgTables:
    abbreviations: dict[str, OrgName]  # exact, dots and spaces left out
    names: dict[str, OrgName]  # folded keys of names, aliases and short forms
    orgs: tuple[KnownOrg, ...]
    ambiguous: dict[str, tuple[str, ...]]  # declared ambiguous key -> canonical names


def _parse_org_rows() -> tuple[list[KnownOrg], list[tuple[str, tuple[str, ...]]]]:
    orgs: list[KnownOrg] = []
    ambiguous: list[tuple[str, tuple[str, ...]]] = []
    for row in _read_tsv("organisations.tsv"):
        if len(row) > 9:
            raise ValueError(f"organisations.tsv: too many fields: {row}")
        row += [""] * (9 - len(row))
        name, kind, countries, abbrs, aliases, short, bare, parent, note = row
        if not name or not kind:
            raise ValueError(f"organisations.tsv: a row needs a name and a kind: {row}")
        if kind == "ambiguous":
            ambiguous.append((name, _split(aliases)))
            continue
        if bare not in ("yes", "no", ""):
            raise ValueError(f"organisations.tsv: bare must be yes or no: {row}")
        orgs.append(KnownOrg(name, kind, _split(countries), _split(abbrs), _split(aliases),
                             _split(short), bare != "no", parent or None, note))
    return orgs, ambiguous


@lru_cache(maxsize=1)
def _org_tables() -> _OrgTables:
    orgs, declared = _parse_org_rows()
    by_name = {o.name: o for o in orgs}
    abbreviations: dict[str, OrgName] = {}
    names: dict[str, OrgName] = {}

    def put(table: dict[str, OrgName], k: str, entry: OrgName) -> None:
        if k in table and table[k].orgs != entry.orgs:
            raise ValueError(f"organisations.tsv: {k!r} names {table[k].orgs[0].name} and "
                             f"{entry.orgs[0].name}; declare it ambiguous instead")
        table.setdefault(k, entry)

    for o in orgs:
        for a in o.abbreviations:
            put(abbreviations, _abbreviation_key(a), OrgName((o,), "abbreviation", True))
        put(names, key(o.name), OrgName((o,), "name", True))
        for a in o.aliases:
            put(names, key(a), OrgName((o,), "alias", True))
        for s in o.short:
            put(names, key(s), OrgName((o,), "short", o.bare))
        if o.parent is not None and o.parent not in by_name:
            raise ValueError(f"organisations.tsv: unknown parent {o.parent!r} of {o.name}")
    ambiguous: dict[str, tuple[str, ...]] = {}
    for form, meant in declared:
        missing = [m for m in meant if m not in by_name]
        if len(meant) < 2 or missing:
            raise ValueError(f"organisations.tsv: ambiguous {form!r} needs two known names: {meant}")
        entry = OrgName(tuple(by_name[m] for m in meant), "ambiguous", True)
        ambiguous[form] = meant
        if form.replace(".", "").replace(" ", "").isupper():
            if _abbreviation_key(form) in abbreviations:
                raise ValueError(f"organisations.tsv: {form!r} is both a key and ambiguous")
            abbreviations[_abbreviation_key(form)] = entry
        else:
            if key(form) in names:
                raise ValueError(f"organisations.tsv: {form!r} is both a key and ambiguous")
            names[key(form)] = entry
    return _OrgTables(abbreviations, names, tuple(orgs), ambiguous)


@lru_cache(maxsize=65536)
def organisation_form(name: str) -> OrgName | None:
    """All organisations.tsv knows about a name: the organisations it may mean, its form, and
    whether it surely means them. An unsafe short form ("Greens") or an ambiguous key ("ICC")
    still says the name is an organisation's."""
    tables = _org_tables()
    found = tables.abbreviations.get(_abbreviation_key(name)) if name.strip() else None
    if found is not None:
        return found
    found = tables.names.get(key(name))
    if found is not None and found.form == "short" and not _capitalised(name):
        return None  # "labour market", "the greens of the course"
    return found


@lru_cache(maxsize=65536)
def organisation(name: str) -> KnownOrg | None:
    """The well-known organisation a name surely names ("UN", "the United Nations", "SNP",
    "Tories"), or None: unknown, ambiguous ("ICC") or a short form that is not safe ("Greens")."""
    found = organisation_form(name)
    return found.org if found is not None else None


def same_organisation(a: str, b: str) -> bool | None:
    """Whether two names name the same organisation, as organisations.tsv knows it.

    True when both surely name the same row ("SNP" and "Scottish National Party"; "Labour" and
    "the Labour Party"). False when the list knows they differ: both are known and no reading of
    one is a reading of the other ("SNP" and "BNP"; "European Council" and "Council of Europe";
    a part is not its whole: "Scottish Labour" is not "Labour", "UNICEF" is not "the UN"), or a
    name that is not safe on its own ("Greens") meets one of another kind ("FIFA"). None when
    either is unknown, or an unsafe name meets one of its own kind ("Greens", "Scottish Greens").
    """
    fa, fb = organisation_form(a), organisation_form(b)
    if fa is None or fb is None:
        return None
    if fa.safe and fb.safe:
        if len(fa.orgs) == 1 and fa.orgs == fb.orgs:
            return True
        if set(fa.orgs).isdisjoint(fb.orgs):
            return False
        return None
    if all(x.kind != y.kind for x in fa.orgs for y in fb.orgs):
        return False
    return None


def known_organisations() -> tuple[KnownOrg, ...]:
    """Every row of organisations.tsv, in file order."""
    return _org_tables().orgs
