"""Who a noun describes: the nouns that say what a named person is ("his daughter, Mara",
"Chancellor Olaf Scholz", "X is a German racer"), which the kinship, title and modifier rules read."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import Rule, declare
from kgraph.extract.relations.common import Described, is_passive, lemma_of, titleish
from kgraph.extract.toolkit import (
    MALE_PRONOUNS,
    SUBJECT_DEPS,
    Found,
    conjuncts,
    entity_at,
    entity_of,
    entity_type,
    person_here,
    subject_of,
)

# Each construction that ties a noun to a person is a rule of kind "descriptor": it makes no fact
# of its own, and switching it off takes away the facts the other rules read off its nouns.
TITLE_BEFORE_NAME = declare(
    "relations.descriptors.title_before_name", "descriptor",
    'A title, role or kinship noun before a name: "Chancellor Olaf Scholz", "drummer Stephen Morris"')
KIN_NOUN_BEFORE_NAMES = declare(
    "relations.descriptors.kin_noun_before_names", "descriptor",
    'A plural kinship noun whose names the parser made its conjuncts: "four children, Beatrice, '
    'Lilianne and Marcel"')
NAME_IN_APPOSITION = declare(
    "relations.descriptors.name_in_apposition", "descriptor",
    'A name in apposition to the noun before it: "his daughter, Mara", "his sons, Tom and Ben"')
ROLE_BEFORE_NAME_ON_ORG = declare(
    "relations.descriptors.role_before_name_on_org", "descriptor",
    'A role before a name the parser hung on the organisation: "the chief executive of NLG, '
    'Henrik Lindqvist"')
BORN_THE_CHILD_OF = declare(
    "relations.descriptors.born_the_child_of", "descriptor",
    'A kinship noun after "born in P,": "He was born in Rome, the son of Y" (the son is who was born)')
COREFERENT_NOUN = declare(
    "relations.descriptors.coreferent_noun", "descriptor",
    'A noun coreference resolved to a person: "the minister", "the eldest son of X"')
APPOSITION = declare(
    "relations.descriptors.apposition", "descriptor",
    'A noun in apposition after a name: "Mara, his daughter", "Ilse Brandt, a German novelist"')
SECOND_APPOSITION = declare(
    "relations.descriptors.second_apposition", "descriptor",
    'A second apposition after a title: "Philippe, Duke of Anjou, younger son of Louis XIII"')
KIN_SUBJECT = declare(
    "relations.descriptors.kin_subject", "descriptor",
    'A kinship noun whose verb lists the names: "His children included A, B and C", "Her sisters '
    'are A and B"')
APPOINTED_AS = declare(
    "relations.descriptors.appointed_as", "descriptor",
    '"as" after a verb of appointing describes its object: "Grant appointed Wallace as a judge"')
COPULA = declare(
    "relations.descriptors.copula", "descriptor",
    'A noun after a copula or as a predicate: "X is a German racer", "X, who is a critic of Y", '
    '"X was elected a member of Y"')
SERVED_AS = declare(
    "relations.descriptors.served_as", "descriptor",
    '"as" and a noun after a verb: "X served as head of Y", "she was elected as a judge"')
CONJUNCT = declare(
    "relations.descriptors.conjunct", "descriptor",
    'A noun conjoined to a descriptor: "a novelist and climate activist"')

# How sure a person is behind a noun coreference resolved to them.
COREFERENT_SURE = 0.9
# How sure the subject of the sentence before is the pronoun after "Born in P, the son of Y,".
EARLIER_SUBJECT_SURE = 0.8


def descriptors(ctx: DocContext) -> Iterator[Described]:
    """(descriptor noun, anchor token, person) for every noun that describes a named person.

    Covers appositions either way ("Mara, his daughter" / "his daughter, Mara"), titles before a
    name ("Chancellor Olaf Scholz"), copulas ("X is a German racer", "X, who is a critic of Y"),
    "X served as head of Y", nouns coreference resolved ("the 52-year-old minister"), and
    conjoined descriptors ("a novelist and climate activist"). A switched-off descriptor rule
    yields none.
    """
    seen: set[tuple[int, str, bool]] = set()
    for noun, anchor, found, made_by in _raw_descriptors(ctx):
        if not ctx.on(made_by.id):
            continue
        for n in _with_conjuncts(noun):
            if n.i != noun.i and not ctx.on(CONJUNCT.id):
                continue
            # A noun coreference resolved to the person ("Carol was the eldest son of X": "the
            # eldest son" is Carol) must not hide the same noun anchored on the name.
            k = (n.i, found.key, anchor.i == n.i)
            if k not in seen and entity_type(ctx, found.key) == "Person":
                seen.add(k)
                yield n, anchor, found


def _raw_descriptors(ctx: DocContext) -> Iterator[tuple[Token, Token, Found, Rule]]:
    for tok in _descriptor_candidates(ctx):
        if tok.pos_ == "PROPN" and ctx.entity_key_at(tok):
            yield from _name_descriptors(ctx, tok)
            continue
        if tok.pos_ == "ADJ" and not _adjective_noun(ctx, tok):
            continue
        if lemma_of(tok) in lx.KINSHIP and _born_before(ctx, tok) is not None:
            # "He was born in Rome, the son of Y": the son is who was born, not Rome.
            born = _born_subject(ctx, tok, _born_before(ctx, tok))
            if born is not None:
                yield tok, born[0], born[1], BORN_THE_CHILD_OF
            continue
        own = ctx.entity_key_at(tok)
        if own is not None:  # a description coreference resolved ("the minister")
            yield tok, tok, Found(own, COREFERENT_SURE), COREFERENT_NOUN
        if tok.dep_ == "appos":
            found = entity_of_name(ctx, tok.head)
            if found is None and tok.head.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") \
                    and not ctx.entity_key_at(tok.head) and titleish(tok.head):
                # "Philippe, Duke of Anjou, younger son of Louis XIII": a second apposition.
                found = entity_of_name(ctx, tok.head.head)
                if found:
                    yield tok, tok.head.head, found, SECOND_APPOSITION
            elif found:
                yield tok, tok.head, found, APPOSITION
        if tok.dep_ == "nsubj" and lemma_of(tok) in lx.KINSHIP and tok.head.lemma_ in ("include", "be"):
            # "His children included A, B and C", "Her sisters are A and B".
            for obj in tok.head.children:
                if obj.dep_ in ("dobj", "attr"):
                    for t in conjuncts(obj):
                        found = entity_of_name(ctx, t)
                        if found:
                            yield tok, t, found, KIN_SUBJECT
        appointer = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and appointer.lemma_.lower() in lx.APPOINT_VERBS \
                and not is_passive(appointer):
            # "Grant appointed Wallace as a judge of Y": the judge is Wallace.
            objs = [c for c in appointer.children if c.dep_ == "dobj"]
            found = entity_of(ctx, objs[0]) if objs else None
            if found is not None:
                yield tok, objs[0], found, APPOINTED_AS
            if objs:
                continue
        if tok.dep_ in ("attr", "oprd") or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            # "oprd": "X was elected a member of Y".
            made_by = COPULA if tok.dep_ in ("attr", "oprd") else SERVED_AS
            verb = tok.head if tok.dep_ in ("attr", "oprd") else tok.head.head
            subj = subject_of(verb) if verb.pos_ in ("AUX", "VERB") else None
            if subj is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("AUX", "VERB"):
                subj = subject_of(verb.head)  # "she happened to be the daughter of X"
            if tok.dep_ == "attr":
                # "Louis Chollet (5 April 1815 in Paris - ...) was a French organist": the parser
                # may pick a word inside the bracket as the subject, or none.
                subj = _bracketed_subject(ctx, verb) or subj
            # Conjoined subjects share the copula ("A and B were the children of C"); a relative
            # pronoun's antecedent does not bring its conjuncts.
            subjects = [] if subj is None else (
                conjuncts(subj) if subj.head.i == verb.i and subj.dep_ in SUBJECT_DEPS else [subj])
            for s in subjects:
                found = entity_of_name(ctx, s) if s is subj else entity_of(ctx, s)
                if found:
                    yield tok, s, found, made_by


def _descriptor_candidates(ctx: DocContext) -> Iterator[Token]:
    """Nouns and names, and adjectives that end like a person noun ("mathematician" tagged ADJ)."""
    doc, tags, lowers = ctx.doc, ctx.token_pos(), ctx.token_lowers()
    suffixes = lx.AGENT_SUFFIXES
    hits = [i for i, tag in enumerate(tags)
            if tag == NOUN or tag == PROPN or (tag == ADJ and lowers[i].endswith(suffixes))]
    for i in hits:
        yield doc[i]


def _adjective_noun(ctx: DocContext, tok: Token) -> bool:
    """A person noun the tagger called an adjective: "was an Italian mathematician"."""
    return (tok.dep_ == "attr" and tok.lower_.endswith(lx.AGENT_SUFFIXES) and ctx.entity_key_at(tok) is None
            and any(c.dep_ == "det" for c in tok.children))


def _bracketed_subject(ctx: DocContext, verb: Token) -> Token | None:
    """The name opening a sentence whose bracket the parser lost the subject in: "Zevs (born
    Christophe Schwarz on 17 November 1977 in Saverne) is a French street artist"."""
    doc, start = ctx.doc, verb.sent.start
    j = verb.i - 1
    if j > start and doc[j].text == ",":
        j -= 1
    if j <= start or doc[j].text != ")":
        return None
    depth, k = 0, j
    while k > start:
        depth += {")": 1, "(": -1}.get(doc[k].text, 0)
        if depth == 0:
            break
        k -= 1
    if depth != 0 or doc[k].text != "(" or k == start:
        return None
    key = ctx.entity_key_at(start)
    if key is None or ctx.entity_key_at(k - 1) != key or entity_type(ctx, key) != "Person" or any(
            ctx.entity_key_at(t) not in (key, None) or not (doc[t].pos_ == "PROPN" or doc[t].is_punct)
            for t in range(start, k)):
        return None  # 'Wilfried "Willi" Schneider (born ...)': a nickname may sit in the name
    return doc[k - 1]


