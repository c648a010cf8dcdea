"""What extractors share about one document: the parse and the entities found in it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kgraph.types import Article, Entity, Mention


@dataclass(frozen=True)
class DocContext:
    """A parsed document with its entities and the mentions resolved so far.

    Extractors read it and return records; they never change it or the ``Doc``.
    """

    doc: Doc
    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    _token_entity: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    _sent_starts: list[int] = field(default_factory=list, compare=False, repr=False)
    _text: list[str] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self._sent_starts:
            self._sent_starts.extend(s.start for s in self.doc.sents)
        if not self._text:
            self._text.append(self.doc.text)
        index = self._token_entity
        for m in self.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    index.setdefault(i, m.entity)

    @property
    def text(self) -> str:
        """The document's text (``doc.text`` rebuilds it from the tokens on every call)."""
        return self._text[0]

    def with_mentions(self, extra: tuple[Mention, ...] | list[Mention]) -> DocContext:
        """A new context that also knows ``extra`` mentions."""
        return replace(self, mentions=self.mentions + tuple(extra), _token_entity={})

    def entity_key_at(self, token: Token | int) -> str | None:
        """Key of the entity a token belongs to through a mention, if any."""
        i = token if isinstance(token, int) else token.i
        return self._token_entity.get(i)

    def entity_keys_in(self, span: Span) -> list[str]:
        """Keys of the entities mentioned inside a span, in order of first mention."""
        seen: list[str] = []
        for i in range(span.start, span.end):
            key = self._token_entity.get(i)
            if key is not None and key not in seen:
                seen.append(key)
        return seen

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)

    def sentence_index(self, token: Token) -> int:
        """Index of the token's sentence among ``doc.sents``."""
        return bisect_right(self._sent_starts, token.i) - 1
