"""What the quote rules hand each other: a quote candidate, its attribution, and token lookups."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kgraph.extract.quotes.marks import CharSpan, QuoteRegion
from kgraph.types import QuoteKind


@dataclass
class Attribution:
    """Who said a quote, as one rule found it: the cue, the speaker's words and entity."""

    cue: Token | None  # None for transcript labels ("PENCE: ...")
    speaker: Span | None
    speaker_key: str | None
    speaker_kind: str  # "name", "pronoun", "nominal", "words" or "none"
    addressee: str | None = None
    penalty: float = 0.0


@dataclass
class QuoteCandidate:
    """A quotation being assembled: its kind, its pieces of text and who said it, if anyone."""

    kind: QuoteKind
    pieces: list[CharSpan]
    attribution: Attribution | None
    confidence: float = 0.0
    para: int = 0
    regions: list[QuoteRegion] = field(default_factory=list)


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
