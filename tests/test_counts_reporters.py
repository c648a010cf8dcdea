"""Who a count's sentence credits (kgraph/extract/counts/reporters.py)."""

from __future__ import annotations

from conftest import build_ctx

from kgraph.extract.context import DocContext
from kgraph.extract.counts import extract_counts


def arrested(said: bool) -> DocContext:
    """ "Police said 40 people were arrested", or without "Police said"."""
    if said:
        words = ["Police", "said", "40", "people", "were", "arrested", "."]
        return build_ctx(words, [1, 1, 3, 5, 5, 1, 1],
                         ["nsubj", "ROOT", "nummod", "nsubjpass", "auxpass", "ccomp", "punct"],
                         ["PROPN", "VERB", "NUM", "NOUN", "AUX", "VERB", "PUNCT"],
                         [(0, 1, "e0", "Organization", "name", False)],
                         lemmas=["Police", "say", "40", "people", "be", "arrest", "."])
    words = ["40", "people", "were", "arrested", "."]
    return build_ctx(words, [1, 3, 3, 3, 3], ["nummod", "nsubjpass", "auxpass", "ROOT", "punct"],
                     ["NUM", "NOUN", "AUX", "VERB", "PUNCT"], [],
                     lemmas=["40", "people", "be", "arrest", "."])


def test_the_subject_of_a_reporting_verb_above_the_count() -> None:
    (count,) = extract_counts(arrested(said=True))
    assert (count.count_type, count.reported_by) == ("arrested", "e0")


def test_according_to_names_the_source() -> None:
    words = ["12", "died", ",", "according", "to", "Reuters", "."]
    ctx = build_ctx(words, [1, 1, 1, 1, 3, 4, 1], ["nsubj", "ROOT", "punct", "prep", "prep", "pobj", "punct"],
                    ["NUM", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"],
                    [(5, 6, "e0", "Organization", "name", False)],
                    lemmas=["12", "die", ",", "accord", "to", "Reuters", "."])
    (count,) = extract_counts(ctx)
    assert (count.label, count.reported_by) == ("people", "e0")


def test_a_sentence_that_credits_nobody() -> None:
    (count,) = extract_counts(arrested(said=False))
    assert count.reported_by is None
