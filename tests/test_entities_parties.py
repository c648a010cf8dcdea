"""Entity rules `entities.parties.*`: a party's words used for the party."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.entities import extract_entities
from kgraph.extract.entities.parties import PARTY, PARTY_WORD
from kgraph.extract.registry import RuleSet


def doc_with_pos(rows: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    """A one-sentence Doc from (word, IOB tag, part of speech) triples."""
    words = [w for w, _, _ in rows]
    starts = [True] + [False] * (len(words) - 1)
    return make_doc(words, ents=[t for _, t, _ in rows], pos=[p for _, _, p in rows], sent_starts=starts)


def _parties(rows: list[tuple[str, str, str]], rules: str = "") -> tuple[list[tuple[str, str]],
                                                                         list[tuple[str, str]]]:
    entities, mentions = extract_entities(doc_with_pos(rows), RuleSet.parse(rules))
    names = {e.key: e.name for e in entities}
    return ([(e.type, e.name) for e in entities if e.type == "Organization"],
            [(m.text, names[m.entity]) for m in mentions])


# "Mara Quill, a Republican member of the House"
QUILL = [("Mara", "B-PERSON", "PROPN"), ("Quill", "I-PERSON", "PROPN"), (",", "O", "PUNCT"),
         ("a", "O", "DET"), ("Republican", "B-NORP", "ADJ"), ("member", "O", "NOUN"), ("left", "O", "VERB")]
# "The Democratic Party chose Oren Vale, a Democrat."
VALE = [("The", "O", "DET"), ("Democratic", "B-ORG", "PROPN"), ("Party", "I-ORG", "PROPN"),
        ("chose", "O", "VERB"), ("Oren", "B-PERSON", "PROPN"), ("Vale", "I-PERSON", "PROPN"),
        (",", "O", "PUNCT"), ("a", "O", "DET"), ("Democrat", "B-NORP", "PROPN"), (".", "O", "PUNCT")]


# --- party_word ---------------------------------------------------------------------------------

def test_party_adjective_before_a_political_noun_is_the_party() -> None:
    orgs, mentions = _parties(QUILL)
    assert orgs == [("Organization", "Republican Party")]
    assert ("Republican", "Republican Party") in mentions
    _, found = extract_entities(doc_with_pos(QUILL))
    assert [m.rule for m in found if m.text == "Republican"] == [PARTY_WORD]


def test_party_noun_in_apposition_after_as_and_before_a_name_is_the_party() -> None:
    # "Oren Vale, a Democrat, was elected as a Whig with fellow Tory Paul Renner."
    orgs, mentions = _parties([
        ("Oren", "B-PERSON", "PROPN"), ("Vale", "I-PERSON", "PROPN"), (",", "O", "PUNCT"),
        ("a", "O", "DET"), ("Democrat", "B-NORP", "PROPN"), (",", "O", "PUNCT"),
        ("was", "O", "AUX"), ("elected", "O", "VERB"), ("as", "O", "ADP"), ("a", "O", "DET"),
        ("Whig", "O", "PROPN"), ("with", "O", "ADP"), ("fellow", "O", "ADJ"), ("Tory", "B-NORP", "PROPN"),
        ("Paul", "B-PERSON", "PROPN"), ("Renner", "I-PERSON", "PROPN"), (".", "O", "PUNCT")])
    assert sorted(orgs) == [("Organization", "Conservative Party"), ("Organization", "Democratic Party"),
                            ("Organization", "Whig Party")]
    assert {("Democrat", "Democratic Party"), ("Whig", "Whig Party"),
            ("Tory", "Conservative Party")} <= set(mentions)


def test_party_words_of_two_words_and_plurals_after_the() -> None:
    # "The Liberal Democrats lost."
    orgs, mentions = _parties([("The", "O", "DET"), ("Liberal", "B-NORP", "PROPN"),
                               ("Democrats", "I-NORP", "PROPN"), ("lost", "O", "VERB")])
    assert orgs == [("Organization", "Liberal Democrats")]
    assert mentions == [("Liberal Democrats", "Liberal Democrats")]


def test_party_words_elsewhere_are_no_party() -> None:
    # "a Republican ideal", "an Irish Republican Army member", "a Green,", lower case
    orgs, _ = _parties([
        ("a", "O", "DET"), ("Republican", "O", "ADJ"), ("ideal", "O", "NOUN"), ("and", "O", "CCONJ"),
        ("an", "O", "DET"), ("Irish", "B-ORG", "PROPN"), ("Republican", "I-ORG", "PROPN"),
        ("Army", "I-ORG", "PROPN"),
        ("member", "O", "NOUN"), ("on", "O", "ADP"), ("a", "O", "DET"), ("Green", "O", "ADJ"),
        (",", "O", "PUNCT"), ("a", "O", "DET"), ("democratic", "O", "ADJ"), ("member", "O", "NOUN")])
    assert orgs == [("Organization", "Irish Republican Army")]


def test_party_word_links_to_the_party_named_in_the_article() -> None:
    orgs, mentions = _parties(VALE)
    assert orgs == [("Organization", "Democratic Party")]
    assert ("Democrat", "Democratic Party") in mentions


def test_party_word_switched_off_makes_no_party_mention() -> None:
    orgs, mentions = _parties(QUILL, "-entities.parties.party_word")
    assert orgs == [] and mentions == [("Mara Quill", "Mara Quill")]


# --- party --------------------------------------------------------------------------------------

def test_a_party_named_only_by_its_words_gets_an_entity() -> None:
    entities, _ = extract_entities(doc_with_pos(QUILL))
    assert [(e.name, e.rule) for e in entities if e.type == "Organization"] == [("Republican Party", PARTY)]


def test_a_party_named_in_the_article_gets_no_second_entity() -> None:
    entities, _ = extract_entities(doc_with_pos(VALE))
    assert [e.name for e in entities if e.type == "Organization"] == ["Democratic Party"]
    assert PARTY not in {e.rule for e in entities}


def test_party_switched_off_ties_party_words_only_to_parties_named() -> None:
    assert _parties(QUILL, "-entities.parties.party") == ([], [("Mara Quill", "Mara Quill")])
    _, mentions = _parties(VALE, "-entities.parties.party")
    assert ("Democrat", "Democratic Party") in mentions


def test_a_party_named_by_a_known_short_form_takes_the_party_words() -> None:
    # "The Tories chose Oren Vale , a Conservative ." : one party, named "Tories" and "Conservative".
    rows = [("The", "O", "DET"), ("Tories", "B-ORG", "PROPN"), ("chose", "O", "VERB"),
            ("Oren", "B-PERSON", "PROPN"), ("Vale", "I-PERSON", "PROPN"), (",", "O", "PUNCT"),
            ("a", "O", "DET"), ("Conservative", "B-NORP", "PROPN"), (".", "O", "PUNCT")]
    orgs, mentions = _parties(rows)
    assert orgs == [("Organization", "Tories")]
    assert ("Conservative", "Tories") in mentions
