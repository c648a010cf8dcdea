"""Events (attacks, arrests, deals, elections, meetings, ...) with their actors, place and time.

Each rule reads one trigger token (verbs.py: verbs, nouns.py: nouns; roles.py holds what they
share), and the extractor walks the document once, so events come in document order: their IRIs
number them in that order.
"""

from __future__ import annotations

from spacy.symbols import NOUN, VERB

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.events import nouns, verbs
from kgraph.types import Event


def extract_events(ctx: DocContext) -> list[Event]:
    """Newsworthy verb and noun events that have at least one named participant or a place."""
    verbs_on, nouns_on = ctx.on(verbs.TRIGGER), ctx.on(nouns.TRIGGER)
    events: list[Event] = []
    if not (verbs_on or nouns_on):
        return events
    pos = ctx.token_pos()
    for i, lemma in enumerate(ctx.token_lemmas()):
        if pos[i] == VERB and lemma in lx.EVENT_VERBS:
            event = verbs.verb_trigger(ctx, ctx.doc[i]) if verbs_on else None
        elif pos[i] == NOUN and lemma in lx.EVENT_NOUNS:
            event = nouns.noun_trigger(ctx, ctx.doc[i]) if nouns_on else None
        else:
            continue
        if event is not None:
            events.append(event)
    return events


__all__ = ["extract_events"]
