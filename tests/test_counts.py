"""Count rules on hand-built parses: casualties, arrests, money, and who reported them."""

from __future__ import annotations

from test_relations import build_ctx

from kgraph.extract.counts import extract_counts, number_value


def test_miners_died_according_to() -> None:
    words = ["1,204", "miners", "have", "died", ",", "according", "to", "Reuters", "."]
    ctx = build_ctx(words, [1, 3, 3, 3, 3, 3, 5, 6, 3],
                    ["nummod", "nsubj", "aux", "ROOT", "punct", "prep", "prep", "pobj", "punct"],
                    ["NUM", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"],
                    [(7, 8, "e0", "Organization", "name", False)],
                    lemmas=["1,204", "miner", "have", "die", ",", "accord", "to", "Reuters", "."])
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.count_type, count.label, count.reported_by) == (
        1204, "died", "miners", "e0")


def test_bare_number_injured_and_arrested_people() -> None:
    words = ["310", "have", "been", "injured", "."]
    ctx = build_ctx(words, [3, 3, 3, 3, 3], ["nsubjpass", "aux", "auxpass", "ROOT", "punct"],
                    ["NUM", "AUX", "AUX", "VERB", "PUNCT"], [],
                    lemmas=["310", "have", "be", "injure", "."], tags=["CD", "VBP", "VBN", "VBN", "."])
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.count_type, count.label) == (310, "injured", "people")
    words = ["Police", "arrested", "40", "people", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "nummod", "dobj", "punct"],
                    ["NOUN", "VERB", "NUM", "NOUN", "PUNCT"], [],
                    lemmas=["police", "arrest", "40", "people", "."])
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.count_type) == (40, "arrested")


def test_subject_of_kill_is_not_the_killed() -> None:
    words = ["12", "gunmen", "killed", "a", "guard", "."]
    ctx = build_ctx(words, [1, 2, 2, 4, 2, 2], ["nummod", "nsubj", "ROOT", "det", "dobj", "punct"],
                    ["NUM", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], [],
                    lemmas=["12", "gunman", "kill", "a", "guard", "."],
                    tags=["CD", "NNS", "VBD", "DT", "NN", "."])
    assert extract_counts(ctx) == []


def test_money_with_symbol_and_suffix() -> None:
    words = ["a", "$", "2bn", "deal"]
    ctx = build_ctx(words, [3, 2, 3, 3], ["det", "nmod", "compound", "ROOT"],
                    ["DET", "SYM", "NUM", "NOUN"], [])
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.count_type, count.unit, count.label) == (2e9, "money", "USD", "deal")
    evidence = ctx.doc.text[count.evidence[0]:count.evidence[1]]
    assert evidence.startswith("$") and evidence.endswith("deal")


def test_number_values() -> None:
    from conftest import make_doc

    doc = make_doc(["1,204", "2.5", "billion", "forty", "300m", "7th", "1990s"])
    assert [number_value(t) for t in doc] == [1204, 2.5e9, None, 40, 3e8, None, None]
