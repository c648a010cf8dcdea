"""Whether a sentence states that its event happened: "could charge", "will host", "if they lose",
"refused to release", "urged to withdraw", "fears Trump wins", "the planned merger" do not.

Read off the parse: modal auxiliaries, conditional clauses, negation, a to-infinitive under a verb
of wanting, planning, urging or expecting, questions, and the present tense outside the headline
(in a report's body "Venezuela sells oil to the US" is a habit, not an event).
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx

MODAL_AUXILIARIES: frozenset[str] = words("events", "modal_auxiliaries")
CONDITIONAL_MARKS: frozenset[str] = words("events", "conditional_marks")
IMPLICATIVE_VERBS: frozenset[str] = words("events", "implicative_verbs")
UNREAL_HEADS: frozenset[str] = words("events", "unreal_heads")
UNREAL_ADVERBS: frozenset[str] = words("events", "unreal_adverbs")
UNREAL_MODIFIERS: frozenset[str] = words("events", "unreal_modifiers")
FOR_HEADS: frozenset[str] = words("events", "for_heads")
SPEECH_EVENTS: frozenset[str] = words("events", "speech_events")

# Links through which a clause takes on what its head says of it ("could charge and fine").
_SHARED = ("conj", "xcomp")
# Links from a clause to a head that may make it only wanted or feared ("fears Trump wins").
_EMBEDDED = ("conj", "xcomp", "ccomp", "advcl", "acl", "pcomp")
# Links from a clause to a head that wants, fears or plans it (not "although", "because").
_COMPLEMENTS = ("xcomp", "ccomp", "acl", "pcomp")
# Prepositions that make a gerund what a noun or verb is about ("talk of buying", "banned from
# suing").
_COMPLEMENT_PREPS = ("of", "for", "about", "on", "to", "into", "from")
# A conjoined verb with one of these has its own clause ("... and have just defeated England").
_OWN_CLAUSE = ("aux", "auxpass", "nsubj", "nsubjpass")
# How an event noun hangs off the verb or noun that may want or fear it.
_OBJECTS = ("pobj", "dobj", "nsubjpass", "attr", "appos")
_DEFINITE = ("the", "this", "that", "these", "those")
_IF_MARKS = ("if", "unless", "whether")
_MAX_CLIMB = 6


def stated(trigger: Token) -> bool:
    """Whether the sentence states that the event of ``trigger`` (a verb or a noun) happened."""
    if _question(trigger):
        return False
    if trigger.pos_ in ("VERB", "AUX"):
        return _verb_stated(trigger, own=True)
    return _noun_stated(trigger)


def hypothetical(tok: Token) -> bool:
    """Whether ``tok`` stands in a question or in an "if", "unless" or "whether" clause ("If a team
    can afford to pay £27m ...")."""
    if _question(tok):
        return True
    for anc in [tok, *tok.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in _IF_MARKS for c in anc.children):
            return True
    return False


def _verb_stated(verb: Token, *, own: bool) -> bool:
    if own and _present_habit(verb):
        return False
    tok = verb
    for _ in range(_MAX_CLIMB):
        if _unreal_clause(tok):
            return False
        head = tok.head
        if head.i == tok.i or tok.dep_ not in _EMBEDDED:
            return True
        over = head
        if tok.dep_ == "pcomp":
            if head.lower_ not in _COMPLEMENT_PREPS:
                return True  # "after announcing", "with Sayeed winning": said of the time
            over = head.head
        if tok.dep_ in _COMPLEMENTS and over.lemma_.lower() in UNREAL_HEADS:
            return False  # "fears Trump wins", "refused to release", "talk of buying"
        if tok.dep_ == "conj" and any(c.dep_ in _OWN_CLAUSE for c in tok.children):
            return True  # "Ireland will play and have just defeated England": its own clause
        if tok.dep_ not in _SHARED and not _infinitive(tok):
            return True  # a finite clause under a reporting verb is stated by its speaker
        tok = over
    return True


def _noun_stated(noun: Token) -> bool:
    if any(c.dep_ in ("amod", "compound", "nmod", "advmod") and c.lower_ in UNREAL_MODIFIERS
           for c in noun.children):
        return False  # "the planned merger", "a possible attack"
    head = noun.head
    if head.i == noun.i:
        return True
    via, prep = noun.head, ""
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        via, prep = head.head, head.lower_
    lemma = via.lemma_.lower()
    if noun.dep_ in _OBJECTS and prep in ("", *_COMPLEMENT_PREPS) and (
            lemma in UNREAL_HEADS and lemma not in FOR_HEADS or lemma in FOR_HEADS and prep == "for"):
        return False  # "called for a ban", "threatened a strike", "fears of an attack"
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return True  # "his trial will cost millions": the trial is taken as given
    if via.pos_ in ("VERB", "AUX"):
        return _verb_stated(via, own=False)  # "a strike would cost millions"
    return True


def _unreal_clause(verb: Token) -> bool:
    """A modal, a conditional subordinator, a doubting adverb, a negation, a to-infinitive."""
    for child in verb.children:
        dep, low = child.dep_, child.lower_
        if dep in ("aux", "auxpass") and low in MODAL_AUXILIARIES:
            return True
        if dep == "mark" and low in CONDITIONAL_MARKS:
            return True
        if dep in ("advmod", "neg") and low in UNREAL_ADVERBS or dep == "neg":
            return True
    if _infinitive(verb):
        head = verb.head
        return head.i == verb.i or not (head.lemma_.lower() in IMPLICATIVE_VERBS or any(
            c.lower_ in IMPLICATIVE_VERBS for c in head.children if c.dep_ in ("amod", "advmod")))
    return False


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _present_habit(verb: Token) -> bool:
    """A simple present outside the headline: "Venezuela sells 60% of its output to the US" (but
    what a text says now is said: "the letter accuses the company of lobbying")."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if lx.EVENT_VERBS.get(verb.lemma_.lower()) in SPEECH_EVENTS:
        return False
    return "\n" in verb.doc.text[:verb.idx]


def _question(tok: Token) -> bool:
    sent = tok.sent
    for t in reversed(sent):
        if t.is_space or t.is_quote or t.text in (")", "]"):
            continue
        return t.text == "?"
    return False
