"""People: full names with namesake evidence, less specific forms, other types, one-word names."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
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
    'A surname that fits several people joins the one whose articles share a role or two co-mentioned '
    'entities with its article ("Holmes" next to Watson and Baker Street is Sherlock).').id
SAME_BARE_NAME = declare(
    "link.people.same_bare_name", "merge",
    'One-word names that fit no person are one person when their articles share a role or two '
    'co-mentioned entities ("Mr Holmes" in two articles on one case).').id
SINGLE_WORD = declare(
    "link.people.single_word", "merge",
    'A one-word person name with no cue that fits no person joins the one-word key, unless a place '
    'has it ("Toyota" tagged PERSON joins the company, "Scotland" of a squad list is no country).').id
NO_SUPPORT = declare(
    "link.people.no_support", "merge",
    'A one-word name whose article shares no role and fewer than two co-mentioned entities with an '
    'article of the one person it fits is a node of its own in its article ("Brown" of a rugby squad '
    'list is not Gordon Brown).').id
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
    _index: dict[object, list[int]] | None = field(default=None, repr=False, compare=False)

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
        self._index = None

    def supports(self, loc: Local) -> bool:
        """Whether the articles say ``loc`` may be this person: a role in common, or two co-mentioned
        entities in common with one of its articles (one in common with the pooled context of a
        much-covered person is chance: "London", "BBC")."""
        if loc.roles & self.roles:
            return True
        if self._index is None:
            self._index = defaultdict(list)
            for i, m in enumerate(self.members):
                for k in m.context:
                    self._index[k].append(i)
        seen: set[int] = set()
        for k in loc.context:
            for i in self._index.get(k, ()):
                if i in seen:
                    return True
                seen.add(i)
        return False


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
    """One-word names of people. Returns the locals left ambiguous (a node of their own in their
    article). ``holders`` (name key -> types of the locals it keys) says which one-word names are
    organisations' and places'."""
    holders = holders or {}
    by_first: dict[str, list[Person]] = defaultdict(list)
    for persons in clusters.values():
        for p in persons:
            first = p.parts.first
            if first and len(first) > 1:
                by_first[first].append(p)
    ambiguous: set[LocalId] = set()
    pools: dict[tuple[bool, str], list[Local]] = defaultdict(list)  # (cued, word) -> who fits nobody
    for loc in people:
        word = loc.words[0]
        surnamed = clusters.get(word)
        fits = surnamed or by_first.get(word) or []
        fits = [p for p in fits if not (loc.entity.gender and p.gender and loc.entity.gender != p.gender)]
        if fits:
            target, rule = _choose(loc, fits, SURNAME if surnamed else GIVEN_NAME, unions)
            if target is not None:
                unions.union(loc.id, target.members[0].id, rule)
            else:
                unions.union(loc.id, ("ambiguous", word, loc.doc), rule)
                ambiguous.add(loc.id)
            continue
        # Nobody of that name: a bare name with no person cue may be a company's ("Toyota"),
        # but a person never merges into a place ("Scotland" of a squad list is no country).
        cued = bool(loc.entity.titles or loc.entity.gender)
        held = holders.get(("word", word), set())
        if not cued and "Organization" in held and "Place" not in held:
            unions.union(loc.id, ("word", word), SINGLE_WORD)
        else:
            pools[(cued, word)].append(loc)
    for (cued, word), locs in pools.items():
        if not unions.rules.enabled(NO_SUPPORT):  # as before the rule: one node per word
            key, rule = (("single", word), SAME_BARE_NAME) if cued else (("bare", word), SINGLE_WORD)
            for loc in locs:
                unions.union(loc.id, key, rule)
            continue
        _same_bare_names(locs, unions)
    return ambiguous


def _choose(loc: Local, fits: list[Person], rule: str, unions: Unions) -> tuple[Person | None, str]:
    """The person a one-word name joins and the rule that joins it, or None and the rule that
    keeps it apart. A first name that several people bear names none of them."""
    if not unions.rules.enabled(NO_SUPPORT):  # as before the rule: no evidence needed for one fit
        if len(fits) == 1:
            return fits[0], rule
        shared = [p for p in fits if loc.context & p.context]
        if len(shared) == 1 and unions.rules.enabled(SHARED_CONTEXT):
            return shared[0], SHARED_CONTEXT
        return None, AMBIGUOUS
    if len(fits) == 1:
        return (fits[0], rule) if fits[0].supports(loc) else (None, NO_SUPPORT)
    if rule == GIVEN_NAME:
        return None, AMBIGUOUS
    supported = [p for p in fits if p.supports(loc)]
    if len(supported) == 1 and unions.rules.enabled(SHARED_CONTEXT):  # (off: it stays ambiguous)
        return supported[0], SHARED_CONTEXT
    return None, AMBIGUOUS


def _same_bare_names(locs: list[Local], unions: Unions) -> None:
    """One-word names of one word that fit nobody: each joins the group whose articles support it
    (the one with most members), else starts one; a gender conflict keeps them apart."""
    groups: list[Person] = []
    for loc in locs:
        fits = [p for p in groups if not (loc.entity.gender and p.gender and loc.entity.gender != p.gender)
                and p.supports(loc)]
        if fits:
            best = max(fits, key=lambda p: len(p.members))  # (max keeps the first of a tie)
            unions.union(loc.id, best.members[0].id, SAME_BARE_NAME)
            best.add(loc)
        else:
            groups.append(_alone(loc))
