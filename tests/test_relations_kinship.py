"""Rules of relations/kinship.py on hand-built parses: kinship nouns, marriages, "born to", and
siblings and spouses from children named together."""

from __future__ import annotations

from dataclasses import replace

from conftest import EntSpec, build_ctx, make_doc
from test_relations import made, triples

from kgraph.extract.context import DocContext
from kgraph.types import Article, Entity, Mention


def test_possessive_pronoun_kin_appos_names_the_child() -> None:
    # "Lindqvist came with his daughter , Mara Lindqvist ."
    words = ["Lindqvist", "came", "with", "his", "daughter", ",", "Mara", "Lindqvist", "."]
    ctx = build_ctx(words, [1, 1, 1, 4, 2, 4, 7, 4, 1],
                    ["nsubj", "ROOT", "prep", "poss", "pobj", "punct", "compound", "appos", "punct"],
                    ["PROPN", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (6, 8, "e1", "Person", "name", False),
                     (3, 4, "e0", "Person", "pronoun", False)])
    assert ("e0", "children", "e1") in triples(ctx)


def test_unnamed_relative_makes_no_relation() -> None:
    words = ["Okafor", "praised", "her", "son", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "poss", "dobj", "punct"],
                    ["PROPN", "VERB", "PRON", "NOUN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e0", "Person", "pronoun", False)])
    assert not [t for t in triples(ctx) if t[1] in ("children", "spouse", "sibling")]


def test_daughter_of_makes_the_parent_the_subject() -> None:
    # "Anna , the daughter of Carl Berg , left ."
    words = ["Anna", ",", "the", "daughter", "of", "Carl", "Berg", ",", "left", "."]
    ctx = build_ctx(words, [8, 0, 3, 0, 3, 6, 4, 0, 8, 8],
                    ["nsubj", "punct", "det", "appos", "prep", "compound", "pobj", "punct", "ROOT",
                     "punct"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 7, "e1", "Person", "name", False)])
    assert ("e1", "children", "e0") in triples(ctx)


def test_x_and_his_wife_y() -> None:
    words = ["Paul", "and", "his", "wife", "Anna", "live", "here", "."]
    ctx = build_ctx(words, [5, 0, 3, 0, 3, 5, 5, 5],
                    ["nsubj", "cc", "poss", "conj", "appos", "ROOT", "advmod", "punct"],
                    ["PROPN", "CCONJ", "PRON", "NOUN", "PROPN", "VERB", "ADV", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False)])
    assert ("e0", "spouse", "e1") in triples(ctx)


def test_married_to() -> None:
    words = ["Lena", "is", "married", "to", "Daniel", "."]
    ctx = build_ctx(words, [1, 1, 1, 2, 3, 1], ["nsubj", "ROOT", "acomp", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "ADJ", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False)],
                    lemmas=["Lena", "be", "married", "to", "Daniel", "."])
    assert ("e0", "spouse", "e1") in triples(ctx)


def test_children_listed_are_children_and_siblings() -> None:
    # "Roberto had two children , Ana and Bruno ."
    words = ["Roberto", "had", "two", "children", ",", "Ana", "and", "Bruno", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 3, 5, 5, 1],
                    ["nsubj", "ROOT", "nummod", "dobj", "punct", "conj", "cc", "conj", "punct"],
                    ["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Person", "name", False),
                     (7, 8, "e2", "Person", "name", False)],
                    lemmas=["Roberto", "have", "two", "child", ",", "Ana", "and", "Bruno", "."],
                    tags=["NNP", "VBD", "CD", "NNS", ",", "NNP", "CC", "NNP", "."])
    found = triples(ctx)
    assert {("e0", "children", "e1"), ("e0", "children", "e2")} <= found
    assert ("e1", "sibling", "e2") in found or ("e2", "sibling", "e1") in found


