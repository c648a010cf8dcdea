"""Rules of relations/descriptors.py on hand-built parses: which nouns describe which named person
(appositions, titles, copulas, "as", coreferent nouns, conjuncts)."""

from __future__ import annotations

from conftest import build_ctx, make_doc
from test_relations import described, made, switched, triples

from kgraph.extract.context import DocContext
from kgraph.types import Article, Entity, Mention


def test_role_of_org_with_name_hung_on_the_org() -> None:
    # The parser hangs the name on the organisation: "the chief executive of NLG , Henrik ,"
    words = ["The", "chief", "executive", "of", "NLG", ",", "Henrik", ",", "left", "."]
    ctx = build_ctx(words, [2, 2, 8, 2, 3, 4, 4, 2, 8, 8],
                    ["det", "amod", "nsubj", "prep", "pobj", "punct", "appos", "punct", "ROOT", "punct"],
                    ["DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    [(4, 5, "e0", "Organization", "name", False), (6, 7, "e1", "Person", "name", False)])
    found = triples(ctx)
    assert ("e1", "jobTitle", "chief executive") in found
    assert ("e1", "affiliation", "e0") in found
    assert made(switched(ctx, "-relations.descriptors.role_before_name_on_org")) == set()


def test_conjoined_subjects_of_a_copula_share_the_parents() -> None:
    # "Kusha and Lava were the children of Rama ."
    words = ["Kusha", "and", "Lava", "were", "the", "children", "of", "Rama", "."]
    ctx = build_ctx(words, [3, 0, 0, 3, 5, 3, 5, 6, 3],
                    ["nsubj", "cc", "conj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
                    ["PROPN", "CCONJ", "PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Person", "name", False),
                     (7, 8, "e2", "Person", "name", False)],
                    lemmas=["Kusha", "and", "Lava", "be", "the", "child", "of", "Rama", "."],
                    tags=["", "", "", "", "", "NNS", "", "", ""])
    got = triples(ctx)
    assert {("e2", "children", "e0"), ("e2", "children", "e1")} <= got


def test_born_in_a_place_the_son_of_is_who_was_born() -> None:
    # "Anna Berg was born in Rome , the daughter of Carl Berg ." (the parser hangs the kin noun on
    # the place)
    words = ["Anna", "Berg", "was", "born", "in", "Rome", ",", "the", "daughter", "of", "Carl",
             "Berg", "."]
    ctx = build_ctx(words, [1, 3, 3, 3, 3, 4, 5, 8, 5, 8, 11, 9, 3],
                    ["compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "det",
                     "appos", "prep", "compound", "pobj", "punct"],
                    ["PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP",
                     "PROPN", "PROPN", "PUNCT"],
                    [(0, 2, "e0", "Person", "name", False), (5, 6, "e2", "Place", "name", True),
                     (10, 12, "e1", "Person", "name", False)],
                    lemmas=["anna", "berg", "be", "bear", "in", "rome", ",", "the", "daughter", "of",
                            "carl", "berg", "."],
                    tags=["NNP", "NNP", "VBD", "VBN", "IN", "NNP", ",", "DT", "NN", "IN", "NNP",
                          "NNP", "."])
    found = triples(ctx)
    assert ("e1", "children", "e0") in found
    assert not [t for t in found if "e2" in (t[0], t[2])]
    assert ("e1", "children", "e0") not in triples(switched(ctx, "-relations.descriptors.born_the_child_of"))


def test_fronted_born_in_the_daughter_of_is_the_main_subject() -> None:
    # "Born in Rome , the daughter of Carl Berg , she studied law ." with "she" resolved to Anna
    words = ["Anna", "Berg", "sang", ".", "Born", "in", "Rome", ",", "the", "daughter", "of",
             "Carl", "Berg", ",", "she", "studied", "law", "."]
    heads = [1, 2, 2, 2, 15, 4, 5, 15, 9, 7, 9, 12, 10, 15, 15, 15, 15, 15]
    deps = ["compound", "nsubj", "ROOT", "punct", "advcl", "prep", "pobj", "punct", "det", "prep",
            "prep", "compound", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP",
           "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", ".", "VBN", "IN", "NNP", ",", "DT", "NN", "IN", "NNP", "NNP", ",",
            "PRP", "VBD", "NN", "."]
    lemmas = [w.lower() for w in words]
    lemmas[4] = "bear"
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
                   sent_starts=[True, False, False, False, True] + [False] * 13)
    ents = {"e0": Entity("e0", "Person", "Anna Berg", (), False, gender="female"),
            "e1": Entity("e1", "Person", "Carl Berg", (), False, gender="male"),
            "e2": Entity("e2", "Place", "Rome", (), True)}
    spans = [(0, 2, "e0", "name"), (6, 7, "e2", "name"), (11, 13, "e1", "name"),
             (14, 15, "e0", "pronoun")]
    mentions = tuple(Mention(doc[a:b].start_char, doc[a:b].end_char, doc[a:b].text, k, kind)
                     for a, b, k, kind in spans)
    ctx = DocContext(doc, Article("t", doc.text, "-"), tuple(ents.values()), mentions)
    found = triples(ctx)
    assert ("e1", "children", "e0") in found
    assert not [t for t in found if "e2" in (t[0], t[2])]


def test_second_apposition_describes_the_name() -> None:
    # "Philippe , Duke of Anjou , younger son of Louis ."
    words = ["Philippe", ",", "Duke", "of", "Anjou", ",", "younger", "son", "of", "Louis", "."]
    ctx = build_ctx(words, [0, 0, 0, 2, 3, 2, 7, 2, 7, 8, 0],
                    ["ROOT", "punct", "appos", "prep", "pobj", "punct", "amod", "appos", "prep",
                     "pobj", "punct"],
                    ["PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "PUNCT", "ADJ", "NOUN", "ADP",
                     "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e2", "Place", "name", False),
                     (9, 10, "e1", "Person", "name", False)])
    assert ("e1", "children", "e0") in triples(ctx)
    assert ("e1", "children", "e0") not in triples(switched(ctx, "-relations.descriptors.second_apposition"))


