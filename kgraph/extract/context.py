"""What extractors share about one document: the parse and the entities found in it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from kgraph.extract.registry import ALL_RULES, RuleSet
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
    rules: RuleSet = ALL_RULES  # the rules this run uses
    _token_entity: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    _indexed: tuple[Mention, ...] | None = field(default=None, compare=False, repr=False)  # in _token_entity
    _sent_starts: list[int] = field(default_factory=list, compare=False, repr=False)
    _text: list[str] = field(default_factory=list, compare=False, repr=False)
    # Facts about the parse worked out once and shared by every context of the same document.
    _shared: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    _by_key: dict[str, Entity] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self._sent_starts:
            self._sent_starts.extend(s.start for s in self.doc.sents)
        if not self._text:
            self._text.append(self.doc.text)
        by_key: dict[str, Entity] = {}
        for e in self.entities:
            by_key.setdefault(e.key, e)
        object.__setattr__(self, "_by_key", by_key)
        if self._indexed is not self.mentions:  # with_mentions hands over the index it grew
            index: dict[int, str] = {}
            _index_mentions(self.doc, self.mentions, index)
            object.__setattr__(self, "_token_entity", index)
            object.__setattr__(self, "_indexed", self.mentions)

    def on(self, rule_id: str) -> bool:
        """Whether rule ``rule_id`` runs."""
        return self.rules.enabled(rule_id)

    @property
    def text(self) -> str:
        """The document's text (``doc.text`` rebuilds it from the tokens on every call)."""
        return self._text[0]

    def with_mentions(self, extra: tuple[Mention, ...] | list[Mention]) -> DocContext:
        """A new context that also knows ``extra`` mentions."""
        extra = tuple(extra)
        mentions = self.mentions + extra
        index = dict(self._token_entity)
        _index_mentions(self.doc, extra, index)  # earlier mentions keep the tokens they hold
        return replace(self, mentions=mentions, _token_entity=index, _indexed=mentions)

    def entity_key_at(self, token: Token | int) -> str | None:
        """Key of the entity a token belongs to through a mention, if any."""
        i = token if isinstance(token, int) else token.i
        return self._token_entity.get(i)

    def entity_keys_in(self, span: Span) -> list[str]:
        """Keys of the entities mentioned inside a span, in order of first mention."""
        seen: list[str] = []
        index = self._token_entity
        for i in range(span.start, span.end):
            key = index.get(i)
            if key is not None and key not in seen:
                seen.append(key)
        return seen

    def entity(self, key: str) -> Entity:
        try:
            return self._by_key[key]
        except KeyError:
            raise KeyError(key) from None

    def sentence_index(self, token: Token) -> int:
        """Index of the token's sentence among ``doc.sents``."""
        return bisect_right(self._sent_starts, token.i) - 1

    def sentence_starts(self) -> list[int]:
        """Index of the first token of each sentence (do not change the list)."""
        return self._sent_starts

    # Per-token columns, read from the parse once per document and shared by the extractors:
    # indexing a list is much cheaper than making a spaCy Token and asking it. Do not change them.

    def token_starts(self) -> list[int]:
        """``token.idx`` of each token: its character offset."""
        if "idx" not in self._shared:
            self._shared["idx"] = self.doc.to_array(IDX).tolist()
        return self._shared["idx"]

    def token_pos(self) -> list[int]:
        """``token.pos`` of each token, to compare with ``spacy.symbols`` (VERB, NOUN...)."""
        if "pos" not in self._shared:
            self._shared["pos"] = self.doc.to_array(POS).tolist()
        return self._shared["pos"]

    def token_lowers(self) -> list[str]:
        """``token.lower_`` of each token."""
        if "lower" not in self._shared:
            self._shared["lower"] = _strings(self.doc, LOWER)
        return self._shared["lower"]

    def token_lemmas(self) -> list[str]:
        """``token.lemma_.lower()`` of each token."""
        if "lemma" not in self._shared:
            self._shared["lemma"] = _strings(self.doc, LEMMA, str.lower)
        return self._shared["lemma"]


def _strings(doc: Doc, attr: int, fold: Callable[[str], str] | None = None) -> list[str]:
    """The string attribute ``attr`` of each token (``fold`` applied), each distinct value looked
    up once."""
    ids = doc.to_array(attr).tolist()
    store = doc.vocab.strings
    if fold is None:
        names = {h: store[h] for h in set(ids)}
    else:
        names = {h: fold(store[h]) for h in set(ids)}
    return [names[h] for h in ids]


def _index_mentions(doc: Doc, mentions: tuple[Mention, ...], index: dict[int, str]) -> None:
    """Map each token of ``mentions`` to its entity; a token already mapped keeps its entity."""
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                index.setdefault(i, m.entity)
