"""Reported speech: what a cue verb, a claim noun or a stance adjective reports, and who said it.

Each prior here is 0.1 lower than it would be for quoted words (reported words are the
reporter's, not the speaker's); a reported clause that holds quoted words, a mixed quote, gets
that 0.1 back (records.REPORTED).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Span, Token

from kgraph.data import words
from kgraph.extract.context import DocContext
from kgraph.extract.cues import (
    ATTITUDE_ADJECTIVES,
    CLAIM_NOUNS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    OBJECT_CUES,
    PERSON_ROLE_NOUNS,
    REPORTING_VERBS,
    SPEECH_ACT_XCOMP,
)
from kgraph.extract.quotes.candidate import Attribution, QuoteCandidate, TokenIndex
from kgraph.extract.quotes.marks import CharSpan, QuoteRegion
from kgraph.extract.quotes.speakers import (
    according_to,
    addressee,
    cue_subject,
    from_speaker_token,
    is_participle,
    is_unsaid,
    name_by,
)
from kgraph.extract.registry import declare, rule
from kgraph.types import QuoteKind

# Verbs of what a study or document states: cues only with a document or organisation subject.
FINDING_VERBS = words("quotes", "finding_verbs")
# Reported-speech cues. Beliefs, plans and knowledge ("X believes", "X knows") are not speech.
INDIRECT_CUES = REPORTING_VERBS | FINDING_VERBS
# Lemmas that can cue reported speech: verbs, stance nouns and stance adjectives.
_VERB_CUES = INDIRECT_CUES | SPEECH_ACT_XCOMP | OBJECT_CUES
_INDIRECT_LEMMAS = _VERB_CUES | CLAIM_NOUNS | ATTITUDE_ADJECTIVES
NOT_SPEAKERS = words("quotes", "not_speakers")
WEIGHTY_PRONOUNS = words("quotes", "weighty_pronouns")
NOT_STANCE_HOLDERS = words("quotes", "not_stance_holders")
# Verbs that report the clause they hang off ("The plan failed, officials said.").
PARENTHETICAL_CUES = REPORTING_VERBS | FINDING_VERBS

CLAUSE = declare(
    "quotes.indirect.clause", "quote",
    'A clause under a cue verb: "Okafor said (that) the mine would close", "the survey found it failed".',
    prior=0.8).id
PARENTHETICAL = declare(
    "quotes.indirect.parenthetical", "quote",
    'A cue verb hanging off the clause it reports: "The plan failed, officials said.".',
    prior=0.8).id
TO_INFINITIVE = declare(
    "quotes.indirect.to_infinitive", "quote",
    'A speech act with its to-infinitive: "Okafor vowed to fight on", "she urged them to run".',
    prior=0.6).id
OBJECT = declare(
    "quotes.indirect.object", "quote",
    'A speech act whose object is what was said: "Okafor denied the allegations", "called for a recount".',
    prior=0.6).id
STANCE_ADJECTIVE = "quotes.indirect.stance_adjective"
CLAIM_NOUN = "quotes.indirect.claim_noun"
ACCORDING_TO = "quotes.indirect.according_to"
# The rules of a clause proper, as against acts ("vowed to ...", "denied ..."): they take other holders.
_CLAUSES = (CLAUSE, PARENTHETICAL)


def indirect_quotes(ctx: DocContext, regions: list[QuoteRegion]) -> Iterator[QuoteCandidate]:
    """Reported speech outside quotes: "X said (that) ...", "according to X, ...", "X vowed to ..."."""
    doc = ctx.doc
    inside = TokenIndex(doc, [r for r in regions if not r.single], ctx.token_starts()).inside
    lemmas, lowers, pos = ctx.token_lemmas(), ctx.token_lowers(), ctx.token_pos()
    for i, lemma in enumerate(lemmas):
        if lemma not in _INDIRECT_LEMMAS and lowers[i] != "according" or i in inside:
            continue  # no cue here; and speech reported inside a quote belongs to that quote
        tok = doc[i]
        if lowers[i] == "according":
            found = according_clause(ctx, tok)
        elif pos[i] == NOUN and lemma in CLAIM_NOUNS:
            found = claim_clause(ctx, tok)
        elif pos[i] == ADJ and lemma in ATTITUDE_ADJECTIVES and tok.dep_ == "acomp":
            found = stance_clause(ctx, tok)
        elif pos[i] in (VERB, AUX) and lemma in _VERB_CUES:
            found = _reported_clause(ctx, tok)
        else:
            continue
        if found is not None:
            yield found


def _reported_clause(ctx: DocContext, cue: Token) -> QuoteCandidate | None:
    """What a cue verb reports (a clause, a to-infinitive, an object) and its holder."""
    if is_unsaid(cue):
        return None
    pieces, how = _content_of(ctx, cue)
    if not pieces:
        return None
    subj = cue_subject(cue)
    if subj is None and not is_participle(cue):
        window = cue.doc[max(cue.i - 3, 0):cue.i]
        subj = name_by(ctx, cue, window, set())
    if subj is None or subj.lower_ in FIRST_PERSON or subj.lower_ in NOT_SPEAKERS:
        return None
    if subj.dep_ == "nsubjpass":
        return None  # "X was asked to", "X is expected to", "X was told that": X said nothing
    if subj.lower_ == "it" and (how not in _CLAUSES or cue.lemma_.lower() not in REPORTING_VERBS):
        return None  # "it said" reports; "it wants" is rarely about a speaker
    att = from_speaker_token(ctx, cue, subj, how)
    lemma = cue.lemma_.lower()
    if lemma in FINDING_VERBS and lemma not in REPORTING_VERBS and not _states_findings(ctx, att, subj):
        return None  # "the survey found that" states; "she found that" is what she learnt
    if how not in _CLAUSES and not _weighty(att, subj) and att.speaker_kind != "pronoun":
        return None
    att.addressee = addressee(ctx, cue)
    text = " ".join(ctx.text[s:e] for s, e in pieces)
    kind: QuoteKind = "mixed" if any(ch in text for ch in "\"“”") else "indirect"
    return QuoteCandidate(kind, pieces, att)


def _states_findings(ctx: DocContext, att: Attribution, subj: Token) -> bool:
    """Whether the subject of a finding verb can state findings: a document ("the survey") or an
    organisation ("Datamonitor"), not a person."""
    if subj.lemma_.lower() in DOCUMENT_NOUNS:
        return True
    return att.speaker_key is not None and any(
        e.key == att.speaker_key and e.type == "Organization" for e in ctx.entities)


def _weighty(att: Attribution, subj: Token) -> bool:
    """A holder worth reporting a stance for: a noun phrase, "he"/"she", or a resolved pronoun.

    Unresolved "they" and "it" are left out: they rarely name anyone a reader could look up.
    """
    return att.speaker_key is not None or subj.lower_ in WEIGHTY_PRONOUNS \
        or subj.pos_ in ("NOUN", "PROPN")


@rule(STANCE_ADJECTIVE, "quote", prior=0.65)
def stance_clause(ctx: DocContext, adj: Token) -> QuoteCandidate | None:
    """A stated stance with its clause and holder: "She was adamant (that) Trump would win"."""
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and _is_clause(c)), None)
    subj = next((c for c in adj.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause is None or subj is None or subj.lower_ in FIRST_PERSON | NOT_STANCE_HOLDERS:
        return None
    att = from_speaker_token(ctx, adj, subj, STANCE_ADJECTIVE)
    return QuoteCandidate("indirect", _pieces(clause, set()), att)


@rule(CLAIM_NOUN, "quote", prior=0.7)
def claim_clause(ctx: DocContext, noun: Token) -> QuoteCandidate | None:
    """A claim noun with its owner and its that-clause: "Okafor's claim that the plan failed"."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _is_clause(c)
                   and any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None or owner is None or owner.lower_ in FIRST_PERSON:
        return None
    att = from_speaker_token(ctx, noun, owner, CLAIM_NOUN)
    if att.speaker_key is None:
        return None
    return QuoteCandidate("indirect", _pieces(clause, set()), att)


