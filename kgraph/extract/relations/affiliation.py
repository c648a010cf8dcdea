"""Employment and membership read off verbs and lists: "X works for Y", "X joined Y", "The band
consisted of A, B and C", "NATO member Turkey"; and the filter that keeps players out of leagues."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import declare
from kgraph.extract.relations.common import (
    compound_entity,
    fact,
    is_country,
    is_passive,
    pairs,
    persons_of,
    prep_orgs,
)
from kgraph.extract.relations.parties import named_party
from kgraph.extract.relations.timing import clause_time
from kgraph.extract.relations.titles import award_category
from kgraph.extract.toolkit import Found, entity_at, entity_of, entity_type, subject_of, tokens_with_lemma
from kgraph.names import ORG_NOUNS
from kgraph.types import Relation

OFFICE_BODY_WORDS: frozenset[str] = words("relations", "office_body_words")

WORKS_FOR = declare("relations.affiliation.works_for", "relation",
                    '"X works for Y", "X teaches at Y"', prior=0.8)
JOINED = declare("relations.affiliation.joined", "relation", '"X joined Y" (a person)', prior=0.7)
JOINED_STAFF = declare("relations.affiliation.joined_staff", "relation",
                       '"X joined the faculty of Y", "joined the staff at Y"', prior=0.75)
COUNTRY_JOINED = declare("relations.affiliation.country_joined", "relation",
                         '"Sweden joined the European Union in 1995"', prior=0.75)
STANDS_FOR = declare("relations.affiliation.stands_for", "relation",
                     '"X is standing for Y", "X ran for Y"', prior=0.7)
REPRESENTS_PARTY = declare("relations.affiliation.represents_party", "relation",
                           '"she was elected ... representing the MAPAR party"', prior=0.7)
ADMITTED_TO = declare("relations.affiliation.admitted_to", "relation",
                      '"X was admitted to the club SK Ull"', prior=0.7)
HIRED_BY = declare("relations.affiliation.hired_by", "relation", '"X was hired by Y"', prior=0.75)
COUNTRY_MEMBER = declare(
    "relations.affiliation.country_member", "relation",
    'A country as a member of an organisation: "NATO member Turkey", "Sweden is a member state of '
    'the EU", "Norway\'s membership of NATO" (and an organisation, through a copula)', prior=0.75)
GROUP_MEMBERS = declare(
    "relations.affiliation.group_members", "relation",
    'Members listed for a group: "The band consisted of A, B and C", "X was formed by A and B"',
    prior=0.75)
FOUNDED_GROUP = declare(
    "relations.affiliation.founded_group", "relation",
    '"X formed the band Y", "Adachi founded the political party Z" (not a company)', prior=0.7)
# A filter, not a maker of facts: the facts it drops are not written, and no record carries its id.
NO_GENERIC_ORG = declare(
    "relations.affiliation.no_generic_org", "relation",
    'Filter: drops a membership, employer or affiliation whose organisation is named by one common '
    'noun alone ("Committee chairman Austin Mitchell": which committee is not said)')
NO_LEAGUE_PLAYERS = declare(
    "relations.affiliation.no_league_players", "relation",
    'Filter: drops a person\'s memberOf/worksFor a league ("NHL hockey player X"): a league\'s '
    "members are its teams")


def work_verbs(ctx: DocContext) -> Iterator[Relation]:
    """"X works for Y", "X joined Y", "X was hired by Y", "X is standing for Y"."""
    orgs = ("Organization",)
    verbs = lx.WORK_VERBS | lx.JOIN_VERBS | lx.STAND_VERBS | lx.HIRE_VERBS | {"admit", "represent"}
    for tok in tokens_with_lemma(ctx, verbs, (VERB,)):
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        subjects = persons_of(ctx, subject_of(tok))
        if lemma in lx.WORK_VERBS:
            if clause_time(tok) is None:  # "she worked for Clinton at the State Department" is over
                yield from pairs(ctx, WORKS_FOR, subjects, prep_orgs(ctx, tok, ("for", "at")), "worksFor",
                                 tok, types=orgs)
        elif lemma in lx.JOIN_VERBS:
            objs = [p for c in tok.children if c.dep_ == "dobj" for p in persons_of(ctx, c)]
            yield from pairs(ctx, JOINED, subjects, objs, "memberOf", tok, types=orgs)
            for c in tok.children:  # "he joined the faculty of the University of Hamburg"
                if c.dep_ == "dobj" and c.lemma_.lower() in lx.STAFF_NOUNS:
                    yield from pairs(ctx, JOINED_STAFF, subjects, prep_orgs(ctx, c, ("of", "at")),
                                     "worksFor", tok, types=orgs)
            # "Sweden joined the European Union in 1995": a country joins an organisation.
            for s in subjects:
                for o in objs:
                    if is_country(ctx, s) and entity_type(ctx, o.key) == "Organization":
                        yield fact(COUNTRY_JOINED, s, "memberOf", (tok,), obj=o)
        elif lemma in lx.STAND_VERBS:  # a party one stands for, not an office one runs for
            bodies = [o for o in prep_orgs(ctx, tok, ("for",)) if not _office_body(ctx, o)]
            yield from pairs(ctx, STANDS_FOR, subjects, bodies, "memberOf", tok, types=orgs)
        elif lemma == "represent":  # "she was elected ... representing the MAPAR party"
            for c in tok.children:
                party = named_party(ctx, c) if c.dep_ == "dobj" else None
                if party is not None:
                    yield from pairs(ctx, REPRESENTS_PARTY, subjects, [party], "memberOf", tok, types=orgs)
        elif lemma == "admit" and is_passive(tok):  # "X was admitted to the club SK Ull"
            yield from pairs(ctx, ADMITTED_TO, subjects, prep_orgs(ctx, tok, ("to",)), "memberOf", tok,
                             types=orgs)
        elif lemma in lx.HIRE_VERBS and tok.tag_ == "VBN" and is_passive(tok) and not any(
                c.dep_ == "oprd" and award_category(c) for c in tok.children):  # "named player of the year"
            agents = [p for c in tok.children if c.dep_ == "agent"
                      for o in c.children for p in persons_of(ctx, o)]
            yield from pairs(ctx, HIRED_BY, subjects, agents, "worksFor", tok, types=orgs)


def _office_body(ctx: DocContext, org: Found) -> bool:
    """An office or a legislature one runs for: "ran for the White House", "the Senate"."""
    words = {w.lower() for w in ctx.entity(org.key).name.split()}
    return bool(words & OFFICE_BODY_WORDS)


# --- countries in organisations ---------------------------------------------------------------

def country_memberships(ctx: DocContext) -> Iterator[Relation]:
    """Countries in international organisations.

    "NATO member Turkey", "Sweden is a member state of the EU", "Ghana, a member of the African
    Union,", "France was one of the founding members of the UN", "EU member states such as
    Poland and Hungary", "Norway's membership of NATO".
    """
    for tok in tokens_with_lemma(ctx, {"member"} | lx.MEMBERSHIP_NOUNS, (NOUN, PROPN)):
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or lemma not in ("member", *lx.MEMBERSHIP_NOUNS):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or _negated_noun(tok):
            continue
        head = tok
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.MEMBER_STATE_NOUNS:
            head = tok.head  # "member state", "member countries"
        org = _membership_org(ctx, tok, head)
        if org is None:
            continue
        if lemma in lx.MEMBERSHIP_NOUNS:
            countries = [f for c in tok.children if c.dep_ == "poss" for f in [entity_at(ctx, c)]
                         if f]
        else:
            countries = _member_names(ctx, tok, head)
        for country in countries:
            if country.key == org.key:
                continue
            if is_country(ctx, country) or (lemma == "member" and head.dep_ == "attr"
                                            and entity_type(ctx, country.key) == "Organization"):
                # "The Pittsburgh Catholic is a member of the Catholic Press Association" too.
                yield fact(COUNTRY_MEMBER, country, "memberOf", (tok, head), obj=org)


def _negated_noun(tok: Token) -> bool:
    """"X is not a member of Y": the negation hangs on the copula."""
    verb = tok.head if tok.dep_ in ("attr", "appos") else None
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _membership_org(ctx: DocContext, tok: Token, head: Token) -> Found | None:
    """The organisation of "NATO member", "a member state of the EU", "the EU's member states"."""
    for noun in dict.fromkeys((tok, head)):
        for child in noun.children:
            if child.dep_ in ("compound", "poss", "nmod") and child.i < noun.i and \
                    child.i != tok.i:
                found = entity_at(ctx, child)
                if found is not None and entity_type(ctx, found.key) == "Organization":
                    return found
            if child.dep_ == "prep" and child.lower_ in ("of", "in"):
                for pobj in child.children:
                    found = entity_of(ctx, pobj) if pobj.dep_ == "pobj" else None
                    if found is not None and entity_type(ctx, found.key) == "Organization":
                        return found
    return None


def _member_names(ctx: DocContext, tok: Token, head: Token) -> list[Found]:
    """Who is said to be the member: a name the noun stands before or in apposition to, names
    listed after it ("member states such as A and B"), or the subject of a copula."""
    out: list[Found] = []
    if head.dep_ == "compound" and head.head.pos_ == "PROPN":
        out += persons_of(ctx, head.head)  # "NATO member Turkey"
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            out += persons_of(ctx, child)  # "member states Poland and Hungary"
        if child.dep_ == "prep" and child.lower_ in ("as", "like", "including"):
            out += [f for o in child.children if o.dep_ == "pobj" for f in persons_of(ctx, o)]
    anchor = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "one":
        anchor = head.head.head  # "one of the founding members of the UN"
    if anchor.dep_ == "appos" and anchor.head.pos_ == "PROPN":
        out += persons_of(ctx, anchor.head)  # "Ghana, a member of the African Union,"
    if anchor.dep_ == "attr" or (anchor.dep_ == "pobj" and anchor.head.lower_ == "as"):
        verb = anchor.head if anchor.dep_ == "attr" else anchor.head.head
        if verb.pos_ in ("AUX", "VERB") and verb.lemma_ in ("be", "become", "remain", "join"):
            out += persons_of(ctx, subject_of(verb))
    return out


# --- members of groups ------------------------------------------------------------------------

def group_members(ctx: DocContext) -> Iterator[Relation]:
    """Members listed for a group: "The band consisted of A, B and C", "the group comprises
    vocalist A and drummer B", "X was formed by A and B" (a band or other group of members).

    "include"/"feature" and "formed by" count only for groups (a band, a party, a club: the
    organisation's name says so, or the subject is "the band"), as a company's founders or what
    a company includes are no members.
    """
    verbs = lx.CONSIST_VERBS | lx.GROUP_LIST_VERBS | lx.FOUND_VERBS
    for tok in tokens_with_lemma(ctx, verbs, (VERB,)):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        formed = lemma in lx.FOUND_VERBS and is_passive(tok)
        if lemma in lx.FOUND_VERBS and not is_passive(tok):
            yield from _founded_group(ctx, tok)
            continue
        if lemma not in lx.CONSIST_VERBS and lemma not in lx.GROUP_LIST_VERBS and not formed:
            continue
        subj = subject_of(tok)
        if subj is not None and subj.dep_ == "attr" and subj.head.lemma_ == "be" and tok.dep_ == "acl":
            subj = subject_of(subj.head) or subj  # "X is an ensemble consisting of A, B and C"
        org = entity_of(ctx, subj) if subj is not None else None
        if org is None and subj is not None and subj.lemma_.lower() in lx.MEMBERSHIP_ORG_WORDS:
            # "the MAPAR party, founded by X": the name modifies the noun.
            org = compound_entity(ctx, subj)
        if org is None or entity_type(ctx, org.key) != "Organization":
            continue
        if (formed or lemma in lx.GROUP_LIST_VERBS) and not _is_group(ctx, org, subj):
            continue
        if lemma in lx.CONSIST_VERBS and not is_passive(tok):
            objs = [o for c in tok.children if c.dep_ == "dobj" for o in [c]]
            objs += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"]
        elif lemma in lx.CONSIST_VERBS or formed:
            # "The band was composed of A and B", "formed by A and B".
            preps = ("of",) if lemma in lx.CONSIST_VERBS else ()
            objs = [o for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and
                    c.lower_ in preps) for o in c.children if o.dep_ == "pobj"]
        else:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
        members = [f for o in objs for t in _listed_names(ctx, o) for f in persons_of(ctx, t)]
        for m in members:
            if m.key != org.key and entity_type(ctx, m.key) == "Person":
                yield fact(GROUP_MEMBERS, m, "memberOf", (tok,), obj=org)


def _listed_names(ctx: DocContext, tok: Token) -> list[Token]:
    """A name and the names the parser chained to it as appositions: "A, B, C and D" is often A
    with B in apposition and C, D conjoined to B."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and ctx.entity_key_at(child) not in (
                None, ctx.entity_key_at(tok)):
            out.extend(_listed_names(ctx, child))
    return out


