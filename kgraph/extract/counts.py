"""Numbers news reports (deaths, injuries, arrests, money) with what they count and who says so."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.toolkit import Found, entity_of, subject_of
from kgraph.types import Count

_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-zA-Z]{0,3})$")
_NOT_COUNTS = {"DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY"}
# What a bare number stands for when it is itself the subject of a casualty verb.
_BARE_LABEL = "people"


def extract_counts(ctx: DocContext) -> list[Count]:
    """Counts of people something happened to, and sums of money."""
    counts: list[Count] = []
    for i, low in enumerate(ctx.token_lowers()):
        # Only a number word or a token opening with a digit can be a number: skip the rest
        # without making a spaCy Token (a digit is its own lower case).
        if low not in lx.NUMBER_WORDS and not low[:1].isdecimal():
            continue
        tok = ctx.doc[i]
        value = number_value(tok)
        if value is None or tok.ent_type_ in _NOT_COUNTS:
            continue
        count = _money(ctx, tok, value) or _people(ctx, tok, value)
        if count is not None:
            counts.append(count)
    return counts


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
    elif nxt is not None and nxt.lower_ in ("million", "billion", "thousand", "trillion"):
        value *= lx.MULTIPLIERS[nxt.lower_]
    return value


def _money(ctx: DocContext, tok: Token, value: float) -> Count | None:
    unit = _currency(tok)
    if unit is None:
        return None
    noun = _counted_noun(tok)
    label = noun.text if noun is not None and noun.i != tok.i and noun.pos_ == "NOUN" else ""
    if not label and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        label = tok.head.head.text  # "a loan of $480m"
    involved = [t for t in (tok, noun) if t is not None]
    return Count(value, "money", label, _span(involved), 0.85, unit,
                 _reporter(ctx, tok))


def _span(tokens: list[Token]) -> tuple[int, int]:
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


def _currency(tok: Token) -> str | None:
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


def _counted_noun(tok: Token) -> Token | None:
    """The noun a number counts: its head for "40 people", the number itself when bare."""
    head = tok
    while head.dep_ in ("nummod", "compound", "quantmod", "nmod", "amod") and head.head is not head:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN"):
            return head
    return tok if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj") else None


def _people(ctx: DocContext, tok: Token, value: float) -> Count | None:
    noun = _counted_noun(tok)
    if noun is None:
        return None
    count_type, verb = _count_type(noun)
    if count_type is None:
        return None
    bare = noun.i == tok.i
    label = _BARE_LABEL if bare else noun.text
    if not bare and noun.lemma_.lower() in lx.COUNT_NOUNS:
        label = _BARE_LABEL if noun.lemma_.lower() in ("death", "dead", "injury") else noun.text
    involved = [t for t in (tok, noun, verb) if t is not None]
    conf = 0.8 if verb is not None else 0.75
    return Count(value, count_type, label, _span(involved), conf, None,
                 _reporter(ctx, tok))


def _count_type(noun: Token) -> tuple[str | None, Token | None]:
    """What happened to the counted: from the noun ("deaths") or its verb ("were killed")."""
    lemma = noun.lemma_.lower()
    if lemma in lx.COUNT_NOUNS:
        return lx.COUNT_NOUNS[lemma], None
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in lx.COUNT_NOUNS:  # "12 people dead"
            return lx.COUNT_NOUNS[child.lower_], None
    verb = noun.head
    if noun.dep_ == "conj":  # "12 were killed and 30 injured" shares the verb's frame
        verb = noun.head.head
    vlemma = verb.lemma_.lower()
    if vlemma not in lx.COUNT_VERBS:
        return None, None
    if vlemma in ("die", "perish", "drown"):
        return (lx.COUNT_VERBS[vlemma], verb) if noun.dep_ == "nsubj" else (None, None)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN"
    if noun.dep_ == "dobj" or (noun.dep_ == "nsubjpass") or (passive and noun.dep_ == "nsubj"):
        return lx.COUNT_VERBS[vlemma], verb
    return None, None


def _reporter(ctx: DocContext, tok: Token) -> str | None:
    """Who the sentence credits: "according to X", "as per X", "X said"."""
    sent = tok.sent
    for t in sent:
        if t.lower_ in ("according", "per") or (t.lower_ == "to" and t.head.lower_ == "according"):
            for pobj in t.subtree:
                if pobj.dep_ == "pobj":
                    found = entity_of(ctx, pobj)
                    if found is not None:
                        return found.key
    for anc in tok.ancestors:
        if anc.lemma_.lower() in lx.REPORTING_VERBS and anc.pos_ == "VERB":
            reporter = _subject_entity(ctx, anc)
            if reporter is not None:
                return reporter.key
    root = sent.root
    if root.lemma_.lower() in lx.REPORTING_VERBS and root not in tok.ancestors:
        reporter = _subject_entity(ctx, root)
        return reporter.key if reporter else None
    return None


def _subject_entity(ctx: DocContext, verb: Token) -> Found | None:
    subj = subject_of(verb)
    return entity_of(ctx, subj) if subj is not None else None
