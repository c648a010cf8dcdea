"""Linking entities across documents: one node per real-world entity, with a stable IRI.

Each document has already linked its own mentions by name. Across documents, rules in order
(docs/linking.md explains them, with their limits and measured effect):

1. Blocking: every local entity gets name keys (folded words, legal forms such as "Inc." left out);
   only entities sharing a key are ever compared. Countries are keyed by ISO code ("UK" = "Britain"),
   known cities by name, other single-word names by the word whatever their type (the type is a vote
   over all mentions, so "Toyota" tagged GPE in one article joins the company).
2. People with two or more words are parsed by nameparser (first, middle, last, suffix). The same
   parsed name is one person unless the evidence says two: a gender conflict, or conflicting roles
   ("Senator" / "footballer") with no co-mentioned entity in common. A less specific form ("J.
   Smith", "Paul Desmarais", "John Smith") joins the one more specific person it fits ("John
   Smith", "Paul Desmarais Jr.", "John A. Smith"), and stays apart when it fits several.
3. Organisations: a core name links its variants with a legal form, a country qualifier or a
   descriptive tail ("Ford" / "Ford Motor Company", "Air Force" / "U.S. Air Force", "Apple" /
   "Apple Computer") when the corpus shows only one qualifier and one tail for that core; acronyms
   link through the aliases an article defines ("BBC" / "British Broadcasting Corporation").
4. A person named by one word only in an article ("Okafor") joins the one person in the corpus
   whose parsed last (or else first) name it is; when several fit, the one sharing co-mentioned
   entities with the article, if exactly one does; otherwise it stays a node of its own for that
   article: namesakes are never merged on a surname alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from kgraph import gazetteer
from kgraph.iri import Minter
from kgraph.names import (
    ADDRESS_TITLES,
    ORG_LEGAL,
    NameParts,
    fold,
    name_parts,
    org_core,
    same_person_name,
)
from kgraph.types import DocFacts, Entity


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

    def entity_iri(self, doc_id: str, key: str | None) -> str | None:
        if key is None:
            return None
        return self.iri_of.get((doc_id, key))


@dataclass(frozen=True)
class DocLinks:
    """What linking needs of one article, and no more: its entities with their mention counts, and
    for people the role words, context keys and parsed names the rules compare.

    A store keeps one per article, so that adding articles relinks the corpus without reading
    every article's facts or parsing every name again.
    """

    doc: str
    entities: tuple[Entity, ...]
    mentions: tuple[int, ...]  # mention count of each entity
    roles: tuple[frozenset[str], ...]  # role words of each entity (people only)
    contexts: tuple[object, ...]  # context key of each entity (None for some)
    parts: tuple[NameParts | None, ...]  # parsed name of each person

    @classmethod
    def of(cls, d: DocFacts) -> DocLinks:
        counts = Counter(m.entity for m in d.mentions)
        people = [e.type == "Person" for e in d.entities]
        return cls(
            doc=d.article.id,
            entities=d.entities,
            mentions=tuple(counts[e.key] for e in d.entities),
            roles=tuple(_roles(d, e) if p else frozenset() for e, p in zip(d.entities, people, strict=True)),
            contexts=tuple(_context_key(e) for e in d.entities),
            parts=tuple(name_parts(e.name) if p else None for e, p in zip(d.entities, people, strict=True)),
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "doc": self.doc,
            "entities": [asdict(e) for e in self.entities],
            "mentions": list(self.mentions),
            "roles": [sorted(r) for r in self.roles],
            "contexts": [list(c) if c is not None else None for c in self.contexts],  # type: ignore[call-overload]
            "parts": [None if p is None else [p.first, list(p.middle), p.last, p.suffix] for p in self.parts],
        }

    @classmethod
    def from_dict(cls, data: dict) -> DocLinks:  # type: ignore[type-arg]
        entities = []
        for e in data["entities"]:
            e = dict(e)
            e["aliases"], e["titles"] = tuple(e.get("aliases", ())), tuple(e.get("titles", ()))
            entities.append(Entity(**e))
        return cls(
            doc=data["doc"],
            entities=tuple(entities),
            mentions=tuple(data["mentions"]),
            roles=tuple(frozenset(r) for r in data["roles"]),
            contexts=tuple(tuple(c) if c is not None else None for c in data["contexts"]),
            parts=tuple(None if p is None else NameParts(p[0], tuple(p[1]), p[2], p[3])
                        for p in data["parts"]),
        )


@dataclass
class _Local:
    doc: str
    entity: Entity
    mentions: int
    roles: frozenset[str] = frozenset()
    context: frozenset[object] = frozenset()
    parts: NameParts | None = None
    id: tuple[str, str, str] = ("", "", "")

    def __post_init__(self) -> None:
        self.id = ("local", self.doc, self.entity.key)

    @property
    def words(self) -> tuple[str, ...]:
        return name_words(self.entity.name)


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Folded words of a name, without legal suffixes ('Wave FM Ltd.' -> ('wave', 'fm'))."""
    words = [w for w in re.sub(r"'s\b", "", fold(name).replace("-", " ")).split() if w not in "&,"]
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    while len(words) > 1 and words[-1] in ORG_LEGAL:
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


