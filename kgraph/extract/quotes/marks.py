"""Quote marks: the stretches of an article's text that are quoted, found from the marks alone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

CharSpan = tuple[int, int]

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPENING_SINGLE = "‘"
SINGLE_MARKS = "‘’'"
ALL_MARKS = "\"“”„«»‘’'"
# A short line without end punctuation between quote paragraphs is page furniture ("Advert").
_JUNK_LINE = re.compile(r"^[^\"“”‘’'.!?:;]{1,60}$")


@dataclass(frozen=True)
class QuoteRegion:
    """A stretch of quoted text found from the quote marks alone, before any parsing."""

    pieces: tuple[CharSpan, ...]  # content without the marks, one piece per paragraph
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the paragraph ended first
    single: bool = False
    label: CharSpan | None = None  # a transcript speaker label inside the quote ("PENCE:")

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]



# --- finding quote marks ------------------------------------------------------------------

def paragraphs(text: str) -> list[CharSpan]:
    """Non-blank lines as (start, end) offsets, surrounding spaces left out."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + len(line.rstrip())))
    return out


def is_junk_line(text: str, para: CharSpan) -> bool:
    line = text[para[0]:para[1]]
    return bool(_JUNK_LINE.match(line)) and len(line.split()) <= 6


def _double_width(text: str, i: int) -> int:
    """Length of a double quote mark at ``i`` (two apostrophes count as one mark), or 0."""
    if text[i] in STRAIGHT_DOUBLE + OPENING_DOUBLE + CLOSING_DOUBLE:
        return 1
    if text.startswith("''", i) and not text.startswith("'", i + 2) \
            and not (i > 0 and text[i - 1] == "'"):
        return 2
    return 0


def _style(text: str, i: int) -> str:
    """Which family a mark belongs to: nested quotes use another family than their outer quote."""
    c = text[i]
    if c in OPENING_DOUBLE + CLOSING_DOUBLE:
        return "curly"
    return "straight" if c == STRAIGHT_DOUBLE else "apostrophes"


def _opens(text: str, i: int, width: int = 1) -> bool:
    """Whether the mark at ``i`` can open a quote: a word (or another mark) follows, not a space."""
    c = text[i]
    after = text[i + width] if i + width < len(text) else " "
    if c in OPENING_DOUBLE or c == OPENING_SINGLE:
        return not after.isspace()
    if c in CLOSING_DOUBLE:
        return False
    before = text[i - 1] if i > 0 else " "
    if after.isspace():
        return False
    if c == "'" and width == 1 and not after.isalpha():
        return False
    return before.isspace() or before in "([{—–-―/:;" + ALL_MARKS


def _closes(text: str, i: int, width: int = 1) -> bool:
    """Whether the mark at ``i`` can close a quote: text before it and no word glued after it."""
    c = text[i]
    if c in OPENING_DOUBLE or c == OPENING_SINGLE:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace():
        return False
    if c in "’'":
        return not after.isalnum()
    return True


def _next_paragraph(text: str, paras: list[CharSpan], k: int) -> int | None:
    """Index of the paragraph a quote left open in paragraph ``k`` continues in, if any."""
    j = k + 1
    while j < len(paras) and is_junk_line(text, paras[j]):
        j += 1
    if j < len(paras) and _double_width(text, paras[j][0]) and _opens(
            text, paras[j][0], _double_width(text, paras[j][0])):
        return j
    return None


