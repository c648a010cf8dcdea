"""What a sum of money is of or for: the noun it pays for ("a $2bn deal", "a loan of $480m",
"$27bn in taxes"), the subject it measures ("profits fell to £6.2bn", "its sales were £3.13m",
"a deal worth $5bn", "a deal valued at $6.75bn"), or what its verb makes of it ("paid $5m": a
payment). Never a unit, currency or multiplier ("m", "pounds", "rupees")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgraph.data import load, words
from kgraph.extract import lexicon as lx
from kgraph.extract.events.modality import stated
from kgraph.extract.toolkit import subject_of

CHANGE_VERBS: frozenset[str] = words("counts", "change_verbs")
MEASURE_VERBS: frozenset[str] = words("counts", "measure_verbs")
APPRAISE_VERBS: frozenset[str] = words("counts", "appraise_verbs")
NOT_LABELS: frozenset[str] = words("counts", "not_labels")
MONEY_VERBS: dict[str, str] = dict(load("counts")["money_verbs"])
FOR_VERBS: dict[str, str] = dict(load("counts")["for_verbs"])
CHANGE_NOUNS: dict[str, str] = dict(load("counts")["change_nouns"])
_KNOWN = MONEY_VERBS.keys() | FOR_VERBS.keys() | CHANGE_VERBS | MEASURE_VERBS | APPRAISE_VERBS
_NOUN_PREPS = ("of", "for")
_CHANGE_PREPS = ("to", "from", "by", "at")
_MEASURE_PREPS = ("to", "at", "from", "between")
_SUFFIXED = re.compile(r"^\d[\d,.]*(" + "|".join(k for k in lx.MULTIPLIERS if len(k) <= 3) + r")$", re.I)
_SUM_DEPS = ("nummod", "compound", "quantmod", "nmod", "amod", "npadvmod")


def moneyish(tok: Token) -> bool:
    """A number, multiplier, currency word or symbol: a piece of the sum itself."""
    low = tok.lower_.rstrip(".") or tok.lower_
    return tok.like_num or low in lx.MULTIPLIERS or low in lx.CURRENCY_WORDS or \
        tok.text in lx.CURRENCY_SYMBOLS or _SUFFIXED.match(tok.text) is not None


def sum_head(tok: Token) -> Token:
    """The top token of the sum a number belongs to ("$4 million" -> "million", "40m euros" -> euros)."""
    head = tok
    for _ in range(4):
        if head.dep_ in _SUM_DEPS and head.head.i != head.i and moneyish(head.head):
            head = head.head
        else:
            break
    return head


def money_label(tok: Token, _depth: int = 0) -> tuple[str, Token] | None:
    """What the sum of the number ``tok`` is of or for, and the token that says so."""
    top = sum_head(tok)
    head = top.head
    found = _noun_for(top) or _verb_for(top)
    if found is not None:
        return found
    if _depth < 2 and top.dep_ in ("appos", "conj") and moneyish(head):
        return money_label(head, _depth + 1)  # "537m euros ($701m)", "£2m to £2.6m"
    prev = _previous_sum(top)
    if _depth < 2 and prev is not None:
        return money_label(prev, _depth + 1)
    return None


def _noun_for(top: Token) -> tuple[str, Token] | None:
    head = top.head
    if head.lower_ == "worth":
        if _nominal(head.head) and _fits(head.head):
            return _noun_text(head.head), head.head  # "a deal worth $5bn"
        if head.dep_ == "advcl":  # "buy back shares worth 1bn francs"
            return _object_label(head.head, top)
        return _subject_label(head.head)  # "the deal is worth £340m"
    if top.dep_ == "pobj" and head.lower_ in _CHANGE_PREPS and head.head.pos_ == "NOUN" and \
            head.head.lemma_.lower() in CHANGE_VERBS:
        found = _changed(head.head)  # "the budget rise to $419.3bn", "a rise in sales to $5m"
        if found is not None and head.lower_ == "by":  # "the budget rise by $19bn"
            return f"{CHANGE_NOUNS.get(head.head.lemma_.lower(), 'change')} in {found[0]}", found[1]
        return found
    if top.dep_ in _SUM_DEPS and _nominal(head) and _fits(head):
        return _noun_text(head), head  # "a $2bn deal", "a 650m euro write-down"
    if top.dep_ == "pobj" and head.lower_ in _NOUN_PREPS and head.head.pos_ == "NOUN" and _fits(head.head):
        return _noun_text(head.head), head.head  # "a loan of $480m", "a cheque for $150,000"
    for child in top.children:  # "$27bn in taxes", "$5m of debt"
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and _fits(pobj) and not pobj.ent_type_:
                    return _noun_text(pobj), pobj
    return None


def _verb_for(top: Token) -> tuple[str, Token] | None:
    head = top.head
    verb, prep = (head.head, head.lower_) if top.dep_ == "pobj" and head.dep_ == "prep" else (head, "")
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = _lemma(verb, _KNOWN)
    direct = top.dep_ in ("dobj", "npadvmod", "attr", "oprd")
    if lemma in CHANGE_VERBS and (direct or prep in _CHANGE_PREPS):
        # "cut its profits by $3.8m" changes its object; "profits fell to £6.2bn" its subject
        found = _object_label(verb, top) or _subject_label(verb)
        if found is not None and (direct or prep == "by"):  # the change itself: "rose £300m"
            return f"{CHANGE_NOUNS.get(lemma, 'change')} in {found[0]}", found[1]
        return found
    if lemma in APPRAISE_VERBS and prep == "at":  # "a deal valued at $6.75bn"
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and _fits(verb.head):
            return _noun_text(verb.head), verb.head
        return _subject_label(verb) or _object_label(verb, top)
    if lemma in FOR_VERBS and prep == "for":
        return (FOR_VERBS[lemma], verb) if stated(verb) else None  # "Yugansk was sold for $9.3bn"
    if lemma in MEASURE_VERBS and (direct or prep in _MEASURE_PREPS):
        return _subject_label(verb)  # "the deficit totalled $427bn", "its sales were £3.13m"
    if lemma in MONEY_VERBS and top.dep_ in ("dobj", "attr", "npadvmod"):
        # "paid $5m", "was fined $4m" (not "is to pay $1m": no payment yet)
        return (MONEY_VERBS[lemma], verb) if stated(verb) else None
    return None


def _lemma(verb: Token, known: set[str] | frozenset[str]) -> str:
    """The verb's lemma, or a known one its form gives when the tagger slipped ("fined" -> "fin")."""
    lemma = verb.lemma_.lower()
    if lemma in known:
        return lemma
    low = verb.lower_
    for form in (low, low[:-1], low[:-2], low[:-3] + "y", low[:-3]):
        if form in known:
            return form
    return lemma


