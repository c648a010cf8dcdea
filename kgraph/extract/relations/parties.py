"""Party membership: party words said of a person ("X, a Democrat", "Republican senator X"), a
party in brackets after a name, and party nominations and tickets."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import declare
from kgraph.extract.relations.common import before_name, compound_entity, fact, lemma_of
from kgraph.extract.relations.descriptors import entity_of_name
from kgraph.extract.toolkit import Found, entity_at, entity_of, entity_type, subject_of
from kgraph.types import Relation

PARTY_ROLE = declare(
    "relations.parties.party_role", "relation",
    'A party word on a role noun describing a person: "a Republican member of X", "Democratic '
    'senator X"', prior=0.8, needs=("relations.descriptors",))
PARTY_NOUN = declare(
    "relations.parties.party_noun", "relation",
    'A party noun said of a person: "X, a Democrat,", "A Republican, X ...", "X was elected as a '
    'Whig", "X is a Tory", "fellow Democrat X"', prior=0.8)
TICKET = declare(
    "relations.parties.ticket", "relation",
    'Who seeks, wins or runs on a party\'s nomination or ticket: "X sought the Democratic '
    'nomination", "X was elected on the Republican ticket"', prior=0.8)
BRACKETED = declare(
    "relations.parties.bracketed", "relation",
    'A party in brackets after a name: "county mayor is Janne Johnsen (Conservative Party)"',
    prior=0.75)


def party_role(ctx: DocContext, noun: Token, anchor: Token, person: Found) -> Iterator[Relation]:
    """The party of a role noun describing ``person``: "a Republican member", "Democratic senator"."""
    if lemma_of(noun) not in lx.PARTY_ROLE_NOUNS:
        return
    party = _party_of(ctx, noun)
    if party is not None:
        yield fact(PARTY_ROLE, person, "memberOf", (anchor, noun), obj=party)


def _party_at(ctx: DocContext, tok: Token) -> Found | None:
    """The party a party word stands for ("Republican", "Tory"), when entities made it one."""
    if tok.lower_ not in lx.PARTY_WORDS:
        return None
    key = ctx.entity_key_at(tok)
    if key is None or entity_type(ctx, key) != "Organization":
        return None
    return Found(key, 1.0, tok)


def _party_of(ctx: DocContext, noun: Token) -> Found | None:
    """The party whose word modifies a role noun: "a Republican member", "Democratic senator"."""
    children = [c for c in noun.children if c.i < noun.i]
    if before_name(ctx, noun):  # "Conservative leader Aniceto Arce": the parser may hang it on the name
        children += [c for c in noun.head.children if c.i < noun.i]
    for child in children:
        if child.dep_ in ("amod", "compound", "nmod"):
            party = _party_at(ctx, child)
            if party is not None:
                return party
    return None


def party_nouns(ctx: DocContext) -> Iterator[Relation]:
    """A party noun said of a person: "X, a Democrat,", "A Republican, X ...", "X was elected as
    a Whig", "X is a Tory", "fellow Democrat X", and a party's nomination or ticket."""
    lowers = ctx.token_lowers()
    if lx.PARTY_WORDS.isdisjoint(lowers):
        return
    for i, low in enumerate(lowers):
        if low not in lx.PARTY_WORDS:
            continue
        tok = ctx.doc[i]
        party = _party_at(ctx, tok)
        if party is None or ctx.entity_key_at(tok.head) == party.key:
            continue  # not a party here, or not the head word of its name ("Liberal Democrat")
        person: Found | None = None
        made_by = PARTY_NOUN
        if tok.dep_ == "appos":
            person = entity_of_name(ctx, tok.head)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok.head.head)
            person = entity_of(ctx, subj) if subj is not None else None
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            subj = subject_of(tok.head)
            person = entity_of(ctx, subj) if subj is not None else None
        elif tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "PROPN" and tok.i < tok.head.i:
            person = entity_at(ctx, tok.head)  # "fellow Democrat Sidney Yates"
        elif tok.dep_ in ("compound", "amod") and tok.head.lower_ in lx.PARTY_TICKET_NOUNS:
            person = _ticket_holder(ctx, tok.head)  # "X won the Democratic nomination"
            made_by = TICKET
        elif tok.dep_ in ("npadvmod", "advcl", "nsubj") and _fronted_noun(tok):
            subj = subject_of(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
            person = entity_of(ctx, subj) if subj is not None else None  # "A Republican, he ..."
        if person is not None and entity_type(ctx, person.key) == "Person":
            yield fact(made_by, person, "memberOf", (tok,), obj=party)


def bracketed_party(ctx: DocContext) -> Iterator[Relation]:
    """A party in brackets after a name: "county mayor is Janne Johnsen (Conservative Party)"."""
    doc = ctx.doc
    lowers = ctx.token_lowers()
    for i, low in enumerate(lowers):
        if low != "(" or i == 0 or i + 2 >= len(doc):
            continue
        person, party = ctx.entity_key_at(i - 1), ctx.entity_key_at(i + 1)
        if person is None or party is None or entity_type(ctx, person) != "Person":
            continue
        j = i + 1
        while j < len(doc) and ctx.entity_key_at(j) == party:
            j += 1
        if j < len(doc) and lowers[j] == ")" and entity_type(ctx, party) == "Organization" and (
                "party" in ctx.entity(party).name.lower().split() or lowers[i + 1] in lx.PARTY_WORDS):
            yield fact(BRACKETED, Found(person, 1.0, doc[i - 1]), "memberOf", (doc[j],),
                       obj=Found(party, 1.0, doc[i + 1]))


def _ticket_holder(ctx: DocContext, noun: Token) -> Found | None:
    """Who seeks, wins or runs on a party's nomination or ticket: "X sought the Democratic
    nomination", "X was elected on the Republican ticket"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("on", "for", "in"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = subject_of(verb)
    return entity_of(ctx, subj) if subj is not None else None


def _fronted_noun(tok: Token) -> bool:
    """True for "A Republican," opening a sentence."""
    doc = tok.doc
    return (tok.i >= 1 and doc[tok.i - 1].lower_ in ("a", "an") and bool(doc[tok.i - 1].is_sent_start)
            and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")


def named_party(ctx: DocContext, noun: Token) -> Found | None:
    """The political party a noun phrase names: "the Labour Party", "the MAPAR party", "the
    Democrats" (not a constituency or a country one represents)."""
    found = entity_of(ctx, noun)
    if found is None and noun.lemma_.lower() == "party":
        found = compound_entity(ctx, noun)
    if found is None or entity_type(ctx, found.key) != "Organization":
        return None
    party = noun.lemma_.lower() == "party" or noun.lower_ in lx.PARTY_WORDS
    return found if party or "party" in ctx.entity(found.key).name.lower().split() else None