def test_happened_to_be_the_daughter_of() -> None:
    words = ["Manon", "happened", "to", "be", "the", "daughter", "of", "Silvia", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 5, 3, 5, 6, 1],
                    ["nsubj", "ROOT", "aux", "xcomp", "det", "attr", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "PART", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (7, 8, "e1", "Person", "name", False)],
                    lemmas=["manon", "happen", "to", "be", "the", "daughter", "of", "silvia", "."])
    assert ("e1", "children", "e0") in triples(ctx)


def test_only_the_first_name_after_a_singular_kin_noun_is_the_relative() -> None:
    # "Nell and his brother Louis , Carl Lorensz" : Lorensz is another guest, not a brother
    words = ["Nell", "and", "his", "brother", "Louis", ",", "Carl", "Lorensz", "came", "."]
    ctx = build_ctx(words, [8, 0, 3, 0, 3, 3, 7, 3, 8, 8],
                    ["nsubj", "cc", "poss", "conj", "appos", "punct", "compound", "appos", "ROOT",
                     "punct"],
                    ["PROPN", "CCONJ", "PRON", "NOUN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB",
                     "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Person", "name", False),
                     (6, 8, "e2", "Person", "name", False)],
                    tags=["NNP", "CC", "PRP$", "NN", "NNP", ",", "NNP", "NNP", "VBD", "."])
    found = triples(ctx)
    assert ("e0", "sibling", "e1") in found
    assert not [t for t in found if t[1] == "sibling" and "e2" in (t[0], t[2])]


def test_kin_noun_resolved_to_the_subject_still_names_the_parent() -> None:
    # "Carol was the eldest son of Ferdinand ." with "the eldest son" a nominal mention of Carol
    words = ["Carol", "was", "the", "eldest", "son", "of", "Ferdinand", "."]
    ctx = build_ctx(words, [1, 1, 4, 4, 1, 4, 5, 1],
                    ["nsubj", "ROOT", "det", "amod", "attr", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (6, 7, "e1", "Person", "name", False),
                     (2, 5, "e0", "Person", "nominal", False)],
                    lemmas=["Carol", "be", "the", "eldest", "son", "of", "Ferdinand", "."])
    assert ("e1", "children", "e0") in triples(ctx)


