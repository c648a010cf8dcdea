"""Hand-built parses written one token a line, for the event and count tests.

    ctx = parse('''
        Weber   PROPN nsubj 2
        could   AUX   aux   2 could MD
        resign  VERB  ROOT  2 resign VB
        .       PUNCT punct 2
    ''', ents=[(0, 1, "e0", "Person")])

Each line: word, POS, dependency, head index, then optionally the lemma (the lower-case word by
default), the fine tag and the entity label (``-`` leaves one out).
"""

from __future__ import annotations

from conftest import build_ctx

from kgraph.extract.context import DocContext


def parse(spec: str, ents: list[tuple[int, int, str, str]] = (),  # type: ignore[assignment]
          date: str | None = "2024-03-05") -> DocContext:
    """A DocContext over the parse ``spec`` with the entities (start, end, key, type) as names."""
    rows = [line.split() for line in spec.strip().splitlines() if line.strip()]
    words = [r[0].replace("\\n", "\n") for r in rows]
    lemmas = [r[4] if len(r) > 4 and r[4] != "-" else r[0].lower() for r in rows]
    tags = [r[5] if len(r) > 5 and r[5] != "-" else "" for r in rows]
    ctx = build_ctx(words, [int(r[3]) for r in rows], [r[2] for r in rows], [r[1] for r in rows],
                    [(s, e, k, t, "name", t == "Place") for s, e, k, t in ents], lemmas=lemmas,
                    tags=tags, date=date)
    for i, r in enumerate(rows):
        if len(r) > 6 and r[6] != "-":
            ctx.doc[i].ent_type_ = r[6]
    return ctx
