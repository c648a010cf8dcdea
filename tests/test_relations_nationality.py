"""Rules of relations/nationality.py on hand-built parses: nationality read off the word order
(demonyms and offices before names, monarchs, represented countries)."""

from __future__ import annotations

from conftest import build_ctx
from test_relations import made, triples


def test_demonym_on_coordinated_role_nouns_before_a_name() -> None:
    # "a song by American rapper and singer Nicki Minaj ." parsed with the name as a conjunct.
    words = ["a", "song", "by", "American", "rapper", "and", "singer", "Nicki", "Minaj", "."]
    ctx = build_ctx(words, [1, 1, 1, 4, 2, 4, 8, 8, 4, 1],
                    ["det", "ROOT", "prep", "amod", "pobj", "cc", "compound", "compound", "conj",
                     "punct"],
                    ["DET", "NOUN", "ADP", "ADJ", "NOUN", "CCONJ", "NOUN", "PROPN", "PROPN", "PUNCT"],
                    [(3, 4, "us", "Place", "demonym", True), (7, 9, "e0", "Person", "name", False)])
    assert ("e0", "nationality", "us") in triples(ctx)
    # Not through other words: "the American team beat Nicki Minaj" names no nationality.
    words = ["the", "American", "team", "beat", "Nicki", "Minaj", "."]
    ctx = build_ctx(words, [2, 2, 3, 3, 5, 3, 3],
                    ["det", "amod", "nsubj", "ROOT", "compound", "dobj", "punct"],
                    ["DET", "ADJ", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
                    [(1, 2, "us", "Place", "demonym", True), (4, 6, "e0", "Person", "name", False)])
    assert ("e0", "nationality", "us") not in triples(ctx)


def test_national_office_of_a_country_before_a_name() -> None:
    # "at the behest of President of Pakistan Asif Zardari ." (the parser hangs the name on "of")
    words = ["at", "the", "behest", "of", "President", "of", "Pakistan", "Asif", "Zardari", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 3, 4, 8, 8, 5, 2],
                    ["prep", "det", "ROOT", "prep", "pobj", "prep", "compound", "compound", "pobj",
                     "punct"],
                    ["ADP", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"],
                    [(6, 7, "pk", "Place", "name", True), (7, 9, "e0", "Person", "name", False)])
    assert ("e0", "nationality", "pk") in triples(ctx)


def test_monarch_of_a_country() -> None:
    # "founded by Gustav III of Sweden ." and "Princess Helen of Greece and Denmark"; not "John of
    # Gaunt" (no regnal number or royal title) nor "the Smiths of France".
    words = ["founded", "by", "Gustav", "III", "of", "Sweden", "and", "Princess", "Helen", "of",
             "Greece", "and", "Denmark", "and", "Anna", "Berg", "of", "France", "."]
    ctx = build_ctx(words, [0, 0, 3, 1, 3, 4, 3, 8, 3, 8, 9, 10, 10, 8, 15, 8, 15, 16, 0],
                    ["ROOT", "agent", "compound", "pobj", "prep", "pobj", "cc", "compound", "conj",
                     "prep", "pobj", "cc", "conj", "cc", "compound", "conj", "prep", "pobj", "punct"],
                    ["VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN",
                     "ADP", "PROPN", "CCONJ", "PROPN", "CCONJ", "PROPN", "PROPN", "ADP", "PROPN",
                     "PUNCT"],
                    [(2, 4, "e0", "Person", "name", False), (5, 6, "se", "Place", "name", True),
                     (8, 9, "e1", "Person", "name", False), (10, 11, "gr", "Place", "name", True),
                     (12, 13, "dk", "Place", "name", True), (14, 16, "e2", "Person", "name", False),
                     (17, 18, "fr", "Place", "name", True)],
                    lemmas=[w.lower() for w in words])
    found = triples(ctx)
    assert {("e0", "nationality", "se"), ("e1", "nationality", "gr"),
            ("e1", "nationality", "dk")} <= found
    assert ("e2", "nationality", "fr") not in found


def test_regnal_number_outside_the_name_and_office_before_a_name_after_was() -> None:
    # "daughter of King Constantine I of Greece" with "I" left out of the name.
    words = ["daughter", "of", "King", "Constantine", "I", "of", "Greece", "."]
    ctx = build_ctx(words, [0, 0, 3, 4, 1, 4, 5, 0],
                    ["ROOT", "prep", "compound", "compound", "pobj", "prep", "pobj", "punct"],
                    ["NOUN", "ADP", "PROPN", "PROPN", "PRON", "ADP", "PROPN", "PUNCT"],
                    [(3, 4, "e0", "Person", "name", False), (6, 7, "gr", "Place", "name", True)])
    assert ("e0", "nationality", "gr") in triples(ctx)
    # "the first prime minister of Siam was Phraya Mano ."
    words = ["the", "first", "prime", "minister", "of", "Siam", "was", "Phraya", "Mano", "."]
    ctx = build_ctx(words, [3, 3, 3, 6, 3, 4, 6, 8, 6, 6],
                    ["det", "amod", "amod", "nsubj", "prep", "pobj", "ROOT", "compound", "attr",
                     "punct"],
                    ["DET", "ADJ", "ADJ", "NOUN", "ADP", "PROPN", "AUX", "PROPN", "PROPN", "PUNCT"],
                    [(5, 6, "th", "Place", "name", True), (7, 9, "e0", "Person", "name", False)],
                    lemmas=["the", "first", "prime", "minister", "of", "Siam", "be", "Phraya", "Mano", "."])
    assert ("e0", "nationality", "th") in triples(ctx)


def test_representing_a_country_at_a_competition() -> None:
    # "Luan represented China at the Olympics ." but not "Luan represented China in the case ."
    for last, expected in (("Olympics", True), ("case", False)):
        words = ["Luan", "represented", "China", "at", "the", last, "."]
        ctx = build_ctx(words, [1, 1, 1, 1, 5, 3, 1],
                        ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                        ["PROPN", "VERB", "PROPN", "ADP", "DET", "PROPN", "PUNCT"],
                        [(0, 1, "e0", "Person", "name", False), (2, 3, "cn", "Place", "name", True)],
                        lemmas=["Luan", "represent", "China", "at", "the", last.lower(), "."])
        assert (("e0", "nationality", "cn") in triples(ctx)) is expected


def test_nationality_rules_carry_their_ids_and_an_office_needs_a_country() -> None:
    # "at the behest of President of Pakistan Asif Zardari ." vs "... of President of Acme Asif Zardari ."
    for country in (True, False):
        words = ["at", "the", "behest", "of", "President", "of", "Pakistan", "Asif", "Zardari", "."]
        ctx = build_ctx(words, [2, 2, 2, 2, 3, 4, 8, 8, 5, 2],
                        ["prep", "det", "ROOT", "prep", "pobj", "prep", "compound", "compound", "pobj",
                         "punct"],
                        ["ADP", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"],
                        [(6, 7, "pk", "Place" if country else "Organization", "name", country),
                         (7, 9, "e0", "Person", "name", False)])
        fact = ("e0", "nationality", "pk", "relations.nationality.office_before_name")
        assert made(ctx) == ({fact} if country else set())
    # "Luan represented China at the Olympics ."
    words = ["Luan", "represented", "China", "at", "the", "Olympics", "."]
    ctx = build_ctx(words, [1, 1, 1, 1, 5, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                    ["PROPN", "VERB", "PROPN", "ADP", "DET", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "cn", "Place", "name", True)],
                    lemmas=["Luan", "represent", "China", "at", "the", "olympics", "."])
    assert made(ctx) == {("e0", "nationality", "cn", "relations.nationality.represented_country")}
