"""Quote records: a candidate's text, mentions and confidence, as the Quote the graph keeps."""

from __future__ import annotations

import re

from spacy.tokens import Token

import kgraph.extract.registry as registry
from kgraph.extract.context import DocContext
from kgraph.extract.quotes.candidate import QuoteCandidate, TokenIndex
from kgraph.types import Quote

# How sure a quote's speaker is by how the text names it. A rule's prior is its confidence with a
# named speaker; a quote whose speaker is named otherwise gets the difference taken off.
SPEAKER_CONFIDENCE: dict[str, float] = {
    "name": 0.9, "nominal": 0.75, "pronoun": 0.8, "demonym": 0.6, "words": 0.7,
    "none": 0.35,
}
# Reported speech is this much less sure than quoted words (the reported-speech rules' priors
# hold it; a reported clause with quoted words in it, a mixed quote, gets it back).
REPORTED = 0.1


def to_quote(ctx: DocContext, f: QuoteCandidate, index: TokenIndex) -> Quote:
    """The record of a candidate: its text (marks taken out of a mixed quote), speaker, cue,
    the entities it mentions, its rule and its confidence."""
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
    confidence = registry.confidence(f.rule, raw_confidence(f))
    if att is None:
        return Quote(body, tuple(f.pieces), f.kind, confidence, mentions=tuple(mentions), rule=f.rule)
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
        rule=f.rule,
    )


def raw_confidence(f: QuoteCandidate) -> float:
    """The confidence a candidate's rule gives it: the rule's prior, less what its speaker lacks
    of a name; before ``registry.confidence`` replaces it with the rule's measured precision."""
    found = registry.get(f.rule)
    prior = found.prior
    assert prior is not None, f"quote rule {f.rule} has no prior"
    att = f.attribution
    if att is None:
        return prior
    if att.speaker_key:
        speaker = SPEAKER_CONFIDENCE.get(att.speaker_kind, 0.6)
    else:
        speaker = SPEAKER_CONFIDENCE["words" if att.speaker is not None else "none"]
    raw = prior - (SPEAKER_CONFIDENCE["name"] - speaker)
    if found.family == "quotes.indirect" and f.kind != "indirect":
        raw += REPORTED
    return round(max(min(raw, 0.95), 0.1), 2)


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