def _they_have_children(between: bool) -> DocContext:
    # "Lena married Daniel ; they have two children : Ada , Ben ." (optionally "Tom said they ...")
    words = ["Lena", "married", "Daniel", ";", "they", "have", "two", "children", ":", "Ada", ",",
             "Ben", "."]
    heads = [1, 1, 1, 1, 5, 1, 7, 5, 7, 7, 9, 9, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "conj", "nummod", "dobj", "punct", "appos",
            "punct", "appos", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "NUM", "NOUN", "PUNCT", "PROPN",
           "PUNCT", "PROPN", "PUNCT"]
    lemmas = ["Lena", "marry", "Daniel", ";", "they", "have", "two", "child", ":", "Ada", ",",
              "Ben", "."]
    ents: list[EntSpec] = [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Person", "name", False),
                           (9, 10, "e2", "Person", "name", False), (11, 12, "e3", "Person", "name", False)]
    if between:
        words[3], pos[3], deps[3] = "Tom", "PROPN", "npadvmod"
        ents.append((3, 4, "e4", "Person", "name", False))
    return build_ctx(words, heads, deps, pos, ents, lemmas=lemmas,
                     tags=[""] * 7 + ["NNS"] + [""] * 5)


def test_they_after_a_marriage_are_the_couple_and_their_listed_children() -> None:
    got = triples(_they_have_children(between=False))
    assert {("e0", "children", "e2"), ("e1", "children", "e3"), ("e2", "sibling", "e3")} <= got


def test_they_is_not_the_couple_when_someone_else_is_named_between() -> None:
    got = triples(_they_have_children(between=True))
    assert not {t for t in got if t[1] == "children"}


def test_with_whom_he_had_children_names_the_other_parent() -> None:
    # "He married Bea , with whom he had a son , Marc ."
    words = ["Luis", "married", "Bea", ",", "with", "whom", "he", "had", "a", "son", ",", "Marc", "."]
    ctx = build_ctx(words, [1, 1, 1, 2, 7, 4, 7, 2, 9, 7, 9, 9, 1],
                    ["nsubj", "ROOT", "dobj", "punct", "prep", "pobj", "nsubj", "relcl", "det",
                     "dobj", "punct", "appos", "punct"],
                    ["PROPN", "VERB", "PROPN", "PUNCT", "ADP", "PRON", "PRON", "VERB", "DET",
                     "NOUN", "PUNCT", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Person", "name", False),
                     (6, 7, "e0", "Person", "pronoun", False), (11, 12, "e2", "Person", "name", False)],
                    lemmas=["Luis", "marry", "Bea", ",", "with", "whom", "he", "have", "a", "son",
                            ",", "Marc", "."])
    got = triples(ctx)
    assert {("e0", "children", "e2"), ("e1", "children", "e2")} <= got


def test_two_parents_named_together_are_spouses() -> None:
    # "Rufus , the son of William and Ella , left ."
    words = ["Rufus", ",", "the", "son", "of", "William", "and", "Ella", ",", "left", "."]
    ctx = build_ctx(words, [9, 0, 3, 0, 3, 4, 5, 5, 0, 9, 9],
                    ["nsubj", "punct", "det", "appos", "prep", "pobj", "cc", "conj", "punct", "ROOT",
                     "punct"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT",
                     "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Person", "name", False),
                     (7, 8, "e2", "Person", "name", False)])
    got = triples(ctx)
    assert {("e1", "children", "e0"), ("e2", "children", "e0")} <= got
    assert ("e1", "spouse", "e2") in got or ("e2", "spouse", "e1") in got


def test_before_marrying_him_takes_the_main_subject() -> None:
    # "Joyce starred with Sammo before marrying him ." ("him" resolved to Sammo)
    words = ["Joyce", "starred", "with", "Sammo", "before", "marrying", "him", "."]
    ctx = build_ctx(words, [1, 1, 1, 2, 1, 4, 5, 1],
                    ["nsubj", "ROOT", "prep", "pobj", "prep", "pcomp", "dobj", "punct"],
                    ["PROPN", "VERB", "ADP", "PROPN", "ADP", "VERB", "PRON", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", "Person", "name", False),
                     (6, 7, "e1", "Person", "pronoun", False)],
                    lemmas=["Joyce", "star", "with", "Sammo", "before", "marry", "him", "."])
    found = triples(ctx)
    assert ("e0", "spouse", "e1") in found or ("e1", "spouse", "e0") in found


