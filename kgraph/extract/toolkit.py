"""What the extractors share about reading a parse: the entity behind a token, the subject of a
verb, conjuncts, evidence spans, ages, and candidate tokens picked from the shared columns."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from kgraph.extract.context import DocContext

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Prepositions opening a gerund clause whose subject is the main clause's ("before joining Y").
CLAUSE_PREPS = frozenset({"before", "after", "since", "upon", "while", "on"})


@dataclass(frozen=True)
class Found:
    """An entity a token stands for, and how sure we are (a guessed pronoun is less sure)."""

    key: str
    sure: float = 1.0
    token: Token | None = field(default=None, compare=False)


# --- entities behind tokens ------------------------------------------------------------------

def entity_at(ctx: DocContext, token: Token) -> Found | None:
    """The entity a token refers to: its mention, else a guessed antecedent for a pronoun."""
    key = ctx.entity_key_at(token)
    if key is not None:
        # A resolved pronoun is only as good as the coreference behind it.
        return Found(key, 0.85 if token.pos_ == "PRON" else 1.0, token)
    if token.pos_ == "PRON" and token.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return guess_antecedent(ctx, token)
    return None


def entity_of(ctx: DocContext, token: Token) -> Found | None:
    """The entity a noun phrase headed by ``token`` names ("the mayor, David Pryce" -> Pryce)."""
    found = entity_at(ctx, token)
    if found is not None:
        return found
    if token.pos_ in ("NOUN", "PROPN"):
        for child in token.children:
            if child.dep_ == "appos" and ctx.entity_key_at(child):
                return Found(ctx.entity_key_at(child) or "", 1.0, child)
    return None


def entity_type(ctx: DocContext, key: str) -> str:
    return ctx.entity(key).type


def guess_antecedent(ctx: DocContext, pron: Token) -> Found | None:
    """Until coreference resolves a pronoun: the nearest gender-compatible person before it.

    Looks in the same sentence first, then at the subjects of the two sentences before.
    """
    gender = "male" if pron.lower_ in MALE_PRONOUNS else "female"
    sent = pron.sent
    for tok in reversed(list(sent.doc[sent.start:pron.i])):
        found = person_here(ctx, tok, gender)
        if found is not None and tok.dep_ not in ("compound",):
            return Found(found, 0.8, pron)
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        prev = sent.doc[start - 1].sent
        for tok in prev:
            if tok.dep_ in SUBJECT_DEPS:
                found = person_here(ctx, tok, gender)
                if found is not None:
                    return Found(found, 0.7, pron)
        start = prev.start
    return None


def person_here(ctx: DocContext, tok: Token, gender: str) -> str | None:
    key = ctx.entity_key_at(tok)
    if key is None:
        return None
    ent = ctx.entity(key)
    if ent.type != "Person" or (ent.gender and ent.gender != gender):
        return None
    return key


# --- evidence -------------------------------------------------------------------------------

def evidence_span(tokens: Iterable[Token]) -> tuple[int, int]:
    """Characters of the smallest stretch of one sentence that holds all ``tokens`` and their phrases."""
    toks = list(tokens)
    sent = toks[0].sent
    # A noun brings its phrase; a verb only itself (its subtree is the whole clause).
    left = min(t.i if t.pos_ in ("VERB", "AUX") else t.left_edge.i for t in toks)
    right = max(t.i if t.pos_ in ("VERB", "AUX") else t.right_edge.i for t in toks)
    doc = sent.doc
    left, right = max(left, sent.start), min(right, sent.end - 1)
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


# --- syntax ---------------------------------------------------------------------------------

def subject_of(verb: Token, *, through_xcomp: bool = False, participles: bool = True,
               _depth: int = 0) -> Token | None:
    """The subject of a verb (or adjective, or noun heading a clause).

    Its own subject first (a clausal one too), through a relative pronoun to the noun the clause
    describes ("Okafor, who said"). A verb without one takes the subject of the verb it hangs
    off: conjoined verbs ("He smiled and said"), to-infinitives ("wanted to say"), participial and
    gerund clauses ("..., saying", "before joining Y"); a reduced relative clause describes its
    head ("the man elected in 2010"). To-infinitives ("wanted to say") take their verb's subject
    only ``through_xcomp``: the subject says it, but "refused to endorse" does not endorse.
    Without ``participles``, a participle describing a noun has no subject ("papers alleging"
    is nobody's speech).
    """
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ == "csubj":
            if verb.dep_ == "relcl" and (child.lower_ in RELATIVE_PRONOUNS or child.tag_ in ("WP", "WDT")):
                return verb.head
            return child
    head = verb.head
    if head.i == verb.i or _depth > 6:
        return None
    climb = ("conj", "advcl", "xcomp") if through_xcomp else ("conj", "advcl")
    # (A past participle's subject would be its patient: "Elected in 2010, she ...".)
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBN"
    if verb.dep_ in climb and head.pos_ in ("VERB", "AUX") and not participle:
        # "he smiled and said", "..., saying", "she went on to say"
        return subject_of(head, through_xcomp=through_xcomp, participles=participles, _depth=_depth + 1)
    if participles and verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBG"):
        return head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in CLAUSE_PREPS \
            and head.head.pos_ in ("VERB", "AUX"):
        # "he played in Graz before joining Y"
        return subject_of(head.head, through_xcomp=through_xcomp, participles=participles,
                          _depth=_depth + 1)
    return None


def conjuncts(tok: Token) -> list[Token]:
    """A token and every token conjoined to it, however the parser chained them."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def age_of_head(tok: Token) -> int | None:
    """52 for the head of "52-year-old"."""
    if tok.lower_ != "old":
        return None
    for t in tok.subtree:
        if t.like_num and t.text.isdigit() and 0 < int(t.text) < 125:
            return int(t.text)
    return None


def age_of_words(words: list[str]) -> int | None:
    """52 for the lower-cased words of "the 52-year-old" (one token or five)."""
    for i, w in enumerate(words):
        if w.isdigit() and words[i + 1:i + 5] == ["-", "year", "-", "old"]:
            return int(w)
        if w.endswith("-year-old") and w.split("-")[0].isdigit():
            return int(w.split("-")[0])
    return None


# --- candidate tokens -------------------------------------------------------------------------
# The rules below look at few words of a document; reading the shared columns of DocContext
# picks them out without making a spaCy Token for every word. Each rule still checks its
# candidates in full, so these are only filters.

def tokens_with_lemma(ctx: DocContext, lemmas: set[str] | frozenset[str],
                       pos: tuple[int, ...] | None = None) -> Iterator[Token]:
    """Tokens whose lower-cased lemma is in ``lemmas`` (and part of speech in ``pos``), in order."""
    column = ctx.token_lemmas()
    if lemmas.isdisjoint(column):  # most documents have none of a rule's words
        return
    doc, tags = ctx.doc, ctx.token_pos()
    hits = [i for i, lemma in enumerate(column) if lemma in lemmas]
    for i in hits:
        if pos is None or tags[i] in pos:
            yield doc[i]


def tokens_with_pos(ctx: DocContext, pos: tuple[int, ...]) -> Iterator[Token]:
    """Tokens whose part of speech is in ``pos``, in order."""
    doc = ctx.doc
    hits = [i for i, tag in enumerate(ctx.token_pos()) if tag in pos]
    for i in hits:
        yield doc[i]
