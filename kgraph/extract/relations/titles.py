"""Titles and roles: a person's job title ("the chief executive of NLG, Henrik Lindqvist") and
the organisation the role ties them to (worksFor, memberOf or affiliation)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import confidence, declare
from kgraph.extract.relations.common import before_name, fact, lemma_of, of_object, titleish
from kgraph.extract.relations.descriptors import COREFERENT_SURE
from kgraph.extract.relations.timing import FUTURE_WORDS, PAST_WORDS, kept_word, role_time
from kgraph.extract.toolkit import Found, age_of_head, entity_at, entity_of, entity_type
from kgraph.types import Predicate, Relation

_DESCRIBED = ("relations.descriptors",)
JOB_TITLE = declare(
    "relations.titles.job_title", "relation",
    'A role or title noun describing a person is their job title: "Ilse Brandt, a German novelist", '
    '"Chancellor Olaf Scholz"', prior=0.85, needs=_DESCRIBED)
TITLE_OF_ORG = declare(
    "relations.titles.title_of_org", "relation",
    'The organisation of a person\'s role: "the chief executive of NLG, Henrik Lindqvist", "NLG\'s '
    'lawyer X", "X, a member of Labour" (memberOf, affiliation for heads, else worksFor)',
    prior=0.8, needs=_DESCRIBED)
FORMER_TITLE = declare(
    "relations.titles.former_title", "relation",
    'A role "former" or "ex-" puts in the past is a job title with the word: "former Home Secretary '
    'David Blunkett" (and no employer or membership)', prior=0.8, needs=_DESCRIBED)
RESOLVED_TITLE = declare(
    "relations.titles.resolved_title", "relation",
    'The title of a description coreference resolved, when the text gives the person that title at '
    'the name too: "President Obama ... the president said" (else none: "the minister" of a photo '
    'caption, "the president" resolved to the wrong Obama)', prior=0.85, needs=_DESCRIBED)
ALSO_OF = declare(
    "relations.titles.also_of", "relation",
    'A second organisation of the same role: "a member of A (since 2008) and of B"', prior=0.75,
    needs=_DESCRIBED)

NOT_TITLES: frozenset[str] = words("relations", "not_title_roles")
NOT_JOBS: frozenset[str] = words("relations", "not_job_nouns")
LED_NOUNS: frozenset[str] = words("relations", "led_nouns")
FIRM_NOUNS: frozenset[str] = words("relations", "firm_nouns")
RELATIONAL_SUFFIXES: tuple[str, ...] = tuple(sorted(words("relations", "relational_suffixes")))
ROLE_ORG_PREPS: tuple[str, ...] = tuple(sorted(words("relations", "role_org_preps")))
AWARD_WORDS: frozenset[str] = words("relations", "award_words")
RANK_QUALIFIERS: frozenset[str] = words("relations", "rank_qualifiers")
AWARD_PERIODS: frozenset[str] = words("relations", "award_periods")
POST_NOUNS: frozenset[str] = (words("relations", "post_nouns") | lx.HEAD_NOUNS | lx.NATIONAL_OFFICES
                              | lx.NATIONAL_LEGISLATORS)


def title_facts(ctx: DocContext, noun: Token, anchor: Token, person: Found) -> Iterator[Relation]:
    """The job title a noun describing ``person`` gives, and the organisations of the role."""
    lemma = lemma_of(noun)
    if not (lemma in lx.TITLE_NOUNS or titleish(noun)) or lemma in NOT_JOBS | lx.LEARNER_NOUNS \
            or award_category(noun):
        return  # a student is no job, and neither works at nor belongs to a university
    if (lemma in LED_NOUNS and not _led(ctx, noun)) or (
            lemma in FIRM_NOUNS and _organisation_of(ctx, noun) is None):
        return
    first, last = hyphen_word(noun)
    if (last != noun.i and titleish(noun.doc[last])) or noun.doc[first:last + 1].text.lower() in NOT_JOBS:
        return  # "Vice" of "Vice-President": the last part gives the title; "front-runner"
    if noun.tag_ in ("NNS", "NNPS") and not _listed(ctx, anchor):
        return  # "Mr Finnie, representatives of the Royal Society and ...": a plural for one name
    title = title_text(ctx, noun)
    when = role_time(ctx, noun, anchor)
    if when is not None:  # a former or future role: no current title, employer or membership
        said, word = when
        if said == "past" and word is not None and kept_word(word) and lemma not in NOT_TITLES:
            low = word.text.lower()
            yield fact(FORMER_TITLE, person, "jobTitle", (anchor, noun, word),
                       value=f"{low}-{title}" if low == "ex" else f"{low} {title}")
        elif said == "past" and word is None and lemma not in NOT_TITLES and not _post(ctx, noun, lemma):
            # "Helen Carter was an American physicist": an occupation outlives the tense, a post
            # ("she was secretary of state", "a partner at Hogan & Hartson") does not.
            yield fact(JOB_TITLE, person, "jobTitle", (anchor, noun), value=title)
        return
    if lemma not in NOT_TITLES:
        yield fact(JOB_TITLE, person, "jobTitle", (anchor, noun), value=title)
    org = _organisation_of(ctx, noun)
    if org is not None:
        yield fact(TITLE_OF_ORG, person, _org_predicate(ctx, title, org), (anchor, noun), obj=org)
        for other in _also_of(ctx, noun):  # "a member of A (since 2008) and of B"
            if other.key not in (org.key, person.key):
                yield fact(ALSO_OF, person, _org_predicate(ctx, title, other), (anchor, noun), obj=other)


def _listed(ctx: DocContext, anchor: Token) -> bool:
    """Whether the name a plural noun describes is one of several: "athletes A and B"."""
    return (anchor.dep_ == "conj" and ctx.entity_key_at(anchor.head) is not None) or any(
        c.dep_ == "conj" and ctx.entity_key_at(c) not in (None, ctx.entity_key_at(anchor))
        for c in anchor.children)


def _led(ctx: DocContext, noun: Token) -> bool:
    """Whether a noun of leading says what is led: a noun, name, possessor, demonym or party word
    before it ("Tory leader", "the North's leader", "Palestinian leader", "division head"), a
    phrase after it ("head of research"), or it is a title in capitals before a name ("Leader
    Michael Howard")."""
    if noun.is_title and before_name(ctx, noun) and not noun.is_sent_start:
        return True
    if noun.i > 0 and ctx.entity_key_at(noun.i - 1) not in (None, ctx.entity_key_at(noun)):
        return True  # "National Bureau of Statistics chief", however the parser hung the name
    mods = [c for c in noun.children if c.i < noun.i]
    if before_name(ctx, noun):
        mods += [c for c in noun.head.children if c.i < noun.i]
    for c in mods:
        if c.dep_ in ("poss", "compound", "nmod") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if c.dep_ in ("amod", "compound") and (ctx.entity_key_at(c) is not None or c.ent_type_ in
                                                ("NORP", "ORG", "GPE") or c.is_title):
            return True
        if c.dep_ == "amod" and (c.lower_ in lx.ROLE_MODIFIERS or (
                c.pos_ == "ADJ" and c.lower_.endswith(RELATIONAL_SUFFIXES))):
            return True  # a field led: "military leader", "political chief" (not "hot head")
    return any(c.dep_ == "prep" and c.lower_ in ROLE_ORG_PREPS + ("in",) for c in noun.children)


def award_category(noun: Token) -> bool:
    """A role noun naming an award: "best actor", "a best new artist Grammy", "player of the year",
    "Technology Leader of the Year"."""
    if any(t.lower_ in AWARD_WORDS for c in noun.children if c.i < noun.i and c.dep_ != "poss"
           for t in c.subtree):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in AWARD_PERIODS and any(d.lower_ == "the" for d in o.children)
        for o in c.children) for c in noun.children)


