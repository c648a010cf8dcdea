"""Quotations and reported speech, each attributed to its speaker where the text says who."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from kgraph.extract.context import DocContext
from kgraph.extract.cues import (
    ADDRESSEE_VERBS,
    ATTITUDE_ADJECTIVES,
    ATTITUDE_VERBS,
    CLAIM_NOUNS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    INTENTION_VERBS,
    OBJECT_CUES,
    QUOTE_INTRO_VERBS,
    REPORTING_VERBS,
    SPEECH_ACT_XCOMP,
    SPOKES_NOUNS,
    TO_ADDRESSEE_VERBS,
)
from kgraph.extract.toolkit import subject_of
from kgraph.types import Quote

CharSpan = tuple[int, int]

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPENING_SINGLE = "‘"
SINGLE_MARKS = "‘’'"
ALL_MARKS = "\"“”„«»‘’'"
# Verbs that introduce a direct quote next to it; attitude verbs ("believe") only report clauses.
DIRECT_CUES = REPORTING_VERBS | QUOTE_INTRO_VERBS
# Verbs that take a scare-quoted fragment as what someone said ("called it 'a disgrace'").
FRAGMENT_CUES = REPORTING_VERBS | {"speak", "call", "describe", "label", "dub", "term", "brand"}
# Reported-speech cues: attitude verbs count only with a named (not pronoun-only) speaker.
INDIRECT_CUES = REPORTING_VERBS | ATTITUDE_VERBS
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Words an attribution may span between a quote and its cue ("Okafor, the transport minister,").
AFTER_WINDOW = 40
# A short line without end punctuation between quote paragraphs is page furniture ("Advert").
_JUNK_LINE = re.compile(r"^[^\"“”‘’'.!?:;]{1,60}$")

CONFIDENCE = {
    "name": 0.9, "nominal": 0.75, "pronoun": 0.8, "demonym": 0.6, "words": 0.7,
    "none": 0.35,
}


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


# --- attribution --------------------------------------------------------------------------

@dataclass
class _Attribution:
    cue: Token | None  # None for transcript labels ("PENCE: ...")
    speaker: Span | None
    speaker_key: str | None
    speaker_kind: str  # "name", "pronoun", "nominal", "words" or "none"
    addressee: str | None = None
    penalty: float = 0.0


@dataclass
class _Found:
    kind: str
    pieces: list[CharSpan]
    attribution: _Attribution | None
    confidence: float = 0.0
    para: int = 0
    regions: list[QuoteRegion] = field(default_factory=list)


def extract_quotes(ctx: DocContext) -> list[Quote]:
    """Direct, mixed and indirect quotations in ``ctx.doc`` with their speakers."""
    doc = ctx.doc
    text = ctx.text
    paras = paragraphs(text)
    regions = find_quote_regions(text)
    found = _direct_quotes(ctx, regions, paras)
    covered = [(s, e) for f in found for s, e in f.pieces]
    for f in _indirect_quotes(ctx, regions):
        if not any(s < ce and cs < e for s, e in f.pieces for cs, ce in covered):
            found.append(f)
            covered.extend(f.pieces)
    found.sort(key=lambda f: f.pieces[0])
    # Two fragments under one cue ("called it 'a disgrace' and 'a farce'") can yield the same quote.
    unique: dict[tuple[CharSpan, ...], _Found] = {}
    for f in found:
        unique.setdefault(tuple(f.pieces), f)
    found = list(unique.values())
    _after_reported_speech(found, paras, text)
    index = _Index(doc, starts=ctx.token_starts())
    return [_to_quote(ctx, f, index) for f in found]


class _Index:
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


def _direct_quotes(ctx: DocContext, regions: list[QuoteRegion],
                   paras: list[CharSpan]) -> list[_Found]:
    text = ctx.text
    index = _Index(ctx.doc, regions, ctx.token_starts())
    para_starts = [p[0] for p in paras]
    out: list[_Found] = []
    for n, region in enumerate(regions):
        para = bisect_right(para_starts, region.open) - 1
        end_para = bisect_right(para_starts, region.end) - 1  # later than para over paragraphs
        nxt = regions[n + 1] if n + 1 < len(regions) else None
        prev = regions[n - 1] if n > 0 else None
        if _is_fragment(text, region, index):
            frag = _fragment_quote(ctx, region, index)
            if frag is not None:
                frag.para = para
                out.append(frag)
            continue
        att = _label_attribution(ctx, region, index) if region.label else None
        if att is None:
            att = _after_attribution(ctx, region, nxt, index)
        if att is None:
            att = _before_attribution(ctx, region, prev, paras[para], index)
        merged = _merge_split(out, region, att, para, end_para)
        if merged:
            continue
        if att is None and region.open == paras[para][0] and para > 0:
            att = _previous_paragraph_attribution(ctx, paras[para - 1], index)
        found = _Found("direct", list(region.pieces), att, para=end_para, regions=[region])
        if att is None:
            found.attribution = _inherited(out, para, paras, text)
        out.append(found)
    return out


def _after_reported_speech(found: list[_Found], paras: list[CharSpan], text: str) -> None:
    """'Ms Okafor said the concerns were settled. "The unions asked..."': a direct quote with no
    cue of its own, opening the next sentence of the same paragraph, is the reporter's speaker's."""
    para_starts = [p[0] for p in paras]
    for prev, cur in zip(found, found[1:], strict=False):
        if cur.kind != "direct" or cur.attribution is not None or prev.attribution is None:
            continue
        if prev.kind == "direct" or prev.attribution.speaker_key is None:
            continue
        start, prev_end = cur.pieces[0][0], prev.pieces[-1][1]
        same_para = bisect_right(para_starts, start) == bisect_right(para_starts, prev_end)
        gap = text[prev_end:start]
        if same_para and len(gap) <= 4 and gap.strip(" .!?\"“”'‘’") == "":
            last = prev.attribution
            cur.attribution = _Attribution(last.cue, last.speaker, last.speaker_key, last.speaker_kind,
                                           last.addressee, penalty=0.2)


def _is_fragment(text: str, region: QuoteRegion, index: _Index) -> bool:
    """A quote inside a sentence ("called it 'a disgrace'") rather than one standing as speech."""
    j = region.open - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] in "\n:,.!?;—–-([" or text[j] in ALL_MARKS:
        return False
    before = index.doc[index.token(j)]
    short = len(text[region.start:region.end].split()) < 4
    return before.lemma_ not in DIRECT_CUES or (region.single and short)


def _merge_split(out: list[_Found], region: QuoteRegion, att: _Attribution | None,
                 para: int, end_para: int) -> bool:
    """Join '"A," she said, "B."' into one quote: B shares A's attribution and paragraph."""
    if not out:
        return False
    last = out[-1]
    if last.kind != "direct" or last.para != para or last.attribution is None or not last.regions:
        return False
    cue = last.attribution.cue
    between = (last.regions[-1].close or last.pieces[-1][1], region.open)
    if cue is None or not between[0] <= cue.idx < between[1]:
        return False
    if att is not None and (att.cue is None or att.cue.i != cue.i):
        return False
    last.pieces.extend(region.pieces)
    last.regions.append(region)
    last.para = end_para
    return True