def _is_city(name: str) -> bool:
    return gazetteer.city(name) is not None


def _keys(local: _Local) -> list[tuple[str, ...]]:
    """Name keys under which a local entity may meet others in the corpus (people excepted)."""
    e = local.entity
    if e.type == "Place":
        if e.country:
            found = gazetteer.country(e.name)
            if found is not None:
                return [("country", found.code)]
        keys = []
        for n in (e.name, *e.aliases):
            words = name_words(n)
            if not words:
                continue
            if _is_city(n):
                keys.append(("place", " ".join(words)))
            elif len(words) == 1:
                keys.append(("word", words[0]))
            else:
                keys.append(("name", " ".join(words)))
        return keys
    keys = []
    for n in (e.name, *e.aliases):
        words = name_words(n)
        if len(words) >= 2:
            keys.append(("name", " ".join(words)))
        elif e.type == "Organization" and words and (n.isupper() or n == e.name):
            keys.append(("word", words[0]))
    return keys


# Words of job titles that say nothing about the job ("former chief executive officer").
_ROLE_FILLER = {"of", "the", "and", "for", "a", "an", "former", "late", "acting", "interim", "deputy", "vice",
                "senior", "officer", "assistant", "then", "new", "current"}
_ROLE_ACRONYMS = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial"),
                  "coo": ("chief", "operating"), "cto": ("chief", "technology"),
                  "pm": ("prime", "minister"), "md": ("managing", "director")}


def _roles(d: DocFacts, e: Entity) -> frozenset[str]:
    """Words of the titles and job titles the article gives a person, honorifics left out."""
    texts = [t for t in e.titles]
    texts += [r.value for r in d.relations
              if r.subject == e.key and r.predicate == "jobTitle" and isinstance(r.value, str)]
    roles: set[str] = set()
    for text in texts:
        for w in fold(text).replace("-", " ").split():
            if w in ADDRESS_TITLES or w in _ROLE_FILLER:
                continue
            roles.update(_ROLE_ACRONYMS.get(w, (w,)))
    return frozenset(roles)


def _context_key(e: Entity) -> object | None:
    """What a co-mentioned entity contributes to an article's context (countries are too common).

    Keys are coarse so that one entity named two ways still counts as shared: an organisation by
    its core name ("Ford" for "Ford Motor Company"), a person by last name.
    """
    if e.country:
        return None
    if e.type == "Organization":
        core = org_core(e.name)[1]
        return ("Organization", " ".join(core)) if core else None
    if e.type == "Person":
        last = name_parts(e.name).last
        return ("Person", last) if last else None
    words = name_words(e.name)
    return (e.type, " ".join(words)) if words else None


def link(facts: Iterable[DocFacts], minter: Minter | None = None) -> LinkedGraph:
    """Link the entities of many documents into one graph."""
    docs = list(facts)
    return link_docs([DocLinks.of(d) for d in docs], minter, docs)


