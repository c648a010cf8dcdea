"""Linking entities across documents: one node per real-world entity, with a stable IRI.

Rules, in order (each document has already linked its own mentions by name):

1. People and organisations with a name of two or more words are the same entity when their folded
   names are equal ("Amara Okafor" in two articles); their type is a vote over all mentions, so a
   name the model tagged ORG in one article and PERSON in three is one Person.
2. Organisations and places also share a node when one's name is another's alias seen in an
   article ("BBC" where an article also wrote "British Broadcasting Corporation"); countries are
   keyed by their ISO code, so "UK" and "Britain" are one node.
3. A person named by one word only in an article ("Okafor") joins the one person in the corpus
   whose full name ends (or begins) with that word. When two people in the corpus fit, it stays a
   node of its own for that article: namesakes are never merged on a surname alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kgraph import gazetteer
from kgraph.extract.entities import fold
from kgraph.iri import Minter
from kgraph.types import DocFacts, Entity

_LEGAL = {"inc", "ltd", "plc", "corp", "co", "llc", "gmbh", "ag", "sa", "nv", "limited"}


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

    @property
    def is_country(self) -> bool:
        return self.country_code is not None


@dataclass
class LinkedGraph:
    """Documents' facts plus the entity nodes their local entities were linked to."""

    entities: dict[str, LinkedEntity] = field(default_factory=dict)
    docs: list[DocFacts] = field(default_factory=list)
    iri_of: dict[tuple[str, str], str] = field(default_factory=dict)

    def entity_iri(self, doc_id: str, key: str | None) -> str | None:
        if key is None:
            return None
        return self.iri_of.get((doc_id, key))


@dataclass
class _Local:
    doc: str
    entity: Entity
    mentions: int

    @property
    def words(self) -> tuple[str, ...]:
        return name_words(self.entity.name)

    @property
    def id(self) -> tuple[str, str, str]:
        return ("local", self.doc, self.entity.key)


def name_words(name: str) -> tuple[str, ...]:
    """Folded words of a name, without legal suffixes ('Wave FM Ltd.' -> ('wave', 'fm'))."""
    words = [w for w in fold(name).replace("-", " ").replace("'s", "").split() if w not in "&,"]
    while len(words) > 1 and words[-1] in _LEGAL:
        words.pop()
    return tuple(words)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, x: object) -> object:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: object, b: object) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key wins so that the result does not depend on input order.
            lo, hi = sorted((ra, rb), key=repr)
            self.parent[hi] = lo


def _keys(local: _Local) -> list[tuple[str, ...]]:
    """Name keys under which a local entity may meet others in the corpus."""
    e = local.entity
    if e.type == "Place":
        if e.country:
            found = gazetteer.country(e.name)
            if found is not None:
                return [("country", found.code)]
        return [("place", " ".join(w)) for w in {name_words(n) for n in (e.name, *e.aliases)} if w]
    keys = []
    for n in (e.name, *e.aliases):
        words = name_words(n)
        if len(words) >= 2:
            keys.append(("name", " ".join(words)))
        elif e.type == "Organization" and words and (n.isupper() or n == e.name):
            keys.append(("org", words[0]))
    return keys


def link(facts: Iterable[DocFacts], minter: Minter | None = None) -> LinkedGraph:
    """Link the entities of many documents into one graph."""
    mint = minter or Minter()
    docs = list(facts)
    locals_: list[_Local] = []
    for d in docs:
        counts = Counter(m.entity for m in d.mentions)
        locals_.extend(_Local(d.article.id, e, counts[e.key]) for e in d.entities)

    uf = _UnionFind()
    single_people: list[_Local] = []
    for loc in locals_:
        keys = _keys(loc)
        if not keys:
            if loc.entity.type == "Person" and loc.words:
                single_people.append(loc)
            else:
                keys = [("solo", loc.entity.type, " ".join(loc.words) or loc.entity.name)]
        for k in keys:
            uf.union(loc.id, k)

    # Surname / given-name index of the people with full names.
    by_word: dict[str, set[object]] = defaultdict(set)
    for loc in locals_:
        if loc.entity.type == "Person" and len(loc.words) >= 2:
            root = uf.find(loc.id)
            by_word[loc.words[-1]].add(root)
    first_word: dict[str, set[object]] = defaultdict(set)
    for loc in locals_:
        if loc.entity.type == "Person" and len(loc.words) >= 2:
            first_word[loc.words[0]].add(uf.find(loc.id))
    ambiguous: set[tuple[str, str, str]] = set()
    for loc in single_people:
        word = loc.words[0]
        fits = by_word.get(word) or first_word.get(word) or set()
        if len(fits) == 1:
            uf.union(loc.id, next(iter(fits)))
        elif not fits:
            uf.union(loc.id, ("single", word))
        else:
            uf.union(loc.id, ("ambiguous", word, loc.doc))
            ambiguous.add(loc.id)

    groups: dict[object, list[_Local]] = defaultdict(list)
    for loc in locals_:
        groups[uf.find(loc.id)].append(loc)

    graph = LinkedGraph(docs=docs)
    for root, members in sorted(groups.items(), key=lambda kv: repr(kv[0])):
        entity = _merge(members, ambiguous, mint, graph.entities)
        graph.entities[entity.iri] = entity
        for loc in members:
            graph.iri_of[(loc.doc, loc.entity.key)] = entity.iri
    return graph


def _merge(members: list[_Local], ambiguous: set[tuple[str, str, str]], mint: Minter,
           taken: dict[str, LinkedEntity]) -> LinkedEntity:
    votes: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for loc in members:
        votes[loc.entity.type] += max(loc.mentions, 1)
        names[loc.entity.name] += max(loc.mentions, 1)
        for a in loc.entity.aliases:
            names[a] += 0
    order = {"Person": 0, "Organization": 1, "Place": 2}
    etype = max(votes, key=lambda t: (votes[t], -order[t]))
    name = min(names, key=lambda n: (-len(name_words(n)), -names[n], n))
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
