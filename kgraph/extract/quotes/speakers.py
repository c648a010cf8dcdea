"""Who a cue's speaker and addressee are: its subject, a name next to it, "according to X"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.data import words
from kgraph.extract.context import DocContext
from kgraph.extract.cues import (
    ADDRESSEE_VERBS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    PERSON_ROLE_NOUNS,
    QUOTE_INTRO_VERBS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    SPOKES_NOUNS,
    TO_ADDRESSEE_VERBS,
)
from kgraph.extract.quotes.candidate import Attribution, SpeakerKind, TokenIndex
from kgraph.extract.quotes.marks import ALL_MARKS
from kgraph.extract.toolkit import SUBJECT_DEPS, subject_of
from kgraph.names import HONORIFICS, fold, name_parts
from kgraph.types import MentionKind

# Verbs that introduce a direct quote next to it; attitude verbs ("believe") only report clauses.
DIRECT_CUES = REPORTING_VERBS | QUOTE_INTRO_VERBS
SPEAKER_PRONOUNS = words("quotes", "speaker_pronouns")
PUBLISHING_VERBS = words("quotes", "publishing_verbs")
UNSAID_MODALS = words("quotes", "unsaid_modals")
GO_ON_VERBS = words("quotes", "go_on_verbs")


def is_direct_cue(tok: Token) -> bool:
    """A verb that can introduce a quote next to it ("said", "wrote"), not one describing a noun."""
    return tok.lemma_.lower() in DIRECT_CUES and tok.pos_ in ("VERB", "AUX") \
        and tok.dep_ not in ("amod", "compound")


def is_unsaid(cue: Token) -> bool:
    """A cue whose speech was not made: negated ("did not say that"), modal ("will announce that")
    or a to-infinitive under a verb that is not a saying ("declined to say whether", "is due to
    announce"; but "went on to say" was said)."""
    for c in cue.children:
        if c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in UNSAID_MODALS:
            return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() not in GO_ON_VERBS


def according_to(ctx: DocContext, tok: Token, rule: str) -> Attribution | None:
    """'according to X': the speaker is the object of 'to' (``tok`` is "according")."""
    for prep in tok.children:
        if prep.lower_ == "to":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                return from_speaker_token(ctx, tok, objs[0], rule)
    # The parser sometimes hangs "to X" off something else; take the noun after "to".
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
        head = doc[tok.i + 2]
        while head.head.i > head.i and head.head.i <= tok.i + 6 and head.dep_ in (
                "compound", "det", "amod", "poss", "case", "nmod"):
            head = head.head
        return from_speaker_token(ctx, tok, head, rule)
    return None


def cue_subject(cue: Token) -> Token | None:
    """Who says what a cue verb introduces: its subject; a participle's is the main clause's.

    ", saying ..." hangs off the clause it follows, and the parser often hangs it off a clause
    inside that one ("Balls rejected the claim that Brown was sidelined, saying ..." is Balls'
    saying, not Brown's): a participle's speaker is the subject of the first clause above it that
    is not what a noun or verb before it says. One that describes a name or a person ("Beattie,
    who seemed unrepentant, insisting ...", "the Lions manager describing ...") is theirs, one
    describing a statement or letter its author's ("X issued a statement saying ..."); one
    describing a thing is nobody's speech ("a rule stating that ...", "papers alleging ...").
    """
    if not is_participle(cue):
        return subject_of(cue, through_xcomp=True, participles=False)
    if cue.dep_ == "acl":
        head = cue.head
        if head.i > cue.i:
            return None
        word = head.lemma_.lower()
        if word in DOCUMENT_NOUNS or word in REPORTING_NOUNS:
            return document_author(head)  # "X issued a statement saying ..."
        person = head.pos_ == "PROPN" or word in PERSON_ROLE_NOUNS or word in SPOKES_NOUNS
        return head if person else None
    verb = cue
    for _ in range(8):
        head = verb.head
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            if verb.dep_ in ("advcl", "conj", "xcomp") and head.pos_ in ("VERB", "AUX"):
                verb = head  # "..., saying", "and said ..., adding"
                continue
        # A clause that is what a verb or noun before it says (not a quote the parser made the
        # root of the sentence): "X said the firm had failed, adding" is X's adding.
        elif verb.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and head.i < verb.i:
            verb = head
            continue
        elif verb.dep_ == "acl" and head.pos_ == "NOUN" and head.head.pos_ in ("VERB", "AUX") \
                and head.head.i < head.i < verb.i:
            verb = head.head  # "X rejected the claim that Y was sidelined, saying": X says
            continue
        break
    return subject_of(verb, through_xcomp=True, participles=False)


def document_author(noun: Token) -> Token | None:
    """Who wrote a document: its owner ("Acme's statement", "the Datamonitor report", "a letter
    from Acme"), else the subject of the verb that made it public ("Acme issued a statement",
    "Okafor published an open letter"; not "fans got a message")."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in PUBLISHING_VERBS:
        return subject_of(verb, through_xcomp=True, participles=False)
    return None


def is_participle(tok: Token) -> bool:
    """A present participle standing for its own clause (", saying ..."): no subject, no "was"."""
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "conj", "xcomp") \
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in tok.children)


def attribute(ctx: DocContext, cue: Token, window: Span, rule: str,
              index: TokenIndex | None = None, *, after_quote: bool = False) -> Attribution:
    """Speaker and addressee of a cue verb, from its subject (or the nearest name by it).

    ``after_quote``: the cue follows the quote's closing mark in ``window``, whose words before
    the cue name the speaker when the parse gave the cue no subject ('"...," Flynn, a top
    surrogate, said'); with no words there, the speaker follows the cue ('"...," said Flynn').
    """
    inside = index.inside if index is not None else set()
    speaker = cue_subject(cue)
    if speaker is not None and speaker.i in inside:
        speaker = None  # the parser took a word of the quote for the subject
    if speaker is None and not is_participle(cue):
        between = [t for t in window if t.i < cue.i and t.i not in inside and not t.is_punct
                   and not t.is_space and t.text not in ALL_MARKS]
        if after_quote and between:
            speaker = _phrase_before(between)
        elif not between or not after_quote:
            speaker = _inverted_subject(cue, window, inside)
    if speaker is None:
        speaker = name_by(ctx, cue, window, inside)
    if speaker is None:
        att = Attribution(cue, None, None, "none", rule)
    else:
        att = from_speaker_token(ctx, cue, speaker, rule)
    att.addressee = addressee(ctx, cue)
    return att


def _phrase_before(words: list[Token]) -> Token | None:
    """The head of the first noun phrase among the words between a quote and its cue: the first
    of them whose head lies outside them ("Flynn, a top Trump surrogate," -> Flynn; "Tulsa police
    Chief Chuck Jordan" -> Jordan), a date excepted ("Okafor on Monday")."""
    ids = {t.i for t in words}
    for t in words:
        if t.head.i not in ids and t.pos_ in ("PROPN", "NOUN", "PRON") and t.ent_type_ not in _WHEN:
            return t
    return None


def name_by(ctx: DocContext, cue: Token, window: Span, inside: set[int]) -> Token | None:
    """A name or pronoun right before the cue, when the parse gave the cue no subject."""
    doc = cue.doc
    for j in range(cue.i - 1, max(cue.i - 4, window.start - 1), -1):
        t = doc[j]
        if j in inside or t.text in ALL_MARKS:
            break
        if ctx.entity_key_at(t) is not None or t.lower_ in SPEAKER_PRONOUNS:
            return t
    return None


# Entity labels of the words that say when, never who ("said Monday", "said Thursday morning").
_WHEN = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL"})


def _inverted_subject(cue: Token, window: Span, inside: set[int]) -> Token | None:
    """'said Okafor' parsed with the name as an object: the noun right after the cue, before any
    preposition ("said in a phone interview") and not a date ("said Monday")."""
    if cue.lemma_ in ADDRESSEE_VERBS:
        return None
    doc = cue.doc
    for j in range(cue.i + 1, min(cue.i + 6, len(doc))):
        t = doc[j]
        if t.is_punct or t.text in ALL_MARKS or j in inside or t.pos_ == "ADP":
            break
        if t.pos_ in ("PROPN", "PRON", "NOUN") and t.dep_ not in ("compound", "poss", "det", "npadvmod") \
                and t.ent_type_ not in _WHEN:
            return t
    return None


def from_speaker_token(ctx: DocContext, cue: Token, head: Token, rule: str) -> Attribution:
    """The attribution of rule ``rule`` to the speaker whose phrase ``head`` heads."""
    span = speaker_phrase(head)
    if head.lower_ in FIRST_PERSON:
        return Attribution(cue, span, None, "words", rule)
    key, kind = speaker_entity(ctx, head, span)
    return Attribution(cue, span, key, kind, rule)


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


def speaker_entity(ctx: DocContext, head: Token, span: Span) -> tuple[str | None, SpeakerKind]:
    """The entity a speaker phrase names and how: a name, pronoun, description or just words.

    A place is never a speaker: a phrase that a place only modifies ("the England coach, Andy
    Robinson", "the US firm") names the person in apposition or nothing; a phrase whose head is a
    place ("South Korea said") keeps it, and ``extract_quotes`` refuses the quote. A role noun
    ("the Lions coach") names the person in its phrase or no one, never the club or party.
    """
    key = ctx.entity_key_at(head)
    if key is None or is_place(ctx, key):
        # "Moyes continued", "Mr Irish said": the surname of a person the article named.
        named = _person_by_surname(ctx, head)
        if named is not None:
            return named, "name"
    if key is not None:
        if is_place(ctx, key):
            named = _named_in_phrase(ctx, head, span, ("appos",))
            if named is not None:
                return named, "name"
        return key, mention_kind(ctx, head)
    named = _named_in_phrase(ctx, head, span, ("appos",))  # "the England coach, Andy Robinson"
    if named is not None:
        return named, "name"
    word = head.lemma_.lower()
    if word in PERSON_ROLE_NOUNS and word not in SPOKES_NOUNS:
        # "Lions coach Ian McGeechan": the person a role noun names; a club or party it mentions
        # is where the person works ("the Lions manager"), an owner whose the role is ("Mr
        # Eavis' daughter", "his lawyer") someone else: neither speaks.
        for t in head.children:
            named = ctx.entity_key_at(t)
            if t.dep_ in ("compound", "flat") and span.start <= t.i < span.end and named is not None \
                    and _entity_type(ctx, named) == "Person":
                return named, "name"
        return None, "words"
    if word in SPOKES_NOUNS or word in DOCUMENT_NOUNS:
        # "a spokesman for the ministry", "the ministry's statement": speaks for its owner.
        for t in head.subtree:
            owner = ctx.entity_key_at(t)
            if t.i != head.i and owner is not None and not is_place(ctx, owner) \
                    and t.dep_ in ("pobj", "poss", "compound"):
                return owner, "nominal"
    named = _named_in_phrase(ctx, head, span, ("compound", "flat"))  # "union leader Okafor"
    if named is not None:
        return named, "name"
    return None, "words"


def _named_in_phrase(ctx: DocContext, head: Token, span: Span, deps: tuple[str, ...]) -> str | None:
    """The entity, other than a place, of a name in ``span`` hanging off ``head`` by one of ``deps``."""
    for t in head.children:
        if t.dep_ in deps and span.start <= t.i < span.end:
            key = ctx.entity_key_at(t)
            if key is not None and not is_place(ctx, key):
                return key
    return None


def _person_by_surname(ctx: DocContext, head: Token) -> str | None:
    """The one person of the article whose last name a proper-noun speaker is ("Moyes", "Mr Irish").

    For a speaker the parse or the mentions left without a person: a capitalised name word that
    is the last name of exactly one person named in the article (a demonym, "Irish", names a
    place only when no person has that name).
    """
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    word = fold(head.text)
    # The other name words before it must be titles or the person's own ("Highland Gold" is no
    # "Barrick Gold").
    before = [fold(c.text) for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    found = set()
    for e in ctx.entities:
        if e.type != "Person" or " " not in e.name or name_parts(e.name).last != word:
            continue
        own = {fold(w) for w in e.name.split()}
        if all(w in own or w in HONORIFICS for w in before):
            found.add(e.key)
    return found.pop() if len(found) == 1 else None


def is_place(ctx: DocContext, key: str) -> bool:
    """Whether entity ``key`` is a place (which speaks for no one: its people or government do)."""
    return _entity_type(ctx, key) == "Place"


def _entity_type(ctx: DocContext, key: str) -> str | None:
    try:
        return ctx.entity(key).type
    except KeyError:
        return None


def mention_kind(ctx: DocContext, tok: Token) -> MentionKind:
    """How the mention holding ``tok`` names its entity (a name, when no mention holds it)."""
    for m in ctx.mentions:
        if m.start <= tok.idx < m.end:
            return m.kind
    return "name"


def addressee(ctx: DocContext, cue: Token) -> str | None:
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
