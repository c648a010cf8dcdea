"""Direct quotes: a quoted passage standing as speech, and the words next to it that say who.

Each rule here finds a quote's speaker in one place: after the closing mark, before the opening
mark, in a transcript label, in the paragraph before, or in the quote it continues. The first rule
that finds one attributes the quote (label, then after, then before, then the paragraph before).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from kgraph.extract.context import DocContext
from kgraph.extract.quotes.candidate import UNATTRIBUTED, Attribution, QuoteCandidate, TokenIndex
from kgraph.extract.quotes.marks import ALL_MARKS, CharSpan, QuoteRegion, is_junk_line
from kgraph.extract.quotes.mixed import fragment_quote, is_fragment
from kgraph.extract.quotes.speakers import according_to, attribute, is_direct_cue, mention_kind
from kgraph.extract.registry import declare, rule

CUE_AFTER = declare(
    "quotes.direct.cue_after", "quote",
    'A cue verb right after the closing mark: "“We will win,” Okafor said", "“...,” said the minister".',
    prior=0.9).id
CUE_BEFORE = declare(
    "quotes.direct.cue_before", "quote",
    'A cue verb before the opening mark: "Okafor told Mensah: “Resign now.”", "she said, “...”".',
    prior=0.9).id
ACCORDING_TO = declare(
    "quotes.direct.according_to", "quote",
    'An "according to X" by the quote, or ending the paragraph before: "“...,” according to Okafor".',
    prior=0.9).id
PREVIOUS_PARAGRAPH = declare(
    "quotes.direct.previous_paragraph", "quote",
    'A cue ending the paragraph before a quote paragraph: "He said:" then "“This is a sad day.”".',
    prior=0.85).id
SPLIT = declare(
    "quotes.direct.split", "quote",
    'A quote right after another\'s cue joins it: "“A,” she said, “B.”" is one quote, A\'s rule and speaker.'
).id  # no prior: it makes no quote of its own; switched off, B stands alone
declare(
    UNATTRIBUTED, "quote", 'A quote no rule finds a speaker for: "“Justice now!”" standing alone.',
    prior=0.35)
# The rules that are one function each (below).
AFTER_REPORTED = "quotes.direct.after_reported"
CONTINUED = "quotes.direct.continued"
NAME_COLON = "quotes.direct.name_colon"
DASH_SIGNATURE = "quotes.direct.dash_signature"
TRANSCRIPT_LABEL = "quotes.direct.transcript_label"
# Words an attribution may span between a quote and its cue ("Okafor, the transport minister,").
AFTER_WINDOW = 40


def direct_quotes(ctx: DocContext, regions: list[QuoteRegion],
                  paras: list[CharSpan]) -> list[QuoteCandidate]:
    """A candidate for each quote region (a fragment of reported speech is a mixed quote), with
    the attribution of the first rule that finds its speaker; split quotes joined."""
    text = ctx.text
    index = TokenIndex(ctx.doc, regions, ctx.token_starts())
    para_starts = [p[0] for p in paras]
    out: list[QuoteCandidate] = []
    for n, region in enumerate(regions):
        para = bisect_right(para_starts, region.open) - 1
        end_para = bisect_right(para_starts, region.end) - 1  # later than para over paragraphs
        nxt = regions[n + 1] if n + 1 < len(regions) else None
        prev = regions[n - 1] if n > 0 else None
        if is_fragment(text, region, index):
            frag = fragment_quote(ctx, region, index)
            if frag is not None:
                frag.para = para
                out.append(frag)
            continue
        att = transcript_label(ctx, region, index) if region.label else None
        if att is None:
            att = _after_attribution(ctx, region, nxt, index)
        if att is None:
            att = _before_attribution(ctx, region, prev, paras[para], index)
        if ctx.on(SPLIT) and _merge_split(out, region, att, para, end_para):
            continue
        if att is None and region.open == paras[para][0] and para > 0:
            att = _previous_paragraph_attribution(ctx, paras[para - 1], index)
        found = QuoteCandidate("direct", list(region.pieces), att, para=end_para, regions=[region])
        if att is None:
            found.attribution = continued(out, para, paras, text)
        out.append(found)
    return out


@rule(AFTER_REPORTED, "quote", prior=0.7)
def after_reported_speech(found: list[QuoteCandidate], paras: list[CharSpan], text: str) -> None:
    """A cue-less quote right after reported speech: 'Ms Okafor said it was settled. "The unions..."'.

    A direct quote with no speaker of its own, opening the next sentence of the same paragraph, is
    the reported speaker's: its attribution is set on the candidate (which it changes).
    """
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
            cur.attribution = Attribution(last.cue, last.speaker, last.speaker_key, last.speaker_kind,
                                          AFTER_REPORTED, last.addressee)


def _merge_split(out: list[QuoteCandidate], region: QuoteRegion, att: Attribution | None,
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


@rule(CONTINUED, "quote", prior=0.6)
def continued(out: list[QuoteCandidate], para: int, paras: list[CharSpan],
              text: str) -> Attribution | None:
    """A quote paragraph continuing the quote of the paragraph before: its speaker's, as in news.

    Only a direct quote with a known speaker is continued; junk lines ("Advert") in between are
    skipped.
    """
    if not out or out[-1].attribution is None or out[-1].attribution.speaker_key is None:
        return None
    prev_para = para - 1
    while prev_para >= 0 and is_junk_line(text, paras[prev_para]):
        prev_para -= 1
    if out[-1].para != prev_para or out[-1].kind != "direct":
        return None
    last = out[-1].attribution
    return Attribution(last.cue, None, last.speaker_key, last.speaker_kind, CONTINUED, last.addressee)


def _after_attribution(ctx: DocContext, region: QuoteRegion, nxt: QuoteRegion | None,
                       index: TokenIndex) -> Attribution | None:
    """The speaker named right after the closing mark: a cue verb, "according to", a dash."""
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
    window = index.window(start, end)
    if rest[0] in "―—–-":
        return dash_signature(ctx, window)
    for k, tok in enumerate(window):
        if k >= AFTER_WINDOW or tok.text in (".", "!", "?", ";"):
            break
        if tok.text in ALL_MARKS:
            continue
        if is_direct_cue(tok):
            return attribute(ctx, tok, window, CUE_AFTER, index, after_quote=True)
        if tok.lower_ == "according":
            return according_to(ctx, tok, ACCORDING_TO)
    return None


def _before_attribution(ctx: DocContext, region: QuoteRegion, prev: QuoteRegion | None,
                        para: CharSpan, index: TokenIndex) -> Attribution | None:
    """The speaker named before the opening mark: a cue verb, "according to", a lone name."""
    start = max(para[0], (prev.close + 1) if prev is not None and prev.close is not None else 0)
    window = index.window(start, region.open)
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
    if last.text not in (":", ",", "—", "–") and not is_direct_cue(last) and last.lower_ != "that":
        return None
    for tok in reversed(tokens):
        if tok.lower_ == "according":
            return according_to(ctx, tok, ACCORDING_TO)
        if is_direct_cue(tok):
            return attribute(ctx, tok, window, CUE_BEFORE, index)
    if last.text == ":":
        return name_colon(ctx, tokens)
    return None


@rule(NAME_COLON, "quote", prior=0.8)
def name_colon(ctx: DocContext, tokens: list[Token]) -> Attribution | None:
    """A lone name before a colon and the opening mark, as in transcripts: 'Okafor: "We will win."'."""
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > 4:
        return None
    key = ctx.entity_key_at(words[-1])
    if key is None:
        return None
    span = words[0].doc[words[0].i:words[-1].i + 1]
    return Attribution(tokens[-1], span, key, "name", NAME_COLON)


def _previous_paragraph_attribution(ctx: DocContext, para: CharSpan,
                                    index: TokenIndex) -> Attribution | None:
    """A quote paragraph introduced by the paragraph before it ("She said:", "According to X:")."""
    text = ctx.text
    if text[para[1] - 1] != ":":
        return None
    window = index.window(para[0], para[1])
    for tok in reversed(list(window)):
        if tok.text in (".", "!", "?") and tok.i < window.end - 1:
            break
        if tok.lower_ == "according":
            return according_to(ctx, tok, ACCORDING_TO)
        if is_direct_cue(tok):
            return attribute(ctx, tok, window, PREVIOUS_PARAGRAPH, index)
    return None


@rule(DASH_SIGNATURE, "quote", prior=0.85)
def dash_signature(ctx: DocContext, window: Span) -> Attribution | None:
    """A name after a dash signs the quote before it: '"We stand by it." ― Sonya Herridge'."""
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
    return Attribution(words[0], span, key, mention_kind(ctx, words[1]), DASH_SIGNATURE)


@rule(TRANSCRIPT_LABEL, "quote", prior=0.8)
def transcript_label(ctx: DocContext, region: QuoteRegion, index: TokenIndex) -> Attribution:
    """A transcript speaker label opening the quote names its speaker: '"PENCE: Well, look..."'."""
    assert region.label is not None
    span = index.span(*region.label)
    keys = [k for k in (ctx.entity_key_at(t) for t in span) if k is not None]
    return Attribution(None, span, keys[0] if keys else None, "name" if keys else "words",
                       TRANSCRIPT_LABEL)