def _inherited(out: list[_Found], para: int, paras: list[CharSpan],
               text: str) -> _Attribution | None:
    """A paragraph that is all quote, right after another speaker's quote, continues it."""
    if not out or out[-1].attribution is None or out[-1].attribution.speaker_key is None:
        return None
    prev_para = para - 1
    while prev_para >= 0 and is_junk_line(text, paras[prev_para]):
        prev_para -= 1
    if out[-1].para != prev_para or out[-1].kind != "direct":
        return None
    last = out[-1].attribution
    return _Attribution(last.cue, None, last.speaker_key, last.speaker_kind, last.addressee,
                        penalty=0.3)


def _window(index: _Index, start: int, end: int) -> Span:
    if end <= start:
        return index.doc[0:0]
    return index.span(start, end)


def _after_attribution(ctx: DocContext, region: QuoteRegion, nxt: QuoteRegion | None,
                       index: _Index) -> _Attribution | None:
    """'"...," she said' and '"...," said the minister': the cue right after the closing mark."""
    if region.close is None:
        return None
    text = ctx.text
    start = region.close + 1
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    end = min(nxt.open if nxt is not None else para_end, para_end)
    rest = text[start:end].lstrip()
    if not rest:
        return None
    inner_end = text[region.end - 1] if region.end > 0 else ""
    if inner_end == "." and rest[0].isupper():
        return None  # the quote ended its sentence; what follows is new
    window = _window(index, start, end)
    if rest[0] in "―—–-":
        return _dash_attribution(ctx, window)
    for k, tok in enumerate(window):
        if k >= AFTER_WINDOW or tok.text in (".", "!", "?", ";"):
            break
        if tok.text in ALL_MARKS:
            continue
        if _is_direct_cue(tok):
            return _attribute(ctx, tok, window, index)
        if tok.lower_ == "according":
            return _according(ctx, tok)
    return None


