"""Sums of money (kgraph/extract/counts/money.py) on hand-built parses."""

from __future__ import annotations

from conftest import build_ctx
from handparse import parse

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
    # "Exports rose to 40 million euros": the exports are what the sum is.
    ctx = parse("""
        Exports NOUN  nsubj    1 export NNS
        rose    VERB  ROOT     1 rise VBD
        to      ADP   prep     1
        40      NUM   compound 4 - CD
        million NUM   nummod   5 - CD
        euros   NOUN  pobj     2 euro NNS
        .       PUNCT punct    1
    """)
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.unit, count.label) == (4e7, "EUR", "Exports")


def test_a_sum_nothing_names_is_no_count() -> None:
    # "He made 40 million euros." says what it is of no more than a bare sum does.
    ctx = parse("""
        He      PRON  nsubj    1
        made    VERB  ROOT     1 make VBD
        40      NUM   compound 3 - CD
        million NUM   nummod   4 - CD
        euros   NOUN  dobj     1 euro NNS
        .       PUNCT punct    1
    """)
    assert extract_counts(ctx) == []


def test_a_currency_word_two_words_on_needs_a_scale_between() -> None:
    words = ["40", "new", "euros"]
    ctx = build_ctx(words, [2, 2, 2], ["nummod", "amod", "ROOT"], ["NUM", "ADJ", "NOUN"], [])
    assert extract_counts(ctx) == []


def _label(spec: str) -> list[tuple[float, str]]:
    return [(c.quantity, c.label) for c in extract_counts(parse(spec))]


def test_the_label_is_never_the_unit_or_the_multiplier() -> None:
    # "Tesco reported profits of £140m." ("m." keeps its full stop at the sentence's end)
    assert _label("""
        Tesco    PROPN nsubj  1
        reported VERB  ROOT   1 report VBD
        profits  NOUN  dobj   1 profit NNS
        of       ADP   prep   2
        £        SYM   nmod   5 - $
        140      NUM   nummod 6 - CD
        m.       NOUN  pobj   3 m. NN
    """) == [(140e6, "profits")]


def test_worth_and_valued_at_name_the_thing_valued() -> None:
    # "a deal worth $5bn", "a deal valued at $6.75bn"
    assert _label("""
        a     DET   det      1
        deal  NOUN  ROOT     1
        worth ADJ   amod     1
        $     SYM   nmod     4 - $
        5bn   NUM   npadvmod 2 - CD
    """) == [(5e9, "deal")]
    assert _label("""
        a      DET   det   1
        deal   NOUN  ROOT  1
        valued VERB  acl   1 value VBN
        at     ADP   prep  2
        $      SYM   nmod  5 - $
        6.75bn NUM   pobj  3 - CD
    """) == [(6.75e9, "deal")]


def test_a_change_by_a_sum_and_to_a_sum() -> None:
    # "His wealth rose £300m to £700m": a rise of £300m in his wealth, and his wealth of £700m.
    assert _label("""
        His    PRON  poss     1
        wealth NOUN  nsubj    2
        rose   VERB  ROOT     2 rise VBD
        £      SYM   nmod     4 - $
        300m   NUM   npadvmod 2 - CD
        to     ADP   prep     2
        £      SYM   nmod     7 - $
        700m   NUM   pobj     5 - CD
        .      PUNCT punct    2
    """) == [(300e6, "rise in wealth"), (700e6, "wealth")]


def test_what_a_verb_makes_of_its_sum_only_when_it_happened() -> None:
    # "Weber was fined $4m" is a fine; "Weber is to pay $1m" is no payment yet.
    assert _label("""
        Weber PROPN nsubjpass 2
        was   AUX   auxpass   2 be VBD
        fined VERB  ROOT      2 fin VBN
        $     SYM   nmod      4 - $
        4m    NUM   dobj      2 - CD
    """) == [(4e6, "fine")]
    assert _label("""
        Weber PROPN nsubj 1
        is    AUX   ROOT  1 be VBZ
        to    PART  aux   3 to TO
        pay   VERB  xcomp 1 pay VB
        $     SYM   nmod  5 - $
        1m    NUM   dobj  3 - CD
    """) == []


def test_a_conversion_in_brackets_is_of_what_the_first_sum_is_of() -> None:
    # "profit fell to 537m euros ($701m)"
    assert _label("""
        profit NOUN  nsubj    1
        fell   VERB  ROOT     1 fall VBD
        to     ADP   prep     1
        537m   NUM   nummod   4 - CD
        euros  NOUN  pobj     2 euro NNS
        (      PUNCT punct    4
        $      SYM   nmod     7 - $
        701m   NUM   appos    4 - CD
        )      PUNCT punct    4
    """) == [(537e6, "profit"), (701e6, "profit")]


def test_a_sum_in_an_if_clause_is_no_count() -> None:
    # "If Weber pays £27m for Okafor, ..." / "Weber paid £27m for Okafor."
    for first, n in (("If", 0), ("Then", 1)):
        dep = "mark" if first == "If" else "advmod"
        assert len(_label(f"""
            {first} SCONJ {dep} 2
            Weber   PROPN nsubj 2
            paid    VERB  ROOT  2 pay VBD
            £       SYM   nmod  4 - $
            27m     NUM   dobj  2 - CD
            .       PUNCT punct 2
        """)) == n
