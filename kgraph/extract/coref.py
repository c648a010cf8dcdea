"""Within-document coreference: pronouns and descriptions resolved to the entities named earlier."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Span, Token

from kgraph.extract.context import DocContext
from kgraph.extract.cues import (
    GENERIC_ORG_NOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PLACE_ROLE_NOUNS,
    PRONOUNS,
    REPORTING_VERBS,
    role_gender,
)
from kgraph.extract.toolkit import age_of_words
from kgraph.names import first_name_gender, fold
from kgraph.types import Entity, Mention

# How many sentences back a pronoun may look for its antecedent.
PRONOUN_WINDOW = 3
# How many sentences back "the company" / "the country" may look.
NOMINAL_WINDOW = 6
# A pronoun is left unresolved when the runner-up scores this close to the best candidate.
MARGIN = 0.5
# Salience (after centering theory): the person an article is about, the subject of its first
# sentence who is named again, stays the preferred referent of "he"/"she" even when another name
# of that gender came closer, and stays a candidate beyond PRONOUN_WINDOW. A name inside
# parentheses ("(when Killy became ...)") or among the names of a plural noun ("Piccard's
# siblings Leila, Ian and Jeff") is a side remark, not the centre of the discourse.
TOPIC_BONUS = 0.5
ASIDE_PENALTY = 0.5
# The topic is sought among the subjects of this many first sentences.
TOPIC_SENTENCES = 3
# Nouns for musical groups: "the band" is the last organisation named or described as one
# ("Joy Division ... the band"; "X is an English rock band").
ENSEMBLE_NOUNS = frozenset({"band", "duo", "trio", "quartet", "quintet", "ensemble", "orchestra",
                            "choir", "group"})
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}


@dataclass(frozen=True)
class _Event:
    """One reference to an entity at a token: the history antecedents are picked from."""

    token: int
    entity: str
    sent: int
    subject: bool
    in_quote: bool
    aside: bool = False


def resolve_references(ctx: DocContext) -> list[Mention]:
    """Pronoun and nominal mentions of ``ctx.entities``, in document order."""
    doc = ctx.doc
    entities = {e.key: e for e in ctx.entities}
    quoted = _quoted_tokens(ctx)
    spans = _mention_spans(ctx)
    roles = collect_roles(ctx, spans)
    ages = collect_ages(ctx, spans)
    junk = _junk_line_tokens(ctx)
    events = [ev for ev in _name_events(ctx, quoted, spans) if ev.token not in junk]
    distance = _SentenceDistance(ctx, quoted)
    topic = _topic_person(events, entities)
    # The tokens of the mentions so far: those ``ctx.entity_key_at`` knows.
    covered = {i for _, span in spans for i in range(span.start, span.end)}
    found: list[Mention] = []
    for i in _candidates(ctx):
        if i in covered:
            continue
        tok = doc[i]
        resolved: tuple[Span, str, str] | None = None
        if tok.lower_ in PRONOUNS and tok.pos_ in ("PRON", "DET", "") and tok.i not in quoted:
            key = _resolve_pronoun(ctx, tok, events, entities, distance, topic)
            if key is not None:
                resolved = (doc[tok.i:tok.i + 1], key, "pronoun")
        elif tok.pos_ in ("NOUN", "ADJ", "NUM") or tok.lower_ == "old":
            np = nominal_phrase(tok)
            if np is not None and not any(i in covered for i in range(np.start, np.end)):
                key = _resolve_nominal(ctx, tok, np, events, entities, roles, ages)
                if key is not None:
                    resolved = (np, key, "nominal")
        if resolved is None:
            continue
        span, key, kind = resolved
        sent = ctx.sentence_index(tok)
        found.append(Mention(span.start_char, span.end_char, span.text, key, kind, sent))
        events.append(_Event(tok.i, key, sent, _is_subject(tok), tok.i in quoted))
        events.sort(key=lambda ev: ev.token)
        covered.update(range(span.start, span.end))
    return found


def _mention_spans(ctx: DocContext) -> list[tuple[Mention, Span]]:
    """Each mention with its tokens (mentions that fit no tokens left out)."""
    doc = ctx.doc
    out = []
    for m in ctx.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.append((m, span))
    return out


def _candidates(ctx: DocContext) -> list[int]:
    """Indices of the tokens that may be resolved, in order: pronouns, and the heads of "the"
    (a definite description, see ``nominal_phrase``, starts with its head's child "the")."""
    doc = ctx.doc
    lowers = ctx.token_lowers()
    heads = {doc[i].head.i for i, low in enumerate(lowers) if low == "the"}
    return [i for i, low in enumerate(lowers) if low in PRONOUNS or i in heads]


class _SentenceDistance:
    """Sentences between two tokens, not counting sentences inside quotes.

    The parser splits quotes into many sentences; a pronoun after a long quote still refers to
    whoever was named just before it.
    """

    def __init__(self, ctx: DocContext, quoted: set[int]) -> None:
        self.ctx = ctx
        # Punctuation or space, per token.
        no_word = [p or s for p, s in ctx.doc.to_array([IS_PUNCT, IS_SPACE]).tolist()]
        counted = [0]
        for start, end in _sentence_bounds(ctx):
            first = next((i for i in range(start, end) if not no_word[i]), None)
            narrative = first is None or first not in quoted
            counted.append(counted[-1] + (1 if narrative else 0))
        self.counted = counted

    def __call__(self, from_sent: int, to_sent: int) -> int:
        return self.counted[to_sent + 1] - self.counted[from_sent + 1]


@lru_cache(maxsize=8)
def _junk_lines(text: str) -> tuple[tuple[int, int], ...]:
    from kgraph.extract.quotes import is_junk_line, paragraphs

    return tuple(p for p in paragraphs(text) if is_junk_line(text, p))


def _junk_line_tokens(ctx: DocContext) -> set[int]:
    """Tokens on short unpunctuated lines ("Advert"): never antecedents of a pronoun."""
    out: set[int] = set()
    for start, end in _junk_lines(ctx.text):
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _quoted_tokens(ctx: DocContext) -> set[int]:
    """Indices of tokens inside direct quotes, where he/she usually means someone else."""
    from kgraph.extract.quotes import find_quote_regions

    doc = ctx.doc
    inside: set[int] = set()
    for region in find_quote_regions(ctx.text):
        for start, end in region.pieces:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
    return inside


def _name_events(ctx: DocContext, quoted: set[int], spans: list[tuple[Mention, Span]]
                 ) -> list[_Event]:
    """One event per existing mention, at the mention's syntactic head."""
    events = []
    bracketed = _bracketed_tokens(ctx)
    for m, span in spans:
        head = span.root
        aside = head.i in bracketed or _listed_under_plural(head)
        events.append(_Event(head.i, m.entity, ctx.sentence_index(head),
                             _is_subject(head) and not aside, head.i in quoted, aside))
    events.sort(key=lambda ev: ev.token)
    return events


def _bracketed_tokens(ctx: DocContext) -> set[int]:
    """Indices of tokens between round brackets, within one sentence."""
    inside: set[int] = set()
    if "(" not in ctx.text:
        return inside
    lowers = ctx.token_lowers()
    for start, end in _sentence_bounds(ctx):
        opened: int | None = None
        for i in range(start, end):
            if lowers[i] == "(":
                opened = i
            elif lowers[i] == ")" and opened is not None:
                inside.update(range(opened + 1, i))
                opened = None
    return inside


def _sentence_bounds(ctx: DocContext) -> Iterator[tuple[int, int]]:
    """(first token, end) of each sentence, in order."""
    starts = ctx.sentence_starts()
    yield from zip(starts, [*starts[1:], len(ctx.doc)], strict=True)


def _sentence_of(ctx: DocContext, i: int) -> tuple[int, int]:
    """(first token, end) of the sentence holding token ``i`` (cheaper than ``Token.sent``)."""
    starts = ctx.sentence_starts()
    k = bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(ctx.doc)


def _listed_under_plural(tok: Token) -> bool:
    """A name given as one of the members of a plural noun ("his sons, Tom and Ben")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "appos" and tok.head.tag_ in ("NNS", "NNPS")


def _topic_person(events: list[_Event], entities: dict[str, Entity]) -> str | None:
    """The person the text is about: the first-named subject of its opening sentences, when
    named again later (a person named once is no topic)."""
    first_sent = events[0].sent if events else 0
    for ev in events:
        if ev.sent >= first_sent + TOPIC_SENTENCES:
            return None
        ent = entities.get(ev.entity)
        if ev.subject and not ev.in_quote and ent is not None and ent.type == "Person":
            again = sum(1 for other in events if other.entity == ev.entity)
            return ev.entity if again > 1 else None
    return None


def _is_subject(tok: Token) -> bool:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "Okafor and Mensah arrived": both are subjects
    if tok.dep_ in _SUBJECT_DEPS:
        return True
    # "Okafor, the minister, said": the name heads the subject through an apposition or compound.
    return tok.dep_ in ("compound", "appos", "poss") and tok.head.dep_ in _SUBJECT_DEPS \
        and tok.dep_ != "poss"


def _gender_of(entity: Entity, ctx: DocContext) -> str | None:
    if entity.gender in ("female", "male"):
        return entity.gender
    first = entity.name.split()[0] if " " in entity.name else ""
    g = first_name_gender(first) if first else None
    return g if g in ("female", "male") else None


def _resolve_pronoun(ctx: DocContext, tok: Token, events: list[_Event],
                     entities: dict[str, Entity], distance: _SentenceDistance,
                     topic: str | None = None) -> str | None:
    number, gender = PRONOUNS[tok.lower_]
    if gender == "neuter":
        return _resolve_it(ctx, tok, events, entities)
    if number == "pl":
        return _resolve_they(ctx, tok, events, entities)
    return _resolve_person_pronoun(ctx, tok, gender, events, entities, distance, topic)


def _resolve_person_pronoun(ctx: DocContext, tok: Token, gender: str | None,
                            events: list[_Event], entities: dict[str, Entity],
                            distance: _SentenceDistance, topic: str | None = None) -> str | None:
    sent = ctx.sentence_index(tok)
    coordinated = _coordinated_name(ctx, tok, gender, entities)
    if coordinated is not None:
        return coordinated
    chained = _chained_subject(ctx, tok, events)
    if chained is None:
        chained = _clause_subject(tok, gender, events)
    if chained is not None:
        return chained or None
    blocked = _bound_subjects(tok)
    best: dict[str, float] = {}
    for ev in events:
        if ev.token >= tok.i or ev.token in blocked:
            continue
        gap = distance(ev.sent, sent)
        if gap > PRONOUN_WINDOW:
            if ev.entity != topic:
                continue
            gap = PRONOUN_WINDOW + 1  # the topic stays in view, at the far end
        ent = entities.get(ev.entity)
        if ent is None or ent.type != "Person":
            continue
        known = _gender_of(ent, ctx)
        if known is not None and known != gender:
            continue
        score = -gap + (1.0 if ev.subject else 0.0) + (0.5 if known else 0.0)
        score += 0.01 * (ev.token - tok.i) / max(len(ctx.doc), 1)  # later mention wins ties
        score -= 0.5 if ev.in_quote else 0.0
        score -= ASIDE_PENALTY if ev.aside else 0.0
        score += TOPIC_BONUS if ev.entity == topic else 0.0
        if score > best.get(ev.entity, float("-inf")):
            best[ev.entity] = score
    return _pick(best)


def _coordinated_name(ctx: DocContext, tok: Token, gender: str | None,
                      entities: dict[str, Entity]) -> str | None:
    """"Meier Berg (1801-1870) and his wife": a possessive right after "and" is the person just
    named before the "and", whatever else the sentence holds."""
    doc = ctx.doc
    if tok.lower_ not in ("his", "her") or tok.i < 2 or doc[tok.i - 1].lower_ != "and":
        return None
    j = tok.i - 2
    start = _sentence_of(ctx, tok.i)[0]
    if doc[j].text == ")":  # skip a bracketed aside ("(1801-1870)")
        while j > start and doc[j].text != "(":
            j -= 1
        j -= 1
    key = ctx.entity_key_at(j) if j >= start else None
    ent = entities.get(key) if key is not None else None
    if ent is None or ent.type != "Person" or doc[j].pos_ != "PROPN":
        return None
    known = _gender_of(ent, ctx)
    return key if known in (None, gender) else None


def _chained_subject(ctx: DocContext, tok: Token, events: list[_Event]) -> str | None:
    """A subject "he" right after a sentence whose subject was "he" continues that chain.

    Returns the entity the earlier pronoun was resolved to, "" when it was left unresolved (the
    chain is not broken off to a less salient name: "he was forced out by X. He was succeeded
    by ..." is not X), and None when the rule does not apply.
    """
    if tok.dep_ not in _SUBJECT_DEPS or tok.head.dep_ != "ROOT":
        return None
    start = _sentence_of(ctx, tok.i)[0]
    if start == 0 or any(t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT"
                         for t in ctx.doc[start:tok.i]):
        return None
    prev = ctx.doc[_sentence_of(ctx, start - 1)[0]:start]
    subj = next((t for t in prev if t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.lower_ != tok.lower_:
        return None
    for ev in events:
        if ev.token == subj.i:
            return ev.entity
    return ""


def _clause_subject(tok: Token, gender: str | None, events: list[_Event]) -> str | None:
    """"He was succeeded by his son": a possessive whose clause has a "he" subject before it is
    that subject (its entity, or "" when the subject pronoun was left unresolved)."""
    if tok.dep_ != "poss":
        return None
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None or subj.i >= tok.i or subj.lower_ not in PRONOUNS \
            or PRONOUNS[subj.lower_] != ("sg", gender):
        return None
    for ev in events:
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
    return {c.i for c in verb.children if c.dep_ in _SUBJECT_DEPS} | {
        t.i for c in verb.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}


def _resolve_it(ctx: DocContext, tok: Token, events: list[_Event],
                entities: dict[str, Entity]) -> str | None:
    # "it" is so often expletive or about a thing that only two safe uses are resolved: the
    # possessive "its" and "it" as the subject of a reporting verb ("it said").
    if tok.lower_ == "its":
        pass
    elif not (tok.dep_ == "nsubj" and tok.head.lemma_ in REPORTING_VERBS):
        return None
    return _last_subject_entity(ctx, tok, events, entities, ("Organization",))


def _resolve_they(ctx: DocContext, tok: Token, events: list[_Event],
                  entities: dict[str, Entity]) -> str | None:
    # Plural pronouns mostly refer to plural common nouns; resolve only to an organisation that
    # was the last subject, and only when "they" speaks or possesses.
    if tok.lower_ not in ("they", "their") or tok.dep_ not in ("nsubj", "poss"):
        return None
    return _last_subject_entity(ctx, tok, events, entities, ("Organization",))


def _last_subject_entity(ctx: DocContext, tok: Token, events: list[_Event],
                         entities: dict[str, Entity], types: tuple[str, ...]) -> str | None:
    """The entity of the nearest preceding subject, when it is of one of ``types``."""
    doc = ctx.doc
    start = _sentence_of(ctx, tok.i)[0]
    if start > 0:
        start = _sentence_of(ctx, start - 1)[0]  # the previous sentence too
    for j in range(tok.i - 1, start - 1, -1):
        t = doc[j]
        if t.dep_ not in _SUBJECT_DEPS or t.i == tok.i:
            continue
        key = _key_near(ctx, t, events)
        if key is None:
            return None
        ent = entities.get(key)
        return key if ent is not None and ent.type in types else None
    return None


def _key_near(ctx: DocContext, t: Token, events: list[_Event]) -> str | None:
    key = ctx.entity_key_at(t)
    if key is not None:
        return key
    for ev in events:
        if ev.token == t.i:
            return ev.entity
    return None


# --- nominals -----------------------------------------------------------------------------

def nominal_phrase(head: Token) -> Span | None:
    """The definite description headed by ``head`` ("the transport minister"), if it is one."""
    doc = head.doc
    if head.tag_ in ("NNS", "NNPS") or head.dep_ in ("compound", "amod", "poss", "nummod"):
        return None
    left = [c for c in head.lefts]
    if not left or left[0].lower_ != "the" or left[0].dep_ != "det":
        return None
    if any(c.dep_ == "poss" for c in left):
        return None
    # "the minister, Amara Okafor," or "the minister Okafor": the name is right there.
    if any(c.dep_ in ("appos", "compound", "flat") and c.ent_type_ for c in head.children):
        return None
    if head.dep_ == "appos":
        return None
    return doc[left[0].i:head.i + 1]


def _age_of_phrase(np: Span) -> int | None:
    return age_of_words([t.lower_ for t in np])


def _resolve_nominal(ctx: DocContext, head: Token, np: Span, events: list[_Event],
                     entities: dict[str, Entity], roles: dict[str, dict[str, int]],
                     ages: dict[str, int]) -> str | None:
    sent = ctx.sentence_index(head)
    age = _age_of_phrase(np)
    if age is not None:
        fits = [k for k, a in ages.items() if a == age]
        return fits[0] if len(fits) == 1 else None
    word = head.lemma_.lower()
    if word in PERSON_ROLE_NOUNS:
        return _by_role(word, head, np, events, entities, roles)
    if word in ENSEMBLE_NOUNS:
        key = _by_ensemble_noun(ctx, word, head, sent, events, entities)
        if key is not None or word not in GENERIC_ORG_NOUNS:
            return key
    if word in ORG_ROLE_NOUNS or word in GENERIC_ORG_NOUNS:
        return _by_org_noun(word, head, sent, events, entities)
    if word in PLACE_ROLE_NOUNS:
        return _by_place_noun(word, head, sent, events, entities)
    return None


def _by_role(word: str, head: Token, np: Span, events: list[_Event],
             entities: dict[str, Entity], roles: dict[str, dict[str, int]]) -> str | None:
    """The person last mentioned before ``head`` whose role (title, apposition) is ``word``."""
    gender = role_gender(word)
    fits = set()
    for key, seen in roles.items():
        first = seen.get(word)
        if first is None or first >= head.i:
            continue
        ent = entities.get(key)
        if ent is None or ent.type != "Person":
            continue
        if gender and ent.gender and ent.gender != gender:
            continue
        fits.add(key)
    if not fits:
        return None
    last = {ev.entity: ev.token for ev in events if ev.token < head.i and ev.entity in fits}
    if not last:
        return None
    return max(last, key=lambda k: last[k])


def _org_words(ent: Entity) -> set[str]:
    words: set[str] = set()
    for name in (ent.name, *ent.aliases):
        words.update(fold(w) for w in name.split())
    return words


def _by_org_noun(word: str, head: Token, sent: int, events: list[_Event],
                 entities: dict[str, Entity]) -> str | None:
    """The nearest organisation whose name carries the noun, or any company for "the company"."""
    for ent in _recent(events, head, sent, entities):
        if ent.type != "Organization":
            continue
        words = _org_words(ent)
        if word in words:
            return ent.key
        specific = words & (ORG_ROLE_NOUNS - GENERIC_ORG_NOUNS)
        if word in GENERIC_ORG_NOUNS and not specific:
            return ent.key
    return None


def _by_ensemble_noun(ctx: DocContext, word: str, head: Token, sent: int, events: list[_Event],
                      entities: dict[str, Entity]) -> str | None:
    """The nearest organisation named or described as a band ("the rock band X", "X is a duo")."""
    for ent in _recent(events, head, sent, entities):
        if ent.type != "Organization":
            continue
        if word in _org_words(ent) or _described_as_ensemble(ctx, ent.key, head.i):
            return ent.key
    return None


def _described_as_ensemble(ctx: DocContext, key: str, before: int) -> bool:
    """True when a name of ``key`` before token ``before`` carries a band noun: "rock band X",
    "X, a duo from Leeds", "X is an American rap metal band"."""
    doc = ctx.doc
    for m in ctx.mentions:
        if m.entity != key or m.kind != "name":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start >= before:
            continue
        name = span.root
        nouns = [c for c in name.children if c.dep_ in ("compound", "appos") and c.i not in
                 range(span.start, span.end)]
        if name.dep_ in ("appos", "compound"):
            nouns.append(name.head)
        if name.dep_ in _SUBJECT_DEPS and name.head.lemma_ == "be":
            nouns.extend(c for c in name.head.children if c.dep_ == "attr")
        if any(n.lemma_.lower() in ENSEMBLE_NOUNS for n in nouns):
            return True
    return False


def _by_place_noun(word: str, head: Token, sent: int, events: list[_Event],
                   entities: dict[str, Entity]) -> str | None:
    want_country = word in ("country", "nation", "kingdom", "republic")
    for ent in _recent(events, head, sent, entities):
        if ent.type == "Place" and ent.country == want_country:
            return ent.key
    return None


def _recent(events: list[_Event], head: Token, sent: int, entities: dict[str, Entity]) -> Iterator[Entity]:
    """Entities mentioned before ``head``, nearest first, within the nominal window."""
    for ev in reversed(events):
        if ev.token >= head.i:
            continue
        if sent - ev.sent > NOMINAL_WINDOW:
            break
        ent = entities.get(ev.entity)
        if ent is not None:
            yield ent


# --- roles and ages seen next to names --------------------------------------------------

def collect_roles(ctx: DocContext, spans: list[tuple[Mention, Span]]) -> dict[str, dict[str, int]]:
    """For each entity, the role nouns seen with its names and the first token they were seen at.

    Sources: titles the entity extractor kept, title words before a name ("Transport Minister
    Amara Okafor"), appositions ("Okafor, the transport minister," / "the minister, Okafor,")
    and copulas ("Okafor is the minister").
    """
    doc = ctx.doc
    roles: dict[str, dict[str, int]] = {}
    for ent in ctx.entities:
        for title in ent.titles:
            roles.setdefault(ent.key, {}).setdefault(title.lower(), len(doc))
    for m, span in spans:
        if m.kind != "name":
            continue
        seen = roles.setdefault(m.entity, {})
        for word in _roles_around(span):
            if seen.get(word, len(doc) + 1) > span.start:
                seen[word] = span.start
    return roles


def _roles_around(span: Span) -> list[str]:
    head = span.root
    found = []
    for c in head.children:
        if c.i < span.start and c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN"):
            found.append(c.lower_)
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            found.append(c.lemma_.lower())
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        found.append(head.head.lemma_.lower())
    j = span.start - 1
    while j >= 0 and span.doc[j].is_title and span.doc[j].pos_ in ("NOUN", "PROPN"):
        found.append(span.doc[j].lower_)
        j -= 1
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        found.extend(c.lemma_.lower() for c in head.head.children if c.dep_ == "attr"
                     and c.pos_ == "NOUN")
    return [w for w in found if w in PERSON_ROLE_NOUNS or w in ORG_ROLE_NOUNS]


def collect_ages(ctx: DocContext, spans: list[tuple[Mention, Span]]) -> dict[str, int]:
    """Ages given next to a person's name ("Okafor, 52," / "52-year-old Okafor")."""
    doc = ctx.doc
    lowers = ctx.token_lowers()
    ages: dict[str, int] = {}
    for m, span in spans:
        if m.kind != "name":
            continue
        if lowers[span.end:span.end + 3:2] == [",", ","]:  # "Okafor, 52,"
            age_text = doc[span.end + 1].text
            if age_text.isdigit() and 0 < int(age_text) < 120:
                ages.setdefault(m.entity, int(age_text))
        age = age_of_words(lowers[max(span.start - 5, 0):span.start])
        if age is not None:
            ages.setdefault(m.entity, age)
    return ages
