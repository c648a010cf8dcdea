"""Quote records: a candidate's text, mentions and confidence, as the Quote the graph keeps."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgraph.extract.context import DocContext
from kgraph.extract.quotes.candidate import QuoteCandidate, TokenIndex
from kgraph.types import Quote

CONFIDENCE = {
    "name": 0.9, "nominal": 0.75, "pronoun": 0.8, "demonym": 0.6, "words": 0.7,
    "none": 0.35,
}


def to_quote(ctx: DocContext, f: QuoteCandidate, index: TokenIndex) -> Quote:
    text = ctx.text
    att = f.attribution
    parts = [text[s:e] for s, e in f.pieces]
    body = " ".join(p.strip() for p in parts)
    if f.kind == "mixed":
        body = re.sub(r"[\"“”]", "", body)
        body = re.sub(r"(?<!\w)[‘'](.*?)[’'](?!\w)", r"\1", body)
    mentions: list[str] = []
    for s, e in f.pieces:
        for key in ctx.entity_keys_in(index.span(s, e)):
            if key not in mentions:
                mentions.append(key)
    if att is None:
        return Quote(body, tuple(f.pieces), f.kind, CONFIDENCE["none"], mentions=tuple(mentions))
    base = CONFIDENCE.get(att.speaker_kind, 0.6) if att.speaker_key else (
        CONFIDENCE["words"] if att.speaker is not None else CONFIDENCE["none"])
    if f.kind == "indirect":
        base -= 0.1
    confidence = round(max(min(base - att.penalty, 0.95), 0.1), 2)
    sp = att.speaker
    return Quote(
        text=body,
        spans=tuple(f.pieces),
        kind=f.kind,
        confidence=confidence,
        speaker=att.speaker_key,
        speaker_span=(sp.start_char, sp.end_char) if sp is not None else None,
        speaker_text=sp.text if sp is not None else None,
        cue=_cue_text(att.cue),
        addressee=att.addressee,
        mentions=tuple(mentions),
    )


def _cue_text(cue: Token | None) -> str | None:
    """The cue verb with its particle and negation ("pointed out", "did not say")."""
    if cue is None:
        return None
    words = [cue]
    words += [c for c in cue.children if c.dep_ in ("prt", "neg", "aux") and c.i > cue.i - 3]
    if cue.lower_ == "according":
        return "according to"
    words.sort(key=lambda t: t.i)
    return " ".join(t.text for t in words)
