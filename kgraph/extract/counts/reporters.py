"""Who a count's sentence credits: "according to X", "as per X", "X said"."""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.data import words
from kgraph.extract.context import DocContext
from kgraph.extract.cues import REPORTING_VERBS
from kgraph.extract.toolkit import Found, entity_of, subject_of

SOURCE_WORDS: frozenset[str] = words("counts", "source_words")


def reporter(ctx: DocContext, tok: Token) -> str | None:
    """The entity the sentence of ``tok`` credits, if any."""
    sent = tok.sent
    for t in sent:
        if t.lower_ in SOURCE_WORDS or (t.lower_ == "to" and t.head.lower_ == "according"):
            for pobj in t.subtree:
                if pobj.dep_ == "pobj":
                    found = entity_of(ctx, pobj)
                    if found is not None:
                        return found.key
    for anc in tok.ancestors:
        if anc.lemma_.lower() in REPORTING_VERBS and anc.pos_ == "VERB":
            said = _subject_entity(ctx, anc)
            if said is not None:
                return said.key
    root = sent.root
    if root.lemma_.lower() in REPORTING_VERBS and root not in tok.ancestors:
        said = _subject_entity(ctx, root)
        return said.key if said else None
    return None


def _subject_entity(ctx: DocContext, verb: Token) -> Found | None:
    """Who the reporting verb says spoke: its subject, or a passive's "by" agent ("described by
    Jobs"; the passive subject is what was described)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        for child in verb.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                return entity_of(ctx, pobj) if pobj is not None else None
        return None
    subj = subject_of(verb)
    return entity_of(ctx, subj) if subj is not None else None