def _before_attribution(ctx: DocContext, region: QuoteRegion, prev: QuoteRegion | None,
                        para: CharSpan, index: _Index) -> _Attribution | None:
    """'She said: "..."' and 'according to X, "..."': the cue before the opening mark."""
    start = max(para[0], (prev.close + 1) if prev is not None and prev.close is not None else 0)
    window = _window(index, start, region.open)
    tokens = [t for t in window if t.idx < region.open]
    stop = 0
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].text in (".", "!", "?") and k < len(tokens) - 1:
            stop = k + 1
            break
    tokens = tokens[stop:]
    if not tokens:
        return None
    last = tokens[-1]
    if last.text not in (":", ",", "—", "–") and not _is_direct_cue(last) and last.lower_ != "that":
        return None
    for tok in reversed(tokens):
        if tok.lower_ == "according":
            return _according(ctx, tok)
        if _is_direct_cue(tok):
            return _attribute(ctx, tok, window, index)
    if last.text == ":":
        return _speaker_only(ctx, tokens)
    return None


def _speaker_only(ctx: DocContext, tokens: list[Token]) -> _Attribution | None:
    """'Okafor:' with no verb, as in transcripts: a lone name before a colon."""
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > 4:
        return None
    key = ctx.entity_key_at(words[-1])
    if key is None:
        return None
    span = words[0].doc[words[0].i:words[-1].i + 1]
    return _Attribution(tokens[-1], span, key, "name", penalty=0.1)


def _previous_paragraph_attribution(ctx: DocContext, para: CharSpan,
                                    index: _Index) -> _Attribution | None:
    """A quote paragraph introduced by the paragraph before it ("She said:")."""
    text = ctx.text
    if text[para[1] - 1] != ":":
        return None
    window = _window(index, para[0], para[1])
    for tok in reversed(list(window)):
        if tok.text in (".", "!", "?") and tok.i < window.end - 1:
            break
        if tok.lower_ == "according":
            return _according(ctx, tok)
        if _is_direct_cue(tok):
            att = _attribute(ctx, tok, window, index)
            att.penalty += 0.05
            return att
    return None


def _is_direct_cue(tok: Token) -> bool:
    return tok.lemma_.lower() in DIRECT_CUES and tok.pos_ in ("VERB", "AUX") \
        and tok.dep_ not in ("amod", "compound")


def _according(ctx: DocContext, tok: Token) -> _Attribution | None:
    """'according to X': the speaker is the object of 'to'."""
    for prep in tok.children:
        if prep.lower_ == "to":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                return _from_speaker_token(ctx, tok, objs[0])
    # The parser sometimes hangs "to X" off something else; take the noun after "to".
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
        head = doc[tok.i + 2]
        while head.head.i > head.i and head.head.i <= tok.i + 6 and head.dep_ in (
                "compound", "det", "amod", "poss", "case", "nmod"):
            head = head.head
        return _from_speaker_token(ctx, tok, head)
    return None


