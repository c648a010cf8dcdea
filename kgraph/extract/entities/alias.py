"""Grouping names as one entity: which earlier, fuller name a shorter one is another name of."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span

from kgraph import gazetteer, knowledge
from kgraph.extract.entities.candidate import Candidate
from kgraph.extract.registry import ALL_RULES, RuleSet, declare
from kgraph.names import (
    CONNECTORS,
    FEMALE_TITLES,
    MALE_TITLES,
    NAME_SUFFIXES,
    NameParts,
    first_name_gender,
    name_parts,
    org_core,
    same_person_name,
)

SAME_NAME = declare("entities.alias.same_name", "mention",
                    'The same name again (same words, case and accents folded): "Okafor" ... "Okafor"').id
FULL_NAME = declare("entities.alias.full_name", "mention",
                    'A shorter form of a person\'s full name: "J. Smith" for "John Smith", "Paul '
                    'Desmarais" for "Paul Desmarais Jr."').id
FIRST_LAST = declare("entities.alias.first_last", "mention",
                     'First and last word of a longer person\'s name: "Pedro Alba" for "Pedro Luis Alba"').id
SURNAME = declare("entities.alias.surname", "mention",
                  'One word that is a person\'s surname: "Okafor" (Ms Okafor) for "Amara Okafor", the '
                  "nearest on ties").id
GIVEN_NAME = declare("entities.alias.given_name", "mention",
                     'One word tagged PERSON that is the given name of exactly one person: "Amara"').id
ACRONYM = declare("entities.alias.acronym", "mention",
                  'An acronym of exactly one longer name: "BBC" for "British Broadcasting Corporation"').id
ORG_VARIANT = declare("entities.alias.org_variant", "mention",
                      'An organisation\'s name without its legal form, tail or country: "Ford" for '
                      '"Ford Motor Company", "Air Force" for "U.S. Air Force"').id


@dataclass(eq=False)
class Cluster:
    """The names grouped as one entity; ``members[0]``, its fullest name, never changes."""

    members: list[Candidate] = field(default_factory=list)
    order: int = 0  # position among the clusters, in order of creation
    person: bool = False  # some member has person evidence
    org: bool = False  # some member has an organisation cue
    org_label: bool = False  # some member was tagged ORG

    def __post_init__(self) -> None:
        members, self.members = self.members, []
        for m in members:
            self.add(m)

    def add(self, m: Candidate) -> None:
        self.members.append(m)
        self.person = self.person or m.person_evidence
        self.org = self.org or m.org_cue
        self.org_label = self.org_label or m.label == "ORG"

    @property
    def full(self) -> tuple[str, ...]:
        return self.members[0].key

    @cached_property
    def name_parts(self) -> NameParts:
        return name_parts(self.members[0].text)

    @cached_property
    def org_core(self) -> tuple[str, tuple[str, ...], str]:
        return org_core(self.members[0].text)

    @cached_property
    def initials(self) -> str:
        return _initials(self.members[0].span)


class Clusters:
    """The clusters built so far, with the clusters each name key belongs to."""

    def __init__(self) -> None:
        self.all: list[Cluster] = []
        self._by_key: dict[tuple[str, ...], list[Cluster]] = {}
        self.first_seen: dict[tuple[str, ...], int] = {}  # each name's first token

    def __iter__(self) -> Iterator[Cluster]:
        return iter(self.all)

    def new(self, cand: Candidate) -> None:
        cluster = Cluster([cand], order=len(self.all))
        self.all.append(cluster)
        self._by_key.setdefault(cand.key, []).append(cluster)

    def add(self, cluster: Cluster, cand: Candidate) -> None:
        holders = self._by_key.setdefault(cand.key, [])
        if not any(c is cluster for c in holders):
            holders.append(cluster)
            holders.sort(key=lambda c: c.order)
        cluster.add(cand)

    def with_key(self, key: tuple[str, ...]) -> list[Cluster]:
        """Clusters holding a name with this key, in order of creation."""
        return self._by_key.get(key, [])


def attach(cand: Candidate, clusters: Clusters, rules: RuleSet = ALL_RULES) -> tuple[Cluster, str] | None:
    """The cluster a shorter name belongs to and the rule that says so, or None: its own entity.

    A rule switched off ties no name: the name it would have tied starts an entity of its own.
    """
    found = _fit(cand, clusters)
    if found is None or not rules.enabled(found[1]):
        return None
    return found


def _fit(cand: Candidate, clusters: Clusters) -> tuple[Cluster, str] | None:
    """The cluster a shorter name belongs to, if exactly one fits (nearest mention on ties)."""
    key = cand.key
    exact = [c for c in clusters.with_key(key) if c.members[0].team == cand.team]
    if exact:
        return _nearest(cand, exact), SAME_NAME
    if cand.team:
        return None  # a side joins only the side of that name ("England" the team, not the place)
    if len(key) >= 2:
        if not cand.org_cue and cand.label in ("PERSON", ""):
            people = [c for c in clusters if c.full != key and c.person and not c.org]
            if people:  # nameparser is slow: only split the name when some cluster could fit
                parts = name_parts(cand.text)
                fits = [c for c in people if same_person_name(parts, c.name_parts)
                        and _may_shorten(cand, c, clusters)]
                if len(fits) > 1 and len({c.full for c in fits}) > 1:
                    return None  # "Paul Desmarais" between "... Jr." and "... Sr.": a name of its own
                if fits:
                    return _nearest(cand, fits), FULL_NAME
        org = _org_fit(cand, clusters)
        if org is not None:
            return org, ORG_VARIANT
        fits = [c for c in clusters if len(c.full) > len(key) and c.person
                and key[0] == c.full[0] and key[-1] == c.full[-1] and _may_shorten(cand, c, clusters)]
        return (_nearest(cand, fits), FIRST_LAST) if fits else None
    word = key[0]
    if cand.label == "ORG":
        org = _org_fit(cand, clusters)
        if org is not None:
            return org, ORG_VARIANT
    surname = [c for c in clusters if len(c.full) >= 2 and c.person and not c.org
               and (word == c.full[-1] or word == c.name_parts.last)]
    if surname and not cand.titles and cand.label != "PERSON" and _place_word(cand.text):
        # "Wales" is no surname of "BBC Sport Wales"; it is of "Jason Wales" (a known first name).
        surname = [c for c in surname if c.members[0].first_name_cue]
    if surname:
        gender = title_gender(cand.titles)
        if gender and len(surname) > 1:
            surname = [c for c in surname if _cluster_gender(c) in (gender, None)] or surname
        return _nearest(cand, surname), SURNAME
    if cand.label == "PERSON":
        given = [c for c in clusters if len(c.full) >= 2 and c.full[0] == word and c.person
                 and not c.org]
        if len(given) == 1:
            return given[0], GIVEN_NAME
    text = cand.text
    if text.isupper() and len(text) >= 2:
        acro = [c for c in clusters if c.initials == text]
        if len(acro) == 1:
            return acro[0], ACRONYM
    org = _org_fit(cand, clusters)
    return (org, ORG_VARIANT) if org is not None else None


def _place_word(text: str) -> bool:
    """Whether a one-word name is a country or a place the offline knowledge holds."""
    return gazetteer.country(text) is not None or knowledge.place(text) is not None


def _may_shorten(cand: Candidate, cluster: Cluster, clusters: Clusters) -> bool:
    """Whether a name of two words or more may be a short form of a cluster's fuller name.

    Not when both carry different generational suffixes ("Paul Desmarais Jr." / "Sr."), nor when
    the shorter name was written out first and the fuller one comes later: a text introduces a
    person by the fullest name, so "Luis Roche ... his children ... Luis Armando Roche" are two.
    """
    a = [w for w in cand.key if w.strip(".") in NAME_SUFFIXES]
    b = [w for w in cluster.full if w.strip(".") in NAME_SUFFIXES]
    if a and b and a[-1].strip(".") != b[-1].strip("."):
        return False
    if cand.key == cluster.full:
        return True
    return clusters.first_seen.get(cand.key, cand.span.start) >= cluster.members[0].span.start


def _org_fit(cand: Candidate, clusters: Clusters) -> Cluster | None:
    """The one organisation whose name is this one plus a legal form, a descriptive tail or a
    country ("Ford" / "Ford Motor Company", "Air Force" / "U.S. Air Force")."""
    if cand.label not in ("ORG", "") or cand.titles:
        return None
    qualifier, core, tail = org_core(cand.text)
    if tail or not core:
        return None
    fits = []
    for c in clusters:
        if not c.org and not c.org_label:
            continue
        q, k, t = c.org_core
        if k == core and (q, t) != (qualifier, tail) and (not qualifier or q == qualifier):
            fits.append(c)
            if len(fits) > 1:
                return None
    return fits[0] if fits else None


def title_gender(titles: list[str]) -> str | None:
    """'female' or 'male' for the first gendered title of address ("Ms", "Mr"), else None."""
    for t in titles:
        if t.lower() in FEMALE_TITLES:
            return "female"
        if t.lower() in MALE_TITLES:
            return "male"
    return None


def _cluster_gender(cluster: Cluster) -> str | None:
    for m in cluster.members:
        g = title_gender(m.titles) or (first_name_gender(m.span[0].text) if len(m.span) > 1 else None)
        if g in ("female", "male"):
            return g
    return None


def _initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper() and t.lower_ not in CONNECTORS)


def _nearest(cand: Candidate, clusters: list[Cluster]) -> Cluster:
    """Among fitting clusters, the one mentioned last before the candidate (or first after)."""
    def distance(c: Cluster) -> tuple[int, int]:
        before = [cand.span.start - m.span.start for m in c.members if m.span.start <= cand.span.start]
        if before:
            return (0, min(before))
        return (1, min(m.span.start for m in c.members) - cand.span.start)

    return min(clusters, key=distance)
