"""The shared toolkit: subjects of verbs, ages, candidate tokens."""

from __future__ import annotations

from conftest import build_ctx, make_doc

from kgraph.extract.toolkit import age_of_head, subject_of


def test_subject_is_the_verbs_own_and_conjoined_verbs_share_it() -> None:
    # "Okafor smiled and said it ."
    doc = make_doc(["Okafor", "smiled", "and", "said", "it", "."], heads=[1, 1, 1, 1, 3, 1],
                   deps=["nsubj", "ROOT", "cc", "conj", "dobj", "punct"],
                   pos=["PROPN", "VERB", "CCONJ", "VERB", "PRON", "PUNCT"])
    assert subject_of(doc[1]).i == 0
    assert subject_of(doc[3]).i == 0


def test_relative_pronoun_subject_is_the_noun_the_clause_describes() -> None:
    # "Okafor , who said it , left ."
    doc = make_doc(["Okafor", ",", "who", "said", "it", ",", "left", "."],
                   heads=[6, 0, 3, 0, 3, 0, 6, 6],
                   deps=["nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "ROOT", "punct"],
                   pos=["PROPN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "VERB", "PUNCT"],
                   tags=["NNP", ",", "WP", "VBD", "PRP", ",", "VBD", "."])
    assert subject_of(doc[3]).i == 0


def test_to_infinitive_takes_the_subject_only_when_asked() -> None:
    # "Cruz refused to endorse Trump ."
    doc = make_doc(["Cruz", "refused", "to", "endorse", "Trump", "."], heads=[1, 1, 3, 1, 3, 1],
                   deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                   pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT"])
    assert subject_of(doc[3]) is None  # refusing to endorse is no endorsement
    assert subject_of(doc[3], through_xcomp=True).i == 0  # but "went on to say" is saying


def test_gerund_clause_takes_the_main_subject_and_a_passive_participle_does_not() -> None:
    # "Balls rejected it , saying no ."
    doc = make_doc(["Balls", "rejected", "it", ",", "saying", "no", "."], heads=[1, 1, 1, 1, 1, 4, 1],
                   deps=["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "punct"],
                   pos=["PROPN", "VERB", "PRON", "PUNCT", "VERB", "INTJ", "PUNCT"],
                   tags=["NNP", "VBD", "PRP", ",", "VBG", "UH", "."])
    assert subject_of(doc[4]).i == 0
    # "Elected in 2010 , she left ." : she was elected, she did not elect.
    doc = make_doc(["Elected", "in", "2010", ",", "she", "left", "."], heads=[5, 0, 1, 5, 5, 5, 5],
                   deps=["advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
                   pos=["VERB", "ADP", "NUM", "PUNCT", "PRON", "VERB", "PUNCT"],
                   tags=["VBN", "IN", "CD", ",", "PRP", "VBD", "."])
    assert subject_of(doc[0]) is None


def test_participle_describing_a_noun_has_it_as_subject_unless_refused() -> None:
    # "papers alleging fraud"
    doc = make_doc(["papers", "alleging", "fraud"], heads=[0, 0, 1], deps=["ROOT", "acl", "dobj"],
                   pos=["NOUN", "VERB", "NOUN"], tags=["NNS", "VBG", "NN"])
    assert subject_of(doc[1]).i == 0
    assert subject_of(doc[1], participles=False) is None


def test_age_of_head_reads_the_number_of_a_year_old_phrase() -> None:
    doc = make_doc(["the", "52", "-", "year", "-", "old"], heads=[5, 3, 3, 5, 5, 5],
                   deps=["det", "nummod", "punct", "npadvmod", "punct", "ROOT"],
                   pos=["DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ"])
    assert age_of_head(doc[5]) == 52
    assert age_of_head(doc[3]) is None


def test_candidate_tokens_are_read_off_the_columns_in_order() -> None:
    from spacy.symbols import VERB

    from kgraph.extract.toolkit import tokens_with_lemma, tokens_with_pos

    ctx = build_ctx(["Okafor", "backed", "the", "backing", "and", "backed", "Mensah"],
                    [1, 1, 3, 1, 1, 1, 5], ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj"],
                    ["PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PROPN"],
                    [(0, 1, "e0", "Person", "name", False)],
                    lemmas=["Okafor", "back", "the", "backing", "and", "back", "Mensah"])
    assert [t.i for t in tokens_with_lemma(ctx, {"back", "backing"})] == [1, 3, 5]
    assert [t.i for t in tokens_with_lemma(ctx, {"back", "backing"}, (VERB,))] == [1, 5]
    assert [t.i for t in tokens_with_pos(ctx, (VERB,))] == [1, 5]
