"""What coreference reads of the discourse: candidate tokens, subjects, asides, the topic."""

from __future__ import annotations

from conftest import build_ctx, make_doc

from kgraph.extract.context import DocContext
from kgraph.extract.coref.discourse import (
    SentenceDistance,
    candidate_tokens,
    is_subject,
    mention_spans,
    name_references,
    quoted_tokens,
    topic_person,
)
from kgraph.types import Article, Entity, Mention


def _ctx(doc, names: dict[str, tuple[int, int, str, str | None]]) -> DocContext:  # type: ignore[no-untyped-def]
    entities, mentions = [], []
    for key, (start, end, etype, gender) in names.items():
        span = doc[start:end]
        entities.append(Entity(key, etype, span.text, gender=gender))
        mentions.append(Mention(span.start_char, span.end_char, span.text, key))
    return DocContext(doc, Article(id="t", text=doc.text, source="t"), tuple(entities),
                      tuple(mentions))


def test_candidates_are_pronouns_and_heads_of_the() -> None:
    # "Okafor, the minister, arrived. The minister spoke to her."
    doc = make_doc(
        ["Okafor", ",", "the", "minister", ",", "arrived", ".", "The", "minister", "spoke", "to",
         "her", "."],
        heads=[5, 0, 3, 0, 0, 5, 5, 8, 9, 9, 9, 10, 9],
        deps=["nsubj", "punct", "det", "appos", "punct", "ROOT", "punct", "det", "nsubj", "ROOT",
              "prep", "pobj", "punct"],
        pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "DET", "NOUN", "VERB",
             "ADP", "PRON", "PUNCT"],
        sent_starts=[True] + [False] * 6 + [True] + [False] * 5,
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "female")})
    assert candidate_tokens(ctx) == [3, 8, 11]


def test_a_subject_its_conjuncts_and_names_in_apposition_stand_as_subjects() -> None:
    # "Okafor and Mensah , the minister , met Adeyemi ."
    doc = make_doc(["Okafor", "and", "Mensah", ",", "the", "minister", ",", "met", "Adeyemi", "."],
                   heads=[7, 0, 0, 0, 5, 0, 0, 7, 7, 7],
                   deps=["nsubj", "cc", "conj", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct"])
    assert [is_subject(doc[i]) for i in (0, 2, 5, 8)] == [True, True, True, False]


def test_a_possessive_of_the_subject_does_not_stand_as_subject() -> None:
    # "Okafor 's son met Adeyemi ."
    doc = make_doc(["Okafor", "'s", "son", "met", "Adeyemi", "."], heads=[2, 0, 3, 3, 3, 3],
                   deps=["poss", "case", "nsubj", "ROOT", "dobj", "punct"])
    assert is_subject(doc[0]) is False


def test_a_name_in_brackets_is_an_aside_and_no_subject() -> None:
    # "Okafor won ( as Mensah did ) ."
    doc = make_doc(["Okafor", "won", "(", "as", "Mensah", "did", ")", "."],
                   heads=[1, 1, 1, 5, 5, 1, 1, 1],
                   deps=["nsubj", "ROOT", "punct", "mark", "nsubj", "advcl", "punct", "punct"],
                   pos=["PROPN", "VERB", "PUNCT", "SCONJ", "PROPN", "VERB", "PUNCT", "PUNCT"])
    ctx = _ctx(doc, {"e0": (0, 1, "Person", None), "e1": (4, 5, "Person", None)})
    refs = name_references(ctx, set(), mention_spans(ctx))
    assert [(r.entity, r.subject, r.aside) for r in refs] == [("e0", True, False), ("e1", False, True)]


def test_the_topic_is_the_opening_subject_named_again() -> None:
    # "Okafor won . Mensah lost . Okafor left ."
    words = ["Okafor", "won", ".", "Mensah", "lost", ".", "Okafor", "left", "."]
    ents = [(0, 1, "e0", "Person", "name", False), (3, 4, "e1", "Person", "name", False),
            (6, 7, "e0", "Person", "name", False)]
    ctx = build_ctx(words, [1, 1, 1, 4, 4, 4, 7, 7, 7], ["nsubj", "ROOT", "punct"] * 3,
                    ["PROPN", "VERB", "PUNCT"] * 3, ents)
    entities = {e.key: e for e in ctx.entities}
    assert topic_person(name_references(ctx, set(), mention_spans(ctx)), entities) == "e0"
    once = build_ctx(words, [1, 1, 1, 4, 4, 4, 7, 7, 7], ["nsubj", "ROOT", "punct"] * 3,
                     ["PROPN", "VERB", "PUNCT"] * 3, ents[:2])
    assert topic_person(name_references(once, set(), mention_spans(once)), entities) is None


def test_sentences_inside_quotes_do_not_count_as_distance() -> None:
    # 'Okafor spoke. “We won. We left.” He smiled.'
    words = ["Okafor", "spoke", ".", "“", "We", "won", ".", "We", "left", ".", "”", "He", "smiled", "."]
    spaces = [True, False, True, False, True, False, True, True, False, False, True, True, False, False]
    doc = make_doc(words, spaces=spaces, sent_starts=[True, False, False, True, False, False, False, True,
                                                      False, False, False, True, False, False])
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "male")})
    quoted = quoted_tokens(ctx)
    assert {4, 5, 7, 8} <= quoted and 11 not in quoted
    assert SentenceDistance(ctx, quoted)(0, 3) == 1
