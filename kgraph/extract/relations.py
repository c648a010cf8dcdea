"""Relations and attributes of people and organisations, read off the dependency parse."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Token

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.toolkit import (
    MALE_PRONOUNS,
    SUBJECT_DEPS,
    Found,
    age_of_head,
    conjuncts,
    entity_at,
    entity_of,
    entity_type,
    evidence_span,
    person_here,
    subject_of,
    tokens_with_lemma,
    tokens_with_pos,
)
from kgraph.names import ADDRESS_TITLES, is_title_word
from kgraph.types import Relation

# Role nouns that tie a person to an organisation but are no title of theirs.
_NOT_TITLES = {"member"}
_AFFILIATION_PREPS = {"of", "for", "at", "with", "to"}


# --- spans and records ------------------------------------------------------------------------

def _rel(subject: Found, predicate: str, conf: float, tokens: Iterable[Token], *,
         obj: Found | None = None, value: str | int | None = None) -> Relation:
    sure = subject.sure * (obj.sure if obj else 1.0)
    toks = [*tokens, *(f.token for f in (subject, obj) if f is not None and f.token is not None)]
    return Relation(subject.key, predicate, evidence_span(toks), round(conf * sure, 3),
                    obj.key if obj else None, value)


# --- who a noun describes ---------------------------------------------------------------------

def descriptors(ctx: DocContext) -> Iterator[tuple[Token, Token, Found]]:
    """(descriptor noun, anchor token, person) for every noun that describes a named person.

    Covers appositions either way ("Mara, his daughter" / "his daughter, Mara"), titles before a
    name ("Chancellor Olaf Scholz"), copulas ("X is a German racer", "X, who is a critic of Y"),
    "X served as head of Y", nouns coreference resolved ("the 52-year-old minister"), and
    conjoined descriptors ("a novelist and climate activist").
    """
    seen: set[tuple[int, str, bool]] = set()
    for noun, anchor, found in _raw_descriptors(ctx):
        for n in _with_conjuncts(noun):
            # A noun coreference resolved to the person ("Carol was the eldest son of X": "the
            # eldest son" is Carol) must not hide the same noun anchored on the name.
            k = (n.i, found.key, anchor.i == n.i)
            if k not in seen and entity_type(ctx, found.key) == "Person":
                seen.add(k)
                yield n, anchor, found


def _raw_descriptors(ctx: DocContext) -> Iterator[tuple[Token, Token, Found]]:
    for tok in _descriptor_candidates(ctx):
        if tok.pos_ == "PROPN" and ctx.entity_key_at(tok):
            yield from _name_descriptors(ctx, tok)
            continue
        if tok.pos_ == "ADJ" and not _adjective_noun(ctx, tok):
            continue
        if _lemma(tok) in lx.KINSHIP and _born_before(ctx, tok) is not None:
            # "He was born in Rome, the son of Y": the son is who was born, not Rome.
            born = _born_subject(ctx, tok, _born_before(ctx, tok))
            if born is not None:
                yield tok, born[0], born[1]
            continue
        own = ctx.entity_key_at(tok)
        if own is not None:  # a description coreference resolved ("the minister")
            yield tok, tok, Found(own, 0.9)
        if tok.dep_ == "appos":
            found = entity_of_name(ctx, tok.head)
            if found is None and tok.head.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") \
                    and not ctx.entity_key_at(tok.head) and _titleish(tok.head):
                # "Philippe, Duke of Anjou, younger son of Louis XIII": a second apposition.
                found = entity_of_name(ctx, tok.head.head)
                if found:
                    yield tok, tok.head.head, found
            elif found:
                yield tok, tok.head, found
        if tok.dep_ == "nsubj" and _lemma(tok) in lx.KINSHIP and tok.head.lemma_ in ("include", "be"):
            # "His children included A, B and C", "Her sisters are A and B".
            for obj in tok.head.children:
                if obj.dep_ in ("dobj", "attr"):
                    for t in conjuncts(obj):
                        found = entity_of_name(ctx, t)
                        if found:
                            yield tok, t, found
        appointer = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and appointer.lemma_.lower() in lx.APPOINT_VERBS \
                and not _is_passive(appointer):
            # "Grant appointed Wallace as a judge of Y": the judge is Wallace.
            objs = [c for c in appointer.children if c.dep_ == "dobj"]
            found = entity_of(ctx, objs[0]) if objs else None
            if found is not None:
                yield tok, objs[0], found
            if objs:
                continue
        if tok.dep_ in ("attr", "oprd") or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            # "oprd": "X was elected a member of Y".
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
                    yield tok, s, found


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


def _name_descriptors(ctx: DocContext, name: Token) -> Iterator[tuple[Token, Token, Found]]:
    """Nouns hanging off a name token: a title before it, a noun it stands in apposition to."""
    key = ctx.entity_key_at(name)
    assert key is not None
    found = Found(key)
    for child in name.children:
        if child.dep_ in ("compound", "amod") and child.i < name.i and not ctx.entity_key_at(child):
            if child.pos_ in ("NOUN", "PROPN") and _titleish(child):
                yield child, name, found
    first = name
    while first.head.i < first.i and (first.dep_ == "conj" or _listed_after_name(ctx, first)):
        first = first.head
    plural = first.dep_ == "appos" and first.head.tag_ in ("NNS", "NNPS")
    if first is not name and first.tag_ == "NNS" and _lemma(first) in lx.KINSHIP:
        # "four children, Beatrice, Lilianne and Marcel": the names are parsed as conjuncts.
        yield first, name, found
    elif first is not name and plural and ctx.entity_key_at(first):
        name = first  # "his sons, Tom and Ben": what holds for Tom holds for Ben
    if name.dep_ == "appos" and name.head.pos_ in ("NOUN", "PROPN"):
        head = name.head
        if _lemma(head) in lx.KINSHIP and head.tag_ == "NN" and any(
                c.dep_ == "appos" and c.i < name.i and ctx.entity_key_at(c) not in (None, key)
                for c in head.children):
            return  # "his brother Louis, Charles Lorensz, John Prins": only Louis is the brother
        if not ctx.entity_key_at(head):
            yield head, name, found
        role = head.head.head
        if head.dep_ == "pobj" and role.pos_ == "NOUN" and _titleish(role):
            # "the chief executive of NLG, Henrik Lindqvist": the parser hangs the name on NLG.
            yield role, name, found


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
    named_here = {ctx.entity_key_at(t) for t in noun.subtree} - {None}
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
                return Found(key, 0.8, pron)
    return None


def _listed_after_name(ctx: DocContext, name: Token) -> bool:
    """True for the second name of a list the parser chained as appositions ("A, B, C")."""
    head = name.head
    return (name.dep_ == "appos" and head.pos_ == "PROPN" and name.pos_ == "PROPN"
            and ctx.entity_key_at(head) is not None and ctx.entity_key_at(name) is not None
            and ctx.entity_key_at(head) != ctx.entity_key_at(name)
            and head.dep_ in ("appos", "conj"))


def entity_of_name(ctx: DocContext, token: Token) -> Found | None:
    """The entity of a name token, or of a pronoun standing for one."""
    return entity_at(ctx, token)


def _titleish(tok: Token) -> bool:
    low = tok.lower_
    return (tok.lemma_.lower() in lx.TITLE_NOUNS or low in lx.TITLE_NOUNS or low in lx.KINSHIP
            or (tok.is_title and is_title_word(tok.text) and low.strip(".") not in ADDRESS_TITLES))


def _with_conjuncts(noun: Token) -> Iterator[Token]:
    yield noun
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN":
            yield from _with_conjuncts(child)


def _lemma(tok: Token) -> str:
    low = tok.lower_
    return low if low in lx.KINSHIP or low in lx.TITLE_NOUNS else tok.lemma_.lower()


# --- the rules --------------------------------------------------------------------------------

def extract_relations(ctx: DocContext) -> list[Relation]:
    """Family, titles, employment and membership, nationality, age, location and stance."""
    found: list[Relation] = []
    described = list(descriptors(ctx))
    for noun, anchor, person in described:
        found.extend(_from_descriptor(ctx, noun, anchor, person))
    found.extend(_co_siblings(ctx, described, found))
    for rule in (_name_modifiers, _marriage, _born_to, _work_verbs, _stance_verbs,
                 _stance_nouns, _located, _country_memberships, _group_members, _party_nouns,
                 _bracketed_party, _national_phrases):
        found.extend(rule(ctx))
    found.extend(_shared_parents(ctx, found))
    found.extend(_co_parents(ctx, found))
    found.extend(_band_roles(ctx, described, found))
    return _dedupe([r for r in found if not _league_player(ctx, r)])


def _band_roles(ctx: DocContext, described: list[tuple[Token, Token, Found]],
                found: list[Relation]) -> Iterator[Relation]:
    """"Drummer Stephen Morris", "band member Reuben Wu" with no band named beside them: the band
    is the one band of the sentence, else the one band of the article."""
    players = [(noun, anchor, person) for noun, anchor, person in described
               if (_lemma(noun) in lx.BAND_ROLE_NOUNS or _lemma(noun) in ("singer", "member"))
               and not any(c.lower_ == "fellow" for c in noun.children)]  # "fellow guitarist X"
    players += _on_instrument(ctx)
    if not players:
        return
    bands = _bands(ctx)
    if not bands:
        return
    members = {r.subject for r in found if r.predicate == "memberOf"}
    doc_bands = set(bands.values())
    for noun, anchor, person in players:
        if person.key in members:
            continue  # "Coldplay singer Chris Martin": the band is named
        sent = ctx.sentence_index(noun)
        here = {key for i, key in bands.items() if ctx.sentence_index(ctx.doc[i]) == sent}
        # A singer or a member may belong to anything; "lead singer" and "band member" to a band,
        # which only a band named in the same sentence makes sure of for a bare "singer".
        sure = _lemma(noun) in lx.BAND_ROLE_NOUNS | lx.BAND_INSTRUMENTS or any(
            c.lower_ in ("lead", "band") for c in noun.children if c.i < noun.i)
        if len(here) == 1 and (sure or (_lemma(noun) == "singer" and _band_is_subject(ctx, bands, sent))):
            yield _rel(person, "memberOf", 0.6, (anchor, noun), obj=Found(here.pop()))
        elif not here and sure and len(doc_bands) == 1:
            yield _rel(person, "memberOf", 0.55, (anchor, noun), obj=Found(next(iter(doc_bands))))


def _band_is_subject(ctx: DocContext, bands: dict[int, str], sent: int) -> bool:
    """Whether the sentence is about the band: it is the subject of the main verb ("Joy Division was
    formed by A and B, later recruiting singer Ian Curtis"), not one of a list of acts."""
    root = ctx.doc[ctx.sentence_starts()[sent]].sent.root
    return any(c.dep_ in SUBJECT_DEPS and ctx.entity_key_at(c) in bands.values() for c in root.children)


def _on_instrument(ctx: DocContext) -> list[tuple[Token, Token, Found]]:
    """(instrument, name, person) for "featuring Jay Bentley on bass"."""
    doc, lowers = ctx.doc, ctx.token_lowers()
    if lx.BAND_INSTRUMENTS.isdisjoint(lowers):
        return []
    out = []
    for i in range(1, len(doc) - 1):
        if lowers[i] == "on" and lowers[i + 1] in lx.BAND_INSTRUMENTS:
            key = ctx.entity_key_at(i - 1)
            if key is not None and doc[i - 1].pos_ == "PROPN" and entity_type(ctx, key) == "Person":
                out.append((doc[i + 1], doc[i - 1], Found(key, 1.0, doc[i - 1])))
    return out


def _bands(ctx: DocContext) -> dict[int, str]:
    """Token -> band for every mention of an organisation the text calls a band or group ("rock
    group Led Zeppelin", "the band", a name with "Band" or "Orchestra")."""
    doc = ctx.doc
    keys = {e.key for e in ctx.entities
            if e.type == "Organization" and {w.lower() for w in e.name.split()} & lx.ENSEMBLE_NOUNS}
    spans = []  # (mention, its tokens) of every organisation mention
    for m in ctx.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if ctx.entity(m.entity).type == "Organization" and span is not None and len(span):
            spans.append((m, span))
    for m, span in spans:
        if m.kind == "nominal" and span.root.lemma_.lower() in lx.ENSEMBLE_NOUNS:
            keys.add(m.entity)  # coreference found "the band" for it
        elif m.kind == "name" and span.start > 0 and doc[span.start - 1].lemma_.lower() in lx.ENSEMBLE_NOUNS:
            keys.add(m.entity)  # "rock group Led Zeppelin"
    return {span.start: m.entity for m, span in spans if m.entity in keys}


def _league_player(ctx: DocContext, r: Relation) -> bool:
    """"NHL hockey player X": a player belongs to a team; a league's members are its teams."""
    if r.predicate not in ("memberOf", "worksFor") or not r.object or entity_type(ctx, r.subject) != "Person":
        return False
    name = ctx.entity(r.object).name
    return name.split()[-1].lower() == "league" or name in lx.LEAGUE_ACRONYMS


def _from_descriptor(ctx: DocContext, noun: Token, anchor: Token, person: Found
                     ) -> Iterator[Relation]:
    lemma = _lemma(noun)
    if lemma in lx.KINSHIP:
        yield from _kinship(ctx, noun, anchor, person, lx.KINSHIP[lemma])
        return
    if lemma in lx.OPPOSE_NOUNS or lemma in lx.SUPPORT_NOUNS:
        # "a critic of X" is a stance, not a job.
        target = _of_object(ctx, noun, ("of", "for"))
        if target is not None and target.key != person.key:
            pred = "opposes" if lemma in lx.OPPOSE_NOUNS else "supports"
            yield _rel(person, pred, 0.8, (anchor, noun), obj=target)
            return
    if lemma in lx.PARTY_ROLE_NOUNS:
        party = _party_of(ctx, noun)  # "a Republican member of X", "Democratic senator X"
        if party is not None:
            yield _rel(person, "memberOf", 0.8, (anchor, noun), obj=party)
    if lemma in lx.TITLE_NOUNS or _titleish(noun):
        title = title_text(ctx, noun)
        if lemma not in _NOT_TITLES:
            yield _rel(person, "jobTitle", 0.85, (anchor, noun), value=title)
        # A student at a university neither works there nor is a member (no educatedAt yet).
        org = _organisation_of(ctx, noun) if lemma not in lx.LEARNER_NOUNS else None
        if org is not None:
            yield _rel(person, _org_predicate(ctx, title, org), 0.8, (anchor, noun), obj=org)
            for other in _also_of(ctx, noun):  # "a member of A (since 2008) and of B"
                if other.key not in (org.key, person.key):
                    yield _rel(person, _org_predicate(ctx, title, other), 0.75, (anchor, noun), obj=other)
    yield from _modifier_facts(ctx, noun, anchor, person)


def _co_siblings(ctx: DocContext, described: list[tuple[Token, Token, Found]],
                 found: list[Relation]) -> Iterator[Relation]:
    """People named together as someone's children or siblings are siblings of each other."""
    by_noun: dict[int, list[tuple[Token, Found]]] = {}
    for noun, anchor, person in described:
        if _lemma(noun) in lx.KINSHIP and lx.KINSHIP[_lemma(noun)] in ("child", "sibling"):
            by_noun.setdefault(noun.i, []).append((anchor, person))
    for i, people in by_noun.items():
        noun = ctx.doc[i]
        plural_siblings = noun.tag_ == "NNS" and lx.KINSHIP[_lemma(noun)] == "sibling"
        if len(people) < 2 or not (plural_siblings or _owner(ctx, noun)):
            continue
        for a, (ta, pa) in enumerate(people):
            for tb, pb in people[a + 1:]:
                if pa.key != pb.key:
                    yield _rel(pa, "sibling", 0.75, (ctx.doc[i], ta, tb), obj=pb)


def _shared_parents(ctx: DocContext, found: list[Relation]) -> Iterator[Relation]:
    """Two children of one parent are siblings (Wikidata counts half-siblings too)."""
    kids: dict[str, list[Relation]] = {}
    for r in found:
        if r.predicate == "children" and r.object:
            kids.setdefault(r.subject, []).append(r)
    for rels in kids.values():
        for a, ra in enumerate(rels):
            for rb in rels[a + 1:]:
                # Only facts stated close together: a parent named again far away is too often a
                # namesake merged into one entity.
                if abs(_sentence_at(ctx, ra.evidence[0]) - _sentence_at(ctx, rb.evidence[0])) > 1:
                    continue
                if ra.object != rb.object and rb.object:
                    span = (min(ra.evidence[0], rb.evidence[0]), max(ra.evidence[1], rb.evidence[1]))
                    conf = round(min(ra.confidence, rb.confidence) * 0.9, 3)
                    yield Relation(ra.object or "", "sibling", span, conf, rb.object)


def _sentence_at(ctx: DocContext, char: int) -> int:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return ctx.sentence_index(span[0]) if span is not None and len(span) else 0


def _co_parents(ctx: DocContext, found: list[Relation]) -> Iterator[Relation]:
    """Two parents named together for one child ("the son of A and B") are spouses.

    Wikidata keeps parents of a common child as spouses when they were married, which is what a
    biography naming both parents side by side nearly always reports.
    """
    parents: dict[tuple[str, int], list[Relation]] = {}
    for r in found:
        if r.predicate == "children" and r.object:
            parents.setdefault((r.object, _sentence_at(ctx, r.evidence[0])), []).append(r)
    for rels in parents.values():
        for a, ra in enumerate(rels):
            for rb in rels[a + 1:]:
                if ra.subject != rb.subject:
                    span = (min(ra.evidence[0], rb.evidence[0]), max(ra.evidence[1], rb.evidence[1]))
                    conf = round(min(ra.confidence, rb.confidence) * 0.85, 3)
                    yield Relation(ra.subject, "spouse", span, conf, rb.subject)


def _kinship(ctx: DocContext, noun: Token, anchor: Token, person: Found, kind: str
             ) -> Iterator[Relation]:
    if noun.i == anchor.i:  # "his son" alone names nobody
        return
    for owner in _owners(ctx, noun):
        if owner.key != person.key and entity_type(ctx, owner.key) == "Person":
            yield from _kin_relation(noun, anchor, person, owner, kind)


def _kin_relation(noun: Token, anchor: Token, person: Found, owner: Found, kind: str
                  ) -> Iterator[Relation]:
    toks = (anchor, noun)
    if kind == "child":
        yield _rel(owner, "children", 0.9, toks, obj=person)
    elif kind == "parent":
        if noun.lower_ in lx.KINSHIP_TITLES and noun.dep_ == "compound":
            return
        yield _rel(person, "children", 0.9, toks, obj=owner)
    elif kind in ("spouse", "sibling"):
        yield _rel(owner, kind, 0.9, toks, obj=person)
    else:
        yield _rel(owner, "relatedTo", 0.8, toks, obj=person)


def _owner(ctx: DocContext, noun: Token) -> Found | None:
    owners = _owners(ctx, noun)
    return owners[0] if owners else None


def _owners(ctx: DocContext, noun: Token) -> list[Found]:
    """Whose relative a noun names: "his/Okafor's son", "the son of X and Y", "X had a son"."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON" and noun.dep_ == "conj" and ctx.entity_key_at(noun.head):
                # "X and his wife Y": the pronoun is X, whatever else came before.
                return [Found(ctx.entity_key_at(noun.head) or "", 0.95, noun.head)]
            found = entity_at(ctx, child)
            return [found] if found else []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return [p for o in child.children if o.dep_ == "pobj" for p in _persons_of(ctx, o)]
    if noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "survive"):
        verb = noun.head
        subj = subject_of(verb)
        if subj is not None and subj.lower_ == "they" and noun.head.lemma_ == "have":
            return _couple_before(ctx, subj)
        parents = _persons_of(ctx, subj)
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
                    return [Found(found.key, 0.9, found.token)]
    return []


def _couple_before(ctx: DocContext, they: Token) -> list[Found]:
    """The married couple plural "they" stands for: the last pair wed in this or the sentence before.

    Only when nobody else is named between the couple and "they", so "they" cannot be others.
    """
    sent = ctx.sentence_index(they)
    couples = [r for r in _marriage(ctx) if r.object and r.evidence[1] <= they.idx]
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
    return [Found(last.subject, 0.8, None), Found(last.object or "", 0.8, None)]


def _of_object(ctx: DocContext, noun: Token, preps: tuple[str, ...]) -> Found | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return entity_of(ctx, pobj)
    return None


def _organisation_of(ctx: DocContext, noun: Token) -> Found | None:
    """The organisation a role noun ties to: "NLG's", "of/for/at NLG", "NLG chief executive"."""
    candidates: list[Found | None] = []
    children = list(noun.children)
    if _before_name(ctx, noun):
        children += [c for c in noun.head.children if c.i < noun.i]
    for child in children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.i < noun.i):
            candidates.append(entity_at(ctx, child) if child.pos_ == "PROPN" else None)
            for sub in child.children:
                if sub.dep_ == "compound":
                    candidates.append(entity_at(ctx, sub) if sub.pos_ == "PROPN" else None)
    candidates.append(_of_object(ctx, noun, tuple(_AFFILIATION_PREPS)))
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
    if _before_name(ctx, noun):  # "Conservative leader Aniceto Arce": the parser may hang it on the name
        children += [c for c in noun.head.children if c.i < noun.i]
    for child in children:
        if child.dep_ in ("amod", "compound", "nmod"):
            party = _party_at(ctx, child)
            if party is not None:
                return party
    return None


def _party_nouns(ctx: DocContext) -> Iterator[Relation]:
    """A party noun said of a person: "X, a Democrat,", "A Republican, X ...", "X was elected as
    a Whig", "X is a Tory", "fellow Democrat X"."""
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
        elif tok.dep_ in ("npadvmod", "advcl", "nsubj") and _fronted_noun(tok):
            subj = subject_of(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
            person = entity_of(ctx, subj) if subj is not None else None  # "A Republican, he ..."
        if person is not None and entity_type(ctx, person.key) == "Person":
            yield _rel(person, "memberOf", 0.8, (tok,), obj=party)


def _bracketed_party(ctx: DocContext) -> Iterator[Relation]:
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
            yield _rel(Found(person, 1.0, doc[i - 1]), "memberOf", 0.75, (doc[j],),
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


def _before_name(ctx: DocContext, noun: Token) -> bool:
    """True for a title word standing before a name ("chief executive Henrik Lindqvist")."""
    return (noun.dep_ in ("compound", "amod") and noun.head.pos_ == "PROPN"
            and ctx.entity_key_at(noun.head) is not None)


def _org_predicate(ctx: DocContext, title: str, org: Found) -> str:
    """memberOf for members and parties, affiliation for heads and spokespeople, else worksFor."""
    words = title.lower().split()
    name = ctx.entity(org.key).name.lower()
    if words[-1] in lx.MEMBER_NOUNS or "party" in name.split():
        return "memberOf"
    if any(w in lx.HEAD_NOUNS for w in words):
        return "affiliation"
    return "worksFor"


def title_text(ctx: DocContext, noun: Token) -> str:
    """A role as written, without articles, ages, demonyms, names and time words."""
    keep = [noun]
    modifiers = [c for c in noun.children if c.i < noun.i]
    if _before_name(ctx, noun):  # "NLG's chief executive Henrik Lindqvist": siblings too
        modifiers += [c for c in noun.head.children if c.i < noun.i]
    for child in modifiers:
        if child.dep_ in ("compound", "amod") and _title_modifier(ctx, child):
            keep.extend(t for t in child.subtree if _title_modifier(ctx, t))
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of and noun.text[:1].isupper():  # "Minister of Transport", "Secretary of State"
        pobj = [c for c in of[0].children if c.dep_ == "pobj"]
        if pobj and not ctx.entity_key_at(pobj[0]) and all(t.is_title or t.lower_ in ("and", "the")
                                                           for t in pobj[0].subtree):
            keep.extend([of[0], *pobj[0].subtree])
    keep.sort(key=lambda t: t.i)
    return " ".join(t.text for t in keep)


def _title_modifier(ctx: DocContext, tok: Token) -> bool:
    low = tok.lower_
    if ctx.entity_key_at(tok) or tok.is_punct or tok.like_num or low in lx.NON_TITLE_MODIFIERS:
        return False
    if tok.pos_ in ("DET", "PRON", "NUM") or tok.dep_ == "poss" or age_of_head(tok) is not None:
        return False
    if tok.ent_type_ in ("NORP", "DATE", "CARDINAL", "ORDINAL"):
        return False
    if tok.dep_ == "amod" and tok.pos_ in ("ADJ", "VERB"):
        return low in lx.ROLE_MODIFIERS or tok.is_title
    return tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")


def _modifier_facts(ctx: DocContext, noun: Token, anchor: Token, person: Found
                    ) -> Iterator[Relation]:
    """Nationality and age from a descriptor's modifiers ("the 52-year-old German minister")."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in _MODIFIER_DEPS:
            continue
        for country, tok in _demonyms_in(ctx, child):
            yield _rel(person, "nationality", 0.8, (anchor, noun, tok), obj=country)
        age = age_of_head(child)
        if age is not None:
            yield _rel(person, "age", 0.9, (anchor, noun, child), value=age)
    office = _office_country(ctx, noun)
    if office is not None:
        yield _rel(person, "nationality", 0.75, (anchor, noun), obj=office)
    origin = _from_country(ctx, noun)  # its token is in the evidence through ``obj``
    if origin is not None:
        yield _rel(person, "nationality", 0.7, (anchor, noun), obj=origin)


_MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod", "poss")


def _demonyms_in(ctx: DocContext, child: Token) -> Iterator[tuple[Found, Token]]:
    """The country of a demonym modifying a noun, or of one a level down: the parser hangs
    "American" on "speed" in "American speed skater" and "German" on "Jewish" in "German-Jewish
    journalist"."""
    country = _demonym_country(ctx, child)
    if country is not None:
        yield country, child
        return
    if child.dep_ in ("compound", "amod") and child.pos_ in ("NOUN", "ADJ"):
        for sub in child.children:
            if sub.i < child.i and sub.dep_ in ("amod", "compound"):
                yield from _demonyms_in(ctx, sub)  # "a Dutch field hockey player"


def _from_country(ctx: DocContext, noun: Token) -> Found | None:
    """The country a person noun says someone is from: "a footballer from Argentina", "a folk
    singer from Malatya, Turkey" (the parser may hang "from" on the copula)."""
    if not (_person_noun(noun) or _lemma(noun) in lx.TITLE_NOUNS):
        return None
    heads = [noun, noun.head] if noun.dep_ == "attr" else [noun]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i < noun.i:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for place in (pobj, *(c for c in pobj.children if c.dep_ == "appos")):
                    country = _country_name(ctx, place)
                    if country is not None:
                        return Found(country.key, 1.0, place)
    return None


def _demonym_country(ctx: DocContext, tok: Token) -> Found | None:
    for m in ctx.mentions:
        if m.kind == "demonym" and m.start <= tok.idx < m.end:
            ent = ctx.entity(m.entity)
            return Found(m.entity) if ent.country else None
    if tok.dep_ in ("compound", "poss") and tok.pos_ == "PROPN" and \
            _lemma(tok.head) in lx.NATIONAL_OFFICES | lx.NATIONAL_LEGISLATORS:
        # A country's name used as a demonym: "U.S. Representative", "Bangladesh's Prime Minister"
        # (not "US Ambassador X": an ambassador to a country is rarely its citizen).
        return _country_name(ctx, tok)
    if tok.dep_ == "poss" and tok.pos_ == "PROPN" and _person_noun(tok.head):
        return _country_name(ctx, tok)  # "Scotland's national poet Robert Burns"
    return None


def _country_name(ctx: DocContext, tok: Token) -> Found | None:
    key = ctx.entity_key_at(tok)
    if key is None:
        return None
    for m in ctx.mentions:
        if m.entity == key and m.kind == "name" and m.start <= tok.idx < m.end:
            return Found(key) if ctx.entity(key).country else None
    return None


def _office_country(ctx: DocContext, noun: Token) -> Found | None:
    """The country of a national office: "the Premier of China", "President of Ghana"."""
    if _lemma(noun) not in lx.NATIONAL_OFFICES:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _country_name(ctx, pobj)
    return None


def _name_modifiers(ctx: DocContext) -> Iterator[Relation]:
    """Demonyms and ages on a name itself: "German Chancellor Olaf Scholz", "Brandt, 61,"."""
    for tok in tokens_with_pos(ctx, (PROPN,)):
        key = ctx.entity_key_at(tok)
        if key is None or tok.pos_ != "PROPN" or entity_type(ctx, key) != "Person":
            continue
        person = Found(key)
        for child in tok.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                # "France's Mathé Altéry": a country's own person.
                country = _country_name(ctx, child)
                if country is not None:
                    yield _rel(person, "nationality", 0.75, (tok, child), obj=country)
            if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i:
                country = _demonym_country(ctx, child)
                if country is not None:
                    yield _rel(person, "nationality", 0.8, (tok, child), obj=country)
                for sub in child.children:
                    # "German Chancellor Olaf Scholz", "Hungarian master Johann Löwenthal": the
                    # demonym sits on the noun before the name.
                    country = _demonym_country(ctx, sub) if sub.i < child.i else None
                    if country is not None and (_titleish(child) or _person_noun(child)):
                        yield _rel(person, "nationality", 0.8, (tok, sub), obj=country)
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == tok.i + 1 \
                    and not _ruler_name(ctx, tok):  # "King Philip of Spain" rules it
                # "Mary Wilson of the Supremes", "Uma Bharti of the Janata Party", and "Damien
                # Gildea and Rodrigo Fica of the Omega Foundation" for both names.
                people = [person]
                first = ctx.entity_key_at(tok.head)
                if tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and first not in (None, key) \
                        and entity_type(ctx, first or "") == "Person":
                    people.append(Found(first or "", 1.0, tok.head))
                for org in _prep_orgs(ctx, tok, ("of",)):
                    for p in people:
                        if org.key != p.key:
                            yield _rel(p, _group_predicate(ctx, org), 0.7, (tok, child), obj=org)
            if child.dep_ in ("appos", "npadvmod", "amod") and child.like_num and child.i > tok.i:
                if child.text.isdigit() and 0 < int(child.text) < 125 and _commas_around(child):
                    yield _rel(person, "age", 0.85, (tok, child), value=int(child.text))


def _group_predicate(ctx: DocContext, org: Found) -> str:
    """memberOf for an organisation whose name says it has members (a party, band, club), else
    worksFor."""
    words = set(ctx.entity(org.key).name.lower().split())
    return "memberOf" if words & lx.MEMBERSHIP_ORG_WORDS else "worksFor"


# --- nationality read off the word order ------------------------------------------------------

def _national_phrases(ctx: DocContext) -> Iterator[Relation]:
    """Nationality where the parse of a phrase before a name is unreliable: "American rapper and
    singer Nicki Minaj", "President of Pakistan Asif Ali Zardari", "Gustav III of Sweden"."""
    yield from _demonym_before_name(ctx)
    yield from _office_before_name(ctx)
    yield from _ruler_of_country(ctx)
    yield from _represented_country(ctx)


def _represented_country(ctx: DocContext) -> Iterator[Relation]:
    """Who represents a country at a sporting event or contest: "X represented Angola at the 2000
    Summer Olympics", "she was the first skater to represent China at the World Championships"
    (not a lawyer representing France in a case)."""
    for verb in tokens_with_lemma(ctx, {"represent"}, (VERB,)):
        if not any(p.dep_ == "prep" and p.lower_ in ("at", "in") and any(
                t.lower_ in lx.COMPETITION_WORDS for t in p.subtree) for p in verb.children):
            continue
        countries = [c for d in verb.children if d.dep_ == "dobj" for c in [_country_name(ctx, d)] if c]
        if not countries:
            continue
        subj = subject_of(verb)
        if subj is None and verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.dep_ == "attr":
            subj = subject_of(verb.head.head)  # "she was the first skater to represent China"
        person = entity_of(ctx, subj) if subj is not None else None
        if person is not None and entity_type(ctx, person.key) == "Person":
            yield _rel(person, "nationality", 0.75, (verb,), obj=Found(countries[0].key, 1.0, None))


def _person_name_at(ctx: DocContext, i: int) -> Found | None:
    """The person whose name starts at token ``i`` (found through the name's last token)."""
    doc = ctx.doc
    if i >= len(doc) or doc[i].pos_ != "PROPN":
        return None
    key = ctx.entity_key_at(i)
    if key is None or (i > 0 and ctx.entity_key_at(i - 1) == key) or entity_type(ctx, key) != "Person":
        return None
    last = i
    while last + 1 < len(doc) and ctx.entity_key_at(last + 1) == key:
        last += 1
    return Found(key, 1.0, doc[last])  # the evidence then holds the whole name


def _demonym_before_name(ctx: DocContext) -> Iterator[Relation]:
    """A demonym on a run of person nouns right before a name: "British record producer and
    recording artist Taio Cruz", "Tunisian politician Mondher Ben Ammar"."""
    doc = ctx.doc
    for m in ctx.mentions:
        if m.kind != "demonym" or not ctx.entity(m.entity).country:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        i = span.end
        while i < len(doc) and i - span.end < 7 and ctx.entity_key_at(i) is None and (
                (doc[i].is_lower and (doc[i].pos_ in ("NOUN", "ADJ") or _agent_word(doc[i])))
                or (doc[i].lower_ in ("and", "-", "ex") and i > span.end)):
            i += 1
        last = doc[i - 1]
        if i >= len(doc) or not (
                _person_noun(last) or _lemma(last) in lx.TITLE_NOUNS | lx.NATIONALITY_NOUNS
                or _agent_word(last)):  # "Irishman Tadhg Kennelly": the demonym is the noun
            continue
        country = Found(m.entity, 1.0, span[0])
        while (person := _person_name_at(ctx, i)) is not None:
            yield _rel(person, "nationality", 0.8, (span[0], last), obj=country)
            if last.tag_ != "NNS":
                break
            # "the Chilean artists Cosme San Martín and Juan Mochi": each name of the list.
            i += 1
            while i < len(doc) and ctx.entity_key_at(i) == person.key:
                i += 1
            if i + 1 < len(doc) and doc[i].lower_ in (",", "and"):
                i += 2 if doc[i + 1].lower_ == "and" else 1
            else:
                break


def _country_after(ctx: DocContext, i: int) -> tuple[Found, int] | None:
    """The country named from token ``i`` on (after "the" and adjectives: "of independent
    Ghana"), and the token after its name."""
    doc = ctx.doc
    while i < len(doc) and (doc[i].lower_ == "the" or (doc[i].pos_ == "ADJ" and doc[i].is_lower)):
        i += 1
    if i >= len(doc):
        return None
    country = _country_name(ctx, doc[i])
    if country is None:
        return None
    j = i
    while j < len(doc) and ctx.entity_key_at(j) == country.key:
        j += 1
    return Found(country.key, 1.0, doc[i]), j


def _office_before_name(ctx: DocContext) -> Iterator[Relation]:
    """A national office of a country right before a name: "President of Pakistan Asif Ali
    Zardari", "the first prime minister of independent Ghana, Kwame Nkrumah"."""
    doc = ctx.doc
    for tok in tokens_with_lemma(ctx, lx.NATIONAL_OFFICES, (NOUN, PROPN)):
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        after = _country_after(ctx, tok.i + 2)
        if after is None:
            continue
        country, j = after
        if j < len(doc) and (doc[j].text == "," or (doc[j].lemma_ == "be" and tok.dep_ == "nsubj")):
            j += 1  # "the first prime minister of Siam was Phraya Manopakorn"
        person = _person_name_at(ctx, j)
        if person is not None:
            yield _rel(person, "nationality", 0.75, (tok,), obj=country)


_REGNAL_NUMBER = re.compile(r"^[IVX]+\.?$")


def _ruler_name(ctx: DocContext, last: Token) -> bool:
    """Whether the name ending at ``last`` is a monarch's: a regnal number ("Gustav III") or a
    royal title before it ("King Constantine"); not a surname that is also a title ("Imran Khan",
    "Sadiq Khan of the Labour Party")."""
    doc = ctx.doc
    if _REGNAL_NUMBER.match(last.text):
        return True
    key = ctx.entity_key_at(last)
    first = last.i
    while key is not None and first > 0 and ctx.entity_key_at(first - 1) == key:
        first -= 1
    return first > 0 and doc[first - 1].lower_ in lx.ROYAL_TITLES


def _ruler_of_country(ctx: DocContext) -> Iterator[Relation]:
    """A monarch named with the country: "Gustav III of Sweden", "King Constantine I of Greece",
    "Princess Helen of Greece and Denmark"."""
    doc = ctx.doc
    for tok in tokens_with_lemma(ctx, {"of"}):
        last = tok.i - 1  # the name's last token, or a regnal number the name left out
        if last > 0 and ctx.entity_key_at(last) is None and _REGNAL_NUMBER.match(doc[last].text):
            last -= 1
        key = ctx.entity_key_at(last) if last >= 0 else None
        if key is None or entity_type(ctx, key) != "Person":
            continue
        if not _ruler_name(ctx, doc[tok.i - 1]):
            continue
        i = tok.i + 1
        while (after := _country_after(ctx, i)) is not None:
            country, i = after
            yield _rel(Found(key, 1.0, doc[last]), "nationality", 0.75, (tok,), obj=country)
            if i + 1 < len(doc) and doc[i].lower_ == "and":
                i += 1
            else:
                break


def _agent_word(tok: Token) -> bool:
    """A noun of a kind of person whatever the tagger made of it ("sculptor" tagged VERB)."""
    low = tok.lower_
    return low.endswith(lx.AGENT_SUFFIXES) and low not in lx.NOT_AGENT_NOUNS and tok.pos_ in ("NOUN", "VERB")


def _person_noun(tok: Token) -> bool:
    """A common noun that names a kind of person: a role, or an agent noun ("master", "artist")."""
    low = tok.lower_
    return tok.pos_ == "NOUN" and (low in lx.TITLE_NOUNS or low in lx.KINSHIP or (
        low.endswith(lx.AGENT_SUFFIXES) and low not in lx.NOT_AGENT_NOUNS))


def _commas_around(tok: Token) -> bool:
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == ","
            and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", ")", "."))


def _persons_of(ctx: DocContext, tok: Token | None) -> list[Found]:
    """The entity of a phrase and of its conjuncts ("X and Y married")."""
    if tok is None:
        return []
    out = []
    for t in conjuncts(tok):
        found = entity_of(ctx, t)
        if found is not None:
            out.append(found)
    return out


def _marriage(ctx: DocContext) -> Iterator[Relation]:
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
            subjects = _persons_of(ctx, subj)
            partners = [p for c in tok.children if c.dep_ == "dobj" for p in _persons_of(ctx, c)]
            partners += _prep_objects(ctx, tok, ("to",))
            if not partners and len(subjects) == 2:
                subjects, partners = subjects[:1], subjects[1:]
            yield from _pairs(ctx, subjects, partners, "spouse", 0.85, tok)
        elif lemma in lx.MARRIAGE_NOUNS:
            owner = [f for c in tok.children if c.dep_ == "poss" for f in [entity_at(ctx, c)] if f]
            yield from _pairs(ctx, owner, _prep_objects(ctx, tok, ("to", "with")), "spouse",
                              0.8, tok)


def _prep_objects(ctx: DocContext, head: Token, preps: tuple[str, ...]) -> list[Found]:
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj" for p in _persons_of(ctx, o)]


def _pairs(ctx: DocContext, subjects: list[Found], objects: list[Found], pred: str, conf: float,
           trigger: Token, *, types: tuple[str, ...] = ("Person",)) -> Iterator[Relation]:
    for s in subjects:
        for o in objects:
            if s.key != o.key and entity_type(ctx, s.key) == "Person" and \
                    entity_type(ctx, o.key) in types:
                yield _rel(s, pred, conf, (trigger,), obj=o)


def _born_to(ctx: DocContext) -> Iterator[Relation]:
    """"X was born to Y and Z" -> Y and Z are X's parents."""
    for tok in tokens_with_lemma(ctx, {"bear"}):
        if tok.lemma_.lower() == "bear" and tok.tag_ == "VBN":
            children = _persons_of(ctx, subject_of(tok))
            parents = _prep_objects(ctx, tok, ("to",))
            for parent in parents:
                yield from _pairs(ctx, [parent], children, "children", 0.85, tok)


def _work_verbs(ctx: DocContext) -> Iterator[Relation]:
    """"X works for Y", "X joined Y", "X was hired by Y", "X is standing for Y"."""
    orgs = ("Organization",)
    verbs = lx.WORK_VERBS | lx.JOIN_VERBS | lx.STAND_VERBS | lx.HIRE_VERBS | {"admit", "represent"}
    for tok in tokens_with_lemma(ctx, verbs, (VERB,)):
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        subjects = _persons_of(ctx, subject_of(tok))
        if lemma in lx.WORK_VERBS:
            yield from _pairs(ctx, subjects, _prep_orgs(ctx, tok, ("for", "at")), "worksFor",
                              0.8, tok, types=orgs)
        elif lemma in lx.JOIN_VERBS:
            objs = [p for c in tok.children if c.dep_ == "dobj" for p in _persons_of(ctx, c)]
            yield from _pairs(ctx, subjects, objs, "memberOf", 0.7, tok, types=orgs)
            for c in tok.children:  # "he joined the faculty of the University of Hamburg"
                if c.dep_ == "dobj" and c.lemma_.lower() in lx.STAFF_NOUNS:
                    yield from _pairs(ctx, subjects, _prep_orgs(ctx, c, ("of", "at")), "worksFor",
                                      0.75, tok, types=orgs)
            # "Sweden joined the European Union in 1995": a country joins an organisation.
            for s in subjects:
                for o in objs:
                    if _country(ctx, s) and entity_type(ctx, o.key) == "Organization":
                        yield _rel(s, "memberOf", 0.75, (tok,), obj=o)
        elif lemma in lx.STAND_VERBS:
            yield from _pairs(ctx, subjects, _prep_orgs(ctx, tok, ("for",)), "memberOf",
                              0.7, tok, types=orgs)
        elif lemma == "represent":  # "she was elected ... representing the MAPAR party"
            for c in tok.children:
                party = _named_party(ctx, c) if c.dep_ == "dobj" else None
                if party is not None:
                    yield from _pairs(ctx, subjects, [party], "memberOf", 0.7, tok, types=orgs)
        elif lemma == "admit" and _is_passive(tok):  # "X was admitted to the club SK Ull"
            yield from _pairs(ctx, subjects, _prep_orgs(ctx, tok, ("to",)), "memberOf", 0.7, tok,
                              types=orgs)
        elif lemma in lx.HIRE_VERBS and tok.tag_ == "VBN" and _is_passive(tok):
            agents = [p for c in tok.children if c.dep_ == "agent"
                      for o in c.children for p in _persons_of(ctx, o)]
            yield from _pairs(ctx, subjects, agents, "worksFor", 0.75, tok, types=orgs)


def _compound_entity(ctx: DocContext, noun: Token) -> Found | None:
    """The entity named before a common noun: "MAPAR" in "the MAPAR party"."""
    return next((f for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 for f in [entity_at(ctx, c)] if f), None)


def _named_party(ctx: DocContext, noun: Token) -> Found | None:
    """The political party a noun phrase names: "the Labour Party", "the MAPAR party", "the
    Democrats" (not a constituency or a country one represents)."""
    found = entity_of(ctx, noun)
    if found is None and noun.lemma_.lower() == "party":
        found = _compound_entity(ctx, noun)
    if found is None or entity_type(ctx, found.key) != "Organization":
        return None
    party = noun.lemma_.lower() == "party" or noun.lower_ in lx.PARTY_WORDS
    return found if party or "party" in ctx.entity(found.key).name.lower().split() else None


def _prep_orgs(ctx: DocContext, head: Token, preps: tuple[str, ...]) -> list[Found]:
    return [p for p in _prep_objects(ctx, head, preps) if entity_type(ctx, p.key) == "Organization"]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acl"


def _stance_verbs(ctx: DocContext) -> Iterator[Relation]:
    """"X condemned Y", "X backed Y" (not negated; subject a person or organisation)."""
    for tok in tokens_with_lemma(ctx, lx.SUPPORT_VERBS | lx.OPPOSE_VERBS, (VERB,)):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or (lemma not in lx.SUPPORT_VERBS and lemma not in lx.OPPOSE_VERBS):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or (tok.tag_ == "VBG" and tok.dep_ == "amod"):
            continue
        pred = "supports" if lemma in lx.SUPPORT_VERBS else "opposes"
        subj = subject_of(tok)
        if subj is None or subj.dep_ == "nsubjpass":
            continue
        holders = [f for f in _persons_of(ctx, subj) if entity_type(ctx, f.key) != "Place"]
        targets = [p for c in tok.children if c.dep_ == "dobj" for p in _persons_of(ctx, c)]
        for h in holders:
            for t in targets:
                if h.key != t.key:
                    yield _rel(h, pred, 0.75, (subj, tok), obj=t)


def _stance_nouns(ctx: DocContext) -> Iterator[Relation]:
    """"his backing of X", "Y's criticism of X"."""
    for tok in tokens_with_lemma(ctx, lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS, (NOUN,)):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or (lemma not in lx.SUPPORT_NOUNS and lemma not in lx.OPPOSE_NOUNS):
            continue
        holder = next((entity_at(ctx, c) for c in tok.children if c.dep_ == "poss"), None)
        target = _of_object(ctx, tok, ("of", "for"))
        if holder and target and holder.key != target.key and \
                entity_type(ctx, holder.key) != "Place":
            pred = "supports" if lemma in lx.SUPPORT_NOUNS else "opposes"
            yield _rel(holder, pred, 0.8, (tok,), obj=target)


def _located(ctx: DocContext) -> Iterator[Relation]:
    """"X is currently in Lagos", "X lives in Cologne", "the Berlin-based Y", "X, based in Y"."""
    for tok in tokens_with_lemma(ctx, lx.LOCATION_VERBS | {"base"}):
        lemma = tok.lemma_.lower()
        if lemma == "base" and tok.dep_ == "amod":
            places = [p for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")
                      for p in [entity_at(ctx, c)] if p]
            holder = entity_of(ctx, tok.head)
            for p in places:
                if holder and _place(ctx, p) and holder.key != p.key:
                    yield _rel(holder, "locatedIn", 0.8, (tok, tok.head), obj=p)
            continue
        if lemma not in lx.LOCATION_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in ("be", "work") and tok.dep_ not in ("ROOT", "conj", "relcl", "ccomp"):
            continue
        if lemma == "be" and any(c.dep_ in ("attr", "acomp") for c in tok.children):
            continue
        subj = subject_of(tok)
        holders = [f for f in _persons_of(ctx, subj) if entity_type(ctx, f.key) != "Place"]
        places = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in lx.LOCATION_PREPS
                  for o in c.children if o.dep_ == "pobj" for p in [entity_at(ctx, o)] if p]
        conf = 0.6 if lemma in ("be", "work") else 0.75
        for h in holders:
            for p in places:
                if _place(ctx, p) and h.key != p.key:
                    yield _rel(h, "locatedIn", conf, (tok,) + ((subj,) if subj else ()), obj=p)


def _country(ctx: DocContext, found: Found) -> bool:
    ent = ctx.entity(found.key)
    return ent.type == "Place" and ent.country


def _country_memberships(ctx: DocContext) -> Iterator[Relation]:
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
            if _country(ctx, country) or (lemma == "member" and head.dep_ == "attr"
                                          and entity_type(ctx, country.key) == "Organization"):
                # "The Pittsburgh Catholic is a member of the Catholic Press Association" too.
                yield _rel(country, "memberOf", 0.75, (tok, head), obj=org)


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
        out += _persons_of(ctx, head.head)  # "NATO member Turkey"
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            out += _persons_of(ctx, child)  # "member states Poland and Hungary"
        if child.dep_ == "prep" and child.lower_ in ("as", "like", "including"):
            out += [f for o in child.children if o.dep_ == "pobj" for f in _persons_of(ctx, o)]
    anchor = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "one":
        anchor = head.head.head  # "one of the founding members of the UN"
    if anchor.dep_ == "appos" and anchor.head.pos_ == "PROPN":
        out += _persons_of(ctx, anchor.head)  # "Ghana, a member of the African Union,"
    if anchor.dep_ == "attr" or (anchor.dep_ == "pobj" and anchor.head.lower_ == "as"):
        verb = anchor.head if anchor.dep_ == "attr" else anchor.head.head
        if verb.pos_ in ("AUX", "VERB") and verb.lemma_ in ("be", "become", "remain", "join"):
            out += _persons_of(ctx, subject_of(verb))
    return out


def _group_members(ctx: DocContext) -> Iterator[Relation]:
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
        formed = lemma in lx.FOUND_VERBS and _is_passive(tok)
        if lemma in lx.FOUND_VERBS and not _is_passive(tok):
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
            org = _compound_entity(ctx, subj)
        if org is None or entity_type(ctx, org.key) != "Organization":
            continue
        if (formed or lemma in lx.GROUP_LIST_VERBS) and not _is_group(ctx, org, subj):
            continue
        if lemma in lx.CONSIST_VERBS and not _is_passive(tok):
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
        members = [f for o in objs for t in _listed_names(ctx, o) for f in _persons_of(ctx, t)]
        for m in members:
            if m.key != org.key and entity_type(ctx, m.key) == "Person":
                yield _rel(m, "memberOf", 0.75, (tok,), obj=org)


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
    founders = _persons_of(ctx, subject_of(verb))
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for org in _persons_of(ctx, obj):
            if entity_type(ctx, org.key) != "Organization":
                continue
            name = {w.lower() for w in ctx.entity(org.key).name.split()}
            said = {t.lemma_.lower() for t in obj.subtree} | {obj.lemma_.lower()}
            if not (name | said) & lx.FOUNDED_GROUP_WORDS:
                continue
            for f in founders:
                if f.key != org.key and entity_type(ctx, f.key) == "Person":
                    yield _rel(f, "memberOf", 0.7, (verb,), obj=org)


def _is_group(ctx: DocContext, org: Found, subj: Token | None) -> bool:
    """An organisation of members: "the band", or a name with "Party", "Band", "Club"..."""
    if subj is not None and subj.lemma_.lower() in lx.ENSEMBLE_NOUNS | {"party"}:
        return True
    ent = ctx.entity(org.key)
    words = {w.lower() for w in ent.name.split()}
    if words & (lx.MEMBERSHIP_ORG_WORDS | lx.ENSEMBLE_NOUNS):
        return True
    doc = ctx.doc
    for m in ctx.mentions:
        if m.entity == org.key and m.kind == "nominal":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.lemma_.lower() in lx.ENSEMBLE_NOUNS:
                return True
    return False


def _place(ctx: DocContext, found: Found) -> bool:
    return entity_type(ctx, found.key) == "Place"


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One record per fact and evidence span, keeping the most confident."""
    best: dict[tuple[object, ...], Relation] = {}
    for r in relations:
        if r.subject == r.object:
            continue
        k = (r.subject, r.predicate, r.object, r.value, r.evidence)
        if k not in best or best[k].confidence < r.confidence:
            best[k] = r
    return sorted(best.values(), key=lambda r: (r.evidence, r.predicate, r.subject))


__all__ = ["Found", "descriptors", "entity_at", "entity_of", "evidence_span",
           "extract_relations", "subject_of", "title_text"]
