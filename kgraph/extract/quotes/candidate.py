"""What the quote rules hand each other: a quote candidate, its attribution, and token lookups."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span, Token

from kgraph.extract.quotes.marks import CharSpan, QuoteRegion
from kgraph.types import QuoteKind

# How a quote's speaker is named: a mention's kind, "words" for a phrase naming no entity, "none".
SpeakerKind = Literal["name", "pronoun", "nominal", "demonym", "words", "none"]
UNATTRIBUTED = "quotes.direct.unattributed"  # the rule of a quote nobody is found to have said


@dataclass
class Attribution:
    """Who said a quote, as one rule found it: the cue, the speaker's words and entity."""

    cue: Token | None  # None for transcript labels ("PENCE: ...")
    speaker: Span | None
    speaker_key: str | None
    speaker_kind: SpeakerKind
    rule: str  # id of the rule that found the speaker: the quote's rule
    addressee: str | None = None


@dataclass
class QuoteCandidate:
    """A quotation being assembled: its kind, its pieces of text and who said it, if anyone."""

    kind: QuoteKind
    pieces: list[CharSpan]
    attribution: Attribution | None
    para: int = 0  # its (last) paragraph: a paragraph of quote after it may continue it
    regions: list[QuoteRegion] = field(default_factory=list)

    @property
    def rule(self) -> str:
        """The id of the rule that attributed it (the one that found its speaker)."""
        return self.attribution.rule if self.attribution is not None else UNATTRIBUTED


class TokenIndex:
    """Character-to-token lookups for one document, and which tokens are inside quotes."""

    def __init__(self, doc: Doc, regions: list[QuoteRegion] | None = None,
                 starts: list[int] | None = None) -> None:
        self.doc = doc
        self.starts = starts if starts is not None else [t.idx for t in doc]
        self.inside: set[int] = set()
        for region in regions or ():
            for start, end in region.pieces:
                self.inside.update(range(self.token(start), self.token(max(end - 1, start)) + 1))

    def token(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)

    def span(self, start: int, end: int) -> Span:
        return self.doc[self.token(start):self.token(max(end - 1, start)) + 1]

    def window(self, start: int, end: int) -> Span:
        """The tokens between two character offsets (none when ``end <= start``)."""
        if end <= start:
            return self.doc[0:0]
        return self.span(start, end)