# --- rule ids, and constructions the moved tests did not cover ---------------------------------

def test_a_kin_noun_of_another_relative_makes_them_related() -> None:
    # "Ada , Lena 's cousin , came ." but not "Ada , a cousin , came ." (whose cousin?)
    words = ["Ada", ",", "Lena", "'s", "cousin", ",", "came", "."]
    ctx = build_ctx(words, [6, 0, 4, 2, 0, 0, 6, 6],
                    ["nsubj", "punct", "poss", "case", "appos", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Person", "name", False)])
    assert made(ctx) == {("e1", "relatedTo", "e0", "relations.kinship.other_relative")}
    words = ["Ada", ",", "a", "cousin", ",", "came", "."]
    ctx = build_ctx(words, [5, 0, 3, 0, 0, 5, 5],
                    ["nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False)])
    assert made(ctx) == set()


def test_kin_noun_facts_carry_their_rule() -> None:
    # "Paul and his wife Anna live here ."
    words = ["Paul", "and", "his", "wife", "Anna", "live", "here", "."]
    ctx = build_ctx(words, [5, 0, 3, 0, 3, 5, 5, 5],
                    ["nsubj", "cc", "poss", "conj", "appos", "ROOT", "advmod", "punct"],
                    ["PROPN", "CCONJ", "PRON", "NOUN", "PROPN", "VERB", "ADV", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False)])
    assert made(ctx) == {("e0", "spouse", "e1", "relations.kinship.kin_noun")}


def test_marriage_noun_and_a_marriage_not_made() -> None:
    # "Lena 's marriage to Daniel ended ." but not "The marriage to Daniel ended ." nor "Lena did
    # not marry Daniel ."
    words = ["Lena", "'s", "marriage", "to", "Daniel", "ended", "."]
    ctx = build_ctx(words, [2, 0, 5, 2, 3, 5, 5], ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "punct"],
                    ["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False)],
                    lemmas=["lena", "'s", "marriage", "to", "daniel", "end", "."])
    assert made(ctx) == {("e0", "spouse", "e1", "relations.kinship.marriage_noun")}
    words = ["The", "marriage", "to", "Daniel", "ended", "."]
    ctx = build_ctx(words, [1, 4, 1, 2, 4, 4], ["det", "nsubj", "prep", "pobj", "ROOT", "punct"],
                    ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                    [(3, 4, "e1", "Person", "name", False)],
                    lemmas=["the", "marriage", "to", "daniel", "end", "."])
    assert made(ctx) == set()
    words = ["Lena", "did", "not", "marry", "Daniel", "."]
    ctx = build_ctx(words, [3, 3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
                    ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False)],
                    lemmas=["lena", "do", "not", "marry", "daniel", "."])
    assert made(ctx) == set()


def test_born_to_names_the_parents() -> None:
    # "Ada was born to Lena and Daniel ." but not "Ada was born in Rome ."
    words = ["Ada", "was", "born", "to", "Lena", "and", "Daniel", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 3, 4, 4, 2],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj", "punct"],
                    ["PROPN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False),
                     (6, 7, "e2", "Person", "name", False)],
                    lemmas=["ada", "be", "bear", "to", "lena", "and", "daniel", "."],
                    tags=["NNP", "VBD", "VBN", "IN", "NNP", "CC", "NNP", "."])
    found = made(ctx)
    assert {("e1", "children", "e0", "relations.kinship.born_to"),
            ("e2", "children", "e0", "relations.kinship.born_to")} <= found
    assert ("e1", "spouse", "e2", "relations.kinship.co_parents") in found
    words = ["Ada", "was", "born", "in", "Rome", "."]
    ctx = build_ctx(words, [2, 2, 2, 2, 3, 2], ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Place", "name", False)],
                    lemmas=["ada", "be", "bear", "in", "rome", "."],
                    tags=["NNP", "VBD", "VBN", "IN", "NNP", "."])
    assert made(ctx) == set()


def _two_sons(gap: int) -> DocContext:
    # "Rama had a son , Kusha ." then ``gap`` times "Rain fell ." then "Rama had a son , Lava ."
    one = ["Rama", "had", "a", "son", ",", "NAME", "."]
    heads = [1, 1, 3, 1, 3, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "appos", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT"]
    lemmas = ["rama", "have", "a", "son", ",", "name", "."]
    words, h, d, p, lem, starts = [], [], [], [], [], []
    for part, name in [("son", "Kusha"), *[("rain", "")] * gap, ("son", "Lava")]:
        base = len(words)
        if part == "rain":
            words += ["Rain", "fell", "."]
            h += [base + 1, base + 1, base + 1]
            d += ["nsubj", "ROOT", "punct"]
            p += ["NOUN", "VERB", "PUNCT"]
            lem += ["rain", "fall", "."]
            starts += [True, False, False]
            continue
        words += [name if w == "NAME" else w for w in one]
        h += [base + x for x in heads]
        d += deps
        p += pos
        lem += [name.lower() if w == "name" else w for w in lemmas]
        starts += [True] + [False] * 6
    doc = make_doc(words, heads=h, deps=d, pos=p, lemmas=lem, sent_starts=starts,
                   tags=["NN" if w == "son" else "" for w in words])
    ents = {"e0": Entity("e0", "Person", "Rama"), "e1": Entity("e1", "Person", "Kusha"),
            "e2": Entity("e2", "Person", "Lava")}
    keys = {"Rama": "e0", "Kusha": "e1", "Lava": "e2"}
    mentions = tuple(Mention(t.idx, t.idx + len(t), t.text, keys[t.text]) for t in doc if t.text in keys)
    return DocContext(doc, Article("t", doc.text, "-"), tuple(ents.values()), mentions)


def test_children_of_one_parent_stated_close_together_are_siblings() -> None:
    near = made(_two_sons(gap=0))
    assert {("e0", "children", "e1", "relations.kinship.kin_noun"),
            ("e0", "children", "e2", "relations.kinship.kin_noun"),
            ("e1", "sibling", "e2", "relations.kinship.shared_parent")} <= near
    far = made(_two_sons(gap=2))
    assert ("e0", "children", "e2", "relations.kinship.kin_noun") in far
    assert not [f for f in far if f[1] == "sibling"]


def _his_wife(others: list[tuple[str, str]]) -> set[tuple[str, str, object]]:
    """Facts of "Lee Park attacked his wife , Mia Cho ." with "his" resolved to Lee Park and the
    people ``others`` (key, name) named elsewhere in the article."""
    words = ["Lee", "Park", "attacked", "his", "wife", ",", "Mia", "Cho", "."]
    ctx = build_ctx(words, [1, 2, 2, 4, 2, 4, 7, 4, 2],
                    ["compound", "nsubj", "ROOT", "poss", "dobj", "punct", "compound", "appos", "punct"],
                    ["PROPN", "PROPN", "VERB", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (3, 4, "e0", "Person", "pronoun", False),
                     (6, 8, "e1", "Person", "name", False)])
    extra = tuple(Entity(key, "Person", name) for key, name in others)
    return triples(replace(ctx, entities=ctx.entities + extra))


def test_a_relative_named_after_someone_else_is_not_the_pronouns() -> None:
    # With a Ben Cho in the article, "his wife, Mia Cho" is more likely Ben Cho's.
    assert _his_wife([("e2", "Ben Cho")]) == set()


def test_refused_a_relative_of_another_surname_and_nobody_else_of_it() -> None:
    assert _his_wife([("e2", "Ben Ali")]) == {("e0", "spouse", "e1")}