def link_docs(summaries: Iterable[DocLinks], minter: Minter | None = None,
              docs: list[DocFacts] | None = None) -> LinkedGraph:
    """Link documents known by their ``DocLinks``; ``docs`` (their facts, if at hand) ride along
    in the returned graph for the writers."""
    mint = minter or Minter()
    locals_: list[_Local] = []
    for s in summaries:
        everything = frozenset(k for k in s.contexts if k is not None)
        per_entity = zip(s.entities, s.mentions, s.roles, s.contexts, s.parts, strict=True)
        for e, count, roles, own, parts in per_entity:
            context = everything - {own} if e.type == "Person" else frozenset()
            locals_.append(_Local(s.doc, e, count, roles, context, parts))
    locals_.sort(key=lambda loc: loc.id)  # every decision below is independent of input order

    uf = _UnionFind()
    single_people: list[_Local] = []
    full_people: list[_Local] = []
    orgs: list[_Local] = []
    for loc in locals_:
        if loc.entity.type == "Person":
            words = loc.words
            if len(words) >= 2 and loc.parts is not None and loc.parts.last:
                full_people.append(loc)
            elif words:
                single_people.append(loc)
            else:
                uf.union(loc.id, ("solo", "Person", loc.entity.name))
            continue
        keys = _keys(loc)
        if not keys:
            keys = [("solo", loc.entity.type, " ".join(loc.words) or loc.entity.name)]
        for k in keys:
            uf.union(loc.id, k)
        if loc.entity.type == "Organization":
            orgs.append(loc)

    _link_organisations(orgs, uf)
    clusters = _link_full_names(full_people, uf)
    ambiguous = _link_surnames(single_people, clusters, uf)

    groups: dict[object, list[_Local]] = defaultdict(list)
    for loc in locals_:
        groups[uf.find(loc.id)].append(loc)

    graph = LinkedGraph(docs=list(docs or ()))
    for _root, members in sorted(groups.items(), key=lambda kv: repr(kv[0])):
        entity = _merge(members, ambiguous, mint, graph.entities)
        graph.entities[entity.iri] = entity
        for loc in members:
            graph.iri_of[(loc.doc, loc.entity.key)] = entity.iri
    return graph


def _link_organisations(orgs: list[_Local], uf: _UnionFind) -> None:
    """Rule 3: a core name and its variants, when the corpus shows one qualifier and one tail."""
    by_core: dict[tuple[str, ...], list[tuple[str, str, _Local]]] = defaultdict(list)
    for loc in orgs:
        seen = set()
        for n in (loc.entity.name, *loc.entity.aliases):
            qualifier, core, tail = org_core(n)
            if core and (core, qualifier, tail) not in seen:
                seen.add((core, qualifier, tail))
                by_core[core].append((qualifier, tail, loc))
    for core, variants in by_core.items():
        qualifiers = {q for q, _, _ in variants if q}
        tails = {t for _, t, _ in variants if t}
        if not qualifiers and not tails:
            continue  # nothing but the bare name: the name keys have linked it already
        if len(qualifiers) > 1 or len(tails) > 1:
            continue  # "Delta Air Lines" and "Delta Electronics": the bare "Delta" could be either
        for _, _, loc in variants:
            uf.union(loc.id, ("core", " ".join(core)))


@dataclass
class _Person:
    """People linked so far by full name: members, and what the articles say about them."""

    members: list[_Local]
    roles: set[str]
    context: set[object]
    gender: str | None

    def conflicts(self, loc: _Local) -> bool:
        g = loc.entity.gender
        if g and self.gender and g != self.gender:
            return True
        return bool(loc.roles and self.roles and not (loc.roles & self.roles)
                    and not (loc.context & self.context))

    def add(self, loc: _Local) -> None:
        self.members.append(loc)
        self.roles |= loc.roles
        self.context |= loc.context
        self.gender = self.gender or loc.entity.gender