def test_name_before_a_bracket_is_the_copula_subject() -> None:
    # "Zevs ( born in Saverne ) is a French artist ." parsed with the name under "born".
    words = ["Zevs", "(", "born", "in", "Saverne", ")", "is", "a", "French", "artist", "."]
    ctx = build_ctx(words, [2, 2, 6, 2, 3, 2, 6, 9, 9, 6, 6],
                    ["npadvmod", "punct", "csubj", "prep", "pobj", "punct", "ROOT", "det", "amod",
                     "attr", "punct"],
                    ["PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "AUX", "DET", "ADJ", "NOUN",
                     "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (4, 5, "e1", "Place", "name", False),
                     (8, 9, "fr", "Place", "demonym", True)],
                    lemmas=["Zevs", "(", "bear", "in", "Saverne", ")", "be", "a", "french", "artist", "."])
    assert ("e0", "nationality", "fr") in triples(ctx)
    # No bracket right before the copula: no guessed subject.
    words = ["Zevs", "left", ";", "is", "a", "French", "artist", "."]
    ctx = build_ctx(words, [1, 3, 3, 3, 6, 6, 3, 3],
                    ["nsubj", "ccomp", "punct", "ROOT", "det", "amod", "attr", "punct"],
                    ["PROPN", "VERB", "PUNCT", "AUX", "DET", "ADJ", "NOUN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "fr", "Place", "demonym", True)],
                    lemmas=["Zevs", "leave", ";", "be", "a", "french", "artist", "."])
    assert ("e0", "nationality", "fr") not in triples(ctx)


def test_person_noun_tagged_as_an_adjective() -> None:
    # "Bonatti was an Italian mathematician ." with "mathematician" tagged ADJ.
    words = ["Bonatti", "was", "an", "Italian", "mathematician", "."]
    ctx = build_ctx(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "amod", "attr", "punct"],
                    ["PROPN", "AUX", "DET", "ADJ", "ADJ", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (3, 4, "it", "Place", "demonym", True)],
                    lemmas=["Bonatti", "be", "an", "italian", "mathematician", "."])
    assert ("e0", "nationality", "it") in triples(ctx)


def test_appointed_as_a_role_describes_the_object() -> None:
    # "Grant appointed Wallace as a judge of the Tax Court ."
    words = ["Grant", "appointed", "Wallace", "as", "a", "judge", "of", "the", "Tax", "Court", "."]
    ctx = build_ctx(words, [1, 1, 1, 1, 5, 3, 5, 9, 9, 6, 1],
                    ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "compound", "pobj",
                     "punct"],
                    ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN",
                     "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Person", "name", False),
                     (8, 10, "e2", "Organization", "name", False)],
                    lemmas=["Grant", "appoint", "Wallace", "as", "a", "judge", "of", "the", "Tax", "Court",
                            "."])
    found = triples(ctx)
    assert ("e1", "worksFor", "e2") in found and ("e1", "jobTitle", "judge") in found
    assert not any(t[0] == "e0" for t in found)
    assert not [t for t in triples(switched(ctx, "-relations.descriptors.appointed_as")) if t[0] == "e1"]


# --- each construction on its own, and switched off --------------------------------------------

def _one_name(words: list[str], heads: list[int], deps: list[str], pos: list[str], name: int,
              **kw: list[str]) -> DocContext:
    return build_ctx(words, heads, deps, pos, [(name, name + 1, "e0", "Person", "name", False)], **kw)


def test_a_title_before_a_name() -> None:
    # "Chancellor Weber spoke ."
    ctx = _one_name(["Chancellor", "Weber", "spoke", "."], [1, 2, 2, 2],
                    ["compound", "nsubj", "ROOT", "punct"],
                    ["PROPN", "PROPN", "VERB", "PUNCT"], 1)
    assert described(ctx) == {("Chancellor", "Weber", "e0")}
    assert described(switched(ctx, "-relations.descriptors.title_before_name")) == set()


def test_an_apposition_after_a_name_and_its_conjuncts() -> None:
    # "Brandt , a novelist and activist , wrote ."
    words = ["Brandt", ",", "a", "novelist", "and", "activist", ",", "wrote", "."]
    ctx = _one_name(words, [7, 0, 3, 0, 3, 3, 0, 7, 7],
                    ["nsubj", "punct", "det", "appos", "cc", "conj", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "NOUN", "PUNCT", "VERB", "PUNCT"], 0)
    assert described(ctx) == {("novelist", "Brandt", "e0"), ("activist", "Brandt", "e0")}
    assert described(switched(ctx, "-relations.descriptors.conjunct")) == {("novelist", "Brandt", "e0")}
    assert described(switched(ctx, "-relations.descriptors.apposition")) == set()


