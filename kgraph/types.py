"""Plain, serialisable records that flow between kgraph's stages."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal, get_args

Span = tuple[int, int]
"""Character offsets (start, end) into the analysed text, in Unicode code points."""

EntityType = Literal["Person", "Organization", "Place"]
MentionKind = Literal["name", "pronoun", "nominal", "demonym"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Predicate = Literal[
    "children", "parent", "spouse", "sibling", "relatedTo",
    "worksFor", "memberOf", "affiliation", "jobTitle",
    "nationality", "age", "locatedIn", "supports", "opposes",
]
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
MENTION_KINDS: tuple[str, ...] = get_args(MentionKind)
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
RELATION_PREDICATES: tuple[str, ...] = get_args(Predicate)


@dataclass(frozen=True)
class Article:
    """One input article, with its text already cleaned.

    ``source`` is the path as the user gave it (``-`` for stdin, ``file.jsonl#L3`` for a JSONL
    record); ``id`` is stable across runs for the same source.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    record_id: str | None = None  # the id a JSONL/JSON record gave

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        for part in (self.title or "", self.url or "", self.date or "", self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an entity of the same document."""

    start: int
    end: int
    text: str
    entity: str  # key of an Entity in the same DocFacts
    kind: MentionKind = "name"
    sent: int = 0  # index of the sentence (DocFacts.sentences)
    rule: str = ""  # id of the rule that tied this mention to its entity


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place as one document speaks of it."""

    key: str  # local key, unique within one DocFacts ("e0", "e1", ...)
    type: EntityType
    name: str  # the fullest name used in the document
    aliases: tuple[str, ...] = ()  # other names used (never pronouns or descriptions)
    country: bool = False
    gender: str | None = None  # "female" | "male" when the text makes it clear
    titles: tuple[str, ...] = ()  # honorifics and titles seen next to the name
    rule: str = ""  # id of the rule that decided the type


@dataclass(frozen=True)
class Quote:
    """Something someone said: direct, indirect (reported) or mixed speech."""

    text: str
    spans: tuple[Span, ...]  # each contiguous piece of quoted/reported content
    kind: QuoteKind
    confidence: float
    speaker: str | None = None  # entity key, None when nobody can be named
    speaker_span: Span | None = None
    speaker_text: str | None = None
    cue: str | None = None
    addressee: str | None = None  # entity key
    mentions: tuple[str, ...] = ()  # entity keys mentioned in the content
    rule: str = ""  # id of the rule that found the quote and its speaker


@dataclass(frozen=True)
class Relation:
    """A fact about an entity: a link to another entity or a literal attribute."""

    subject: str  # entity key
    predicate: Predicate
    evidence: Span
    confidence: float
    object: str | None = None  # entity key, for entity-valued predicates
    value: str | int | None = None  # literal, for jobTitle (str) and age (int)
    rule: str = ""  # id of the rule that made the fact


@dataclass(frozen=True)
class Event:
    """Something that happened, with its participants, place and time."""

    label: str
    trigger: str
    evidence: Span
    confidence: float
    agent: str | None = None
    patient: str | None = None
    recipient: str | None = None
    actors: tuple[str, ...] = ()  # every participant, roles included
    place: str | None = None
    date: str | None = None  # ISO date when resolved against the article date
    date_text: str | None = None
    rule: str = ""  # id of the rule that found the event


@dataclass(frozen=True)
class Count:
    """A number the article reports: deaths, injuries, arrests, money."""

    quantity: float
    count_type: str  # "died", "injured", "arrested", "money", ...
    label: str  # what is counted ("miners")
    evidence: Span
    confidence: float
    unit: str | None = None  # currency code for money
    reported_by: str | None = None  # entity key
    rule: str = ""  # id of the rule that found the count


_FIELDS: dict[type, frozenset[str]] = {}


@dataclass(frozen=True)
class DocFacts:
    """Everything extracted from one article: strings and offsets only, no spaCy objects."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    sentences: tuple[Span, ...] = ()
    quotes: tuple[Quote, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    counts: tuple[Count, ...] = ()
    warnings: tuple[str, ...] = ()  # extractors that failed on this article (the rest was kept)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocFacts:
        def build(klass: type, rec: dict[str, Any]) -> Any:
            names = _FIELDS.get(klass)
            if names is None:
                names = _FIELDS[klass] = frozenset(f.name for f in fields(klass))
            kwargs = {}
            for name, v in rec.items():
                if name not in names:
                    continue
                if isinstance(v, list):  # JSON arrays back to the tuples the records hold
                    v = tuple(tuple(x) if isinstance(x, list) else x for x in v)
                kwargs[name] = v
            return klass(**kwargs)

        parts: dict[str, Any] = {"article": build(Article, data["article"])}
        for name, klass in (
            ("entities", Entity), ("mentions", Mention), ("quotes", Quote),
            ("relations", Relation), ("events", Event), ("counts", Count),
        ):
            parts[name] = tuple(build(klass, r) for r in data.get(name, ()))
        parts["sentences"] = tuple(tuple(s) for s in data.get("sentences", ()))
        parts["warnings"] = tuple(data.get("warnings", ()))
        return cls(**parts)

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)