def _attribute(ctx: DocContext, cue: Token, window: Span,
               index: _Index | None = None) -> _Attribution:
    """Speaker and addressee of a cue verb, from its subject (or the nearest name by it)."""
    inside = index.inside if index is not None else set()
    speaker = subject_of(cue, through_xcomp=True, participles=False)
    if speaker is not None and speaker.i in inside:
        speaker = None  # the parser took a word of the quote for the subject
    if speaker is None:
        speaker = _inverted_subject(cue, window, inside)
    if speaker is None:
        speaker = _name_by(ctx, cue, window, inside)
    if speaker is None:
        att = _Attribution(cue, None, None, "none")
    else:
        att = _from_speaker_token(ctx, cue, speaker)
    att.addressee = _addressee(ctx, cue)
    return att


def _name_by(ctx: DocContext, cue: Token, window: Span, inside: set[int]) -> Token | None:
    """A name or pronoun right before the cue, when the parse gave the cue no subject."""
    doc = cue.doc
    for j in range(cue.i - 1, max(cue.i - 4, window.start - 1), -1):
        t = doc[j]
        if j in inside or t.text in ALL_MARKS:
            break
        if ctx.entity_key_at(t) is not None or t.lower_ in ("he", "she", "they"):
            return t
    return None


def _dash_attribution(ctx: DocContext, window: Span) -> _Attribution | None:
    """'"..." ― Sonya Herridge': a name after a dash signs the quote."""
    words = [t for t in window if not t.is_space][:6]
    if len(words) < 2 or words[0].text not in "―—–-":
        return None
    key = ctx.entity_key_at(words[1])
    if key is None:
        return None
    end = words[1].i
    while end + 1 < window.end and ctx.entity_key_at(end + 1) == key:
        end += 1
    span = window.doc[words[1].i:end + 1]
    return _Attribution(words[0], span, key, _mention_kind(ctx, words[1]), penalty=0.05)


def _label_attribution(ctx: DocContext, region: QuoteRegion,
                       index: _Index) -> _Attribution | None:
    """A transcript turn ('"PENCE: Well, look...'): the label names the speaker."""
    assert region.label is not None
    span = index.span(*region.label)
    keys = [k for k in (ctx.entity_key_at(t) for t in span) if k is not None]
    return _Attribution(None, span, keys[0] if keys else None,
                        "name" if keys else "words", penalty=0.1)


def _inverted_subject(cue: Token, window: Span, inside: set[int]) -> Token | None:
    """'said Okafor' parsed with the name as an object: the noun right after the cue."""
    if cue.lemma_ in ADDRESSEE_VERBS:
        return None
    doc = cue.doc
    for j in range(cue.i + 1, min(cue.i + 6, len(doc))):
        t = doc[j]
        if t.is_punct or t.text in ALL_MARKS or j in inside:
            break
        if t.pos_ in ("PROPN", "PRON", "NOUN") and t.dep_ not in ("compound", "poss", "det"):
            return t
    return None


def _from_speaker_token(ctx: DocContext, cue: Token, head: Token) -> _Attribution:
    span = speaker_phrase(head)
    if head.lower_ in FIRST_PERSON:
        return _Attribution(cue, span, None, "words")
    key, kind = speaker_entity(ctx, head, span)
    return _Attribution(cue, span, key, kind)


# Dependencies that cut a word off a speaker's phrase ("Okafor, who said...": not the clause).
_CUT_DEPS = ("relcl", "acl", "punct", "cc", "conj", "advcl", "ccomp")


