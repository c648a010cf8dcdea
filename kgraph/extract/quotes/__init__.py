"""Quotations and reported speech, each attributed to its speaker where the text says who.

The rules run in this order: ``marks`` finds the quoted stretches from the quote marks alone (it
holds no rule); ``direct`` attributes each stretch (a fragment inside reported speech goes to
``mixed``), joins split quotes and carries a speaker on into the quote paragraphs that continue
it; ``indirect`` finds reported speech outside quotes, and what a direct quote overlaps is dropped;
then a direct quote still without a speaker right after reported speech takes that speaker, and
``records`` writes the Quotes, leaving out those whose speaker is a place. A quote's rule is the
rule that found its speaker (``quotes.direct.unattributed`` when none did).
"""

from __future__ import annotations

from kgraph.extract.context import DocContext
from kgraph.extract.quotes.candidate import QuoteCandidate, TokenIndex
from kgraph.extract.quotes.direct import after_reported_speech, direct_quotes
from kgraph.extract.quotes.indirect import indirect_quotes
from kgraph.extract.quotes.marks import CharSpan, QuoteRegion, find_quote_regions, is_junk_line, paragraphs
from kgraph.extract.quotes.records import to_quote
from kgraph.extract.quotes.speakers import is_place, speaker_entity, speaker_phrase
from kgraph.types import Quote

__all__ = ["QuoteRegion", "extract_quotes", "find_quote_regions", "is_junk_line", "paragraphs",
           "speaker_entity", "speaker_phrase"]


def extract_quotes(ctx: DocContext) -> list[Quote]:
    """Direct, mixed and indirect quotations in ``ctx.doc`` with their speakers."""
    doc = ctx.doc
    text = ctx.text
    paras = paragraphs(text)
    regions = find_quote_regions(text)
    found = direct_quotes(ctx, regions, paras)
    covered = [(s, e) for f in found for s, e in f.pieces]
    for f in indirect_quotes(ctx, regions):
        if not any(s < ce and cs < e for s, e in f.pieces for cs, ce in covered):
            found.append(f)
            covered.extend(f.pieces)
    found.sort(key=lambda f: f.pieces[0])
    # Two fragments under one cue ("called it 'a disgrace' and 'a farce'") can yield the same quote.
    unique: dict[tuple[CharSpan, ...], QuoteCandidate] = {}
    for f in found:
        unique.setdefault(tuple(f.pieces), f)
    found = list(unique.values())
    after_reported_speech(found, paras, text)
    index = TokenIndex(doc, starts=ctx.token_starts())
    # Every rule runs and the quotes of a rule switched off are left out at the end: the rules feed
    # each other (a quote's speaker continues into the next paragraph; a direct quote hides the
    # reported speech it overlaps), so switching one rule off removes its quotes and no other.
    # A place says nothing (its people or government do): a quote whose speaker is one is dropped.
    return [to_quote(ctx, f, index) for f in found if ctx.on(f.rule) and not (
        f.attribution is not None and f.attribution.speaker_key is not None
        and is_place(ctx, f.attribution.speaker_key))]
