"""Which sense of a trigger word is an event: "sent troops to Iraq" is one, "sent his shot wide",
"left rates on hold", "a heart attack", "Die Hard 2" and "Lenovo's sales" are not."""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.data import load, words
from kgraph.extract.context import DocContext
from kgraph.extract.toolkit import Found, entity_of

NOT_EVENT_COMPOUNDS: frozenset[str] = words("events", "not_event_compounds")
NOT_EVENT_FORMS: frozenset[str] = words("events", "not_event_forms")
NAME_LABELS: frozenset[str] = words("events", "name_labels")
NEEDS_PARTICLE: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in load("events")["needs_particle"].items()}
WRONG_PARTICLES: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in load("events")["wrong_particles"].items()}
VERB_NEEDS: dict[str, str] = {
    verb: need for need, verbs in load("events")["verb_needs"].items() for verb in verbs}
_DESTINATION_PREPS = ("to", "into")


def in_a_name(ctx: DocContext, trigger: Token) -> bool:
    """A trigger word that is part of a name ("the Assault of ... Act", "Die Hard 2")."""
    if ctx.entity_key_at(trigger) is not None:
        return True
    if not trigger.is_title:
        return False  # (a lower-case verb inside a name is the tagger's slip: "England won the Cup")
    if trigger.ent_type_ in NAME_LABELS:
        return True
    if trigger.is_sent_start or trigger.i == 0 or trigger.nbor(-1).is_punct:
        return False
    alpha = [t for t in trigger.sent if t.is_alpha]
    return sum(t.is_title for t in alpha) * 2 <= len(alpha)  # a capital mid-sentence, not a headline


def noun_sense(noun: Token) -> bool:
    """An event noun in its event sense: not "a heart attack", not "sales"."""
    if noun.lower_ in NOT_EVENT_FORMS:
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in NOT_EVENT_COMPOUNDS
                   for c in noun.children)


def verb_sense(ctx: DocContext, verb: Token, patient: Found | None, recipient: Found | None,
               place: Found | None) -> bool:
    """An event verb in its event sense, by its particle and what it needs ("stepped down",
    "sent troops to Iraq", "was shot"; not "won him over", "sent his shot wide")."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma in NEEDS_PARTICLE and not particles & NEEDS_PARTICLE[lemma]:
        return False
    if particles & WRONG_PARTICLES.get(lemma, frozenset()):
        return False
    need = VERB_NEEDS.get(lemma)
    if need == "destination":
        return recipient is not None or _destination(ctx, verb)
    if need == "person":
        return patient is not None and ctx.entity(patient.key).type == "Person"
    if need == "object":  # (a passive's subject is its object: "the bill was passed")
        return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    if need == "departure":
        return _departure(ctx, verb)
    return True


def _departure(ctx: DocContext, verb: Token) -> bool:
    """Leaving a named organisation or place, or leaving without an object ("left the firm on 31
    December", "she was leaving"); not leaving something in a state ("left rates on hold")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "acomp", "ccomp", "xcomp")]
    if not objects:
        return True
    found = entity_of(ctx, objects[0]) if objects[0].dep_ == "dobj" and len(objects) == 1 else None
    if found is None or ctx.entity(found.key).type not in ("Organization", "Place"):
        return False
    return not any(c.dep_ == "prep" and c.i > objects[0].i and c.lower_ in ("on", "in", "at")
                   and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in verb.children)


def _destination(ctx: DocContext, verb: Token) -> bool:
    """A "to"/"into" object of a verb: a named place or organisation, or for a verb with an object
    any noun ("moved to Chelsea", "sent the case back to the district court")."""
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _DESTINATION_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = entity_of(ctx, pobj)
                    if found is not None and ctx.entity(found.key).type in ("Place", "Organization"):
                        return True
                    if has_object and pobj.pos_ in ("NOUN", "PROPN"):
                        return True
    return False
