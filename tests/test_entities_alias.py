"""Entity rules `entities.alias.*`: which fuller name a shorter one is another name of."""

from __future__ import annotations

import pytest
from conftest import make_doc

from kgraph.extract.entities import alias, extract_entities
from kgraph.extract.entities.names import MODEL
from kgraph.extract.registry import RuleSet


def doc_of(text_ents: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """A one-sentence Doc from (word, IOB tag) pairs."""
    words = [w for w, _ in text_ents]
    ents = [t for _, t in text_ents]
    starts = [True] + [False] * (len(words) - 1)
    return make_doc(words, ents=ents, sent_starts=starts)


def _groups(words: list[tuple[str, str]], rules: str = "") -> dict[str, set[str]]:
    entities, mentions = extract_entities(doc_of(words), RuleSet.parse(rules))
    names = {e.key: e.name for e in entities}
    out: dict[str, set[str]] = {}
    for m in mentions:
        out.setdefault(names[m.entity], set()).add(m.text)
    return out


def _rules(words: list[tuple[str, str]], rules: str = "") -> list[tuple[str, str]]:
    return [(m.text, m.rule) for m in extract_entities(doc_of(words), RuleSet.parse(rules))[1]]


# --- same_name ----------------------------------------------------------------------------------

OKAFOR_TWICE = [("Okafor", "B-PERSON"), ("spoke", "O"), (".", "O"), ("Okafor", "B-PERSON"), ("left", "O")]


def test_the_same_name_again_is_the_same_entity() -> None:
    assert _rules(OKAFOR_TWICE) == [("Okafor", MODEL), ("Okafor", alias.SAME_NAME)]
    assert _groups(OKAFOR_TWICE) == {"Okafor": {"Okafor"}}


def test_same_name_switched_off_makes_each_its_own_entity() -> None:
    entities, mentions = extract_entities(doc_of(OKAFOR_TWICE), RuleSet.parse("-entities.alias.same_name"))
    assert [e.name for e in entities] == ["Okafor", "Okafor"]
    assert [(m.entity, m.rule) for m in mentions] == [("e0", MODEL), ("e1", MODEL)]


# --- full_name ----------------------------------------------------------------------------------

def test_initial_joins_the_spelled_out_first_name() -> None:
    words = [("John", "B-PERSON"), ("Smith", "I-PERSON"), ("won", "O"), (".", "O"), ("J.", "B-PERSON"),
             ("Smith", "I-PERSON"), ("lost", "O")]
    (e,), _ = extract_entities(doc_of(words))
    assert e.name == "John Smith" and e.aliases == ("J. Smith",)
    assert _rules(words) == [("John Smith", MODEL), ("J. Smith", alias.FULL_NAME)]


def test_generational_suffix_joins_the_shorter_name() -> None:
    words = [("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("Jr.", "I-PERSON"), ("runs", "O"),
             ("it", "O"), (".", "O"), ("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("said", "O"),
             (".", "O"), ("Desmarais", "B-PERSON"), ("left", "O")]
    (e,), mentions = extract_entities(doc_of(words))
    assert e.name == "Paul Desmarais Jr." and set(e.aliases) == {"Paul Desmarais", "Desmarais"}
    assert len(mentions) == 3


def test_father_and_son_keep_the_bare_name_apart_from_neither() -> None:
    words = [("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("Sr.", "I-PERSON"), ("and", "O"),
             ("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("Jr.", "I-PERSON"), ("met", "O")]
    entities, _ = extract_entities(doc_of(words))
    assert sorted(e.name for e in entities) == ["Paul Desmarais Jr.", "Paul Desmarais Sr."]


def test_generational_suffixes_keep_father_and_son_apart() -> None:
    # "Tomas Varga Jr. is the son of Tomas Varga Sr. ... Tomas Varga married Ilona Varga."
    words = [("Tomas", "B-PERSON"), ("Varga", "I-PERSON"), ("Jr.", "I-PERSON"), ("is", "O"),
             ("the", "O"), ("son", "O"), ("of", "O"), ("Tomas", "B-PERSON"), ("Varga", "I-PERSON"),
             ("Sr.", "I-PERSON"), (".", "O"), ("Tomas", "B-PERSON"), ("Varga", "I-PERSON"),
             ("married", "O"), ("Ilona", "B-PERSON"), ("Varga", "I-PERSON"), (".", "O")]
    groups = _groups(words)
    assert groups["Tomas Varga Jr."] == {"Tomas Varga Jr."}
    assert groups["Tomas Varga Sr."] == {"Tomas Varga Sr."}
    # The short name fits both fuller ones: it is not merged into either.
    assert groups["Tomas Varga"] == {"Tomas Varga"}


def test_a_full_name_written_first_does_not_join_a_longer_one_named_later() -> None:
    # "Pedro Alba was an architect. His children were Rosa Alba and Pedro Luis Alba."
    words = [("Pedro", "B-PERSON"), ("Alba", "I-PERSON"), ("was", "O"), ("an", "O"),
             ("architect", "O"), (".", "O"), ("His", "O"), ("children", "O"), ("were", "O"),
             ("Rosa", "B-PERSON"), ("Alba", "I-PERSON"), ("and", "O"), ("Pedro", "B-PERSON"),
             ("Luis", "I-PERSON"), ("Alba", "I-PERSON"), (".", "O"), ("Pedro", "B-PERSON"),
             ("Alba", "I-PERSON"), ("died", "O"), (".", "O")]
    groups = _groups(words)
    assert groups["Pedro Luis Alba"] == {"Pedro Luis Alba"}
    assert groups["Pedro Alba"] == {"Pedro Alba"}


def test_a_short_name_after_the_full_one_still_joins_it() -> None:
    # "Pedro Luis Alba spoke. Pedro Alba left."
    words = [("Pedro", "B-PERSON"), ("Luis", "I-PERSON"), ("Alba", "I-PERSON"), ("spoke", "O"),
             (".", "O"), ("Pedro", "B-PERSON"), ("Alba", "I-PERSON"), ("left", "O"), (".", "O")]
    assert _groups(words) == {"Pedro Luis Alba": {"Pedro Luis Alba", "Pedro Alba"}}


# --- first_last ---------------------------------------------------------------------------------

PEDRO_AS_PLACE = [("Pedro", "B-PERSON"), ("Luis", "I-PERSON"), ("Alba", "I-PERSON"), ("spoke", "O"),
                  (".", "O"), ("Pedro", "B-GPE"), ("Alba", "I-GPE"), ("left", "O")]


def test_first_and_last_word_of_a_longer_name_tagged_otherwise_join_it() -> None:
    # "Pedro Alba" tagged a place: not read as a person's name, but its first and last words fit.
    assert _rules(PEDRO_AS_PLACE) == [("Pedro Luis Alba", MODEL), ("Pedro Alba", alias.FIRST_LAST)]


def test_first_and_last_words_of_no_person_join_nothing() -> None:
    words = [("Northern", "B-ORG"), ("Rock", "I-ORG"), ("Savings", "I-ORG"), ("Bank", "I-ORG"), ("grew", "O"),
             (".", "O"), ("Northern", "B-GPE"), ("Bank", "I-GPE"), ("left", "O")]
    assert len(extract_entities(doc_of(words))[0]) == 2


def test_first_last_switched_off_leaves_the_name_its_own_entity() -> None:
    assert _groups(PEDRO_AS_PLACE, "-entities.alias.first_last") == {
        "Pedro Luis Alba": {"Pedro Luis Alba"}, "Pedro Alba": {"Pedro Alba"}}


# --- surname ------------------------------------------------------------------------------------

def test_surname_tagged_as_place_joins_the_person_and_type_is_voted() -> None:
    words = [("Amara", "B-PERSON"), ("Okafor", "I-PERSON"), ("spoke", "O"), (".", "O"),
             ("Okafor", "B-GPE"), ("left", "O"), (".", "O"), ("Ms", "O"), ("Okafor", "B-ORG"),
             ("smiled", "O"), (".", "O")]
    entities, mentions = extract_entities(doc_of(words))
    assert len(entities) == 1
    e = entities[0]
    assert (e.type, e.name, e.aliases, e.gender) == ("Person", "Amara Okafor", ("Okafor",), "female")
    assert [m.text for m in mentions] == ["Amara Okafor", "Okafor", "Okafor"]
    assert {m.entity for m in mentions} == {e.key}
    assert [m.rule for m in mentions] == [MODEL, alias.SURNAME, alias.SAME_NAME]


def test_two_people_sharing_a_surname_stay_apart_and_bare_surname_goes_to_the_nearest() -> None:
    words = [("Amara", "B-PERSON"), ("Okafor", "I-PERSON"), ("met", "O"), ("Chidi", "B-PERSON"),
             ("Okafor", "I-PERSON"), (".", "O"), ("Okafor", "B-PERSON"), ("scored", "O")]
    entities, mentions = extract_entities(doc_of(words))
    names = {e.key: e.name for e in entities}
    assert sorted(names.values()) == ["Amara Okafor", "Chidi Okafor"]
    bare = [m for m in mentions if m.text == "Okafor"][0]
    assert names[bare.entity] == "Chidi Okafor"


def test_a_title_of_address_picks_the_surname_of_that_gender() -> None:
    # "Amara Okafor met John Okafor. Ms Okafor scored.": not the nearer John.
    words = [("Amara", "B-PERSON"), ("Okafor", "I-PERSON"), ("met", "O"), ("John", "B-PERSON"),
             ("Okafor", "I-PERSON"), (".", "O"), ("Ms", "O"), ("Okafor", "B-PERSON"), ("scored", "O")]
    assert _groups(words)["Amara Okafor"] == {"Amara Okafor", "Okafor"}


def test_surname_switched_off_leaves_the_surname_its_own_entity() -> None:
    words = [("Amara", "B-PERSON"), ("Okafor", "I-PERSON"), ("spoke", "O"), (".", "O"),
             ("Okafor", "B-PERSON"), ("left", "O")]
    assert _groups(words, "-entities.alias.surname") == {"Amara Okafor": {"Amara Okafor"},
                                                         "Okafor": {"Okafor"}}


def test_a_place_is_no_surname_of_a_name_without_a_first_name() -> None:
    # "BBC Sport Wales reported . Wales won .": the second "Wales" is the place.
    words = [("BBC", "B-PERSON"), ("Sport", "I-PERSON"), ("Wales", "I-PERSON"), ("reported", "O"),
             (".", "O"), ("Wales", "B-GPE"), ("won", "O")]
    assert _groups(words)["Wales"] == {"Wales"}


def test_a_place_is_the_surname_of_a_person_with_a_first_name() -> None:
    # "Jason Scotland scored . Scotland smiled ."
    words = [("Jason", "B-PERSON"), ("Scotland", "I-PERSON"), ("scored", "O"), (".", "O"),
             ("Scotland", "B-GPE"), ("smiled", "O")]
    assert _groups(words) == {"Jason Scotland": {"Jason Scotland", "Scotland"}}


# --- given_name ---------------------------------------------------------------------------------

def test_a_given_name_of_one_person_joins_that_person() -> None:
    words = [("Amara", "B-PERSON"), ("Okafor", "I-PERSON"), ("spoke", "O"), (".", "O"),
             ("Amara", "B-PERSON"), ("left", "O")]
    assert _rules(words) == [("Amara Okafor", MODEL), ("Amara", alias.GIVEN_NAME)]


def test_a_given_name_of_two_people_joins_neither() -> None:
    words = [("Amara", "B-PERSON"), ("Okafor", "I-PERSON"), ("met", "O"), ("Amara", "B-PERSON"),
             ("Mensah", "I-PERSON"), (".", "O"), ("Amara", "B-PERSON"), ("left", "O")]
    assert _groups(words)["Amara"] == {"Amara"}


# --- acronym ------------------------------------------------------------------------------------

BBC = [("the", "O"), ("British", "B-ORG"), ("Broadcasting", "I-ORG"), ("Corporation", "I-ORG"),
       ("(", "O"), ("BBC", "B-ORG"), (")", "O"), ("said", "O")]


def test_acronym_joins_its_organisation() -> None:
    (e,), _ = extract_entities(doc_of(BBC))
    assert (e.type, e.name, e.aliases) == ("Organization", "British Broadcasting Corporation", ("BBC",))
    assert _rules(BBC)[1] == ("BBC", alias.ACRONYM)


def test_acronym_of_two_names_joins_neither() -> None:
    words = [("British", "B-ORG"), ("Broadcasting", "I-ORG"), ("Corporation", "I-ORG"), ("and", "O"),
             ("Bolton", "B-ORG"), ("Bus", "I-ORG"), ("Company", "I-ORG"), (".", "O"), ("BBC", "B-ORG"),
             ("said", "O")]
    assert _groups(words)["BBC"] == {"BBC"}


def test_acronym_switched_off_leaves_it_its_own_entity() -> None:
    assert _groups(BBC, "-entities.alias.acronym") == {
        "British Broadcasting Corporation": {"British Broadcasting Corporation"}, "BBC": {"BBC"}}


# --- org_variant --------------------------------------------------------------------------------

def test_short_organisation_names_join_their_full_form() -> None:
    words = [("Ford", "B-ORG"), ("Motor", "I-ORG"), ("Company", "I-ORG"), ("and", "O"), ("the", "O"),
             ("U.S.", "B-ORG"), ("Air", "I-ORG"), ("Force", "I-ORG"), ("agreed", "O"), (".", "O"),
             ("Ford", "B-ORG"), ("and", "O"), ("the", "O"), ("Air", "B-ORG"), ("Force", "I-ORG"),
             ("signed", "O")]
    entities, mentions = extract_entities(doc_of(words))
    assert sorted((e.name, e.aliases) for e in entities) == [
        ("Ford Motor Company", ("Ford",)), ("U.S. Air Force", ("Air Force",))]
    assert {m.text: m.rule for m in mentions}["Air Force"] == alias.ORG_VARIANT


def test_brand_and_product_stay_apart() -> None:
    words = [("Apple", "B-ORG"), ("TV", "I-ORG"), ("sold", "O"), (".", "O"), ("Apple", "B-ORG"),
             ("said", "O")]
    assert len(extract_entities(doc_of(words))[0]) == 2


@pytest.mark.parametrize("rule", ["entities.alias.org_variant", "entities.alias"])
def test_org_variant_switched_off_leaves_the_short_name_its_own_entity(rule: str) -> None:
    words = [("Ford", "B-ORG"), ("Motor", "I-ORG"), ("Company", "I-ORG"), ("grew", "O"), (".", "O"),
             ("Ford", "B-ORG"), ("left", "O")]
    assert _groups(words, "-" + rule) == {"Ford Motor Company": {"Ford Motor Company"}, "Ford": {"Ford"}}
