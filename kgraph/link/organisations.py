"""Organisations: a core name and its variants with a legal form, a country or a descriptive tail."""

from __future__ import annotations

from collections import defaultdict

from kgraph import knowledge
from kgraph.extract.registry import declare
from kgraph.link.base import Local, Unions
from kgraph.names import org_core

CORE_VARIANT = declare(
    "link.organisations.core_variant", "merge",
    'A core name and its variants, when the corpus shows one qualifier and one tail for it ("Ford" / '
    '"Ford Motor Company", "Air Force" / "U.S. Air Force").').id


def link_organisations(orgs: list[Local], unions: Unions) -> None:
    """A core name and its variants, when the corpus shows one qualifier and one tail."""
    by_core: dict[tuple[str, ...], list[tuple[str, str, Local]]] = defaultdict(list)
    known: dict[tuple[str, ...], set[str]] = defaultdict(set)  # core -> well-known organisations it names
    for loc in orgs:
        seen = set()
        for n in (loc.entity.name, *loc.entity.aliases):
            qualifier, core, tail = org_core(n)
            if core and (core, qualifier, tail) not in seen:
                seen.add((core, qualifier, tail))
                by_core[core].append((qualifier, tail, loc))
                found = knowledge.organisation(n)
                if found is not None:
                    known[core].add(found.name)
    for core, variants in by_core.items():
        qualifiers = {q for q, _, _ in variants if q}
        tails = {t for _, t, _ in variants if t}
        if not qualifiers and not tails:
            continue  # nothing but the bare name: the name keys have linked it already
        if len(qualifiers) > 1 or len(tails) > 1:
            continue  # "Delta Air Lines" and "Delta Electronics": the bare "Delta" could be either
        if len(known[core]) > 1:
            continue  # knowledge says two of them differ: "Scottish Conservative Party" is a branch
        for _, _, loc in variants:
            unions.union(loc.id, ("core", " ".join(core)), CORE_VARIANT)