def confirmed_titles(named: list[Relation], resolved: list[list[Relation]]) -> Iterator[Relation]:
    """The facts of descriptions coreference resolved (``resolved``, one list per noun) whose job
    title a descriptor at a name gave the same person (``named``): the title then says nothing
    coreference alone decided, and the organisation of the same noun is kept with it."""
    at_name: dict[str, list[list[str]]] = {}
    for r in named:
        if r.predicate == "jobTitle":
            at_name.setdefault(r.subject, []).append(_title_words(r))
    for facts in resolved:
        if not any(r.predicate == "jobTitle" and any(_same_post(_title_words(r), other)
                                                     for other in at_name.get(r.subject, ()))
                   for r in facts):
            continue
        for r in facts:
            if r.rule == JOB_TITLE.id:
                raw = round((RESOLVED_TITLE.prior or 0.0) * COREFERENT_SURE, 3)
                r = replace(r, rule=RESOLVED_TITLE.id, confidence=confidence(RESOLVED_TITLE.id, raw))
            yield r


def _title_words(r: Relation) -> list[str]:
    return str(r.value).lower().replace("-", " ").split()


def _same_post(resolved: list[str], named: list[str]) -> bool:
    """Whether a resolved title names the post a title at the name names: "the presenter" and "TV
    presenter", "the foreign secretary" and "Foreign Secretary"; not "the foreign secretary" and
    "Shadow Foreign Secretary", nor "the governor" and "former governor", whose extra word makes
    it another post."""
    extra = set(named) - set(resolved)  # "shadow", "deputy", "former" make it another post
    return bool(resolved) and resolved[-1] == named[-1] and set(resolved) <= set(named) and not (
        extra & (RANK_QUALIFIERS | PAST_WORDS | FUTURE_WORDS))


def _post(ctx: DocContext, noun: Token, lemma: str) -> bool:
    """A post held for a time rather than an occupation: an office or a seat ("secretary",
    "senator", "member"), a title in capitals, or any role of someone or something ("the bill's
    floor manager", "a partner at Hogan & Hartson", "an official within the Pentagon")."""
    return (lemma in POST_NOUNS or noun.is_title or any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.i > noun.i) for c in noun.children)
        or _organisation_of(ctx, noun) is not None)