def _content_of(ctx: DocContext, cue: Token) -> tuple[list[CharSpan], str]:
    """What a cue reports, and the rule that found it: a clause, a to-infinitive or an object."""
    lemma = cue.lemma_.lower()
    children = list(cue.children)
    if lemma in INDIRECT_CUES:
        # A clause after the cue first: one before it is often another sentence's ("It's so; X says").
        comps = sorted((c for c in children if c.dep_ == "ccomp" and _is_clause(c)
                        and not c.left_edge.i <= cue.i <= c.right_edge.i), key=lambda c: c.i < cue.i)
        for c in comps:
            between = cue.doc[c.right_edge.i + 1:cue.i] if c.i < cue.i else cue.doc[0:0]
            if not any(t.text in (";", ":") for t in between):
                return _pieces(c, _participle_cues(c)), CLAUSE
        # "The plan failed, officials said." / "Locally, he said, it failed.": the cue hangs off
        # the clause it reports.
        head = cue.head
        if cue.dep_ in ("parataxis", "ccomp") and _is_clause(head) and head.i != cue.i \
                and lemma in PARENTHETICAL_CUES and _parenthetical(cue):
            pieces = _pieces(head, {t.i for t in cue.subtree})
            if sum(e - s for s, e in pieces) >= 12:
                return pieces, PARENTHETICAL
    if lemma in SPEECH_ACT_XCOMP:
        for c in children:
            if c.dep_ == "xcomp" and c.i > cue.i and any(t.lower_ == "to" for t in c.lefts):
                return _pieces(c, set()), TO_INFINITIVE
    if lemma in OBJECT_CUES:
        for c in children:
            # "called the hearing" convenes it: only "called for a recount" says something.
            if c.dep_ == "dobj" and c.i > cue.i and _has_words(c, 2) and lemma != "call" \
                    and not _names_someone(ctx, c):
                return _pieces(c, set()), OBJECT
            if c.dep_ == "prep" and c.lower_ == "for" and lemma == "call":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    return _pieces(objs[0], set()), OBJECT
    return [], ""