_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{1,30}:\s")
# Where a double mark (or two apostrophes) or a single mark may start.
_DOUBLE_MARK = re.compile("[" + re.escape(STRAIGHT_DOUBLE + OPENING_DOUBLE + CLOSING_DOUBLE) + "]|''")
_SINGLE_MARK = re.compile("[" + re.escape(SINGLE_MARKS) + "]")


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Quoted stretches of ``text``, found from the marks alone (cached: coref asks too)."""
    return list(_quote_regions(text))


@lru_cache(maxsize=8)
def _quote_regions(text: str) -> tuple[QuoteRegion, ...]:
    """Double-quoted regions (over paragraphs when each opens with a mark) and single-quoted ones.

    Works on characters, not the parse, because the parser splits sentences inside quotes. A mark
    that never closes ends its quote at the paragraph's end, so the rest of the text is safe.
    """
    paras = paragraphs(text)
    regions = _double_regions(text, paras)
    taken = [(r.open, r.end + 1) for r in regions]
    for para in paras:
        regions.extend(r for r in _single_regions(text, para)
                       if not any(a <= r.open < b for a, b in taken))
    regions.sort(key=lambda r: r.open)
    return tuple(regions)


@dataclass
class _Open:
    """A quote being read: where it opened, its mark family and the pieces read so far."""

    at: int
    width: int
    style: str
    first: int  # offset of the mark that opened the whole quote
    pieces: list[CharSpan] = field(default_factory=list)
    label: CharSpan | None = None
    nested: int = 0


def _double_regions(text: str, paras: list[CharSpan]) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    cur: _Open | None = None
    k = 0
    while k < len(paras):
        p_start, p_end = paras[k]
        i = p_start
        if cur is not None:  # a continuation paragraph: it opens with a mark
            w = _double_width(text, i)
            label = _LABEL.match(text, i + w)
            if label:  # a transcript's next speaker ends the running quote
                regions.append(QuoteRegion(tuple(cur.pieces), cur.first, None, label=cur.label))
                cur = None
            else:
                cur = _Open(i, w, _style(text, i), cur.first, cur.pieces, cur.label)
                i += w
        while i < p_end:
            w = _double_width(text, i)
            if not w:
                # Jump to the next character that can start a double mark (one more character of
                # look-ahead, since two apostrophes make one mark).
                found = _DOUBLE_MARK.search(text, i + 1, p_end + 1)
                i = found.start() if found is not None else p_end
                continue
            if cur is None:
                if _opens(text, i, w):
                    cur = _Open(i, w, _style(text, i), i)
                    label = _LABEL.match(text, i + w)
                    if label:
                        cur.label = (label.start(), label.end() - 2)
                        cur.at, cur.width = label.end() - 1, 0
            elif _style(text, i) != cur.style:
                # Another family inside the quote marks a nested quote.
                if _opens(text, i, w) and not _closes(text, i, w):
                    cur.nested += 1
                elif cur.nested:
                    cur.nested -= 1
                elif _closes(text, i, w):
                    regions.append(_close(cur, i))
                    cur = None
            elif _closes(text, i, w):
                regions.append(_close(cur, i))
                cur = None
            elif text[i] in OPENING_DOUBLE:
                cur = _Open(i, w, cur.style, i)  # the earlier mark never closed: drop it
            i += w
        if cur is not None:
            cur.pieces.append((cur.at + cur.width, p_end))
            nxt = _next_paragraph(text, paras, k)
            if nxt is not None:
                k = nxt
                continue
            regions.append(QuoteRegion(tuple(cur.pieces), cur.first, None, label=cur.label))
            cur = None
        k += 1
    return [_trimmed(r, text) for r in regions if any(e > s for s, e in r.pieces)]


def _close(cur: _Open, i: int) -> QuoteRegion:
    pieces = (*cur.pieces, (cur.at + cur.width, i))
    return QuoteRegion(pieces, cur.first, i, label=cur.label)


def _trimmed(region: QuoteRegion, text: str) -> QuoteRegion:
    pieces = []
    for s, e in region.pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            pieces.append((s, e))
    return QuoteRegion(tuple(pieces) or region.pieces, region.open, region.close, region.single,
                       region.label)


def _single_regions(text: str, para: CharSpan) -> Iterator[QuoteRegion]:
    i, end = para
    open_at: int | None = None
    while i < end:
        found = _SINGLE_MARK.search(text, i, end)  # only the marks matter: skip to the next one
        if found is None:
            break
        i = found.start()
        if text.startswith("''", i):
            i += 2
            continue
        if open_at is None:
            if _opens(text, i):
                open_at = i
        elif _closes(text, i) and i - open_at > 1:
            yield QuoteRegion(((open_at + 1, i),), open_at, i, single=True)
            open_at = None
        i += 1
