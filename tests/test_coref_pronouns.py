"""Coreference rules `coref.pronouns.*`: third-person pronouns resolved to entities, on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

from conftest import build_ctx, make_doc

from kgraph.extract.context import DocContext
from kgraph.extract.coref import pronouns, resolve_references
from kgraph.extract.registry import RuleSet
from kgraph.types import Article, Entity, Mention


def _ctx(doc, names: dict[str, tuple[int, int, str, str | None]]) -> DocContext:  # type: ignore[no-untyped-def]
    entities, mentions = [], []
    for key, (start, end, etype, gender) in names.items():
        span = doc[start:end]
        entities.append(Entity(key, etype, span.text, gender=gender))
        mentions.append(Mention(span.start_char, span.end_char, span.text, key))
    return DocContext(doc, Article(id="t", text=doc.text, source="t"), tuple(entities),
                      tuple(mentions))


def _two_sentences(pronoun: str):  # type: ignore[no-untyped-def]
    """'Okafor met Mensah . <pronoun> left .'"""
    return make_doc(
        ["Okafor", "met", "Mensah", ".", pronoun, "left", "."],
        heads=[1, 1, 1, 1, 5, 5, 5],
        deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
        sent_starts=[True, False, False, False, True, False, False],
    )


def found(ctx: DocContext, rules: str = "") -> list[tuple[str, str, str]]:
    return [(m.text, m.entity, m.kind) for m in resolve_references(replace(ctx, rules=RuleSet.parse(rules)))]


def rules_of(ctx: DocContext) -> list[tuple[str, str]]:
    return [(m.text, m.rule) for m in resolve_references(ctx)]


# --- person -------------------------------------------------------------------------------------

def test_pronoun_takes_gender_compatible_antecedent() -> None:
    doc = _two_sentences("He")
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "female"), "e1": (2, 3, "Person", "male")})
    assert found(ctx) == [("He", "e1", "pronoun")]
    assert rules_of(ctx) == [("He", pronouns.PERSON)]


def test_pronoun_prefers_the_subject() -> None:
    doc = _two_sentences("She")
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "female"), "e1": (2, 3, "Person", "female")})
    assert found(ctx) == [("She", "e0", "pronoun")]


def test_pronoun_never_resolves_to_an_organisation() -> None:
    doc = _two_sentences("She")
    ctx = _ctx(doc, {"e0": (0, 1, "Organization", None), "e1": (2, 3, "Place", None)})
    assert found(ctx) == []


def test_unsure_pronoun_is_left_alone() -> None:
    # Two people of unknown gender, neither more salient: no guess.
    doc = make_doc(
        ["Okafor", "and", "Mensah", "arrived", ".", "He", "left", "."],
        heads=[3, 0, 0, 3, 3, 6, 6, 6],
        deps=["nsubj", "cc", "conj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
        sent_starts=[True, False, False, False, False, True, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", None), "e1": (2, 3, "Person", None)})
    assert found(ctx) == []


def test_possessive_pronoun_is_resolved() -> None:
    doc = make_doc(
        ["Okafor", "arrived", ".", "Her", "daughter", "waited", "."],
        heads=[1, 1, 1, 4, 5, 5, 5],
        deps=["nsubj", "ROOT", "punct", "poss", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"],
        sent_starts=[True, False, False, True, False, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "female")})
    assert found(ctx) == [("Her", "e0", "pronoun")]
    extended = ctx.with_mentions(resolve_references(ctx))
    assert extended.entity_key_at(3) == "e0"


def test_object_pronoun_is_not_its_own_subject() -> None:
    # "Mensah praised him": "him" cannot be Mensah, so it is Okafor.
    doc = make_doc(
        ["Okafor", "spoke", ".", "Mensah", "praised", "him", "."],
        heads=[1, 1, 1, 4, 4, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
        sent_starts=[True, False, False, True, False, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "male"), "e1": (3, 4, "Person", "male")})
    assert found(ctx) == [("him", "e0", "pronoun")]


def test_name_in_brackets_is_an_aside_not_the_antecedent() -> None:
    # "Okafor won ( as Mensah did ) . He smiled ." Both are subjects one sentence back; the one in
    # brackets is a side remark.
    doc = make_doc(
        ["Okafor", "won", "(", "as", "Mensah", "did", ")", ".", "He", "smiled", "."],
        heads=[1, 1, 1, 5, 5, 1, 1, 1, 9, 9, 9],
        deps=["nsubj", "ROOT", "punct", "mark", "nsubj", "advcl", "punct", "punct", "nsubj", "ROOT",
              "punct"],
        pos=["PROPN", "VERB", "PUNCT", "SCONJ", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB",
             "PUNCT"],
        sent_starts=[True] + [False] * 7 + [True, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "male"), "e1": (4, 5, "Person", "male")})
    assert found(ctx) == [("He", "e0", "pronoun")]


def test_person_switched_off_makes_no_pronoun_mention() -> None:
    ctx = _ctx(_two_sentences("He"), {"e0": (0, 1, "Person", "female"), "e1": (2, 3, "Person", "male")})
    assert found(ctx, "-coref.pronouns.person") == []


# --- topic --------------------------------------------------------------------------------------

def _topic_ctx() -> DocContext:
    # "Okafor won . Okafor ruled . A war with Mensah ended , and his son left ."
    # Okafor is the subject of the opening sentence and named again: the topic.
    words = ["Okafor", "won", ".", "Okafor", "ruled", ".", "A", "war", "with", "Mensah", "ended",
             ",", "and", "his", "son", "left", "."]
    doc = make_doc(
        words,
        heads=[1, 1, 1, 4, 4, 4, 7, 10, 7, 8, 10, 10, 10, 14, 15, 10, 10],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "det", "nsubj", "prep", "pobj",
              "ROOT", "punct", "cc", "poss", "nsubj", "conj", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "ADP", "PROPN",
             "VERB", "PUNCT", "CCONJ", "PRON", "NOUN", "VERB", "PUNCT"],
        sent_starts=[True, False, False, True, False, False, True] + [False] * 10,
    )
    names = {"e0": (0, 1, "Person", "male"), "e1": (9, 10, "Person", "male")}
    entities = [Entity(k, t, doc[s:e].text, gender=g) for k, (s, e, t, g) in names.items()]
    mentions = [Mention(doc[s:e].start_char, doc[s:e].end_char, doc[s:e].text, k)
                for k, (s, e, _, _) in names.items()]
    mentions.append(Mention(doc[3].idx, doc[3].idx + 6, "Okafor", "e0"))
    return DocContext(doc, Article(id="t", text=doc.text, source="t"), tuple(entities),
                      tuple(mentions))


def test_topic_person_wins_over_a_name_in_a_phrase() -> None:
    ctx = _topic_ctx()
    assert found(ctx) == [("his", "e0", "pronoun")]
    assert rules_of(ctx) == [("his", pronouns.TOPIC)]


def test_the_topic_that_would_win_anyway_is_the_person_rule() -> None:
    # "Okafor met Mensah . He left .": no topic (Okafor is named once).
    ctx = _ctx(_two_sentences("He"), {"e0": (0, 1, "Person", "male"), "e1": (2, 3, "Person", "female")})
    assert rules_of(ctx) == [("He", pronouns.PERSON)]


def test_topic_switched_off_makes_no_mention_the_topic_decided() -> None:
    assert found(_topic_ctx(), "-coref.pronouns.topic") == []


# --- coordinated --------------------------------------------------------------------------------

def _berg_and_meier() -> DocContext:
    # "Berg met Meier and his wife ." -> "his" is Meier, though Berg is the subject.
    doc = make_doc(
        ["Berg", "met", "Meier", "and", "his", "wife", "."],
        heads=[1, 1, 1, 2, 5, 2, 1],
        deps=["nsubj", "ROOT", "dobj", "cc", "poss", "conj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "CCONJ", "PRON", "NOUN", "PUNCT"],
        sent_starts=[True] + [False] * 6,
    )
    return _ctx(doc, {"e0": (0, 1, "Person", "male"), "e1": (2, 3, "Person", "male")})


def test_possessive_after_and_is_the_name_before_it() -> None:
    ctx = _berg_and_meier()
    assert found(ctx) == [("his", "e1", "pronoun")]
    assert rules_of(ctx) == [("his", pronouns.COORDINATED)]


def test_possessive_after_and_is_not_a_name_of_the_other_gender() -> None:
    doc = _berg_and_meier().doc
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "male"), "e1": (2, 3, "Person", "female")})
    assert found(ctx) == [("his", "e0", "pronoun")]


def test_coordinated_switched_off_makes_no_mention() -> None:
    assert found(_berg_and_meier(), "-coref.pronouns.coordinated") == []


# --- chained_subject ----------------------------------------------------------------------------

def _chain() -> DocContext:
    """'Okafor spoke . He left . He returned .'"""
    return build_ctx(["Okafor", "spoke", ".", "He", "left", ".", "He", "returned", "."],
                     [1, 1, 1, 4, 4, 4, 7, 7, 7], ["nsubj", "ROOT", "punct"] * 3,
                     ["PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
                     [(0, 1, "e0", "Person", "name", False)])


def test_a_subject_he_after_a_he_subject_continues_the_chain() -> None:
    assert rules_of(_chain()) == [("He", pronouns.PERSON), ("He", pronouns.CHAINED_SUBJECT)]


def test_subject_pronoun_continues_an_unresolved_chain() -> None:
    # "Okafor and Adeyemi spoke . He was replaced by Mensah . He was succeeded by his son ."
    # The first "He" is ambiguous; the next "He" does not jump to Mensah, nor does "his".
    words = ["Okafor", "and", "Adeyemi", "spoke", ".", "He", "was", "replaced", "by", "Mensah", ".",
             "He", "was", "succeeded", "by", "his", "son", "."]
    doc = make_doc(
        words,
        heads=[3, 0, 0, 3, 3, 7, 7, 7, 7, 8, 7, 13, 13, 13, 13, 16, 14, 13],
        deps=["nsubj", "cc", "conj", "ROOT", "punct", "nsubjpass", "auxpass", "ROOT", "agent",
              "pobj", "punct", "nsubjpass", "auxpass", "ROOT", "agent", "poss", "pobj", "punct"],
        pos=["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "PRON", "AUX", "VERB", "ADP", "PROPN",
             "PUNCT", "PRON", "AUX", "VERB", "ADP", "PRON", "NOUN", "PUNCT"],
        sent_starts=[True, False, False, False, False, True] + [False] * 5 + [True] + [False] * 6,
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "male"), "e1": (2, 3, "Person", "male"),
                     "e2": (9, 10, "Person", "male")})
    assert found(ctx) == []


def test_chained_subject_switched_off_makes_no_mention() -> None:
    assert found(_chain(), "-coref.pronouns.chained_subject") == [("He", "e0", "pronoun")]


# --- clause_subject -----------------------------------------------------------------------------

def _succeeded() -> DocContext:
    """'Okafor spoke . He was succeeded by his son .'"""
    return build_ctx(["Okafor", "spoke", ".", "He", "was", "succeeded", "by", "his", "son", "."],
                     [1, 1, 1, 5, 5, 5, 5, 8, 6, 5],
                     ["nsubj", "ROOT", "punct", "nsubjpass", "auxpass", "ROOT", "agent", "poss", "pobj",
                      "punct"],
                     ["PROPN", "VERB", "PUNCT", "PRON", "AUX", "VERB", "ADP", "PRON", "NOUN", "PUNCT"],
                     [(0, 1, "e0", "Person", "name", False)])


def test_a_possessive_is_the_he_subject_of_its_clause() -> None:
    assert rules_of(_succeeded()) == [("He", pronouns.PERSON), ("his", pronouns.CLAUSE_SUBJECT)]


def test_clause_subject_switched_off_makes_no_mention() -> None:
    assert found(_succeeded(), "-coref.pronouns.clause_subject") == [("He", "e0", "pronoun")]


# --- it -----------------------------------------------------------------------------------------

def _it(word: str, etype: str = "Organization") -> DocContext:
    """'Acme grew . <It said profits rose | Its profits rose> .'"""
    if word == "It":
        return build_ctx(["Acme", "grew", ".", "It", "said", "profits", "rose", "."],
                         [1, 1, 1, 4, 4, 6, 4, 4],
                         ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                         ["PROPN", "VERB", "PUNCT", "PRON", "VERB", "NOUN", "VERB", "PUNCT"],
                         [(0, 1, "e0", etype, "name", False)],
                         lemmas=["Acme", "grow", ".", "it", "say", "profit", "rise", "."])
    return build_ctx(["Acme", "grew", ".", "Its", "profits", "rose", "."], [1, 1, 1, 4, 5, 5, 5],
                     ["nsubj", "ROOT", "punct", "poss", "nsubj", "ROOT", "punct"],
                     ["PROPN", "VERB", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"],
                     [(0, 1, "e0", etype, "name", False)])


def test_it_said_and_its_are_the_last_subject_organisation() -> None:
    assert rules_of(_it("It")) == [("It", pronouns.IT)]
    assert rules_of(_it("Its")) == [("Its", pronouns.IT)]


def test_expletive_it_is_not_resolved() -> None:
    doc = make_doc(
        ["Acme", "grew", ".", "It", "is", "clear", "."],
        heads=[1, 1, 1, 4, 4, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "acomp", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "PRON", "AUX", "ADJ", "PUNCT"],
        lemmas=["Acme", "grow", ".", "it", "be", "clear", "."],
        sent_starts=[True, False, False, True, False, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Organization", None)})
    assert found(ctx) == []


def test_its_is_no_person() -> None:
    assert found(_it("Its", "Person")) == []


def test_it_switched_off_makes_no_mention() -> None:
    assert found(_it("Its"), "-coref.pronouns.it") == []


# --- they ---------------------------------------------------------------------------------------

def _they() -> DocContext:
    """'Acme grew . They said profits rose .'"""
    return build_ctx(["Acme", "grew", ".", "They", "said", "profits", "rose", "."],
                     [1, 1, 1, 4, 4, 6, 4, 4],
                     ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                     ["PROPN", "VERB", "PUNCT", "PRON", "VERB", "NOUN", "VERB", "PUNCT"],
                     [(0, 1, "e0", "Organization", "name", False)],
                     lemmas=["Acme", "grow", ".", "they", "say", "profit", "rise", "."])


def test_they_as_subject_is_the_last_subject_organisation() -> None:
    assert rules_of(_they()) == [("They", pronouns.THEY)]


def test_them_is_not_resolved() -> None:
    ctx = build_ctx(["Acme", "grew", ".", "Okafor", "praised", "them", "."], [1, 1, 1, 4, 4, 4, 4],
                    ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
                    ["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
                    [(0, 1, "e0", "Organization", "name", False), (3, 4, "e1", "Person", "name", False)])
    assert found(ctx) == []


def test_they_switched_off_makes_no_mention() -> None:
    assert found(_they(), "-coref.pronouns.they") == []


def test_pronoun_prefers_the_main_clauses_subject_to_a_subordinate_ones() -> None:
    # "Balls mocked the claim that Brown lied. He left.": Balls, though Brown is nearer.
    doc = make_doc(
        ["Balls", "mocked", "the", "claim", "that", "Brown", "lied", ".", "He", "left", "."],
        heads=[1, 1, 3, 1, 6, 6, 3, 1, 9, 9, 9],
        deps=["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "acl", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
        sent_starts=[True] + [False] * 7 + [True, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "male"), "e1": (5, 6, "Person", "male")})
    assert found(ctx) == [("He", "e0", "pronoun")]


def test_two_main_clause_subjects_stay_too_close_to_call() -> None:
    # "Balls met Brown and Brown lied. He left.": both are main-clause subjects; Brown is later,
    # but not by enough to decide.
    doc = make_doc(
        ["Balls", "met", "Brown", "and", "Brown", "lied", ".", "He", "left", "."],
        heads=[1, 1, 1, 1, 5, 1, 1, 8, 8, 8],
        deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
        sent_starts=[True] + [False] * 6 + [True, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "male"), "e1": (4, 5, "Person", "male")})
    assert found(ctx) == []