def speaker_phrase(head: Token) -> Span:
    """The words naming a speaker: the head with its determiners, names, titles and of-phrases."""
    doc = head.doc
    keep = {head.i}
    # A token is kept when no word on its path up to the head cuts it off; a path's verdict is
    # remembered for the tokens below it.
    verdict: dict[int, bool] = {head.i: True}
    for t in head.subtree:
        path: list[Token] = []
        up = t
        while up.i not in verdict:
            path.append(up)
            up = up.head
        ok = verdict[up.i]
        for tok in reversed(path):
            ok = ok and not (tok.dep_ in _CUT_DEPS or tok.text in ALL_MARKS)
            verdict[tok.i] = ok
        if verdict[t.i]:
            keep.add(t.i)
    start, end = min(keep), max(keep) + 1
    if end - start > 12:
        start, end = head.i, head.i + 1
        while start > 0 and doc[start - 1].dep_ in ("compound", "det", "amod", "poss", "flat") \
                and doc[start - 1].head.i >= start:
            start -= 1
    span = doc[start:end]
    while len(span) > 1 and (span[-1].is_punct or span[-1].text in ALL_MARKS):
        span = doc[span.start:span.end - 1]
    while len(span) > 1 and (span[0].is_punct or span[0].text in ALL_MARKS):
        span = doc[span.start + 1:span.end]
    return span


def speaker_entity(ctx: DocContext, head: Token, span: Span) -> tuple[str | None, str]:
    """The entity a speaker phrase names and how: a name, pronoun, description or just words."""
    key = ctx.entity_key_at(head)
    if key is not None:
        return key, _mention_kind(ctx, head)
    word = head.lemma_.lower()
    if word in SPOKES_NOUNS or word in DOCUMENT_NOUNS:
        # "a spokesman for the ministry", "the ministry's statement": speaks for its owner.
        for t in head.subtree:
            if t.i != head.i and ctx.entity_key_at(t) is not None and t.dep_ in (
                    "pobj", "poss", "compound") or (t.dep_ == "pobj" and ctx.entity_key_at(t)):
                return ctx.entity_key_at(t), "nominal"
    for t in span:
        if t.head.i == head.i and t.dep_ in ("compound", "appos", "flat") \
                and ctx.entity_key_at(t) is not None:
            return ctx.entity_key_at(t), "name"
    return None, "words"


def _mention_kind(ctx: DocContext, tok: Token) -> str:
    for m in ctx.mentions:
        if m.start <= tok.idx < m.end:
            return m.kind
    return "name"


def _addressee(ctx: DocContext, cue: Token) -> str | None:
    """Who was spoken to: 'told X', 'asked X', 'wrote to X', 'said to X'."""
    lemma = cue.lemma_.lower()
    for c in cue.children:
        if lemma in ADDRESSEE_VERBS and c.dep_ in ("dobj", "dative", "iobj"):
            key = ctx.entity_key_at(c)
            if key is not None:
                return key
        if lemma in TO_ADDRESSEE_VERBS | ADDRESSEE_VERBS and c.dep_ in ("prep", "dative") \
                and c.lower_ == "to":
            for obj in c.children:
                if obj.dep_ == "pobj" and ctx.entity_key_at(obj) is not None:
                    return ctx.entity_key_at(obj)
    return None


# --- fragments and reported speech ----------------------------------------------------------

def _fragment_quote(ctx: DocContext, region: QuoteRegion, index: _Index) -> _Found | None:
    """A quoted fragment inside reported speech ('He said the plan was "a disaster"')."""
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
    att = _attribute(ctx, tok, tok.doc[0:0])
    if att.speaker is None:
        return None
    clause = _content_child(tok, span)
    pieces = [(clause.start_char, clause.end_char)] if clause is not None else list(region.pieces)
    return _Found("mixed", pieces, att, regions=[region])


def _content_child(cue: Token, inner: Span) -> Span | None:
    """The clause under a cue that holds a quoted fragment, when the cue reports a clause."""
    for c in cue.children:
        if c.dep_ in ("ccomp", "xcomp") and c.left_edge.i <= inner.start and c.right_edge.i >= inner.end - 1:
            return c.doc[c.left_edge.i:c.right_edge.i + 1]
    return None