def test_a_name_in_apposition_to_the_noun_before_it() -> None:
    # "his daughter , Mara , came ."
    words = ["his", "daughter", ",", "Mara", ",", "came", "."]
    ctx = _one_name(words, [1, 5, 1, 1, 1, 5, 5],
                    ["poss", "nsubj", "punct", "appos", "punct", "ROOT", "punct"],
                    ["PRON", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"], 3)
    assert described(ctx) == {("daughter", "Mara", "e0")}
    assert described(switched(ctx, "-relations.descriptors.name_in_apposition")) == set()


def test_a_noun_coreference_resolved() -> None:
    # "The minister spoke ." with "The minister" a nominal mention of a person
    ctx = build_ctx(["The", "minister", "spoke", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                    ["DET", "NOUN", "VERB", "PUNCT"], [(0, 2, "e0", "Person", "nominal", False)])
    assert described(ctx) == {("minister", "minister", "e0")}
    assert described(switched(ctx, "-relations.descriptors.coreferent_noun")) == set()


def test_a_kin_noun_whose_verb_lists_the_names() -> None:
    # "His children included Ada and Ben ."
    words = ["His", "children", "included", "Ada", "and", "Ben", "."]
    ctx = build_ctx(words, [1, 2, 2, 2, 3, 3, 2], ["poss", "nsubj", "ROOT", "dobj", "cc", "conj", "punct"],
                    ["PRON", "NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                    [(3, 4, "e1", "Person", "name", False), (5, 6, "e2", "Person", "name", False)],
                    lemmas=["his", "child", "include", "ada", "and", "ben", "."])
    assert described(ctx) == {("children", "Ada", "e1"), ("children", "Ben", "e2")}
    assert described(switched(ctx, "-relations.descriptors.kin_subject")) == set()


def test_as_a_noun_after_a_verb_and_after_a_copula() -> None:
    # "Park served as mayor ." / "Park is a critic ."
    ctx = _one_name(["Park", "served", "as", "mayor", "."], [1, 1, 1, 2, 1],
                    ["nsubj", "ROOT", "prep", "pobj", "punct"],
                    ["PROPN", "VERB", "ADP", "NOUN", "PUNCT"], 0,
                    lemmas=["park", "serve", "as", "mayor", "."])
    assert described(ctx) == {("mayor", "Park", "e0")}
    assert described(switched(ctx, "-relations.descriptors.copula")) == {("mayor", "Park", "e0")}
    assert described(switched(ctx, "-relations.descriptors.served_as")) == set()
    ctx = _one_name(["Park", "is", "a", "critic", "."], [1, 1, 3, 1, 1],
                    ["nsubj", "ROOT", "det", "attr", "punct"],
                    ["PROPN", "AUX", "DET", "NOUN", "PUNCT"], 0, lemmas=["park", "be", "a", "critic", "."])
    assert described(ctx) == {("critic", "Park", "e0")}


def test_a_plural_kin_noun_before_names_parsed_as_its_conjuncts() -> None:
    # "Roberto had two children , Ana and Bruno ."
    words = ["Roberto", "had", "two", "children", ",", "Ana", "and", "Bruno", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 3, 5, 5, 1],
                    ["nsubj", "ROOT", "nummod", "dobj", "punct", "conj", "cc", "conj", "punct"],
                    ["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Person", "name", False),
                     (7, 8, "e2", "Person", "name", False)],
                    lemmas=["Roberto", "have", "two", "child", ",", "Ana", "and", "Bruno", "."],
                    tags=["NNP", "VBD", "CD", "NNS", ",", "NNP", "CC", "NNP", "."])
    assert described(ctx) == {("children", "Ana", "e1"), ("children", "Bruno", "e2")}
    assert described(switched(ctx, "-relations.descriptors.kin_noun_before_names")) == set()


def test_no_descriptor_for_an_object_nor_for_an_organisation() -> None:
    # "Park met a critic ." / "Reuters , a news agency , grew ."
    ctx = _one_name(["Park", "met", "a", "critic", "."], [1, 1, 3, 1, 1],
                    ["nsubj", "ROOT", "det", "dobj", "punct"],
                    ["PROPN", "VERB", "DET", "NOUN", "PUNCT"], 0, lemmas=["park", "meet", "a", "critic", "."])
    assert described(ctx) == set()
    words = ["Reuters", ",", "a", "news", "agency", ",", "grew", "."]
    ctx = build_ctx(words, [6, 0, 4, 4, 0, 0, 6, 6],
                    ["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "punct"],
                    ["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Organization", "name", False)])
    assert described(ctx) == set()
