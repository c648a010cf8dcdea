"""Rules of relations/stance.py on hand-built parses: who supports or opposes whom."""

from __future__ import annotations

from conftest import build_ctx
from test_relations import made, triples


def test_condemned_and_negated_stance() -> None:
    words = ["Marsh", "condemned", "Pryce", "."]
    ctx = build_ctx(words, [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                    ["PROPN", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Person", "name", False)],
                    lemmas=["Marsh", "condemn", "Pryce", "."])
    assert ("e0", "opposes", "e1") in triples(ctx)
    words = ["Marsh", "did", "not", "condemn", "Pryce", "."]
    ctx = build_ctx(words, [3, 3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
                    ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False)],
                    lemmas=["Marsh", "do", "not", "condemn", "Pryce", "."])
    assert not triples(ctx)


def test_backing_of_and_critic_of() -> None:
    words = ["Cole", "'s", "backing", "of", "Marsh", "ended", "."]
    ctx = build_ctx(words, [2, 0, 5, 2, 3, 5, 5], ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "punct"],
                    ["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False)])
    assert ("e0", "supports", "e1") in triples(ctx)
    words = ["Park", "is", "a", "critic", "of", "Gazprom", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 4, 1],
                    ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Organization", "name", False)],
                    lemmas=["Park", "be", "a", "critic", "of", "Gazprom", "."])
    found = triples(ctx)
    assert ("e0", "opposes", "e1") in found
    assert ("e0", "worksFor", "e1") not in found


def test_stance_facts_carry_their_rules_and_a_place_holds_no_stance() -> None:
    # "Cole 's backing of Marsh ended ." but not "France 's backing of Marsh ended ."
    for kind, rules in (("Person", {"relations.stance.possessive_noun"}), ("Place", set())):
        words = ["Cole", "'s", "backing", "of", "Marsh", "ended", "."]
        ctx = build_ctx(words, [2, 0, 5, 2, 3, 5, 5],
                        ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "punct"],
                        ["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                        [(0, 1, "e0", kind, "name", False), (4, 5, "e1", "Person", "name", False)])
        assert {f[3] for f in made(ctx)} == rules
    # "Marsh condemned Pryce ." but not "Marsh was condemned by Pryce ." (the subject is its object)
    words = ["Marsh", "condemned", "Pryce", "."]
    ctx = build_ctx(words, [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                    ["PROPN", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Person", "name", False)],
                    lemmas=["Marsh", "condemn", "Pryce", "."])
    assert made(ctx) == {("e0", "opposes", "e1", "relations.stance.verb")}
    words = ["Marsh", "was", "condemned", "by", "Pryce", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 3, 2], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                    ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False)],
                    lemmas=["Marsh", "be", "condemn", "by", "Pryce", "."])
    assert made(ctx) == set()


def _before(first: str, noun: str, first_type: str = "Person") -> set[tuple[str, str, object]]:
    """Facts of "FIRST NOUN Ann Bo spoke ." with FIRST a name."""
    words = [first, noun, "Ann", "Bo", "spoke", "."]
    ctx = build_ctx(words, [1, 3, 3, 4, 4, 4],
                    ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "e1", first_type, "name", False), (2, 4, "e0", "Person", "name", False)])
    return triples(ctx)


def test_a_named_critic_and_a_critic_of_something_hold_no_job() -> None:
    # "Lee critic Ann Bo spoke .": Bo opposes Lee.
    assert _before("Lee", "critic") == {("e0", "opposes", "e1")}
    # "Ann Bo , another critic of the deal , spoke ."
    words = ["Ann", "Bo", ",", "another", "critic", "of", "the", "deal", ",", "spoke", "."]
    ctx = build_ctx(words, [1, 9, 1, 4, 1, 4, 7, 5, 1, 9, 9],
                    ["compound", "nsubj", "punct", "det", "appos", "prep", "det", "pobj", "punct", "ROOT",
                     "punct"],
                    ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB",
                     "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False)])
    assert triples(ctx) == set()


def test_refused_a_player_of_a_club() -> None:
    # "Arsenal defender Ann Bo spoke .": a defender plays for Arsenal, backing nobody.
    assert _before("Arsenal", "defender", "Organization") == {("e0", "jobTitle", "defender"),
                                                              ("e0", "memberOf", "e1")}
