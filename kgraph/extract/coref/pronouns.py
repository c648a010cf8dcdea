"""Third-person pronouns resolved to the entities named before them."""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.context import DocContext
from kgraph.extract.coref.discourse import Reference, SentenceDistance, gender_of, sentence_of
from kgraph.extract.cues import PRONOUNS, REPORTING_VERBS
from kgraph.extract.registry import declare
from kgraph.extract.toolkit import SUBJECT_DEPS
from kgraph.types import Entity

PERSON = declare("coref.pronouns.person", "mention",
                 '"he"/"she" to the best-placed person of that gender in the last sentences: nearest, '
                 "a subject, outside quotes and asides, clear of the runner-up").id
TOPIC = declare("coref.pronouns.topic", "mention",
                '"he"/"she" to the person the article is about (the opening subject, named again) where '
                "the nearest person alone would not decide").id
COORDINATED = declare("coref.pronouns.coordinated", "mention",
                      'A possessive right after "and" to the person named before it: "Meier Berg (1801-1870) '
                      'and his wife"').id
CHAINED_SUBJECT = declare("coref.pronouns.chained_subject", "mention",
                          'A subject "he" after a sentence whose subject was "he": the same person ("He was '
                          'forced out by X. He was succeeded ..." is not X)').id
CLAUSE_SUBJECT = declare("coref.pronouns.clause_subject", "mention",
                         'A possessive to the "he" subject of its clause: "He was succeeded by his son"').id
IT = declare("coref.pronouns.it", "mention",
             '"its", or "it" as the subject of a reporting verb ("it said"), to the organisation that was '
             "the last subject").id
THEY = declare("coref.pronouns.they", "mention",
               '"they" as a subject or "their", to the organisation that was the last subject').id

# How many sentences back a pronoun may look for its antecedent.
PRONOUN_WINDOW = 3
# A pronoun is left unresolved when the runner-up scores this close to the best candidate.
MARGIN = 0.5
# Salience (after centering theory): the person an article is about, the subject of its first
# sentence who is named again, stays the preferred referent of "he"/"she" even when another name
# of that gender came closer, and stays a candidate beyond PRONOUN_WINDOW. A name inside
# parentheses ("(when Killy became ...)") or among the names of a plural noun ("Piccard's
# siblings Leila, Ian and Jeff") is a side remark, not the centre of the discourse.
TOPIC_BONUS = 0.5
# The weight of being the subject of a clause inside another, against 1 for the main clause's.
SUBORDINATE_SUBJECT = 0.5
ASIDE_PENALTY = 0.5
_OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}


def resolve_pronoun(ctx: DocContext, tok: Token, refs: list[Reference], entities: dict[str, Entity],
                    distance: SentenceDistance, topic: str | None = None) -> tuple[str, str] | None:
    """The entity a pronoun refers to and the rule that says so, or None."""
    number, gender = PRONOUNS[tok.lower_]
    if gender == "neuter":
        key = _resolve_it(ctx, tok, refs, entities)
        return (key, IT) if key is not None else None
    if number == "pl":
        key = _resolve_they(ctx, tok, refs, entities)
        return (key, THEY) if key is not None else None
    return _resolve_person_pronoun(ctx, tok, gender, refs, entities, distance, topic)


def _resolve_person_pronoun(ctx: DocContext, tok: Token, gender: str | None, refs: list[Reference],
                            entities: dict[str, Entity], distance: SentenceDistance,
                            topic: str | None = None) -> tuple[str, str] | None:
    sent = ctx.sentence_index(tok)
    coordinated = _coordinated_name(ctx, tok, gender, entities)
    if coordinated is not None:
        return coordinated, COORDINATED
    chained, rule = _chained_subject(ctx, tok, refs), CHAINED_SUBJECT
    if chained is None:
        chained, rule = _clause_subject(tok, gender, refs), CLAUSE_SUBJECT
    if chained is not None:
        return (chained, rule) if chained else None
    blocked = _bound_subjects(tok)
    best: dict[str, float] = {}
    plain: dict[str, float] = {}  # the same scores without the topic's salience
    for ev in refs:
        if ev.token >= tok.i or ev.token in blocked:
            continue
        gap = distance(ev.sent, sent)
        far = gap > PRONOUN_WINDOW
        if far:
            if ev.entity != topic:
                continue
            gap = PRONOUN_WINDOW + 1  # the topic stays in view, at the far end
        ent = entities.get(ev.entity)
        if ent is None or ent.type != "Person":
            continue
        known = gender_of(ent)
        if known is not None and known != gender:
            continue
        # A main clause's subject outranks one of a clause inside it (centering's grammatical
        # role order: "Balls rejected the claim that Brown was sidelined. He ..." is Balls).
        subject = (SUBORDINATE_SUBJECT if ev.embedded else 1.0) if ev.subject else 0.0
        score = -gap + subject + (0.5 if known else 0.0)
        score += 0.01 * (ev.token - tok.i) / max(len(ctx.doc), 1)  # later mention wins ties
        score -= 0.5 if ev.in_quote else 0.0
        score -= ASIDE_PENALTY if ev.aside else 0.0
        if not far and score > plain.get(ev.entity, float("-inf")):
            plain[ev.entity] = score
        score += TOPIC_BONUS if ev.entity == topic else 0.0
        if score > best.get(ev.entity, float("-inf")):
            best[ev.entity] = score
    key = _pick(best)
    if key is None:
        return None
    return key, PERSON if _pick(plain) == key else TOPIC


