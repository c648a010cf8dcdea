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


def test_a_multiplier_at_a_sentence_s_end_after_a_hyphen_and_in_a_range() -> None:
    # "£140m." (the tokenizer leaves "m." with its full stop), "$700-million", "$2-300 million",
    # "£3.13m." and exact decimals ("4.1bn" is 4,100,000,000, not 4,099,999,999.9999995).
    doc = make_doc(["£", "140", "m."])
    assert number_value(doc[1]) == 140e6
    doc = make_doc(["$", "700", "-", "million", "fine"], spaces=[False, False, False, True, False])
    assert number_value(doc[1]) == 700e6
    doc = make_doc(["$", "2", "-", "300", "million"], spaces=[False, False, False, True, False])
    assert (number_value(doc[1]), number_value(doc[3])) == (200e6, 300e6)
    doc = make_doc(["$", "20", "-", "30", "million"], spaces=[False, False, False, True, False])
    assert number_value(doc[1]) == 20e6
    doc = make_doc(["£", "3.13", "m.", "4.1bn"])
    assert (number_value(doc[1]), number_value(doc[3])) == (3.13e6, 4.1e9)


def test_a_score_is_no_range() -> None:
    doc = make_doc(["won", "3", "-", "1"], spaces=[True, False, False, False])
    assert number_value(doc[1]) == 3
