"""The roles and ages coreference collects next to names, for descriptions to repeat."""

from __future__ import annotations

from dataclasses import replace

from conftest import build_ctx

from kgraph.extract.coref import collect_ages, collect_roles
from kgraph.extract.coref.discourse import mention_spans


def test_roles_come_from_titles_appositions_title_words_and_copulas() -> None:
    # "Transport Minister Okafor met Mensah , the governor . Adeyemi is the mayor ."
    words = ["Transport", "Minister", "Okafor", "met", "Mensah", ",", "the", "governor", ".", "Adeyemi",
             "is", "the", "mayor", "."]
    ctx = build_ctx(words, [1, 2, 3, 3, 3, 4, 7, 4, 3, 10, 10, 12, 10, 10],
                    ["compound", "compound", "nsubj", "ROOT", "dobj", "punct", "det", "appos", "punct",
                     "nsubj", "ROOT", "det", "attr", "punct"],
                    ["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN",
                     "AUX", "DET", "NOUN", "PUNCT"],
                    [(2, 3, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False),
                     (9, 10, "e2", "Person", "name", False)],
                    lemmas=[w.lower() for w in words[:10]] + ["be", "the", "mayor", "."])
    roles = collect_roles(ctx, mention_spans(ctx))
    assert "minister" in roles["e0"] and roles["e1"] == {"governor": 4} and roles["e2"] == {"mayor": 9}


def test_titles_the_entity_extractor_kept_are_roles_from_anywhere() -> None:
    ctx = build_ctx(["Okafor", "spoke"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"],
                    [(0, 1, "e0", "Person", "name", False)])
    ctx = replace(ctx, entities=(replace(ctx.entities[0], titles=("Senator",)),))
    assert collect_roles(ctx, mention_spans(ctx)) == {"e0": {"senator": 2}}


def test_words_that_are_no_role_are_not_collected() -> None:
    # "Okafor , the winner , spoke ."
    ctx = build_ctx(["Okafor", ",", "the", "winner", ",", "spoke"], [5, 0, 3, 0, 0, 5],
                    ["nsubj", "punct", "det", "appos", "punct", "ROOT"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"],
                    [(0, 1, "e0", "Person", "name", False)])
    assert collect_roles(ctx, mention_spans(ctx)) == {"e0": {}}


def test_ages_come_after_a_name_between_commas_or_before_it() -> None:
    # "Okafor , 52 , met 40-year-old Mensah ."
    words = ["Okafor", ",", "52", ",", "met", "40-year-old", "Mensah", "."]
    ctx = build_ctx(words, [4, 0, 0, 0, 4, 6, 4, 4],
                    ["nsubj", "punct", "appos", "punct", "ROOT", "amod", "dobj", "punct"],
                    ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "ADJ", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (6, 7, "e1", "Person", "name", False)])
    assert collect_ages(ctx, mention_spans(ctx)) == {"e0": 52, "e1": 40}


def test_a_number_that_is_no_age_is_none() -> None:
    # "Acme , 2024 , grew ."
    ctx = build_ctx(["Acme", ",", "2024", ",", "grew"], [4, 0, 0, 0, 4],
                    ["nsubj", "punct", "appos", "punct", "ROOT"], ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB"],
                    [(0, 1, "e0", "Person", "name", False)])
    assert collect_ages(ctx, mention_spans(ctx)) == {}
