"""Family: kinship nouns ("his daughter, Mara"), marriages, "born to", and the siblings and
spouses that follow from children named together."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import confidence, declare
from kgraph.extract.relations.common import (
    SoFar,
    fact,
    lemma_of,
    pairs,
    persons_of,
    prep_objects,
    sentence_at,
)
from kgraph.extract.toolkit import Found, entity_at, entity_of, entity_type, subject_of, tokens_with_lemma
from kgraph.types import Relation

_DESCRIBED = ("relations.descriptors",)
KIN_NOUN = declare(
    "relations.kinship.kin_noun", "relation",
    'A kinship noun describing a person names their child, parent, spouse or sibling: "his '
    'daughter, Mara", "the son of X and Y", "X had a son, Y"', prior=0.9, needs=_DESCRIBED)
OTHER_RELATIVE = declare(
    "relations.kinship.other_relative", "relation",
    'A kinship noun of another relative (relatedTo): "his cousin, Y", "the nephew of X"',
    prior=0.8, needs=_DESCRIBED)
CO_SIBLINGS = declare(
    "relations.kinship.co_siblings", "relation",
    'People named together as someone\'s children or siblings are siblings: "his sons, Tom and Ben"',
    prior=0.75, needs=_DESCRIBED)
MARRY_VERB = declare(
    "relations.kinship.marry_verb", "relation",
    '"X married Y", "X is married to Y", "X and Y married", "before marrying him"', prior=0.85)
MARRIAGE_NOUN = declare(
    "relations.kinship.marriage_noun", "relation", '"X\'s marriage to Y", "his wedding with Y"',
    prior=0.8)
BORN_TO = declare(
    "relations.kinship.born_to", "relation", '"X was born to Y and Z": Y and Z are X\'s parents',
    prior=0.85)
_CHILDREN = (KIN_NOUN.id, BORN_TO.id)  # the rules that make "children" facts
SHARED_PARENT = declare(
    "relations.kinship.shared_parent", "relation",
    "Two children of one parent, stated a sentence apart at most, are siblings (confidence: the "
    "lesser of the two facts' times the prior)", prior=0.9, needs=_CHILDREN)
CO_PARENTS = declare(
    "relations.kinship.co_parents", "relation",
    'Two parents named in one sentence for one child are spouses: "the son of A and B" (confidence: '
    "the lesser of the two facts' times the prior)", prior=0.85, needs=_CHILDREN)

# How sure the owner of "X and his wife Y" is X.
CONJOINED_OWNER_SURE = 0.95
# How sure the other parent of "had children with Y" is Y.
CO_PARENT_SURE = 0.9
# How sure plural "they" after a marriage is the couple.
COUPLE_SURE = 0.8


# --- kinship nouns ----------------------------------------------------------------------------

def kin_noun(ctx: DocContext, noun: Token, anchor: Token, person: Found, kind: str) -> Iterator[Relation]:
    """The family facts of a kinship noun ``noun`` of meaning ``kind`` describing ``person``."""
    if noun.i == anchor.i:  # "his son" alone names nobody
        return
    pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    for owner in _owners(ctx, noun):
        if owner.key != person.key and entity_type(ctx, owner.key) == "Person" and not (
                pronoun and _other_family(ctx, owner, person)):
            yield from _kin_relation(noun, anchor, person, owner, kind)


def _other_family(ctx: DocContext, owner: Found, relative: Found) -> bool:
    """Whether "his wife, Heidi" names the relative of another person than the one "his" was
    resolved to: the relative's surname is not the owner's but another person's of the article
    ("Trump had attacked his wife, Heidi" in a story on Ted Cruz, where she is Heidi Cruz)."""
    surname = ctx.entity(relative.key).name.split()
    if len(surname) < 2 or ctx.entity(owner.key).name.split()[-1] == surname[-1]:
        return False
    return any(e.type == "Person" and e.key not in (relative.key, owner.key) and len(e.name.split()) > 1
               and e.name.split()[-1] == surname[-1] for e in ctx.entities)


def _kin_relation(noun: Token, anchor: Token, person: Found, owner: Found, kind: str
                  ) -> Iterator[Relation]:
    toks = (anchor, noun)
    if kind == "child":
        yield fact(KIN_NOUN, owner, "children", toks, obj=person)
    elif kind == "parent":
        if noun.lower_ in lx.KINSHIP_TITLES and noun.dep_ == "compound":
            return
        yield fact(KIN_NOUN, person, "children", toks, obj=owner)
    elif kind == "spouse":
        yield fact(KIN_NOUN, owner, "spouse", toks, obj=person)
    elif kind == "sibling":
        yield fact(KIN_NOUN, owner, "sibling", toks, obj=person)
    else:
        yield fact(OTHER_RELATIVE, owner, "relatedTo", toks, obj=person)


def _owner(ctx: DocContext, noun: Token) -> Found | None:
    owners = _owners(ctx, noun)
    return owners[0] if owners else None


def _owners(ctx: DocContext, noun: Token) -> list[Found]:
    """Whose relative a noun names: "his/Okafor's son", "the son of X and Y", "X had a son"."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON" and noun.dep_ == "conj" and ctx.entity_key_at(noun.head):
                # "X and his wife Y": the pronoun is X, whatever else came before.
                return [Found(ctx.entity_key_at(noun.head) or "", CONJOINED_OWNER_SURE, noun.head)]
            found = entity_at(ctx, child)
            return [found] if found else []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return [p for o in child.children if o.dep_ == "pobj" for p in persons_of(ctx, o)]
    if noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "survive"):
        verb = noun.head
        subj = subject_of(verb)
        if subj is not None and subj.lower_ == "they" and noun.head.lemma_ == "have":
            return _couple_before(ctx, subj)
        parents = persons_of(ctx, subj)
        if parents and verb.lemma_ == "have":
            parents += _co_parent(ctx, verb)
        return parents
    return []


