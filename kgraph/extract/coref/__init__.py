"""Within-document coreference: pronouns and descriptions resolved to the entities named earlier."""

from __future__ import annotations

from spacy.tokens import Span

from kgraph.extract.context import DocContext
from kgraph.extract.coref.discourse import (
    Reference,
    SentenceDistance,
    candidate_tokens,
    in_clause,
    is_subject,
    junk_line_tokens,
    mention_spans,
    name_references,
    quoted_tokens,
    topic_person,
)
from kgraph.extract.coref.nominals import nominal_phrase, resolve_nominal
from kgraph.extract.coref.pronouns import resolve_pronoun
from kgraph.extract.coref.roles import collect_ages, collect_roles
from kgraph.extract.cues import PRONOUNS
from kgraph.types import Mention, MentionKind

__all__ = ["collect_ages", "collect_roles", "nominal_phrase", "resolve_references"]

# Tokens are read in document order; each pronoun goes to ``pronouns``, each definite description
# to ``nominals``, and each mention made joins the history later ones are resolved against. Every
# mention records the rule that resolved it; a rule switched off makes none of its mentions, and
# no other rule makes them instead.


def resolve_references(ctx: DocContext) -> list[Mention]:
    """Pronoun and nominal mentions of ``ctx.entities``, in document order."""
    doc = ctx.doc
    entities = {e.key: e for e in ctx.entities}
    quoted = quoted_tokens(ctx)
    spans = mention_spans(ctx)
    roles = collect_roles(ctx, spans)
    ages = collect_ages(ctx, spans)
    junk = junk_line_tokens(ctx)
    refs = [ev for ev in name_references(ctx, quoted, spans) if ev.token not in junk]
    distance = SentenceDistance(ctx, quoted)
    topic = topic_person(refs, entities)
    # The tokens of the mentions so far: those ``ctx.entity_key_at`` knows.
    covered = {i for _, span in spans for i in range(span.start, span.end)}
    found: list[Mention] = []
    for i in candidate_tokens(ctx):
        if i in covered:
            continue
        tok = doc[i]
        resolved: tuple[Span, tuple[str, str] | None, MentionKind] | None = None
        if tok.lower_ in PRONOUNS and tok.pos_ in ("PRON", "DET", "") and tok.i not in quoted:
            resolved = (doc[tok.i:tok.i + 1], resolve_pronoun(ctx, tok, refs, entities, distance, topic),
                        "pronoun")
        elif tok.pos_ in ("NOUN", "ADJ", "NUM") or tok.lower_ == "old":
            np = nominal_phrase(tok)
            if np is not None and not any(i in covered for i in range(np.start, np.end)):
                resolved = (np, resolve_nominal(ctx, tok, np, refs, entities, roles, ages), "nominal")
        if resolved is None:
            continue
        span, decided, kind = resolved
        if decided is None or not ctx.on(decided[1]):
            continue
        key, rule = decided
        sent = ctx.sentence_index(tok)
        found.append(Mention(span.start_char, span.end_char, span.text, key, kind, sent, rule))
        refs.append(Reference(tok.i, key, sent, is_subject(tok), tok.i in quoted, embedded=in_clause(tok)))
        refs.sort(key=lambda ev: ev.token)
        covered.update(range(span.start, span.end))
    return found
