"""Well-known international organisations and the main political parties, looked up by name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kgraph.knowledge.common import KnownOrg, OrgName, _abbreviation_key, _capitalised, _read_tsv, _split, key

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
