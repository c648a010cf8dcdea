"""Rule tests for pronoun and description resolution, on hand-built parses."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.context import DocContext
from kgraph.extract.coref import resolve_references
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


def found(ctx: DocContext) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity, m.kind) for m in resolve_references(ctx)]


def test_pronoun_takes_gender_compatible_antecedent() -> None:
    doc = _two_sentences("He")
    ctx = _ctx(doc, {"e0": (0, 1, "Person", "female"), "e1": (2, 3, "Person", "male")})
    assert found(ctx) == [("He", "e1", "pronoun")]


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


def test_description_matches_an_earlier_apposition() -> None:
    # "Okafor, the minister, arrived. The minister spoke."
    doc = make_doc(
        ["Okafor", ",", "the", "minister", ",", "arrived", ".", "The", "minister", "spoke", "."],
        heads=[5, 0, 3, 0, 0, 5, 5, 8, 9, 9, 9],
        deps=["nsubj", "punct", "det", "appos", "punct", "ROOT", "punct", "det", "nsubj", "ROOT",
              "punct"],
        pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "DET", "NOUN", "VERB",
             "PUNCT"],
        lemmas=["Okafor", ",", "the", "minister", ",", "arrive", ".", "the", "minister", "speak",
                "."],
        sent_starts=[True, False, False, False, False, False, False, True, False, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", None)})
    assert found(ctx) == [("The minister", "e0", "nominal")]


def test_description_without_a_known_role_stays_unresolved() -> None:
    doc = make_doc(
        ["Okafor", "arrived", ".", "The", "senator", "spoke", "."],
        heads=[1, 1, 1, 4, 5, 5, 5],
        deps=["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        lemmas=["Okafor", "arrive", ".", "the", "senator", "speak", "."],
        sent_starts=[True, False, False, True, False, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 1, "Person", None)})
    assert found(ctx) == []


def test_the_company_goes_to_the_last_company() -> None:
    doc = make_doc(
        ["Acme", "Corp", "grew", ".", "The", "company", "hired", "."],
        heads=[1, 2, 2, 2, 5, 6, 6, 6],
        deps=["compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        lemmas=["Acme", "Corp", "grow", ".", "the", "company", "hire", "."],
        sent_starts=[True, False, False, False, True, False, False, False],
    )
    ctx = _ctx(doc, {"e0": (0, 2, "Organization", None)})
    assert found(ctx) == [("The company", "e0", "nominal")]


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
