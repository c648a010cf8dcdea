"""What linking keeps of one article (DocLinks): entities, mention counts, roles, context, parsed names."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

from kgraph.data import table, words
from kgraph.link.base import name_words
from kgraph.link.duplicates import sketch
from kgraph.names import ADDRESS_TITLES, NameParts, fold, name_parts, org_core
from kgraph.types import DocFacts, Entity

ROLE_FILLER: frozenset[str] = words("link", "role_filler")
ROLE_ACRONYMS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in table("link", "role_acronyms").items()}


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
    sketch: tuple[int, ...] = ()  # the text's shingle sketch, to find near-duplicate articles

    @classmethod
    def of(cls, d: DocFacts) -> DocLinks:
        counts = Counter(m.entity for m in d.mentions)
        people = [e.type == "Person" for e in d.entities]
        return cls(
            doc=d.article.id,
            entities=d.entities,
            mentions=tuple(counts[e.key] for e in d.entities),
            roles=tuple(roles(d, e) if p else frozenset() for e, p in zip(d.entities, people, strict=True)),
            contexts=tuple(context_key(e) for e in d.entities),
            parts=tuple(name_parts(e.name) if p else None for e, p in zip(d.entities, people, strict=True)),
            sketch=sketch(d.article.text),
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "doc": self.doc,
            "entities": [asdict(e) for e in self.entities],
            "mentions": list(self.mentions),
            "roles": [sorted(r) for r in self.roles],
            "contexts": [list(c) if c is not None else None for c in self.contexts],  # type: ignore[call-overload]
            "parts": [None if p is None else [p.first, list(p.middle), p.last, p.suffix] for p in self.parts],
            "sketch": list(self.sketch),
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
            sketch=tuple(data.get("sketch", ())),
        )


def roles(d: DocFacts, e: Entity) -> frozenset[str]:
    """Words of the titles and job titles the article gives a person, honorifics left out."""
    texts = [t for t in e.titles]
    texts += [r.value for r in d.relations
              if r.subject == e.key and r.predicate == "jobTitle" and isinstance(r.value, str)]
    found: set[str] = set()
    for text in texts:
        for w in fold(text).replace("-", " ").split():
            if w in ADDRESS_TITLES or w in ROLE_FILLER:
                continue
            found.update(ROLE_ACRONYMS.get(w, (w,)))
    return frozenset(found)


def context_key(e: Entity) -> object | None:
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
    folded = name_words(e.name)
    return (e.type, " ".join(folded)) if folded else None
