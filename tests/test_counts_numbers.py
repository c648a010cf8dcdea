"""Reading numbers (kgraph/extract/counts/numbers.py)."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.counts import number_value
from kgraph.extract.counts.numbers import counted_noun


def test_number_values() -> None:
    doc = make_doc(["1,204", "2.5", "billion", "forty", "300m", "7th", "1990s"])
    assert [number_value(t) for t in doc] == [1204, 2.5e9, None, 40, 3e8, None, None]


def test_the_counted_noun_is_the_number_s_head_or_the_number_itself() -> None:
    doc = make_doc(["40", "people", "and", "12", "died"], heads=[1, 4, 1, 1, 4],
                   deps=["nummod", "nsubj", "cc", "conj", "ROOT"],
                   pos=["NUM", "NOUN", "CCONJ", "NUM", "VERB"])
    noun = counted_noun(doc[0])
    assert noun is not None and noun.text == "people"
    assert counted_noun(doc[3]) == doc[3]
    doc = make_doc(["in", "40"], heads=[0, 0], deps=["ROOT", "npadvmod"], pos=["ADP", "NUM"])
    assert counted_noun(doc[1]) is None