def _names_someone(ctx: DocContext, obj: Token) -> bool:
    """An object that is a person or organisation ("accused Mr Brown", "attacked the chancellor",
    "praised the spectators"): the target of the act, not what was said."""
    return ctx.entity_key_at(obj) is not None or obj.pos_ == "PRON" \
        or obj.lemma_.lower() in PERSON_ROLE_NOUNS


def _parenthetical(cue: Token) -> bool:
    """Whether a cue hanging off a clause is an aside of its own, "..., officials said." or
    "Locally, he said, it failed": with its own subject, and not what the clause above reports
    ("Trump said that Clinton described ...", "The Times wrote that Trump had claimed ...": there
    the clause above is the attribution, and the clause rule reads it)."""
    if cue.head.lemma_.lower() in _VERB_CUES or any(c.dep_ == "mark" for c in cue.children):
        return False
    return any(c.dep_ == "nsubj" for c in cue.children)


def _participle_cues(clause: Token) -> set[int]:
    """Tokens of the participial cues hanging off a reported clause ("X said the firm failed,
    adding that ..."): what they report is a statement of its own, not part of this one."""
    return {t.i for c in clause.children if c.dep_ in ("advcl", "conj") and is_participle(c)
            and c.lemma_.lower() in REPORTING_VERBS for t in c.subtree}


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
    """A verb heading a clause of at least three words."""
    return tok.pos_ in ("VERB", "AUX") and _has_words(tok, 3)


def _has_words(head: Token, n: int) -> bool:
    """Whether ``head``'s subtree holds at least ``n`` tokens (without walking all of it)."""
    return sum(1 for _ in islice(head.subtree, n)) >= n


def _strip(span: Span) -> Span:
    """``span`` without punctuation and spaces at either end."""
    doc = span.doc
    start, end = span.start, span.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


@rule(ACCORDING_TO, "quote", prior=0.8)
def according_clause(ctx: DocContext, tok: Token) -> QuoteCandidate | None:
    """The clause "according to X" hangs off: "According to Okafor, the plan failed"."""
    att = according_to(ctx, tok, ACCORDING_TO)
    if att is None or att.speaker is None:
        return None
    head = tok.head
    if not _is_clause(head):
        return None
    pieces = _pieces(head, {t.i for t in tok.subtree})
    return QuoteCandidate("indirect", pieces, att) if pieces else None