def _co_parent(ctx: DocContext, verb: Token) -> list[Found]:
    """The other parent of "had children with Y" / "Y, with whom he had children"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.lower_ == "whom" and verb.dep_ == "relcl":
                    found = entity_of(ctx, verb.head)
                else:
                    found = entity_of(ctx, pobj)
                if found is not None and entity_type(ctx, found.key) == "Person":
                    return [Found(found.key, CO_PARENT_SURE, found.token)]
    return []


def _couple_before(ctx: DocContext, they: Token) -> list[Found]:
    """The married couple plural "they" stands for: the last pair wed in this or the sentence before.

    Only when nobody else is named between the couple and "they", so "they" cannot be others.
    The couples are the marriage rules' facts (those the run lets make facts).
    """
    sent = ctx.sentence_index(they)
    couples = [r for r in marriage(ctx) if r.object and r.evidence[1] <= they.idx and ctx.on(r.rule)]
    if not couples:
        return []
    last = max(couples, key=lambda r: r.evidence[1])
    start = ctx.doc.char_span(last.evidence[0], last.evidence[1], alignment_mode="expand")
    if start is None or sent - ctx.sentence_index(start[0]) > 1:
        return []
    between = {ctx.entity_key_at(i) for i in range(start.end, they.i)} - {None}
    people = {k for k in between if entity_type(ctx, k or "") == "Person"}
    if people - {last.subject, last.object}:
        return []
    return [Found(last.subject, COUPLE_SURE, None), Found(last.object or "", COUPLE_SURE, None)]


# --- inferred from other facts ----------------------------------------------------------------

def co_siblings(ctx: DocContext, so_far: SoFar) -> Iterator[Relation]:
    """People named together as someone's children or siblings are siblings of each other."""
    by_noun: dict[int, list[tuple[Token, Found]]] = {}
    for noun, anchor, person in so_far.described:
        if lemma_of(noun) in lx.KINSHIP and lx.KINSHIP[lemma_of(noun)] in ("child", "sibling"):
            by_noun.setdefault(noun.i, []).append((anchor, person))
    for i, people in by_noun.items():
        noun = ctx.doc[i]
        plural_siblings = noun.tag_ == "NNS" and lx.KINSHIP[lemma_of(noun)] == "sibling"
        if len(people) < 2 or not (plural_siblings or _owner(ctx, noun)):
            continue
        for a, (ta, pa) in enumerate(people):
            for tb, pb in people[a + 1:]:
                if pa.key != pb.key:
                    yield fact(CO_SIBLINGS, pa, "sibling", (ctx.doc[i], ta, tb), obj=pb)