def _changed(change: Token) -> tuple[str, Token] | None:
    """What a noun of change changes: "a rise in sales", "the budget rise", "the fall of the yen"."""
    for child in change.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and _fits(pobj):
                    return _noun_text(pobj), pobj
    for child in change.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and _fits(child):
            return child.text, child
    return None


def _nominal(tok: Token) -> bool:
    """A noun, or a word the tagger took for a verb in a noun's place ("raise £12.5m funding")."""
    return tok.pos_ == "NOUN" or tok.tag_ in ("NN", "NNS", "VBG") and tok.dep_ in (
        "dobj", "pobj", "nsubj", "nsubjpass", "attr")


def _subject_label(verb: Token) -> tuple[str, Token] | None:
    subj = subject_of(verb, through_xcomp=True)
    if subj is None and verb.dep_ in ("ccomp", "xcomp"):  # "saw the budget rise to $419.3bn"
        subj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subj is not None and subj.pos_ == "NOUN" and _fits(subj):
        return _noun_text(subj), subj
    return None


def _object_label(verb: Token, top: Token) -> tuple[str, Token] | None:
    """The object a change verb changes: "cut its profits by $3.8m"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i != top.i and child.pos_ == "NOUN" and _fits(child):
            return _noun_text(child), child
    return None


def _previous_sum(top: Token) -> Token | None:
    """The sum a parenthesised or ranged one repeats: "fell to 537m euros ($701m; £371m)"."""
    doc = top.doc
    left = min(t.i for t in top.subtree)
    j = left - 1
    while j >= 0 and doc[j].text in ("(", ";", "to", "-", "and", "or", ",") and left - j < 4:
        j -= 1
    if j >= 0 and j < left - 1 and moneyish(doc[j]):
        return doc[j]
    return None


def _fits(noun: Token) -> bool:
    if noun.i > 0 and noun.nbor(-1).text == "-" and not noun.nbor(-1).whitespace_:
        return True  # "write-down"
    return not moneyish(noun) and noun.lower_ not in NOT_LABELS and noun.lemma_.lower() not in NOT_LABELS


def _noun_text(noun: Token) -> str:
    """The noun with a hyphenated word it is written with ("write-down", "pay-out")."""
    doc = noun.doc
    start = noun.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return doc[start:noun.i + 1].text