def _name_descriptors(ctx: DocContext, name: Token) -> Iterator[tuple[Token, Token, Found, Rule]]:
    """Nouns hanging off a name token: a title before it, a noun it stands in apposition to."""
    key = ctx.entity_key_at(name)
    assert key is not None
    found = Found(key)
    for child in name.children:
        if child.dep_ in ("compound", "amod") and child.i < name.i and not ctx.entity_key_at(child):
            if child.pos_ in ("NOUN", "PROPN") and titleish(child):
                yield child, name, found, TITLE_BEFORE_NAME
    first = name
    while first.head.i < first.i and (first.dep_ == "conj" or _listed_after_name(ctx, first)):
        first = first.head
    plural = first.dep_ == "appos" and first.head.tag_ in ("NNS", "NNPS")
    if first is not name and first.tag_ == "NNS" and lemma_of(first) in lx.KINSHIP:
        # "four children, Beatrice, Lilianne and Marcel": the names are parsed as conjuncts.
        yield first, name, found, KIN_NOUN_BEFORE_NAMES
    elif first is not name and plural and ctx.entity_key_at(first):
        name = first  # "his sons, Tom and Ben": what holds for Tom holds for Ben
    if name.dep_ == "appos" and name.head.pos_ in ("NOUN", "PROPN"):
        head = name.head
        if lemma_of(head) in lx.KINSHIP and head.tag_ == "NN" and any(
                c.dep_ == "appos" and c.i < name.i and ctx.entity_key_at(c) not in (None, key)
                for c in head.children):
            return  # "his brother Louis, Charles Lorensz, John Prins": only Louis is the brother
        if not ctx.entity_key_at(head):
            yield head, name, found, NAME_IN_APPOSITION
        role = head.head.head
        if head.dep_ == "pobj" and role.pos_ == "NOUN" and titleish(role):
            # "the chief executive of NLG, Henrik Lindqvist": the parser hangs the name on NLG.
            yield role, name, found, ROLE_BEFORE_NAME_ON_ORG