def shared_parents(ctx: DocContext, so_far: SoFar) -> Iterator[Relation]:
    """Two children of one parent are siblings (Wikidata counts half-siblings too)."""
    kids: dict[str, list[Relation]] = {}
    for r in so_far.facts:
        if r.predicate == "children" and r.object:
            kids.setdefault(r.subject, []).append(r)
    prior = SHARED_PARENT.prior or 0.0
    for rels in kids.values():
        for a, ra in enumerate(rels):
            for rb in rels[a + 1:]:
                # Only facts stated close together: a parent named again far away is too often a
                # namesake merged into one entity.
                if abs(sentence_at(ctx, ra.evidence[0]) - sentence_at(ctx, rb.evidence[0])) > 1:
                    continue
                if ra.object != rb.object and rb.object:
                    span = (min(ra.evidence[0], rb.evidence[0]), max(ra.evidence[1], rb.evidence[1]))
                    conf = round(min(ra.confidence, rb.confidence) * prior, 3)
                    yield Relation(ra.object or "", "sibling", span, confidence(SHARED_PARENT.id, conf),
                                   rb.object, rule=SHARED_PARENT.id)


def co_parents(ctx: DocContext, so_far: SoFar) -> Iterator[Relation]:
    """Two parents named together for one child ("the son of A and B") are spouses.

    Wikidata keeps parents of a common child as spouses when they were married, which is what a
    biography naming both parents side by side nearly always reports.
    """
    parents: dict[tuple[str, int], list[Relation]] = {}
    for r in so_far.facts:
        if r.predicate == "children" and r.object:
            parents.setdefault((r.object, sentence_at(ctx, r.evidence[0])), []).append(r)
    prior = CO_PARENTS.prior or 0.0
    for rels in parents.values():
        for a, ra in enumerate(rels):
            for rb in rels[a + 1:]:
                if ra.subject != rb.subject:
                    span = (min(ra.evidence[0], rb.evidence[0]), max(ra.evidence[1], rb.evidence[1]))
                    conf = round(min(ra.confidence, rb.confidence) * prior, 3)
                    yield Relation(ra.subject, "spouse", span, confidence(CO_PARENTS.id, conf),
                                   rb.subject, rule=CO_PARENTS.id)


# --- marriage and birth -----------------------------------------------------------------------

def marriage(ctx: DocContext) -> Iterator[Relation]:
    """"X married Y", "X is married to Y", "X and Y married", "X's marriage to Y"."""
    lowers = ctx.token_lowers()
    words = lx.MARRY_VERBS | lx.MARRIAGE_NOUNS
    for i, lemma in enumerate(ctx.token_lemmas()):
        if lemma not in words and lowers[i] != "married":
            continue
        tok = ctx.doc[i]
        if lemma in lx.MARRY_VERBS or lowers[i] == "married":
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            subj = subject_of(tok) if tok.pos_ == "VERB" else subject_of(tok.head)
            if subj is None and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and \
                    tok.head.lower_ in ("before", "after", "since") and \
                    tok.head.head.pos_ in ("VERB", "AUX"):
                subj = subject_of(tok.head.head)  # "She starred in films before marrying him"
            subjects = persons_of(ctx, subj)
            partners = [p for c in tok.children if c.dep_ == "dobj" for p in persons_of(ctx, c)]
            partners += prep_objects(ctx, tok, ("to",))
            if not partners and len(subjects) == 2:
                subjects, partners = subjects[:1], subjects[1:]
            yield from pairs(ctx, MARRY_VERB, subjects, partners, "spouse", tok)
        elif lemma in lx.MARRIAGE_NOUNS:
            owners = [f for c in tok.children if c.dep_ == "poss" for f in [entity_at(ctx, c)] if f]
            yield from pairs(ctx, MARRIAGE_NOUN, owners, prep_objects(ctx, tok, ("to", "with")),
                             "spouse", tok)


def born_to(ctx: DocContext) -> Iterator[Relation]:
    """"X was born to Y and Z" -> Y and Z are X's parents."""
    for tok in tokens_with_lemma(ctx, {"bear"}):
        if tok.lemma_.lower() == "bear" and tok.tag_ == "VBN":
            children = persons_of(ctx, subject_of(tok))
            parents = prep_objects(ctx, tok, ("to",))
            for parent in parents:
                yield from pairs(ctx, BORN_TO, [parent], children, "children", tok)
