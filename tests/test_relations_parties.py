"""Rules of relations/parties.py on hand-built parses: party words, bracketed parties, nominations."""

from __future__ import annotations

from conftest import build_ctx
from test_relations import made, triples


def test_party_adjective_on_a_role_noun_makes_a_party_member() -> None:
    # "Mara Quill , a Republican member of the House , left ."
    words = ["Mara", "Quill", ",", "a", "Republican", "member", "of", "the", "House", ",", "left", "."]
    ctx = build_ctx(words, [1, 10, 1, 5, 5, 1, 5, 8, 6, 1, 10, 10],
                    ["compound", "nsubj", "punct", "det", "amod", "appos", "prep", "det", "pobj",
                     "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "DET", "PROPN", "PUNCT",
                     "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (4, 5, "p", "Organization", "name", False),
                     (8, 9, "h", "Organization", "name", False)])
    found = triples(ctx)
    assert ("e0", "memberOf", "p") in found and ("e0", "memberOf", "h") in found


def test_party_adjective_on_a_title_before_a_name() -> None:
    # "Democratic senator Tomas Brandt spoke ."
    words = ["Democratic", "senator", "Tomas", "Brandt", "spoke", "."]
    ctx = build_ctx(words, [1, 3, 3, 4, 4, 4], ["amod", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "p", "Organization", "name", False), (2, 4, "e0", "Person", "name", False)])
    assert ("e0", "memberOf", "p") in triples(ctx)


def test_party_noun_in_apposition_or_fronted_makes_a_party_member() -> None:
    # "Oren Vale , a Democrat , won ." / "A Republican , Lina Marsh served ."
    words = ["Oren", "Vale", ",", "a", "Democrat", ",", "won", "."]
    ctx = build_ctx(words, [1, 6, 1, 4, 1, 1, 6, 6],
                    ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (4, 5, "p", "Organization", "name", False)])
    assert ("e0", "memberOf", "p") in triples(ctx)
    words = ["A", "Republican", ",", "Lina", "Marsh", "served", "."]
    ctx = build_ctx(words, [1, 5, 5, 4, 5, 5, 5],
                    ["det", "npadvmod", "punct", "compound", "nsubj", "ROOT", "punct"],
                    ["DET", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(1, 2, "p", "Organization", "name", False), (3, 5, "e0", "Person", "name", False)])
    assert ("e0", "memberOf", "p") in triples(ctx)


def test_elected_as_a_party_noun_makes_a_party_member() -> None:
    # "Ilse Harrow was elected as a Conservative ."
    words = ["Ilse", "Harrow", "was", "elected", "as", "a", "Conservative", "."]
    ctx = build_ctx(words, [1, 3, 3, 3, 3, 6, 4, 3],
                    ["compound", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "punct"],
                    ["PROPN", "PROPN", "AUX", "VERB", "ADP", "DET", "PROPN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (6, 7, "p", "Organization", "name", False)],
                    lemmas=["Ilse", "Harrow", "be", "elect", "as", "a", "Conservative", "."])
    assert ("e0", "memberOf", "p") in triples(ctx)


def test_party_noun_before_a_name_and_a_party_nomination() -> None:
    # "Finnegan sought the Democratic nomination against fellow Democrat Paul Renner ."
    words = ["Finnegan", "sought", "the", "Democratic", "nomination", "against", "fellow", "Democrat",
             "Paul", "Renner", "."]
    ctx = build_ctx(words, [1, 1, 4, 4, 1, 1, 9, 9, 9, 5, 1],
                    ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "amod", "compound", "compound",
                     "pobj", "punct"],
                    ["PROPN", "VERB", "DET", "ADJ", "NOUN", "ADP", "ADJ", "PROPN", "PROPN", "PROPN",
                     "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (3, 4, "p", "Organization", "name", False),
                     (7, 8, "p", "Organization", "name", False), (8, 10, "e1", "Person", "name", False)],
                    lemmas=["Finnegan", "seek", "the", "democratic", "nomination", "against", "fellow",
                            "democrat", "Paul", "Renner", "."])
    found = triples(ctx)
    assert ("e0", "memberOf", "p") in found and ("e1", "memberOf", "p") in found


def test_party_word_that_is_no_party_entity_makes_no_membership() -> None:
    # "Oren Vale , a Democrat , won ." with no entity for "Democrat"; "Vale did not seek the
    # Democratic nomination ."
    words = ["Oren", "Vale", ",", "a", "Democrat", ",", "won", "."]
    ctx = build_ctx(words, [1, 6, 1, 4, 1, 1, 6, 6],
                    ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False)])
    assert not [t for t in triples(ctx) if t[1] == "memberOf"]
    words = ["Vale", "did", "not", "seek", "the", "Democratic", "nomination", "."]
    ctx = build_ctx(words, [3, 3, 3, 3, 6, 6, 3, 3],
                    ["nsubj", "aux", "neg", "ROOT", "det", "amod", "dobj", "punct"],
                    ["PROPN", "AUX", "PART", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "p", "Organization", "name", False)])
    assert not [t for t in triples(ctx) if t[1] == "memberOf"]


def test_a_party_in_brackets_after_a_name() -> None:
    # "Janne Johnsen ( Conservative Party ) won ."
    words = ["Janne", "Johnsen", "(", "Conservative", "Party", ")", "won", "."]
    ctx = build_ctx(words, [1, 6, 4, 4, 1, 4, 6, 6],
                    ["compound", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (3, 5, "e1", "Organization", "name", False)],
                    lemmas=["Janne", "Johnsen", "(", "Conservative", "Party", ")", "win", "."])
    assert ("e0", "memberOf", "e1") in triples(ctx)


def test_party_facts_carry_their_rules_and_a_company_in_brackets_is_no_party() -> None:
    # "Oren Vale , a Democrat , won ." / "Janne Johnsen ( Acme Corp ) won ."
    words = ["Oren", "Vale", ",", "a", "Democrat", ",", "won", "."]
    ctx = build_ctx(words, [1, 6, 1, 4, 1, 1, 6, 6],
                    ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (4, 5, "p", "Organization", "name", False)])
    assert made(ctx) == {("e0", "memberOf", "p", "relations.parties.party_noun")}
    words = ["Janne", "Johnsen", "(", "Acme", "Corp", ")", "won", "."]
    ctx = build_ctx(words, [1, 6, 4, 4, 1, 4, 6, 6],
                    ["compound", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
                    ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (3, 5, "e1", "Organization", "name", False)],
                    lemmas=["Janne", "Johnsen", "(", "Acme", "Corp", ")", "win", "."])
    assert not [f for f in made(ctx) if f[1] == "memberOf"]


def test_a_party_word_on_a_role_and_a_nomination_carry_their_rules() -> None:
    # "Democratic senator Tomas Brandt spoke ." / "Vale won the Democratic nomination ."
    words = ["Democratic", "senator", "Tomas", "Brandt", "spoke", "."]
    ctx = build_ctx(words, [1, 3, 3, 4, 4, 4], ["amod", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "p", "Organization", "name", False), (2, 4, "e0", "Person", "name", False)])
    assert ("e0", "memberOf", "p", "relations.parties.party_role") in made(ctx)
    words = ["Vale", "won", "the", "Democratic", "nomination", "."]
    ctx = build_ctx(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                    ["PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (3, 4, "p", "Organization", "name", False)],
                    lemmas=["vale", "win", "the", "democratic", "nomination", "."])
    assert made(ctx) == {("e0", "memberOf", "p", "relations.parties.ticket")}