# Lemmas that can cue reported speech: verbs, stance nouns and stance adjectives.
_VERB_CUES = INDIRECT_CUES | SPEECH_ACT_XCOMP | OBJECT_CUES | INTENTION_VERBS
_INDIRECT_LEMMAS = _VERB_CUES | CLAIM_NOUNS | ATTITUDE_ADJECTIVES


def _indirect_quotes(ctx: DocContext, regions: list[QuoteRegion]) -> Iterator[_Found]:
    """'X said (that) ...', 'X told reporters ...', 'according to X, ...', 'X vowed to ...'."""
    doc = ctx.doc
    inside = _Index(doc, [r for r in regions if not r.single], ctx.token_starts()).inside
    lemmas, lowers, pos = ctx.token_lemmas(), ctx.token_lowers(), ctx.token_pos()
    for i, lemma in enumerate(lemmas):
        if lemma not in _INDIRECT_LEMMAS and lowers[i] != "according" or i in inside:
            continue  # no cue here; and speech reported inside a quote belongs to that quote
        tok = doc[i]
        if lowers[i] == "according":
            found = _according_clause(ctx, tok)
        elif pos[i] == NOUN and lemma in CLAIM_NOUNS:
            found = _claim_clause(ctx, tok)
        elif pos[i] == ADJ and lemma in ATTITUDE_ADJECTIVES and tok.dep_ == "acomp":
            found = _stance_clause(ctx, tok)
        elif pos[i] in (VERB, AUX) and lemma in _VERB_CUES:
            found = _reported_clause(ctx, tok)
        else:
            continue
        if found is not None:
            yield found


def _reported_clause(ctx: DocContext, cue: Token) -> _Found | None:
    pieces, how = _content_of(cue)
    if not pieces:
        return None
    subj = subject_of(cue, through_xcomp=True, participles=False)
    if subj is None:
        window = cue.doc[max(cue.i - 3, 0):cue.i]
        subj = _name_by(ctx, cue, window, set())
    if subj is None or subj.lower_ in FIRST_PERSON or subj.lower_ in ("there", "that", "this",
                                                                      "which", "who", "what"):
        return None
    if subj.lower_ == "it" and (how != "clause" or cue.lemma_.lower() not in REPORTING_VERBS):
        return None  # "it said" reports; "it wants" is rarely about a speaker
    att = _from_speaker_token(ctx, cue, subj)
    lemma = cue.lemma_.lower()
    if lemma not in REPORTING_VERBS and how == "clause" and not _weighty(att, subj):
        return None  # "they think" is too vague to report as a statement
    if how != "clause" and not _weighty(att, subj) and att.speaker_kind != "pronoun":
        return None
    att.addressee = _addressee(ctx, cue)
    text = " ".join(ctx.text[s:e] for s, e in pieces)
    kind = "mixed" if any(ch in text for ch in "\"“”") else "indirect"
    att.penalty += 0.0 if how == "clause" else 0.2  # stances and acts, not speech proper
    return _Found(kind, pieces, att)


def _weighty(att: _Attribution, subj: Token) -> bool:
    """A holder worth reporting a stance for: a noun phrase, "he"/"she", or a resolved pronoun.

    Unresolved "they" and "it" are left out: they rarely name anyone a reader could look up.
    """
    return att.speaker_key is not None or subj.lower_ in ("he", "she") \
        or subj.pos_ in ("NOUN", "PROPN")


