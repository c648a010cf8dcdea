"""Mixed quotes: a quoted fragment inside reported speech ('called it "a disgrace"')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.data import words
from kgraph.extract.context import DocContext
from kgraph.extract.cues import REPORTING_VERBS
from kgraph.extract.quotes.candidate import QuoteCandidate, TokenIndex
from kgraph.extract.quotes.marks import ALL_MARKS, QuoteRegion
from kgraph.extract.quotes.speakers import DIRECT_CUES, attribute, is_unsaid
from kgraph.extract.registry import rule

FRAGMENT = "quotes.mixed.fragment"

# Verbs that take a scare-quoted fragment as what someone said ("called it 'a disgrace'").
FRAGMENT_CUES = REPORTING_VERBS | words("quotes", "fragment_verbs")


def is_fragment(text: str, region: QuoteRegion, index: TokenIndex) -> bool:
    """A quote inside a sentence ("called it 'a disgrace'") rather than one standing as speech."""
    j = region.open - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] in "\n:,.!?;—–-([" or text[j] in ALL_MARKS:
        return False
    before = index.doc[index.token(j)]
    short = len(text[region.start:region.end].split()) < 4
    return before.lemma_ not in DIRECT_CUES or (region.single and short)


@rule(FRAGMENT, "quote", prior=0.9)
def fragment_quote(ctx: DocContext, region: QuoteRegion, index: TokenIndex) -> QuoteCandidate | None:
    """A quoted fragment in reported speech: 'He said the plan was "a disaster"', 'called it "a farce"'.

    The cue is the nearest reporting verb above the fragment; the quote is the clause under it
    that holds the fragment (or the fragment alone).
    """
    span = index.span(region.start, region.end)
    tok: Token = span.root
    for _ in range(6):
        if tok.lemma_.lower() in FRAGMENT_CUES and tok.pos_ == "VERB" and tok.i not in range(
                span.start, span.end):
            break
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    else:
        return None
    if is_unsaid(tok):
        return None  # "refused to call it 'a disgrace'"
    att = attribute(ctx, tok, tok.doc[0:0], FRAGMENT)
    if att.speaker is None:
        return None
    clause = _content_child(tok, span)
    pieces = [(clause.start_char, clause.end_char)] if clause is not None else list(region.pieces)
    return QuoteCandidate("mixed", pieces, att, regions=[region])


def _content_child(cue: Token, inner: Span) -> Span | None:
    """The clause under a cue that holds a quoted fragment, when the cue reports a clause."""
    for c in cue.children:
        if c.dep_ in ("ccomp", "xcomp") and c.left_edge.i <= inner.start and c.right_edge.i >= inner.end - 1:
            return c.doc[c.left_edge.i:c.right_edge.i + 1]
    return None
