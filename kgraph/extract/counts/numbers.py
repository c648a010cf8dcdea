"""Reading numbers: a token's value, the noun it counts, and the evidence span of a count."""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext

_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-zA-Z]{0,3})$")
SCALE_WORDS: frozenset[str] = words("counts", "scale_words")
NAME_LABELS: frozenset[str] = words("counts", "name_labels")


def number_value(tok: Token) -> float | None:
    """The number a token writes: "1,204", "2bn", "2.5" (+ a following "billion", "million." at a
    sentence's end, "-million"), "forty"; the low end of a range takes the high end's scale
    ("$2-300 million" is 200 million)."""
    low = tok.lower_
    if low in lx.NUMBER_WORDS and low not in lx.MULTIPLIERS:
        if tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_:
            return None  # part of a word: "no-one", "twenty-one" is left alone
        if _scale_after(tok) is None:
            return lx.NUMBER_WORDS[low]  # (a whole number stays one: "three")
        value = Decimal(lx.NUMBER_WORDS[low])
    else:
        match = _NUMBER.match(tok.text)
        if match is None:
            return None
        whole, frac, suffix = match.groups()
        if suffix and suffix.lower() not in lx.MULTIPLIERS:
            return None
        value = Decimal(whole.replace(",", "") + ("." + frac if frac else ""))
        if suffix:
            return float(value * Decimal(lx.MULTIPLIERS[suffix.lower()]))
    scale = _scale_after(tok)
    if scale is None:
        high = _range_high(tok)
        if high is not None:
            value *= Decimal(10) ** max(0, len(high.text) - len(tok.text)) if _round(high.text) else 1
            scale = _scale_after(high)
    return float(value * scale) if scale is not None else float(value)


def _scale_after(tok: Token) -> Decimal | None:
    """The multiplier right after a number, or after a hyphen: "2.5 billion", "140 m.", "700-million"."""
    doc = tok.doc
    j = tok.i + 1
    if j + 1 < len(doc) and doc[j].text == "-" and not doc[j].whitespace_ and not tok.whitespace_:
        j += 1
    if j >= len(doc):
        return None
    word = doc[j].lower_.rstrip(".") if doc[j].lower_ != "." else ""
    if word in lx.MULTIPLIERS and (word not in lx.NUMBER_WORDS or word in SCALE_WORDS):
        return Decimal(lx.MULTIPLIERS[word])
    return None


def _range_high(tok: Token) -> Token | None:
    """The second number of a range "2-300 million", "$3.8-4.9m" written without spaces."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and not tok.whitespace_ \
            and not doc[tok.i + 1].whitespace_ and _NUMBER.match(doc[tok.i + 2].text):
        return doc[tok.i + 2]
    return None


def _round(text: str) -> bool:
    """A whole number ending in a zero: its range's low end is in its hundreds ("2-300")."""
    return text.isdigit() and text.endswith("0")


def in_a_name(ctx: DocContext, tok: Token) -> bool:
    """A number that is part of a name, not a count: "Xbox 2", "the Six Nations", "Formula One",
    "Windows 95" (inside an entity, labelled as a name, a capitalised number word mid-sentence, or
    a number on a capitalised name just before it)."""
    if tok.ent_type_ in NAME_LABELS or ctx.entity_key_at(tok) is not None:
        return True
    if tok.is_alpha and tok.is_title and not tok.is_sent_start:
        return True
    if tok.i == 0:
        return False
    prev = tok.nbor(-1)
    return prev.pos_ in ("PROPN", "NOUN") and prev.is_title and not prev.is_sent_start and (
        prev.pos_ == "PROPN" or prev.i > 0 and prev.nbor(-1).text == "-") and (
        prev.head.i == tok.i or tok.head.i == prev.i)


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
    units = lx.MULTIPLIERS.keys() | lx.CURRENCY_WORDS.keys()
    while right + 1 < len(doc) and (doc[right + 1].lower_.rstrip(".") or ".") in units:
        right += 1
    return doc[left].idx, doc[right].idx + len(doc[right])
