"""People: full names with namesake evidence, less specific forms, other types, one-word names."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import cast

from kgraph.extract.registry import declare
from kgraph.link.base import Local, LocalId, Node, Unions, name_words
from kgraph.names import NameParts, same_person_name

FULL_NAME = declare(
    "link.people.full_name", "merge",
    'The same parsed full name is one person unless a gender or roles with no shared context say '
    'two ("Senator John Smith" / "footballer John Smith").').id
LESS_SPECIFIC_FORM = declare(
    "link.people.less_specific_form", "merge",
    'A less specific form joins the one more specific person it fits ("J. Smith" / "John Smith", '
    '"Paul Desmarais" / "Paul Desmarais Jr.").').id
OTHER_TYPE_SAME_NAME = declare(
    "link.people.other_type_same_name", "merge",
    'An entity of another type with the full name of exactly one person joins that person ("Olaf '
    'Scholz" tagged ORG).').id
SURNAME = declare(
    "link.people.surname", "merge",
    'A one-word name joins the one person whose last name it is, gender permitting ("Okafor").').id
GIVEN_NAME = declare(
    "link.people.given_name", "merge",
    'A one-word name that is nobody\'s last name joins the one person whose first name it is '
    '("Amara").').id
SHARED_CONTEXT = declare(
    "link.people.shared_context", "merge",
    'A one-word name that fits several people joins the one sharing co-mentioned entities with its '
    'article ("Holmes" next to Watson is Sherlock).').id
SAME_BARE_NAME = declare(
    "link.people.same_bare_name", "merge",
    'One-word names with a title or gender that fit no person are one person ("Mr Holmes" in two '
    'articles).').id
SINGLE_WORD = declare(
    "link.people.single_word", "merge",
    'A one-word person name with no cue that fits no person joins the one-word key, unless a place '
    'has it ("Toyota" tagged PERSON joins the company, "Scotland" of a squad list is no country).').id
AMBIGUOUS = declare(
    "link.people.ambiguous", "merge",
    'A one-word name that still fits several people is a node of its own in its article ("Okafor" '
    'with Amara and Chidi Okafor).').id


@dataclass
class Person:
    """People linked so far by full name: members, and what the articles say about them."""

    members: list[Local]
    roles: set[str]
    context: set[object]
    gender: str | None

    @property
    def parts(self) -> NameParts:
        return cast(NameParts, self.members[0].parts)  # full-name people all have parsed names

    def conflicts(self, loc: Local) -> bool:
        g = loc.entity.gender
        if g and self.gender and g != self.gender:
            return True
        return bool(loc.roles and self.roles and not (loc.roles & self.roles)
                    and not (loc.context & self.context))

    def add(self, loc: Local) -> None:
        self.members.append(loc)
        self.roles |= loc.roles
        self.context |= loc.context
        self.gender = self.gender or loc.entity.gender


def _alone(loc: Local) -> Person:
    return Person([loc], set(loc.roles), set(loc.context), loc.entity.gender)


def _namesakes(locs: list[Local], unions: Unions) -> list[Person]:
    """People of one parsed name: those with evidence first, each joining a cluster it does not
    conflict with (the one sharing most context); with the rule off, each is a person of its own."""
    ordered = sorted(locs, key=lambda x: (not x.roles, x.id))
    if not unions.rules.enabled(FULL_NAME):
        return [_alone(loc) for loc in ordered]
    found: list[Person] = []
    for loc in ordered:
        fits = [p for p in found if not p.conflicts(loc)]
        if not fits:
            found.append(_alone(loc))
            continue
        best = max(fits, key=lambda p: (len(p.context & loc.context), len(p.members), -found.index(p)))
        best.add(loc)
    for p in found:
        for loc in p.members[1:]:
            unions.union(p.members[0].id, loc.id, FULL_NAME)
    return found


def _specificity(sig: NameParts) -> tuple[int, int, int, str]:
    return (-(len(sig.first) > 1), -len(sig.middle), -bool(sig.suffix), repr(sig))


def link_full_names(people: list[Local], unions: Unions,
                    holders: dict[Node, set[str]] | None = None) -> dict[str, list[Person]]:
    """People with a full name; returns the person clusters by parsed last name. ``holders`` (name
    key -> types of the locals it keys) keeps a person out of a place."""
    by_sig: dict[NameParts, list[Local]] = defaultdict(list)
    for loc in people:
        by_sig[cast(NameParts, loc.parts)].append(loc)
    by_last: dict[str, list[NameParts]] = defaultdict(list)
    for sig in by_sig:
        by_last[sig.last].append(sig)
    clusters_of = {sig: _namesakes(locs, unions) for sig, locs in by_sig.items()}

    # Less specific forms join the one more specific person they fit.
    for sigs in by_last.values():
        for sig in sorted(sigs, key=_specificity):
            own = clusters_of[sig]
            if len(own) != 1:
                continue
            targets = {unions.find(p.members[0].id) for other in sigs if other != sig
                       and same_person_name(sig, other) for p in clusters_of[other]}
            targets.discard(unions.find(own[0].members[0].id))
            if len(targets) == 1:
                unions.union(own[0].members[0].id, next(iter(targets)), LESS_SPECIFIC_FORM)

    # Other-typed entities with the same full name ("Olaf Scholz" tagged ORG) join the one person.
    owners: dict[Node, set[Node]] = defaultdict(set)
    for found in clusters_of.values():
        for p in found:
            for loc in p.members:
                for n in (loc.entity.name, *loc.entity.aliases):
                    words = name_words(n)
                    if len(words) >= 2:
                        owners[("name", " ".join(words))].add(unions.find(p.members[0].id))
    for key, roots in owners.items():
        # A person never merges into a place: "Kanye West" tagged GPE, alias "West", is the West's.
        if len(roots) == 1 and key in unions.parent and "Place" not in (holders or {}).get(key, ()):
            unions.union(key, next(iter(roots)), OTHER_TYPE_SAME_NAME)

    by_surname: dict[str, list[Person]] = defaultdict(list)
    merged: dict[Node, Person] = {}
    for found in clusters_of.values():
        for p in found:
            root = unions.find(p.members[0].id)
            if root in merged:
                for loc in p.members:
                    merged[root].add(loc)
            else:
                merged[root] = Person(list(p.members), set(p.roles), set(p.context), p.gender)
    for _root, p in sorted(merged.items(), key=lambda kv: repr(kv[0])):
        by_surname[p.parts.last].append(p)
    return by_surname


def link_surnames(people: list[Local], clusters: dict[str, list[Person]], unions: Unions,
                  holders: dict[Node, set[str]] | None = None) -> set[LocalId]:
    """One-word names of people. Returns the locals left ambiguous. ``holders`` (name key -> types
    of the locals it keys) says which one-word names are organisations' and places'."""
    holders = holders or {}
    by_first: dict[str, list[Person]] = defaultdict(list)
    for persons in clusters.values():
        for p in persons:
            first = p.parts.first
            if first and len(first) > 1:
                by_first[first].append(p)
    ambiguous: set[LocalId] = set()
    for loc in people:
        word = loc.words[0]
        surnamed = clusters.get(word)
        rule = SURNAME if surnamed else GIVEN_NAME
        fits = surnamed or by_first.get(word) or []
        fits = [p for p in fits if not (loc.entity.gender and p.gender and loc.entity.gender != p.gender)]
        if len(fits) > 1:
            shared = [p for p in fits if loc.context & p.context]
            if len(shared) == 1 and unions.rules.enabled(SHARED_CONTEXT):  # (off: it stays ambiguous)
                fits, rule = shared, SHARED_CONTEXT
        if len(fits) == 1:
            unions.union(loc.id, fits[0].members[0].id, rule)
        elif not fits:
            # Nobody of that name: a bare name with no person cue may be a company's ("Toyota"),
            # but a person never merges into a place ("Scotland" of a squad list is no country).
            if loc.entity.titles or loc.entity.gender:
                unions.union(loc.id, ("single", word), SAME_BARE_NAME)
            elif "Place" in holders.get(("word", word), ()):
                unions.union(loc.id, ("bare", word), SINGLE_WORD)  # the people of that word only
            else:
                unions.union(loc.id, ("word", word), SINGLE_WORD)
        else:
            unions.union(loc.id, ("ambiguous", word, loc.doc), AMBIGUOUS)
            ambiguous.add(loc.id)
    return ambiguous
