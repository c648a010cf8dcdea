"""Band members whose band is not named beside them: "drummer Stephen Morris", "lead singer X",
"featuring Jay Bentley on bass" take the one band of the sentence, else of the article."""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import declare
from kgraph.extract.relations.common import Described, SoFar, fact, lemma_of
from kgraph.extract.toolkit import SUBJECT_DEPS, Found, entity_type
from kgraph.types import Relation

# They read the descriptors, and every memberOf fact made before (a named band is kept).
_NEEDS = ("relations.descriptors", "relations.titles", "relations.parties", "relations.modifiers",
          "relations.affiliation")
BAND_OF_SENTENCE = declare(
    "relations.bands.band_of_sentence", "relation",
    'A band role with no band beside it takes the one band of the sentence: "The Hub, a rock group, '
    'added drummer Paul Lind", "Vox Band recruited singer Ann Bo"', prior=0.6, needs=_NEEDS)
BAND_OF_ARTICLE = declare(
    "relations.bands.band_of_article", "relation",
    'A band role with no band in its sentence takes the one band of the article: "drummer Stephen '
    'Morris", "featuring Jay Bentley on bass"', prior=0.55, needs=_NEEDS)


def band_roles(ctx: DocContext, so_far: SoFar) -> Iterator[Relation]:
    """"Drummer Stephen Morris", "band member Reuben Wu" with no band named beside them: the band
    is the one band of the sentence, else the one band of the article."""
    players = [(noun, anchor, person) for noun, anchor, person in so_far.described
               if (lemma_of(noun) in lx.BAND_ROLE_NOUNS or lemma_of(noun) in ("singer", "member"))
               and not any(c.lower_ == "fellow" for c in noun.children)]  # "fellow guitarist X"
    players += _on_instrument(ctx)
    if not players:
        return
    bands = _bands(ctx)
    if not bands:
        return
    members = {r.subject for r in so_far.facts if r.predicate == "memberOf"}
    doc_bands = set(bands.values())
    for noun, anchor, person in players:
        if person.key in members:
            continue  # "Coldplay singer Chris Martin": the band is named
        sent = ctx.sentence_index(noun)
        here = {key for i, key in bands.items() if ctx.sentence_index(ctx.doc[i]) == sent}
        # A singer or a member may belong to anything; "lead singer" and "band member" to a band,
        # which only a band named in the same sentence makes sure of for a bare "singer".
        sure = lemma_of(noun) in lx.BAND_ROLE_NOUNS | lx.BAND_INSTRUMENTS or any(
            c.lower_ in ("lead", "band") for c in noun.children if c.i < noun.i)
        if len(here) == 1 and (sure or (lemma_of(noun) == "singer" and _band_is_subject(ctx, bands, sent))):
            yield fact(BAND_OF_SENTENCE, person, "memberOf", (anchor, noun), obj=Found(here.pop()))
        elif not here and sure and len(doc_bands) == 1:
            yield fact(BAND_OF_ARTICLE, person, "memberOf", (anchor, noun), obj=Found(next(iter(doc_bands))))


def _band_is_subject(ctx: DocContext, bands: dict[int, str], sent: int) -> bool:
    """Whether the sentence is about the band: it is the subject of the main verb ("Joy Division was
    formed by A and B, later recruiting singer Ian Curtis"), not one of a list of acts."""
    root = ctx.doc[ctx.sentence_starts()[sent]].sent.root
    return any(c.dep_ in SUBJECT_DEPS and ctx.entity_key_at(c) in bands.values() for c in root.children)


def _on_instrument(ctx: DocContext) -> list[Described]:
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