def _link_full_names(people: list[_Local], uf: _UnionFind) -> dict[str, list[_Person]]:
    """Rule 2: people with a full name; returns the person clusters by parsed last name."""
    by_sig: dict[NameParts, list[_Local]] = defaultdict(list)
    for loc in people:
        by_sig[loc.parts].append(loc)
    by_last: dict[str, list[NameParts]] = defaultdict(list)
    for sig in by_sig:
        by_last[sig.last].append(sig)

    clusters_of: dict[NameParts, list[_Person]] = {}
    for sig, locs in by_sig.items():
        # Namesakes: people with evidence first, each joining a cluster it does not conflict with.
        found: list[_Person] = []
        for loc in sorted(locs, key=lambda x: (not x.roles, x.id)):
            fits = [p for p in found if not p.conflicts(loc)]
            if not fits:
                found.append(_Person([loc], set(loc.roles), set(loc.context), loc.entity.gender))
                continue
            best = max(fits, key=lambda p: (len(p.context & loc.context), len(p.members), -found.index(p)))
            best.add(loc)
        clusters_of[sig] = found
        for p in found:
            for loc in p.members[1:]:
                uf.union(p.members[0].id, loc.id)

    def specificity(sig: NameParts) -> tuple[int, int, int, str]:
        return (-(len(sig.first) > 1), -len(sig.middle), -bool(sig.suffix), repr(sig))

    # Less specific forms join the one more specific person they fit.
    for sigs in by_last.values():
        for sig in sorted(sigs, key=specificity):
            own = clusters_of[sig]
            if len(own) != 1:
                continue
            targets = {uf.find(p.members[0].id) for other in sigs if other != sig
                       and same_person_name(sig, other) for p in clusters_of[other]}
            targets.discard(uf.find(own[0].members[0].id))
            if len(targets) == 1:
                uf.union(own[0].members[0].id, next(iter(targets)))

    # Other-typed entities with the same full name ("Olaf Scholz" tagged ORG) join the one person.
    owners: dict[tuple[str, str], set[object]] = defaultdict(set)
    for found in clusters_of.values():
        for p in found:
            for loc in p.members:
                for n in (loc.entity.name, *loc.entity.aliases):
                    words = name_words(n)
                    if len(words) >= 2:
                        owners[("name", " ".join(words))].add(uf.find(p.members[0].id))
    for key, roots in owners.items():
        if len(roots) == 1 and key in uf.parent:
            uf.union(key, next(iter(roots)))

    by_surname: dict[str, list[_Person]] = defaultdict(list)
    merged: dict[object, _Person] = {}
    for found in clusters_of.values():
        for p in found:
            root = uf.find(p.members[0].id)
            if root in merged:
                for loc in p.members:
                    merged[root].add(loc)
            else:
                merged[root] = _Person(list(p.members), set(p.roles), set(p.context), p.gender)
    for _root, p in sorted(merged.items(), key=lambda kv: repr(kv[0])):
        by_surname[p.members[0].parts.last].append(p)
    return by_surname


def _link_surnames(people: list[_Local], clusters: dict[str, list[_Person]],
                   uf: _UnionFind) -> set[tuple[str, str, str]]:
    """Rule 4: one-word names of people. Returns the locals left ambiguous."""
    by_first: dict[str, list[_Person]] = defaultdict(list)
    for persons in clusters.values():
        for p in persons:
            first = p.members[0].parts.first
            if first and len(first) > 1:
                by_first[first].append(p)
    ambiguous: set[tuple[str, str, str]] = set()
    for loc in people:
        word = loc.words[0]
        fits = clusters.get(word) or by_first.get(word) or []
        fits = [p for p in fits if not (loc.entity.gender and p.gender and loc.entity.gender != p.gender)]
        if len(fits) > 1:
            shared = [p for p in fits if loc.context & p.context]
            fits = shared if len(shared) == 1 else fits
        if len(fits) == 1:
            uf.union(loc.id, fits[0].members[0].id)
        elif not fits:
            # Nobody of that name: a bare name with no person cue may be a company's ("Toyota").
            cue = loc.entity.titles or loc.entity.gender
            uf.union(loc.id, ("single", word) if cue else ("word", word))
        else:
            uf.union(loc.id, ("ambiguous", word, loc.doc))
            ambiguous.add(loc.id)
    return ambiguous


def _display_name(etype: str, names: Counter[str]) -> str:
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
    name = _display_name(etype, names)
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
