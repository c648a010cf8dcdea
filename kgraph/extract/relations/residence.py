"""Where people and organisations are: "X lives in Cologne", "X is currently in Lagos", "the
Berlin-based Y"."""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import declare
from kgraph.extract.relations.common import fact, is_place, persons_of
from kgraph.extract.toolkit import entity_at, entity_of, entity_type, subject_of, tokens_with_lemma
from kgraph.types import Relation

BASED = declare("relations.residence.based", "relation", '"the Berlin-based Y"', prior=0.8)
IS_IN = declare("relations.residence.is_in", "relation",
                '"X is currently in Lagos", "X works in Y" (the verb heads its clause)', prior=0.6)
LIVES_IN = declare("relations.residence.lives_in", "relation",
                   '"X lives in Cologne", "X, based in Y", "Y is headquartered in Z"', prior=0.75)


def located(ctx: DocContext) -> Iterator[Relation]:
    """"X is currently in Lagos", "X lives in Cologne", "the Berlin-based Y", "X, based in Y"."""
    for tok in tokens_with_lemma(ctx, lx.LOCATION_VERBS | {"base"}):
        lemma = tok.lemma_.lower()
        if lemma == "base" and tok.dep_ == "amod":
            places = [p for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")
                      for p in [entity_at(ctx, c)] if p]
            holder = entity_of(ctx, tok.head)
            for p in places:
                if holder and is_place(ctx, p) and holder.key != p.key:
                    yield fact(BASED, holder, "locatedIn", (tok, tok.head), obj=p)
            continue
        if lemma not in lx.LOCATION_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in ("be", "work") and tok.dep_ not in ("ROOT", "conj", "relcl", "ccomp"):
            continue
        if lemma == "be" and any(c.dep_ in ("attr", "acomp") for c in tok.children):
            continue
        subj = subject_of(tok)
        holders = [f for f in persons_of(ctx, subj) if entity_type(ctx, f.key) != "Place"]
        places = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in lx.LOCATION_PREPS
                  for o in c.children if o.dep_ == "pobj" for p in [entity_at(ctx, o)] if p]
        made_by = IS_IN if lemma in ("be", "work") else LIVES_IN
        for h in holders:
            for p in places:
                if is_place(ctx, p) and h.key != p.key:
                    yield fact(made_by, h, "locatedIn", (tok,) + ((subj,) if subj else ()), obj=p)