def _coordinated_name(ctx: DocContext, tok: Token, gender: str | None,
                      entities: dict[str, Entity]) -> str | None:
    """"Meier Berg (1801-1870) and his wife": a possessive right after "and" is the person just
    named before the "and", whatever else the sentence holds."""
    doc = ctx.doc
    if tok.lower_ not in ("his", "her") or tok.i < 2 or doc[tok.i - 1].lower_ != "and":
        return None
    j = tok.i - 2
    start = sentence_of(ctx, tok.i)[0]
    if doc[j].text == ")":  # skip a bracketed aside ("(1801-1870)")
        while j > start and doc[j].text != "(":
            j -= 1
        j -= 1
    key = ctx.entity_key_at(j) if j >= start else None
    ent = entities.get(key) if key is not None else None
    if ent is None or ent.type != "Person" or doc[j].pos_ != "PROPN":
        return None
    known = gender_of(ent)
    return key if known in (None, gender) else None


def _chained_subject(ctx: DocContext, tok: Token, refs: list[Reference]) -> str | None:
    """A subject "he" right after a sentence whose subject was "he" continues that chain.

    Returns the entity the earlier pronoun was resolved to, "" when it was left unresolved (the
    chain is not broken off to a less salient name: "he was forced out by X. He was succeeded
    by ..." is not X), and None when the rule does not apply.
    """
    if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT":
        return None
    start = sentence_of(ctx, tok.i)[0]
    if start == 0 or any(t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"
                         for t in ctx.doc[start:tok.i]):
        return None
    prev = ctx.doc[sentence_of(ctx, start - 1)[0]:start]
    subj = next((t for t in prev if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.lower_ != tok.lower_:
        return None
    for ev in refs:
        if ev.token == subj.i:
            return ev.entity
    return ""


def _clause_subject(tok: Token, gender: str | None, refs: list[Reference]) -> str | None:
    """"He was succeeded by his son": a possessive whose clause has a "he" subject before it is
    that subject (its entity, or "" when the subject pronoun was left unresolved)."""
    if tok.dep_ != "poss":
        return None
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.i >= tok.i or subj.lower_ not in PRONOUNS \
            or PRONOUNS[subj.lower_] != ("sg", gender):
        return None
    for ev in refs:
        if ev.token == subj.i:
            return ev.entity
    return ""


def _pick(scores: dict[str, float]) -> str | None:
    """The clear winner among candidate entities, or None when two are too close to call."""
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    # The recency tie-breaker (under 0.01) must not decide whether the margin is reached.
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN - 0.01:
        return None
    return ranked[0][0]


def _bound_subjects(tok: Token) -> set[int]:
    """Tokens a non-reflexive object pronoun cannot refer to: the subject of its own clause."""
    if tok.dep_ not in _OBJECT_DEPS:
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS} | {
        t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}


def _resolve_it(ctx: DocContext, tok: Token, refs: list[Reference],
                entities: dict[str, Entity]) -> str | None:
    # "it" is so often expletive or about a thing that only two safe uses are resolved: the
    # possessive "its" and "it" as the subject of a reporting verb ("it said").
    if tok.lower_ == "its":
        pass
    elif not (tok.dep_ == "nsubj" and tok.head.lemma_ in REPORTING_VERBS):
        return None
    return _last_subject_entity(ctx, tok, refs, entities, ("Organization",))


def _resolve_they(ctx: DocContext, tok: Token, refs: list[Reference],
                  entities: dict[str, Entity]) -> str | None:
    # Plural pronouns mostly refer to plural common nouns; resolve only to an organisation that
    # was the last subject, and only when "they" speaks or possesses.
    if tok.lower_ not in ("they", "their") or tok.dep_ not in ("nsubj", "poss"):
        return None
    return _last_subject_entity(ctx, tok, refs, entities, ("Organization",))


def _last_subject_entity(ctx: DocContext, tok: Token, refs: list[Reference],
                         entities: dict[str, Entity], types: tuple[str, ...]) -> str | None:
    """The entity of the nearest preceding subject, when it is of one of ``types``."""
    doc = ctx.doc
    start = sentence_of(ctx, tok.i)[0]
    if start > 0:
        start = sentence_of(ctx, start - 1)[0]  # the previous sentence too
    for j in range(tok.i - 1, start - 1, -1):
        t = doc[j]
        if t.dep_ not in SUBJECT_DEPS or t.i == tok.i:
            continue
        key = _key_near(ctx, t, refs)
        if key is None:
            return None
        ent = entities.get(key)
        return key if ent is not None and ent.type in types else None
    return None


def _key_near(ctx: DocContext, t: Token, refs: list[Reference]) -> str | None:
    key = ctx.entity_key_at(t)
    if key is not None:
        return key
    for ev in refs:
        if ev.token == t.i:
            return ev.entity
    return None
