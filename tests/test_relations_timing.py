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


def _copula(verb: str, tag: str, noun: str, *, aux: tuple[str, str] | None = None
            ) -> set[tuple[str, str, object]]:
    """Facts of "Ann Bo [aux] VERB NOUN of Acme ." with Acme an organisation."""
    words = ["Ann", "Bo", *([aux[0]] if aux else []), verb, noun, "of", "Acme", "."]
    v = 3 if aux else 2
    heads = [1, v, *([v] if aux else []), v, v, v + 1, v + 2, v]
    deps = ["compound", "nsubj", *(["aux"] if aux else []), "ROOT", "attr", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", *(["AUX"] if aux else []), "AUX", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", *([aux[1]] if aux else []), tag, "NN", "IN", "NNP", "."]
    lemma = {"is": "be", "was": "be", "became": "become"}.get(verb, verb)
    lemmas = ["Ann", "Bo", *([aux[0]] if aux else []), lemma, noun, "of", "Acme", "."]
    ctx = build_ctx(words, heads, deps, pos,
                    [(0, 2, "e0", "Person", "name", False),
                     (v + 3, v + 4, "e1", "Organization", "name", False)], tags=tags, lemmas=lemmas)
    return triples(ctx)


def test_a_post_in_the_past_or_future_is_none_now() -> None:
    assert _copula("was", "VBD", "chairman") == set()  # "Ann Bo was chairman of Acme ."
    assert _copula("become", "VB", "chairman", aux=("will", "MD")) == set()
    now = _copula("is", "VBZ", "chairman")
    assert now == {("e0", "jobTitle", "chairman"), ("e0", "affiliation", "e1")}


def test_refused_an_occupation_in_the_past_and_a_role_begun() -> None:
    # "Ann Bo was an architect ." stays a description of her.
    words = ["Ann", "Bo", "was", "an", "architect", "."]
    ctx = build_ctx(words, [1, 2, 2, 4, 2, 2], ["compound", "nsubj", "ROOT", "det", "attr", "punct"],
                    ["PROPN", "PROPN", "AUX", "DET", "NOUN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False)], tags=["NNP", "NNP", "VBD", "DT", "NN", "."],
                    lemmas=["Ann", "Bo", "be", "an", "architect", "."])
    assert triples(ctx) == {("e0", "jobTitle", "architect")}
    # "Ann Bo became chairman of Acme ." started the post, which nothing says has ended.
    begun = _copula("became", "VBD", "chairman")
    assert begun == {("e0", "jobTitle", "chairman"), ("e0", "affiliation", "e1")}


def test_a_resolved_description_keeps_its_time_word() -> None:
    # "Rudy Bo is the former mayor .": "the former mayor" is also a mention of Bo.
    words = ["Rudy", "Bo", "is", "the", "former", "mayor", "."]
    ctx = build_ctx(words, [1, 2, 2, 5, 5, 2, 2],
                    ["compound", "nsubj", "ROOT", "det", "amod", "attr", "punct"],
                    ["PROPN", "PROPN", "AUX", "DET", "ADJ", "NOUN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (3, 6, "e0", "Person", "nominal", False)],
                    tags=["NNP", "NNP", "VBZ", "DT", "JJ", "NN", "."],
                    lemmas=["Rudy", "Bo", "be", "the", "former", "mayor", "."])
    assert triples(ctx) == {("e0", "jobTitle", "former mayor")}


def test_a_role_left_is_over() -> None:
    # "Ann Bo resigned as chairman of Acme ." / "Ann Bo resigned as editor ."
    words = ["Ann", "Bo", "resigned", "as", "chairman", "of", "Acme", "."]
    ctx = build_ctx(words, [1, 2, 2, 2, 3, 4, 5, 2],
                    ["compound", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                    ["PROPN", "PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (6, 7, "e1", "Organization", "name", False)],
                    tags=["NNP", "NNP", "VBD", "IN", "NN", "IN", "NNP", "."],
                    lemmas=["Ann", "Bo", "resign", "as", "chairman", "of", "Acme", "."])
    assert triples(ctx) == set()
    words = ["Ann", "Bo", "resigned", "as", "editor", "."]
    ctx = build_ctx(words, [1, 2, 2, 2, 3, 2], ["compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False)], tags=["NNP", "NNP", "VBD", "IN", "NN", "."],
                    lemmas=["Ann", "Bo", "resign", "as", "editor", "."])
    assert triples(ctx) == set()


def test_refused_a_role_one_serves_in() -> None:
    # "Ann Bo serves as editor ." holds now.
    words = ["Ann", "Bo", "serves", "as", "editor", "."]
    ctx = build_ctx(words, [1, 2, 2, 2, 3, 2], ["compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False)], tags=["NNP", "NNP", "VBZ", "IN", "NN", "."],
                    lemmas=["Ann", "Bo", "serve", "as", "editor", "."])
    assert triples(ctx) == {("e0", "jobTitle", "editor")}
