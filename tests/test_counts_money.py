"""Sums of money (kgraph/extract/counts/money.py) on hand-built parses."""

from __future__ import annotations

from conftest import build_ctx

from kgraph.extract.counts import extract_counts


def test_money_with_symbol_and_suffix() -> None:
    words = ["a", "$", "2bn", "deal"]
    ctx = build_ctx(words, [3, 2, 3, 3], ["det", "nmod", "compound", "ROOT"],
                    ["DET", "SYM", "NUM", "NOUN"], [])
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.count_type, count.unit, count.label) == (2e9, "money", "USD", "deal")
    evidence = ctx.doc.text[count.evidence[0]:count.evidence[1]]
    assert evidence.startswith("$") and evidence.endswith("deal")
    assert count.rule == "counts.money.amount"


def test_a_loan_of_a_sum_is_labelled_by_the_loan() -> None:
    words = ["a", "loan", "of", "$", "480m"]
    ctx = build_ctx(words, [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "nmod", "pobj"],
                    ["DET", "NOUN", "ADP", "SYM", "NUM"], [])
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.unit, count.label) == (4.8e8, "USD", "loan")


def test_a_currency_word_after_the_number_and_its_scale() -> None:
    words = ["40", "million", "euros"]
    ctx = build_ctx(words, [1, 2, 2], ["compound", "nummod", "ROOT"], ["NUM", "NUM", "NOUN"], [])
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.unit) == (4e7, "EUR")


def test_a_currency_word_two_words_on_needs_a_scale_between() -> None:
    words = ["40", "new", "euros"]
    ctx = build_ctx(words, [2, 2, 2], ["nummod", "amod", "ROOT"], ["NUM", "ADJ", "NOUN"], [])
    assert extract_counts(ctx) == []
