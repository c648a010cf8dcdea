"""Counts of people (kgraph/extract/counts/people.py) on hand-built parses."""

from __future__ import annotations

from conftest import build_ctx
from handparse import parse

from kgraph.extract.counts import extract_counts


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
    assert count.rule == "counts.people.verb"


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


def test_a_count_noun_says_what_happened() -> None:
    words = ["Officials", "reported", "40", "deaths", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "nummod", "dobj", "punct"],
                    ["NOUN", "VERB", "NUM", "NOUN", "PUNCT"], [],
                    lemmas=["official", "report", "40", "death", "."])
    (count,) = extract_counts(ctx)
    assert (count.quantity, count.count_type, count.label, count.rule) == (
        40, "died", "people", "counts.people.noun")


def test_a_count_adjective_after_the_noun() -> None:
    words = ["12", "people", "dead", "."]
    ctx = build_ctx(words, [1, 1, 1, 1], ["nummod", "ROOT", "amod", "punct"],
                    ["NUM", "NOUN", "ADJ", "PUNCT"], [], lemmas=["12", "people", "dead", "."])
    (count,) = extract_counts(ctx)
    assert (count.count_type, count.label, count.rule) == ("died", "people", "counts.people.noun")


def test_people_nothing_happened_to_are_no_count() -> None:
    words = ["12", "miners", "met", "."]
    ctx = build_ctx(words, [1, 2, 2, 2], ["nummod", "nsubj", "ROOT", "punct"],
                    ["NUM", "NOUN", "VERB", "PUNCT"], [], lemmas=["12", "miner", "meet", "."])
    assert extract_counts(ctx) == []


def test_a_number_in_a_name_is_no_count() -> None:
    # "the Xbox 2 was released": a console's name, not two released; "Six Nations" likewise.
    ctx = parse("""
        the      DET   det       1
        Xbox     PROPN nsubjpass 4
        2        NUM   nummod    1 - CD
        was      AUX   auxpass   4 be VBD
        released VERB  ROOT      4 release VBN
        .        PUNCT punct     4
    """)
    assert extract_counts(ctx) == []
    ctx = parse("""
        Weber    PROPN nsubj    1
        missed   VERB  ROOT     1 miss VBD
        the      DET   det      4
        Six      NUM   nummod   4 six CD
        Nations  PROPN dobj     1 - NNPS
        .        PUNCT punct    1
    """)
    assert extract_counts(ctx) == []


def test_a_count_that_has_not_happened_is_no_count() -> None:
    # "500 jobs will be cut" / "500 jobs were cut"
    for aux, tag, n in (("will", "MD", 0), ("were", "VBD", 1)):
        ctx = parse(f"""
            500   NUM   nummod    1 - CD
            jobs  NOUN  nsubjpass 3 job NNS
            {aux} AUX   {'aux' if aux == 'will' else 'auxpass'} 3 {aux} {tag}
            cut   VERB  ROOT      3 cut VBN
            .     PUNCT punct     3
        """)
        assert len(extract_counts(ctx)) == n
