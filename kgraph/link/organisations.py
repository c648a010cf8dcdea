"""Organisations: a core name and its variants with a legal form, a country or a descriptive tail."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kgraph import gazetteer, knowledge
from kgraph.data import words
from kgraph.extract.registry import declare
from kgraph.link.base import Local, Unions, name_words
from kgraph.names import org_core

CORE_VARIANT = declare(
    "link.organisations.core_variant", "merge",
    'A core name and its variants, when the corpus shows one qualifier and one tail for it ("Ford" / '
    '"Ford Motor Company", "Air Force" / "U.S. Air Force").').id

# Demonyms of a part of a country: "Scottish" in "Scottish Football Association" says which
# organisation it is, where "US" in "US Air Force" only says whose.
PART_DEMONYMS: frozenset[str] = words("link", "part_demonyms")


@dataclass(frozen=True)
class _Variant:
    qualifier: str  # "" or the qualifier: a country's code ("US" for "U.S." and "United States"),
    #                 else the demonym's words ("american"), so that "Scottish" is not "British"
    code: str  # the qualifier's country code ("" when none)
    tail: str
    loc: Local


def _qualifier(name: str, code: str, core: tuple[str, ...]) -> str | None:
    """The qualifier of ``name`` as compared ("US", "american"); None when it is no qualifier but a
    distinguishing word: a part of a country ("Scottish", "Wales")."""
    if not code:
        return ""
    folded = name_words(name)
    head = next((" ".join(folded[:n]) for n in (3, 2, 1) if folded[n:n + len(core)] == core), None)
    if head is None:
        return code
    if head in PART_DEMONYMS or knowledge.subdivision(head) is not None:
        return None
    return code if gazetteer.country(head) is not None else head


def link_organisations(orgs: list[Local], unions: Unions) -> None:
    """A core name and its variants, when the corpus shows one qualifier and one tail, no two
    organisations knowledge says differ, and every unqualified variant's article names the
    qualifier's country."""
    by_core: dict[tuple[str, ...], list[_Variant]] = defaultdict(list)
    known: dict[tuple[str, ...], set[str]] = defaultdict(set)  # core -> well-known organisations it names
    for loc in orgs:
        seen = set()
        # An acronym alias is no variant: an abbreviation joins only the name it abbreviates
        # (the name keys), not "OSI Pharmaceuticals" because one article's "Open Society Institute" is "OSI".
        for n in (loc.entity.name, *(a for a in loc.entity.aliases if not a.isupper())):
            code, core, tail = org_core(n)
            if not core:
                continue
            qualifier = _qualifier(n, code, core)
            if qualifier is None:
                continue
            if (core, qualifier, tail) not in seen:
                seen.add((core, qualifier, tail))
                by_core[core].append(_Variant(qualifier, code, tail, loc))
                found = knowledge.organisation(n)
                if found is not None:
                    known[core].add(found.name)
    for core, variants in by_core.items():
        qualifiers = {v.qualifier for v in variants if v.qualifier}
        tails = {v.tail for v in variants if v.tail}
        if not qualifiers and not tails:
            continue  # nothing but the bare name: the name keys have linked it already
        if len(qualifiers) > 1 or len(tails) > 1:
            continue  # "Delta Air Lines" and "Delta Electronics": the bare "Delta" could be either
        if len(known[core]) > 1:
            continue  # knowledge says two of them differ: "Scottish Conservative Party" is a branch
        if qualifiers:
            # "Court of Appeal" joins "US Court of Appeal" only when every article of the bare name
            # is about the US: it names the country, or the qualified name itself.
            code = next(v.code for v in variants if v.qualifier)
            qualified = {v.loc.doc for v in variants if v.qualifier}
            if any(not v.qualifier and v.loc.doc not in qualified and code not in v.loc.countries
                   for v in variants):
                continue
        for v in variants:
            unions.union(v.loc.id, ("core", " ".join(core)), CORE_VARIANT)
