"""Rules of relations/residence.py on hand-built parses: where people and organisations are."""

from __future__ import annotations

from conftest import build_ctx
from test_relations import made, triples


def test_located_in_and_based() -> None:
    words = ["Okafor", "is", "currently", "in", "Lagos", "."]
    ctx = build_ctx(words, [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "advmod", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "ADV", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Place", "name", False)],
                    lemmas=["Okafor", "be", "currently", "in", "Lagos", "."])
    assert ("e0", "locatedIn", "e1") in triples(ctx)
    words = ["the", "Berlin", "-", "based", "Zalando", "grew", "."]
    ctx = build_ctx(words, [4, 3, 3, 4, 5, 5, 5],
                    ["det", "npadvmod", "punct", "amod", "nsubj", "ROOT", "punct"],
                    ["DET", "PROPN", "PUNCT", "VERB", "PROPN", "VERB", "PUNCT"],
                    [(1, 2, "e0", "Place", "name", False),
                     (4, 5, "e1", "Organization", "name", False)],
                    lemmas=["the", "Berlin", "-", "base", "Zalando", "grow", "."])
    assert ("e1", "locatedIn", "e0") in triples(ctx)


def test_lives_in_a_place_and_not_in_an_organisation() -> None:
    # "Brandt lives in Cologne ." but not "Brandt lives in Acme ." (an organisation)
    for kind, expected in (("Place", True), ("Organization", False)):
        words = ["Brandt", "lives", "in", "Cologne", "."]
        ctx = build_ctx(words, [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
                        ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                        [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", kind, "name", False)],
                        lemmas=["brandt", "live", "in", "cologne", "."])
        assert (made(ctx) == {("e0", "locatedIn", "e1", "relations.residence.lives_in")}) is expected
        assert bool(made(ctx)) is expected


def test_a_copula_with_a_noun_says_what_someone_is_not_where() -> None:
    # "Okafor is in Lagos ." but not "Okafor is a lawyer in Lagos ."
    words = ["Okafor", "is", "in", "Lagos", "."]
    ctx = build_ctx(words, [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", "Place", "name", False)],
                    lemmas=["okafor", "be", "in", "lagos", "."])
    assert made(ctx) == {("e0", "locatedIn", "e1", "relations.residence.is_in")}
    words = ["Okafor", "is", "a", "lawyer", "in", "Lagos", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1, 4, 1], ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Place", "name", False)],
                    lemmas=["okafor", "be", "a", "lawyer", "in", "lagos", "."])
    assert not [f for f in made(ctx) if f[1] == "locatedIn"]
