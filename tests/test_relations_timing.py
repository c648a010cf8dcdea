"""Rules of relations/timing.py on hand-built parses: roles the text puts in the past or future."""

from __future__ import annotations

from conftest import build_ctx
from test_relations import made, triples


def test_a_former_title_keeps_its_word_and_gives_no_employer() -> None:
    # "Former Acme chief executive Ann Bo spoke ."
    words = ["Former", "Acme", "chief", "executive", "Ann", "Bo", "spoke", "."]
    ctx = build_ctx(words, [5, 3, 3, 5, 5, 6, 6, 6],
                    ["amod", "compound", "amod", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["ADJ", "PROPN", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(1, 2, "e1", "Organization", "name", False), (4, 6, "e0", "Person", "name", False)])
    assert made(ctx) == {("e0", "jobTitle", "former chief executive", "relations.titles.former_title")}


def test_ex_and_then_titles() -> None:
    # "ex - Acme editor Ann Bo spoke ." keeps "ex-"; "then editor Ann Bo" says nothing of now.
    for first, expected in (("ex", {("e0", "jobTitle", "ex-editor")}), ("then", set())):
        words = [first, "-", "Acme", "editor", "Ann", "Bo", "spoke", "."]
        ctx = build_ctx(words, [3, 3, 3, 5, 5, 6, 6, 6],
                        ["amod", "punct", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                        ["ADJ", "PUNCT", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                        [(2, 3, "e1", "Organization", "name", False), (4, 6, "e0", "Person", "name", False)])
        assert triples(ctx) == expected


def test_a_future_role_is_no_title() -> None:
    # "Ann Bo , the next president of Acme , spoke ."
    words = ["Ann", "Bo", ",", "the", "next", "president", "of", "Acme", ",", "spoke", "."]
    ctx = build_ctx(words, [1, 9, 1, 5, 5, 1, 5, 6, 1, 9, 9],
                    ["compound", "nsubj", "punct", "det", "amod", "appos", "prep", "pobj", "punct", "ROOT",
                     "punct"],
                    ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT", "VERB",
                     "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (7, 8, "e1", "Organization", "name", False)])
    assert triples(ctx) == set()


def test_a_role_until_a_date_is_over() -> None:
    # "Ann Bo , head of Vox Media until 2020 , spoke ."
    words = ["Ann", "Bo", ",", "head", "of", "Vox", "Media", "until", "2020", ",", "spoke", "."]
    ctx = build_ctx(words, [1, 10, 1, 1, 3, 6, 4, 3, 7, 1, 10, 10],
                    ["compound", "nsubj", "punct", "appos", "prep", "compound", "pobj", "prep", "pobj",
                     "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PROPN", "ADP", "NUM", "PUNCT",
                     "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (5, 7, "e1", "Organization", "name", False)])
    assert triples(ctx) == set()


def test_refused_a_former_possessor_and_a_capitalised_next() -> None:
    # "The former president 's aide Ana Ruiz spoke .": the aide is one now.
    words = ["The", "former", "president", "'s", "aide", "Ana", "Ruiz", "spoke", "."]
    ctx = build_ctx(words, [2, 2, 4, 2, 7, 6, 4, 7, 7],
                    ["det", "amod", "poss", "case", "nsubj", "compound", "appos", "ROOT", "punct"],
                    ["DET", "ADJ", "NOUN", "PART", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(5, 7, "e0", "Person", "name", False)])
    assert triples(ctx) == {("e0", "jobTitle", "aide")}
    # "Next chief executive Ann Bo spoke .": Next is a retailer's name.
    words = ["Next", "chief", "executive", "Ann", "Bo", "spoke", "."]
    ctx = build_ctx(words, [2, 2, 4, 4, 5, 5, 5],
                    ["amod", "amod", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["ADJ", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(3, 5, "e0", "Person", "name", False)])
    assert ("e0", "jobTitle", "Next chief executive") in triples(ctx)
