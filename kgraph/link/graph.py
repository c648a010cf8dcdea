"""The linked graph: groups of locals merged into nodes, with display names, IRIs and link rules."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kgraph import gazetteer
from kgraph.iri import Minter
from kgraph.link.base import Local, LocalId, Node, Unions, name_words
from kgraph.types import DocFacts

_TYPE_ORDER = {"Person": 0, "Organization": 1, "Place": 2}  # ties of the type vote


@dataclass
class LinkedEntity:
    """One node of the graph: an entity with everything the documents said of its names."""

    iri: str
    type: str
    name: str
    aliases: tuple[str, ...]
    mention_count: int
    docs: tuple[str, ...]  # ids of the documents that mention it
    country_code: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    link_rules: tuple[str, ...] = ()  # rules that joined several documents' entities into this node

    @property
    def is_country(self) -> bool:
        return self.country_code is not None


@dataclass
class LinkedGraph:
    """Documents' facts plus the entity nodes their local entities were linked to."""

    entities: dict[str, LinkedEntity] = field(default_factory=dict)
    docs: list[DocFacts] = field(default_factory=list)
    iri_of: dict[tuple[str, str], str] = field(default_factory=dict)
    # (doc id, entity key) -> the rule that joined that local entity to the rest of its node
    # (the first union that put it together with another local); absent for a node of one local.
    rule_of: dict[tuple[str, str], str] = field(default_factory=dict)
    # doc id -> the earliest document whose text it nearly repeats (link/duplicates.py)
    duplicate_of: dict[str, str] = field(default_factory=dict)

    def entity_iri(self, doc_id: str, key: str | None) -> str | None:
        if key is None:
            return None
        return self.iri_of.get((doc_id, key))


def build_graph(locals_: list[Local], unions: Unions, ambiguous: set[LocalId], mint: Minter,
                docs: list[DocFacts]) -> LinkedGraph:
    """One node per group of locals, named and given an IRI in a fixed order."""
    groups: dict[Node, list[Local]] = defaultdict(list)
    for loc in locals_:
        groups[unions.find(loc.id)].append(loc)

    graph = LinkedGraph(docs=docs)
    for root, members in sorted(groups.items(), key=lambda kv: repr(kv[0])):
        entity = merge(members, ambiguous, mint, graph.entities)
        if len(entity.docs) > 1:
            entity.link_rules = unions.rules_of(root)
        graph.entities[entity.iri] = entity
        for loc in members:
            graph.iri_of[(loc.doc, loc.entity.key)] = entity.iri
            rule = unions.rule_of.get(loc.id)
            if rule is not None:
                graph.rule_of[(loc.doc, loc.entity.key)] = rule
    return graph


def display_name(etype: str, names: Counter[str]) -> str:
    """The name a node is known by: the one its articles use most (each article's fullest name,
    weighted by its mentions); for a person, the most used full name not opening with an initial.

    Usage, not length, decides, so one odd article ("Entering Westminster", "Scottish Labour
    Party" folded into Labour) does not rename, and so re-IRI, a node that hundreds use.
    """
    candidates = list(names)
    if etype == "Person":
        full = [n for n in names if len(name_words(n)) >= 2]
        candidates = [n for n in full if len(name_words(n)[0]) > 1] or full or candidates
    return min(candidates, key=lambda n: (-names[n], -len(name_words(n)), n))


def merge(members: list[Local], ambiguous: set[LocalId], mint: Minter,
          taken: dict[str, LinkedEntity]) -> LinkedEntity:
    """The node of a group of locals: type by vote, display name, IRI, and places' identifiers."""
    votes: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for loc in members:
        votes[loc.entity.type] += max(loc.mentions, 1)
        names[loc.entity.name] += max(loc.mentions, 1)
        for a in loc.entity.aliases:
            names[a] += 0
    etype = max(votes, key=lambda t: (votes[t], -_TYPE_ORDER[t]))
    name = display_name(etype, names)
    country = None
    if etype == "Place" and any(loc.entity.country for loc in members):
        country = gazetteer.country(name) or next(
            filter(None, (gazetteer.country(loc.entity.name) for loc in members)), None)
        if country is not None:
            name = country.name
    aliases = tuple(sorted({n for n in names if n != name}))
    disambiguator = next((loc.doc for loc in members if loc.id in ambiguous), None)
    iri = mint.entity(etype, name, disambiguator)
    if iri in taken:
        iri = mint.entity(etype, name, repr(min(loc.id for loc in members)))
    linked = LinkedEntity(
        iri=iri, type=etype, name=name, aliases=aliases,
        mention_count=sum(loc.mentions for loc in members),
        docs=tuple(sorted({loc.doc for loc in members})),
    )
    if country is not None:
        linked.country_code = country.code
        linked.geonames_id = country.geonameid
    elif etype == "Place":
        city = gazetteer.city(name)
        if city is not None:
            linked.geonames_id = city.geonameid
            linked.latitude = city.latitude
            linked.longitude = city.longitude
    return linked