def _organisation_of(ctx: DocContext, noun: Token) -> Found | None:
    """The organisation a role noun ties to: "NLG's", "of/for/at NLG", "NLG chief executive"."""
    candidates: list[Found | None] = []
    children = list(noun.children)
    if before_name(ctx, noun):
        children += [c for c in noun.head.children if c.i < noun.i]
    for child in children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.i < noun.i):
            candidates.append(entity_at(ctx, child) if child.pos_ == "PROPN" else None)
            for sub in child.children:
                if sub.dep_ == "compound":
                    candidates.append(entity_at(ctx, sub) if sub.pos_ == "PROPN" else None)
    candidates.append(of_object(ctx, noun, ROLE_ORG_PREPS))
    for c in candidates:
        if c is not None and entity_type(ctx, c.key) == "Organization":
            return c
    return None


def _also_of(ctx: DocContext, noun: Token) -> list[Found]:
    """Organisations of a second "of" phrase the parser conjoined to the first or to the copula:
    "a member of A and of B"."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    seconds = [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "of"]
    if noun.dep_ == "attr":
        seconds += [c for c in noun.head.children if c.dep_ == "conj" and c.lower_ == "of"]
    found = [entity_of(ctx, o) for p in seconds for o in p.children if o.dep_ == "pobj"]
    return [f for f in found if f is not None and entity_type(ctx, f.key) == "Organization"]


def _org_predicate(ctx: DocContext, title: str, org: Found) -> Predicate:
    """memberOf for members and parties, affiliation for heads and spokespeople, else worksFor."""
    title_words = title.lower().replace("-", " ").split()  # "co-founder" is a founder
    name = ctx.entity(org.key).name.lower()
    if title_words[-1] in lx.MEMBER_NOUNS or "party" in name.split():
        return "memberOf"
    if any(w in lx.HEAD_NOUNS for w in title_words):
        return "affiliation"
    return "worksFor"


def hyphen_word(noun: Token) -> tuple[int, int]:
    """First and last token of the hyphenated word ``noun`` is part of ("vice-president",
    "writer-director", "co-chairman"), which the parser splits into siblings; a time word stays
    out ("ex-chairman" is read by relations.timing)."""
    doc, first, last = noun.doc, noun.i, noun.i

    def joined(i: int) -> bool:  # doc[i] "-" doc[i + 2], written without spaces
        return (i >= 0 and i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
                and not doc[i + 1].whitespace_ and doc[i].is_alpha and doc[i + 2].is_alpha)

    while joined(first - 2) and doc[first - 2].lower_ not in PAST_WORDS | FUTURE_WORDS:
        first -= 2
    while joined(last):
        last += 2
    return first, last


def title_text(ctx: DocContext, noun: Token) -> str:
    """A role as written, without articles, ages, demonyms, names and time words."""
    first, last = hyphen_word(noun)
    word = noun.doc[first:last + 1]
    keep = [noun]
    modifiers = [c for t in word for c in t.children if c.i < first]
    if before_name(ctx, noun):  # "NLG's chief executive Henrik Lindqvist": siblings too
        modifiers += [c for c in noun.head.children if c.i < first]
    own = ctx.entity_key_at(noun)
    for child in modifiers:
        if child.dep_ in ("compound", "amod") and _title_modifier(ctx, child, own):
            keep.extend(t for t in child.subtree if _title_modifier(ctx, t, own) and t.i < first)
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of and noun.text[:1].isupper():  # "Minister of Transport", "Secretary of State"
        pobj = [c for c in of[0].children if c.dep_ == "pobj"]
        if pobj and not ctx.entity_key_at(pobj[0]) and all(t.is_title or t.lower_ in ("and", "the")
                                                           for t in pobj[0].subtree):
            keep.extend([of[0], *pobj[0].subtree])
    keep.sort(key=lambda t: t.i)
    text = word.text
    if noun.tag_ in ("NNS", "NNPS") and noun.lemma_ and noun.lemma_.lower() != noun.lower_:
        # "Greek athletes A and B": each is an athlete
        lemma = noun.lemma_.capitalize() if noun.text[:1].isupper() else noun.lemma_.lower()
        text = text[: len(text) - len(noun.text)] + lemma
    return " ".join(text if t.i == noun.i else t.text for t in dict.fromkeys(keep))


def _title_modifier(ctx: DocContext, tok: Token, own: str | None = None) -> bool:
    """A word of the title; ``own`` is the entity of the title's own mention ("the prime
    minister" resolved to Blair), whose words are the title's, not another entity's name."""
    low = tok.lower_
    key = ctx.entity_key_at(tok)
    if (key is not None and key != own) or tok.is_punct or tok.like_num or low in lx.NON_TITLE_MODIFIERS:
        return False
    if tok.pos_ in ("DET", "PRON", "NUM") or tok.dep_ == "poss" or age_of_head(tok) is not None:
        return False
    if tok.ent_type_ in ("NORP", "DATE", "CARDINAL", "ORDINAL"):
        return False
    if tok.dep_ == "amod" and tok.pos_ in ("ADJ", "VERB"):
        return low in lx.ROLE_MODIFIERS or tok.is_title
    return tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
