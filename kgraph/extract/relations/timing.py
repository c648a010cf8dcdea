"""When a role holds: a role the words around it put in the past ("former chairman", "head of X
until last year", "X was secretary of state") or not yet held ("the next president", "is to
become chairman", "could serve as president") is no current job title, employer or membership."""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext

PAST_WORDS: frozenset[str] = words("relations", "past_role_words")
KEPT_PAST_WORDS: frozenset[str] = words("relations", "kept_past_words")
FUTURE_WORDS: frozenset[str] = words("relations", "future_role_words")
END_PREPS: frozenset[str] = words("relations", "role_end_preps")
UNREAL_MARKS: frozenset[str] = words("relations", "unreal_marks")
END_VERBS: frozenset[str] = words("relations", "role_end_verbs")
START_VERBS: frozenset[str] = words("relations", "role_start_verbs") | lx.APPOINT_VERBS

When = Literal["past", "future"]


def role_time(ctx: DocContext, noun: Token, anchor: Token) -> tuple[When, Token | None] | None:
    """("past" or "future", the word that says so, if one does) for a role not held now; None for
    a role nothing puts out of the present.

    Read: a time word before the noun or before the name it stands before ("former WorldCom chief
    X", "ex-Wham! partner"), an end ("until last year"), and the verb of a predicate noun ("X was
    chairman", "X will become chairman", "if he became king"); a verb of appointing in the past
    starts a role that still holds ("X was named chairman").
    """
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "former chairman and chief executive": the time word is on the first
    own = ctx.entity_key_at(noun)  # a description coreference resolved: its words are its own
    for tok in [*_prefix(first), *_words_before(ctx, first, anchor)]:
        said = _time_word(ctx, tok, own)
        if said is not None:
            return said, tok
    if any(c.dep_ == "prep" and c.lower_ in END_PREPS for n in (noun, first) for c in n.children):
        return "past", None
    verb = _verb_of(first)
    if verb is not None and ends_role(verb):
        return "past", verb  # "sacked as Scotland manager": an occupation ends there too
    said = clause_time(verb) if verb is not None else None
    return (said, None) if said is not None else None


def kept_word(word: Token | None) -> bool:
    """Whether a job title keeps the time word that puts it in the past ("former Home Secretary")."""
    return word is not None and word.lower_ in KEPT_PAST_WORDS and (
        word.pos_ not in ("VERB", "AUX") or word.dep_ == "amod")  # not "Churchill retired as PM"


def _time_word(ctx: DocContext, tok: Token, own: str | None) -> When | None:
    low = tok.lower_
    if ctx.entity_key_at(tok) not in (None, own) or (low == "next" and not tok.is_lower):
        return None  # a name's word; "Next chief executive X" heads the retailer
    if low in PAST_WORDS:
        return "past"
    if low in FUTURE_WORDS:
        return "future"
    return None


def _prefix(noun: Token) -> list[Token]:
    """The prefix of a hyphenated role, which the parser may hang anywhere: "Ex" of "Ex-chairman"."""
    doc, i = noun.doc, noun.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return [doc[i - 2]]
    return []


def _words_before(ctx: DocContext, noun: Token, anchor: Token) -> list[Token]:
    """The words of the noun's phrase before it, and for a title before a name, the name's own
    modifiers before the title ("former" may hang on "Blunkett" in "former Home Secretary David
    Blunkett"); not the words of a possessor ("former President Clinton's aide X")."""
    heads = [noun]
    if anchor.i > noun.i and noun.head.i == anchor.i:
        heads.append(anchor)
    out: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.i < noun.i and child.dep_ != "poss":
                out.extend(t for t in child.subtree if t.i < noun.i)
    return out


def _verb_of(noun: Token) -> Token | None:
    """The verb of a predicate noun: "is" of "X is chairman", "served" of "X served as head"."""
    if noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("AUX", "VERB"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("AUX", "VERB"):
        return noun.head.head
    return None


def ends_role(verb: Token) -> bool:
    """A verb of leaving or losing a role: "resigned", "was sacked", "stepped down"."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return lemma in END_VERBS or f"{lemma} {particle}" in END_VERBS


def clause_time(verb: Token) -> When | None:
    """"past" for a verb that ends the role ("resigned as", "sacked as"), "future" for a verb under
    a modal, an infinitive or "if" ("will be", "is to become", "hopes to be elected", "if he
    became king"), "past" for a past tense (not of a verb that starts a
    role: "X was named chairman", "X became chairman" still is), else None."""
    lemma = verb.lemma_.lower()
    if ends_role(verb):
        return "past"  # "resigned as chairman", "stepped down as chair": the role is over
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in aux) or any(
            c.dep_ == "mark" and c.lower_ in UNREAL_MARKS for c in verb.children):
        return "future"
    if lemma in START_VERBS:
        return None
    tense = [verb, *aux]
    if any(t.tag_ == "VBD" for t in tense):
        return "past"
    return None
