"""Events (attacks, arrests, deals, elections, meetings, ...) with their actors, place and time."""

from __future__ import annotations

from spacy.symbols import NOUN, VERB
from spacy.tokens import Token

from kgraph.dates import resolve_date
from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.toolkit import Found, conjuncts, entity_of, evidence_span, subject_of
from kgraph.types import Event

_PLACE_PREPS = {"in", "at", "into", "near", "outside", "inside", "across", "to", "from"}
# Verbs whose "with" object is the other party ("signed a deal with X", "met with X").
_WITH_VERBS = {"sign", "agree", "meet", "merge", "clash", "talk"}
# Children of a verb that belong in its label ("moved tanks into the region").
_LABEL_DEPS = {"prt", "dobj", "dative", "prep", "attr", "oprd", "acomp", "xcomp"}


def extract_events(ctx: DocContext) -> list[Event]:
    """Newsworthy verb and noun events that have at least one named participant or a place."""
    events: list[Event] = []
    pos = ctx.token_pos()
    for i, lemma in enumerate(ctx.token_lemmas()):
        if pos[i] == VERB and lemma in lx.EVENT_VERBS:
            event = _verb_event(ctx, ctx.doc[i])
        elif pos[i] == NOUN and lemma in lx.EVENT_NOUNS:
            event = _noun_event(ctx, ctx.doc[i])
        else:
            continue
        if event is not None:
            events.append(event)
    return events


def _verb_event(ctx: DocContext, verb: Token) -> Event | None:
    if verb.dep_ in ("amod", "compound") or any(c.dep_ == "neg" for c in verb.children):
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subj = subject_of(verb)
    subject = entity_of(ctx, subj) if subj is not None else None
    by_agent = _prep_entity(ctx, verb, ("by",), deps=("agent", "prep"))
    agent, patient = (by_agent, subject) if passive else (subject, _object(ctx, verb))
    if patient is None and verb.lemma_.lower() in _WITH_VERBS:
        patient = _prep_entity(ctx, verb, ("with",))
    recipient = _recipient(ctx, verb)
    place = _place(ctx, verb) or next(
        (p for c in verb.children if c.dep_ == "dobj" for p in [_place(ctx, c)] if p), None)
    if not (agent or patient or recipient or place):
        return None
    roles = [r for r in (agent, patient, recipient) if r is not None]
    conf = 0.6 + 0.1 * min(len(roles), 2) + (0.05 if place else 0.0)
    label_toks = _verb_label(verb)
    return _event(ctx, verb, label_toks, conf, agent, patient, recipient, place,
                  future=any(c.lower_ in ("will", "'ll", "shall") for c in verb.children))


def _noun_event(ctx: DocContext, noun: Token) -> Event | None:
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.EVENT_VERBS:
        return None  # "signed a deal": the verb's event already holds it
    agent = next((entity_of(ctx, c) for c in noun.children if c.dep_ == "poss"), None)
    agent = agent or _prep_entity(ctx, noun, ("by",))
    patient = _prep_entity(ctx, noun, ("of", "against", "on", "with"))
    recipient = _prep_entity(ctx, noun, ("to",))
    place = _place(ctx, noun)
    if noun.lemma_.lower() in lx.WEAK_EVENT_NOUNS and not (agent or patient or recipient):
        return None
    if not (agent or patient or recipient or place):
        return None
    label = [t for t in noun.subtree if t.i >= noun.i and t.dep_ not in ("relcl", "appos")]
    label = _contiguous(noun, label)
    return _event(ctx, noun, label, 0.65, agent, patient, recipient, place)


def _event(ctx: DocContext, trigger: Token, label: list[Token], conf: float,
           agent: Found | None, patient: Found | None, recipient: Found | None,
           place: Found | None, *, future: bool = False) -> Event:
    label = label or [trigger]  # the label's tokens may all have been left out
    date_toks = _date_tokens(trigger)
    date_text = " ".join(t.text for t in date_toks) or None
    date = resolve_date(date_text, ctx.article.date, future=future) if date_text else None
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
        confidence=round(conf, 3), agent=agent.key if agent else None,
        patient=patient.key if patient else None, recipient=recipient.key if recipient else None,
        actors=tuple(actors), place=place.key if place else None, date=date, date_text=date_text,
    )


def _object(ctx: DocContext, verb: Token) -> Found | None:
    for child in verb.children:
        if child.dep_ == "dobj":
            for t in conjuncts(child):
                found = entity_of(ctx, t)
                if found is not None:
                    return found
    return None


def _recipient(ctx: DocContext, verb: Token) -> Found | None:
    for child in verb.children:
        if child.dep_ == "dative":
            found = entity_of(ctx, child) or _pobj_entity(ctx, child)
            if found:
                return found
    if verb.lemma_.lower() in lx.TRANSFER_VERBS:
        return _prep_entity(ctx, verb, ("to",))
    return None


def _prep_entity(ctx: DocContext, head: Token, preps: tuple[str, ...],
                 deps: tuple[str, ...] = ("prep",)) -> Found | None:
    for child in head.children:
        if child.dep_ in deps and child.lower_ in preps:
            found = _pobj_entity(ctx, child)
            if found is not None:
                return found
    return None


def _pobj_entity(ctx: DocContext, prep: Token) -> Found | None:
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            return entity_of(ctx, pobj)
    return None


def _place(ctx: DocContext, head: Token) -> Found | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            found = _pobj_entity(ctx, child)
            if found is not None and ctx.entity(found.key).type == "Place":
                return found
    return None


def _date_tokens(head: Token) -> list[Token]:
    """The first date phrase among a trigger's own modifiers ("on March 3", "last week")."""
    for child in head.children:
        if child.dep_ in ("prep", "npadvmod", "advmod", "tmod"):
            toks = [t for t in child.subtree if t.ent_type_ in ("DATE", "TIME")]
            if toks:
                return toks
    return []


def _verb_label(verb: Token) -> list[Token]:
    keep = [verb]
    for child in verb.children:
        if child.i > verb.i and child.dep_ in _LABEL_DEPS:
            sub = list(child.subtree)
            if any(t.ent_type_ in ("DATE", "TIME") for t in sub):
                continue
            keep.extend(sub)
    return _contiguous(verb, sorted(keep, key=lambda t: t.i))


def _contiguous(head: Token, toks: list[Token]) -> list[Token]:
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

