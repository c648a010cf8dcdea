"""The count extractor as a whole: one rule per count, rules switched off, what is no count."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import build_ctx

from kgraph.extract.context import DocContext
from kgraph.extract.counts import extract_counts
from kgraph.extract.registry import RULES, RuleSet


def arrests_and_money() -> DocContext:
    """ "Police arrested 40 people over a $ 2bn fraud" """
    words = ["Police", "arrested", "40", "people", "over", "a", "$", "2bn", "fraud", "."]
    return build_ctx(words, [1, 1, 3, 1, 1, 8, 7, 8, 4, 1],
                     ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "nmod", "compound", "pobj", "punct"],
                     ["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "SYM", "NUM", "NOUN", "PUNCT"], [],
                     lemmas=["police", "arrest", "40", "people", "over", "a", "$", "2bn", "fraud", "."])


def deaths() -> DocContext:
    """ "Officials reported 40 deaths" """
    words = ["Officials", "reported", "40", "deaths", "."]
    return build_ctx(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "nummod", "dobj", "punct"],
                     ["NOUN", "VERB", "NUM", "NOUN", "PUNCT"], [],
                     lemmas=["official", "report", "40", "death", "."])


def test_every_count_records_its_rule() -> None:
    people, money = extract_counts(arrests_and_money())
    assert (people.count_type, people.rule, people.confidence) == ("arrested", "counts.people.verb", 0.8)
    assert (money.count_type, money.rule, money.confidence) == ("money", "counts.money.amount", 0.85)
    (death,) = extract_counts(deaths())
    assert (death.count_type, death.rule, death.confidence) == ("died", "counts.people.noun", 0.75)
    assert all(RULES[c.rule].kind == "count" for c in (people, money, death))


@pytest.mark.parametrize("off", ["counts.money.amount", "counts.people.verb", "counts.people.noun"])
def test_switching_a_rule_off_removes_exactly_its_counts(off: str) -> None:
    for ctx in (arrests_and_money(), deaths()):
        every = extract_counts(ctx)
        assert extract_counts(replace(ctx, rules=RuleSet.parse("-" + off))) == [
            c for c in every if c.rule != off]
    assert extract_counts(replace(arrests_and_money(), rules=RuleSet.parse("-counts"))) == []


def test_dates_and_percentages_are_no_counts() -> None:
    ctx = deaths()
    ctx.doc[2].ent_type_ = "PERCENT"
    assert extract_counts(ctx) == []