def _born_before(ctx: DocContext, noun: Token) -> Token | None:
    """The "born" of "(X was) born in P, the son of Y" when ``noun`` is that kinship noun.

    The parser hangs "the son of Y" on the place or on the comma, so the words are read in order:
    "born", a place or date phrase, a comma, then the kinship noun with its determiner.
    """
    doc = ctx.doc
    start = noun.sent.start
    i = noun.i - 1
    while i >= start and doc[i].pos_ in ("DET", "ADJ", "NUM"):
        i -= 1  # "the third child", "the eldest son"
    if i < start or doc[i].text != ",":
        return None
    i -= 1
    while i >= start and doc[i].tag_ != "VBN" and (
            doc[i].pos_ in ("PROPN", "ADP", "PUNCT", "NUM", "DET") or ctx.entity_key_at(i)):
        i -= 1
    if i < start or doc[i].lemma_.lower() != "bear" or doc[i].tag_ != "VBN" \
            or doc[i + 1].lower_ not in ("in", "on", "at"):
        return None
    return doc[i]


def _born_subject(ctx: DocContext, noun: Token, born: Token | None) -> tuple[Token, Found] | None:
    """Who was born: the subject of "born", or of the clause a fronted "Born in P," modifies."""
    if born is None:
        return None
    subj = subject_of(born)
    if subj is None and born.dep_ == "advcl":
        subj = subject_of(born.head)  # "Born in Rome, the daughter of Y, she made ..."
    if subj is None:
        return None
    found = entity_of_name(ctx, subj)
    named_here = {k for t in noun.subtree for k in [ctx.entity_key_at(t)] if k is not None}
    if found is not None and found.key in named_here and subj.pos_ == "PRON":
        # "Born in Rome, the daughter of A and B, she ...": "she" is not A or B.
        found = _earlier_subject(ctx, born, subj, named_here)
    if found is None or entity_type(ctx, found.key) != "Person" or found.key in named_here:
        return None
    return subj, found


