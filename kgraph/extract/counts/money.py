"""Sums of money: "a $2bn deal", "a loan of $480m", "40 million euros"."""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.counts.labels import money_label
from kgraph.extract.counts.numbers import count_span
from kgraph.extract.counts.reporters import reporter
from kgraph.extract.events.modality import hypothetical
from kgraph.extract.registry import confidence, rule
from kgraph.types import Count

AMOUNT = "counts.money.amount"
PRIOR = 0.85


def currency(tok: Token) -> str | None:
    """The currency code of a number: a symbol just before it, a currency word just after."""
    doc = tok.doc
    for j in (tok.i - 1, tok.i - 2):
        if j >= 0 and doc[j].text in lx.CURRENCY_SYMBOLS and all(
                doc[k].like_num or doc[k].is_space for k in range(j + 1, tok.i)):
            return lx.CURRENCY_SYMBOLS[doc[j].text]
    for j in (tok.i + 1, tok.i + 2):
        if j < len(doc) and doc[j].lower_ in lx.CURRENCY_WORDS:
            if j == tok.i + 2 and doc[tok.i + 1].lower_ not in lx.MULTIPLIERS:
                break
            return lx.CURRENCY_WORDS[doc[j].lower_]
    return None


@rule(AMOUNT, "count", prior=PRIOR)
def amount(ctx: DocContext, tok: Token, value: float, unit: str) -> Count | None:
    """A number with a currency, and what it is of or for: "a $2bn deal", "a loan of $480m",
    "profits fell to £6.2bn"; a sum nothing in its sentence names is not written, nor one in a
    question or an "if" clause."""
    found = money_label(tok) if not hypothetical(tok) else None
    if found is None:
        return None
    label, said_by = found
    involved = [tok, said_by] if said_by.sent.start == tok.sent.start else [tok]
    return Count(value, "money", label, count_span(involved), confidence(AMOUNT, PRIOR), unit,
                 reporter(ctx, tok), rule=AMOUNT)