def _founded_group(ctx: DocContext, verb: Token) -> Iterator[Relation]:
    """"X formed the band Y", "Adachi founded the political party Z": who founds a band or a
    party is one of its members (a company's founder is not its employee)."""
    founders = persons_of(ctx, subject_of(verb))
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for org in persons_of(ctx, obj):
            if entity_type(ctx, org.key) != "Organization":
                continue
            name = {w.lower() for w in ctx.entity(org.key).name.split()}
            said = {t.lemma_.lower() for t in obj.subtree} | {obj.lemma_.lower()}
            if not (name | said) & lx.FOUNDED_GROUP_WORDS:
                continue
            for f in founders:
                if f.key != org.key and entity_type(ctx, f.key) == "Person":
                    yield fact(FOUNDED_GROUP, f, "memberOf", (verb,), obj=org)


def _is_group(ctx: DocContext, org: Found, subj: Token | None) -> bool:
    """An organisation of members: "the band", or a name with "Party", "Band", "Club"..."""
    if subj is not None and subj.lemma_.lower() in lx.ENSEMBLE_NOUNS | {"party"}:
        return True
    ent = ctx.entity(org.key)
    name_words = {w.lower() for w in ent.name.split()}
    if name_words & (lx.MEMBERSHIP_ORG_WORDS | lx.ENSEMBLE_NOUNS):
        return True
    doc = ctx.doc
    for m in ctx.mentions:
        if m.entity == org.key and m.kind == "nominal":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.lemma_.lower() in lx.ENSEMBLE_NOUNS:
                return True
    return False


# --- filter -----------------------------------------------------------------------------------

def generic_org(ctx: DocContext, r: Relation) -> bool:
    """A tie to an organisation named by one common noun: "Committee", "the Commission"."""
    if r.predicate not in ("memberOf", "worksFor", "affiliation") or not r.object:
        return False
    name = ctx.entity(r.object).name.lower().split()
    return [w for w in name if w != "the"] in ([n] for n in ORG_NOUNS)


def league_player(ctx: DocContext, r: Relation) -> bool:
    """"NHL hockey player X": a player belongs to a team; a league's members are its teams."""
    if r.predicate not in ("memberOf", "worksFor") or not r.object or entity_type(ctx, r.subject) != "Person":
        return False
    name = ctx.entity(r.object).name
    return name.split()[-1].lower() == "league" or name in lx.LEAGUE_ACRONYMS
