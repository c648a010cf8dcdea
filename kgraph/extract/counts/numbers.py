"""Reading numbers: a token's value, the noun it counts, and the evidence span of a count."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx

_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-zA-Z]{0,3})$")
SCALE_WORDS: frozenset[str] = words("counts", "scale_words")


def number_value(tok: Token) -> float | None:
    """The number a token writes: "1,204", "2bn", "2.5" (+ a following "billion"), "forty"."""
    low = tok.lower_
    if low in lx.NUMBER_WORDS and low not in lx.MULTIPLIERS:
        value: float = lx.NUMBER_WORDS[low]
    else:
        match = _NUMBER.match(tok.text)
        if match is None:
            return None
        whole, frac, suffix = match.groups()
        if suffix and suffix.lower() not in lx.MULTIPLIERS:
            return None
        value = float(whole.replace(",", "") + ("." + frac if frac else ""))
        if suffix:
            value *= lx.MULTIPLIERS[suffix.lower()]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in lx.MULTIPLIERS and nxt.lower_ not in lx.NUMBER_WORDS:
        value *= lx.MULTIPLIERS[nxt.lower_]
    elif nxt is not None and nxt.lower_ in SCALE_WORDS:
        value *= lx.MULTIPLIERS[nxt.lower_]
    return value


def counted_noun(tok: Token) -> Token | None:
    """The noun a number counts: its head for "40 people", the number itself when bare."""
    head = tok
    while head.dep_ in ("nummod", "compound", "quantmod", "nmod", "amod") and head.head is not head:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN"):
            return head
    return tok if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj") else None


def count_span(tokens: list[Token]) -> tuple[int, int]:
    """From the first to the last token involved, with the number's unit and a verb's auxiliaries."""
    doc = tokens[0].doc
    left = min(t.i for t in tokens)
    right = max(t.i for t in tokens)
    while left > 0 and (doc[left - 1].text in lx.CURRENCY_SYMBOLS or doc[left - 1].dep_ in (
            "quantmod", "advmod") and doc[left - 1].head.i in range(left, right + 1)):
        left -= 1
    while right + 1 < len(doc) and doc[right + 1].lower_ in lx.MULTIPLIERS | lx.CURRENCY_WORDS.keys():
        right += 1
    return doc[left].idx, doc[right].idx + len(doc[right])
