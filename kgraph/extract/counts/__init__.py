"""Numbers news reports (deaths, injuries, arrests, money) with what they count and who says so.

Each number token is read once: as a sum of money when a currency goes with it (money.py), else
as a count of people (people.py); numbers.py reads the numbers, reporters.py the sources.
"""

from __future__ import annotations

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.counts import money
from kgraph.extract.counts.numbers import in_a_name, number_value
from kgraph.extract.counts.people import BY_NOUN, BY_VERB, people_count
from kgraph.types import Count

_NOT_COUNTS = {"DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY"}


def extract_counts(ctx: DocContext) -> list[Count]:
    """Counts of people something happened to, and sums of money."""
    money_on, people_on = ctx.on(money.AMOUNT), ctx.on(BY_VERB) or ctx.on(BY_NOUN)
    counts: list[Count] = []
    if not (money_on or people_on):
        return counts
    for i, low in enumerate(ctx.token_lowers()):
        # Only a number word or a token opening with a digit can be a number: skip the rest
        # without making a spaCy Token (a digit is its own lower case).
        if low not in lx.NUMBER_WORDS and not low[:1].isdecimal():
            continue
        tok = ctx.doc[i]
        value = number_value(tok)
        if value is None or tok.ent_type_ in _NOT_COUNTS:
            continue
        unit = money.currency(tok)
        if unit is not None:  # a sum of money, whether or not its rule runs (whatever its tag says)
            found = money.amount(ctx, tok, value, unit) if money_on else None
            if found is not None:
                counts.append(found)
            continue
        if in_a_name(ctx, tok):  # "Xbox 2", "the Six Nations"
            continue
        count = people_count(ctx, tok, value) if people_on else None
        if count is not None:
            counts.append(count)
    return counts


__all__ = ["extract_counts", "number_value"]