def _earlier_subject(ctx: DocContext, tok: Token, pron: Token, exclude: set[str]) -> Found | None:
    """The person subject of the sentence before ``tok``'s, of the pronoun's gender."""
    start = tok.sent.start
    if start == 0:
        return None
    gender = "male" if pron.lower_ in MALE_PRONOUNS else "female"
    for t in ctx.doc[start - 1].sent:
        if t.dep_ in SUBJECT_DEPS:
            key = person_here(ctx, t, gender)
            if key is not None and key not in exclude:
                return Found(key, EARLIER_SUBJECT_SURE, pron)
    return None


def _listed_after_name(ctx: DocContext, name: Token) -> bool:
    """True for the second name of a list the parser chained as appositions ("A, B, C")."""
    head = name.head
    return (name.dep_ == "appos" and head.pos_ == "PROPN" and name.pos_ == "PROPN"
            and ctx.entity_key_at(head) is not None and ctx.entity_key_at(name) is not None
            and ctx.entity_key_at(head) != ctx.entity_key_at(name)
            and head.dep_ in ("appos", "conj"))


def _with_conjuncts(noun: Token) -> Iterator[Token]:
    yield noun
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN":
            yield from _with_conjuncts(child)


# --- the words of descriptors -----------------------------------------------------------------

def entity_of_name(ctx: DocContext, token: Token) -> Found | None:
    """The entity of a name token, or of a pronoun standing for one."""
    return entity_at(ctx, token)
