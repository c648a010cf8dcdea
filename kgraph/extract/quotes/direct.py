"""Direct quotes: a quoted passage standing as speech, and the words next to it that say who."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from kgraph.extract.context import DocContext
from kgraph.extract.quotes.candidate import Attribution, QuoteCandidate, TokenIndex
from kgraph.extract.quotes.marks import ALL_MARKS, CharSpan, QuoteRegion, is_junk_line
from kgraph.extract.quotes.mixed import fragment_quote, is_fragment
from kgraph.extract.quotes.speakers import according_to, attribute, is_direct_cue, mention_kind

# Words an attribution may span between a quote and its cue ("Okafor, the transport minister,").
AFTER_WINDOW = 40


def direct_quotes(ctx: DocContext, regions: list[QuoteRegion],
                   paras: list[CharSpan]) -> list[QuoteCandidate]:
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
        found = QuoteCandidate("direct", list(region.pieces), att, para=end_para, regions=[region])
        if att is None:
            found.attribution = _inherited(out, para, paras, text)
        out.append(found)
    return out


def after_reported_speech(found: list[QuoteCandidate], paras: list[CharSpan], text: str) -> None:
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
            cur.attribution = Attribution(last.cue, last.speaker, last.speaker_key, last.speaker_kind,
                                           last.addressee, penalty=0.2)


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


def _inherited(out: list[QuoteCandidate], para: int, paras: list[CharSpan],
               text: str) -> Attribution | None:
    """A paragraph that is all quote, right after another speaker's quote, continues it."""
    if not out or out[-1].attribution is None or out[-1].attribution.speaker_key is None:
        return None
    prev_para = para - 1
    while prev_para >= 0 and is_junk_line(text, paras[prev_para]):
        prev_para -= 1
    if out[-1].para != prev_para or out[-1].kind != "direct":
        return None
    last = out[-1].attribution
    return Attribution(last.cue, None, last.speaker_key, last.speaker_kind, last.addressee,
                        penalty=0.3)


def _after_attribution(ctx: DocContext, region: QuoteRegion, nxt: QuoteRegion | None,
                       index: TokenIndex) -> Attribution | None:
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
    window = index.window(start, end)
    if rest[0] in "―—–-":
        return _dash_attribution(ctx, window)
    for k, tok in enumerate(window):
        if k >= AFTER_WINDOW or tok.text in (".", "!", "?", ";"):
            break
        if tok.text in ALL_MARKS:
            continue
        if is_direct_cue(tok):
            return attribute(ctx, tok, window, index)
        if tok.lower_ == "according":
            return according_to(ctx, tok)
    return None


def _before_attribution(ctx: DocContext, region: QuoteRegion, prev: QuoteRegion | None,
                        para: CharSpan, index: TokenIndex) -> Attribution | None:
    """'She said: "..."' and 'according to X, "..."': the cue before the opening mark."""
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
            return according_to(ctx, tok)
        if is_direct_cue(tok):
            return attribute(ctx, tok, window, index)
    if last.text == ":":
        return _speaker_only(ctx, tokens)
    return None


def _speaker_only(ctx: DocContext, tokens: list[Token]) -> Attribution | None:
    """'Okafor:' with no verb, as in transcripts: a lone name before a colon."""
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > 4:
        return None
    key = ctx.entity_key_at(words[-1])
    if key is None:
        return None
    span = words[0].doc[words[0].i:words[-1].i + 1]
    return Attribution(tokens[-1], span, key, "name", penalty=0.1)


def _previous_paragraph_attribution(ctx: DocContext, para: CharSpan,
                                    index: TokenIndex) -> Attribution | None:
    """A quote paragraph introduced by the paragraph before it ("She said:")."""
    text = ctx.text
    if text[para[1] - 1] != ":":
        return None
    window = index.window(para[0], para[1])
    for tok in reversed(list(window)):
        if tok.text in (".", "!", "?") and tok.i < window.end - 1:
            break
        if tok.lower_ == "according":
            return according_to(ctx, tok)
        if is_direct_cue(tok):
            att = attribute(ctx, tok, window, index)
            att.penalty += 0.05
            return att
    return None


def _dash_attribution(ctx: DocContext, window: Span) -> Attribution | None:
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
    return Attribution(words[0], span, key, mention_kind(ctx, words[1]), penalty=0.05)


def _label_attribution(ctx: DocContext, region: QuoteRegion,
                       index: TokenIndex) -> Attribution | None:
    """A transcript turn ('"PENCE: Well, look...'): the label names the speaker."""
    assert region.label is not None
    span = index.span(*region.label)
    keys = [k for k in (ctx.entity_key_at(t) for t in span) if k is not None]
    return Attribution(None, span, keys[0] if keys else None,
                        "name" if keys else "words", penalty=0.1)
