"""What verb and noun triggers share: participants, place, date, label, and the Event record."""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.data import words
from kgraph.dates import names_a_time, resolve_date
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import confidence
from kgraph.extract.toolkit import Found, conjuncts, entity_of, evidence_span
from kgraph.types import Event

PLACE_PREPS: frozenset[str] = words("events", "place_preps")
DATE_PREPS: frozenset[str] = words("events", "date_preps")
GATHERING_WORDS: frozenset[str] = words("events", "gathering_words")
OPPONENT_WORDS: frozenset[str] = words("events", "opponent_words")
OPPONENT_PREPS = ("to", "against", "by")
_TIME_TYPES = ("DATE", "TIME")


def make_event(ctx: DocContext, rule_id: str, trigger: Token, label: list[Token], conf: float,
               agent: Found | None, patient: Found | None, recipient: Found | None,
               place: Found | None) -> Event:
    """The Event of a trigger, its label tokens and participants, dated by its own modifiers."""
    label = label or [trigger]  # the label's tokens may all have been left out
    date_toks = date_tokens(trigger)
    date_text = " ".join(t.text for t in date_toks) or None
    date = resolve_date(date_text, ctx.article.date) if date_text else None
    actors: list[str] = []
    for f in (agent, patient, recipient):
        if f is not None and f.key not in actors:
            actors.append(f.key)
    sent = ctx.sentence_index(trigger)  # (cheaper than comparing token.sent spans)
    involved = [trigger, *label, *date_toks,
                *(f.token for f in (agent, patient, recipient, place) if f and f.token)]
    return Event(
        label=ctx.doc[label[0].i:label[-1].i + 1].text.strip(), trigger=trigger.text,
        evidence=evidence_span([t for t in involved if ctx.sentence_index(t) == sent]),
        confidence=confidence(rule_id, round(conf, 3)), agent=agent.key if agent else None,
        patient=patient.key if patient else None, recipient=recipient.key if recipient else None,
        actors=tuple(actors), place=place.key if place else None, date=date, date_text=date_text,
        rule=rule_id,
    )


def object_of(ctx: DocContext, verb: Token) -> Found | None:
    """The first entity among a verb's direct objects and their conjuncts."""
    for child in verb.children:
        if child.dep_ == "dobj":
            for t in conjuncts(child):
                found = entity_of(ctx, t)
                if found is not None:
                    return found
    return None


def recipient_of(ctx: DocContext, verb: Token) -> Found | None:
    """A dative's entity ("gave Weber a medal"), or the "to" object of a transfer verb."""
    for child in verb.children:
        if child.dep_ == "dative":
            found = entity_of(ctx, child) or pobj_entity(ctx, child)
            if found:
                return found
    if verb.lemma_.lower() in lx.TRANSFER_VERBS:
        return prep_entity(ctx, verb, ("to",))
    return None


def roles_without_echo(agent: Found | None, patient: Found | None) -> Found | None:
    """The patient, unless it is the agent again through a pronoun that is not reflexive ("X
    accused him": a pronoun resolved to the subject is a coreference slip; "X hurt himself" is not)."""
    if agent is None or patient is None or agent.key != patient.key:
        return patient
    tok = patient.token
    if tok is not None and tok.pos_ == "PRON" and not tok.lower_.endswith(("self", "selves")):
        return None
    return patient


def prep_entity(ctx: DocContext, head: Token, preps: tuple[str, ...],
                deps: tuple[str, ...] = ("prep",)) -> Found | None:
    """The entity of the first of ``head``'s prepositions in ``preps`` that has one."""
    for child in head.children:
        if child.dep_ in deps and child.lower_ in preps:
            found = pobj_entity(ctx, child)
            if found is not None:
                return found
    return None


def pobj_entity(ctx: DocContext, prep: Token) -> Found | None:
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            return entity_of(ctx, pobj)
    return None


def place_of(ctx: DocContext, head: Token) -> Found | None:
    """A place a trigger's preposition names ("in Lagos"; not the opponent of "lost to France")."""
    opponent = head.lemma_.lower() in OPPONENT_WORDS
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and not (
                opponent and child.lower_ in OPPONENT_PREPS):
            found = pobj_entity(ctx, child)
            if found is not None and is_place(ctx, found.key):
                return found
    return None


def is_place(ctx: DocContext, key: str) -> bool:
    """A place entity whose name is not a gathering's ("the Geneva Motor Show" is no place)."""
    entity = ctx.entity(key)
    return entity.type == "Place" and entity.name.split()[-1].lower() not in GATHERING_WORDS


def date_tokens(head: Token) -> list[Token]:
    """The first point in time among a trigger's own modifiers ("on March 3", "last week", "in an
    auction last year"): not a length ("for 15 years", "a 15-year sentence"), an end ("until the
    end of the year"), or a date that describes something else ("the Saturday-morning show",
    "Wednesday's match", "a firm which went bust in 2003")."""
    return _time_under(head, 0)


def _time_under(tok: Token, depth: int) -> list[Token]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
            phrase = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ in ("npadvmod", "advmod", "tmod"):
            phrase = child
        else:
            continue
        if phrase is None:
            continue
        if phrase.ent_type_ in _TIME_TYPES:
            toks = _time_run(phrase)
            if names_a_time(" ".join(t.text for t in toks)):
                return toks
        elif depth < 2:
            toks = _time_under(phrase, depth + 1)  # "in an auction last year"
            if toks:
                return toks
    return []


def _time_run(phrase: Token) -> list[Token]:
    """The unbroken run of date or time tokens around ``phrase`` inside its own phrase."""
    sub = list(phrase.subtree)
    start = end = sub.index(phrase)
    while start > 0 and sub[start - 1].ent_type_ in _TIME_TYPES and sub[start - 1].i == sub[start].i - 1:
        start -= 1
    while end + 1 < len(sub) and sub[end + 1].ent_type_ in _TIME_TYPES and sub[end + 1].i == sub[end].i + 1:
        end += 1
    return sub[start:end + 1]


def contiguous(head: Token, toks: list[Token]) -> list[Token]:
    """The unbroken run of ``toks`` that starts at ``head``, trailing punctuation dropped."""
    chosen = {t.i for t in toks}
    out = []
    i = head.i
    while i in chosen:
        out.append(head.doc[i])
        i += 1
    while len(out) > 1 and out[-1].is_punct:
        out.pop()
    return out