def _stance_clause(ctx: DocContext, adj: Token) -> _Found | None:
    """'She was sure (that) Trump would win': a stance adjective with its clause and holder."""
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and _is_clause(c)), None)
    subj = next((c for c in adj.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause is None or subj is None or subj.lower_ in FIRST_PERSON | {"it", "there", "this"}:
        return None
    att = _from_speaker_token(ctx, adj, subj)
    att.penalty += 0.15
    return _Found("indirect", _pieces(clause, set()), att)


def _claim_clause(ctx: DocContext, noun: Token) -> _Found | None:
    """'Okafor's claim that the plan failed': a stance noun with its owner and its clause."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _is_clause(c)
                   and any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None or owner is None or owner.lower_ in FIRST_PERSON:
        return None
    att = _from_speaker_token(ctx, noun, owner)
    if att.speaker_key is None:
        return None
    att.penalty += 0.1
    return _Found("indirect", _pieces(clause, set()), att)


def _content_of(cue: Token) -> tuple[list[CharSpan], str]:
    """What a cue reports, and how it was found: a clause, a to-infinitive or an object."""
    lemma = cue.lemma_.lower()
    children = list(cue.children)
    if lemma in INDIRECT_CUES:
        # A clause after the cue first: one before it is often another sentence's ("It's so; X says").
        comps = sorted((c for c in children if c.dep_ == "ccomp" and _is_clause(c)
                        and not c.left_edge.i <= cue.i <= c.right_edge.i), key=lambda c: c.i < cue.i)
        for c in comps:
            between = cue.doc[c.right_edge.i + 1:cue.i] if c.i < cue.i else cue.doc[0:0]
            if not any(t.text in (";", ":") for t in between):
                return _pieces(c, set()), "clause"
        # "The plan failed, officials said." / "Locally, he said, it failed.": the cue hangs off
        # the clause it reports.
        head = cue.head
        if cue.dep_ in ("parataxis", "ccomp") and _is_clause(head) and head.i != cue.i \
                and lemma in REPORTING_VERBS | {"find", "show", "learn"}:
            pieces = _pieces(head, {t.i for t in cue.subtree})
            if sum(e - s for s, e in pieces) >= 12:
                return pieces, "clause"
    if lemma in SPEECH_ACT_XCOMP | INTENTION_VERBS:
        for c in children:
            if c.dep_ == "xcomp" and c.i > cue.i and any(t.lower_ == "to" for t in c.lefts):
                return _pieces(c, set()), "xcomp"
    if lemma in OBJECT_CUES:
        for c in children:
            if c.dep_ == "dobj" and c.i > cue.i and _has_words(c, 2):
                return _pieces(c, set()), "object"
            if c.dep_ == "prep" and c.lower_ == "for" and lemma == "call":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    return _pieces(objs[0], set()), "object"
    return [], ""


def _pieces(head: Token, excluded: set[int]) -> list[CharSpan]:
    """Character spans of ``head``'s subtree without ``excluded`` tokens, punctuation trimmed."""
    doc = head.doc
    keep = [t.i for t in head.subtree if t.i not in excluded]
    pieces: list[CharSpan] = []
    run: list[int] = []
    for i in [*keep, -2]:
        if run and i != run[-1] + 1:
            span = _strip(doc[run[0]:run[-1] + 1])
            if len(span) >= 2:
                pieces.append((span.start_char, span.end_char))
            run = []
        if i >= 0:
            run.append(i)
    return pieces


def _is_clause(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and _has_words(tok, 3)


def _has_words(head: Token, n: int) -> bool:
    """Whether ``head``'s subtree holds at least ``n`` tokens (without walking all of it)."""
    return sum(1 for _ in islice(head.subtree, n)) >= n


def _strip(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def _according_clause(ctx: DocContext, tok: Token) -> _Found | None:
    """'According to X, the plan failed' / 'The plan failed, according to X'."""
    att = _according(ctx, tok)
    if att is None or att.speaker is None:
        return None
    head = tok.head
    if not _is_clause(head):
        return None
    pieces = _pieces(head, {t.i for t in tok.subtree})
    return _Found("indirect", pieces, att) if pieces else None


# --- records ------------------------------------------------------------------------------

def _to_quote(ctx: DocContext, f: _Found, index: _Index) -> Quote:
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
