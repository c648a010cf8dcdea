"""Entity rules on hand-built Docs: cleaning names, grouping mentions, voting on types."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.entities import clean_name, extract_entities


def doc_of(text_ents: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """A one-sentence Doc from (word, IOB tag) pairs."""
    words = [w for w, _ in text_ents]
    ents = [t for _, t in text_ents]
    starts = [True] + [False] * (len(words) - 1)
    return make_doc(words, ents=ents, sent_starts=starts)


def test_clean_name_strips_determiners_titles_and_possessives() -> None:
    doc = doc_of([("President", "B-PERSON"), ("Emmanuel", "I-PERSON"), ("Macron", "I-PERSON"),
                  ("'s", "O"), ("visit", "O")])
    span, titles = clean_name(doc.ents[0])
    assert span.text == "Emmanuel Macron" and titles == ["President"]

    doc = doc_of([("the", "B-ORG"), ("Nigerian", "I-ORG"), ("Ports", "I-ORG"), ("Authority", "I-ORG")])
    assert clean_name(doc.ents[0])[0].text == "Nigerian Ports Authority"


def test_title_before_the_entity_is_found() -> None:
    doc = doc_of([("Ms", "O"), ("Okafor", "B-PERSON"), ("spoke", "O")])
    assert clean_name(doc.ents[0]) == (doc[1:2], ["Ms"])


def test_debris_tagged_as_person_is_dropped() -> None:
    doc = doc_of([("pro", "B-PERSON"), ("-", "I-PERSON"), ("government", "I-PERSON"),
                  ("French", "I-PERSON"), ("TV", "I-PERSON")])
    assert clean_name(doc.ents[0]) is None
    doc = doc_of([("Olaf", "B-PERSON"), ("the", "I-PERSON"), ("great", "I-PERSON")])
    assert clean_name(doc.ents[0]) is None


def test_names_with_particles_survive() -> None:
    doc = doc_of([("Ludwig", "B-PERSON"), ("van", "I-PERSON"), ("Beethoven", "I-PERSON")])
    assert clean_name(doc.ents[0])[0].text == "Ludwig van Beethoven"


def test_organisation_names_may_hold_connectors() -> None:
    doc = doc_of([("Bank", "B-ORG"), ("of", "I-ORG"), ("England", "I-ORG")])
    assert clean_name(doc.ents[0])[0].text == "Bank of England"


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


def test_full_name_mislabelled_as_place_is_a_person_when_cues_say_so() -> None:
    words = [("Transport", "O"), ("Minister", "O"), ("Amara", "B-GPE"), ("Okafor", "I-GPE"), ("spoke", "O")]
    (e,), _ = extract_entities(doc_of(words))
    assert e.type == "Person" and "Minister" in e.titles


def test_two_people_sharing_a_surname_stay_apart_and_bare_surname_goes_to_the_nearest() -> None:
    words = [("Amara", "B-PERSON"), ("Okafor", "I-PERSON"), ("met", "O"), ("Chidi", "B-PERSON"),
             ("Okafor", "I-PERSON"), (".", "O"), ("Okafor", "B-PERSON"), ("scored", "O")]
    entities, mentions = extract_entities(doc_of(words))
    names = {e.key: e.name for e in entities}
    assert sorted(names.values()) == ["Amara Okafor", "Chidi Okafor"]
    bare = [m for m in mentions if m.text == "Okafor"][0]
    assert names[bare.entity] == "Chidi Okafor"


def test_acronym_joins_its_organisation() -> None:
    words = [("the", "O"), ("British", "B-ORG"), ("Broadcasting", "I-ORG"), ("Corporation", "I-ORG"),
             ("(", "O"), ("BBC", "B-ORG"), (")", "O"), ("said", "O")]
    (e,), _ = extract_entities(doc_of(words))
    assert (e.type, e.name, e.aliases) == ("Organization", "British Broadcasting Corporation", ("BBC",))


def test_country_names_are_normalised_and_demonyms_point_to_them() -> None:
    words = [("The", "O"), ("UK", "B-GPE"), ("and", "O"), ("British", "B-NORP"), ("officials", "O")]
    (e,), mentions = extract_entities(doc_of(words))
    assert (e.type, e.name, e.country, e.aliases) == ("Place", "United Kingdom", True, ("UK",))
    assert [(m.text, m.kind) for m in mentions] == [("UK", "name"), ("British", "demonym")]


def test_demonym_alone_makes_a_country_entity_without_name_aliases() -> None:
    words = [("The", "O"), ("Nigerian", "B-NORP"), ("minister", "O")]
    (e,), (m,) = extract_entities(doc_of(words))
    assert (e.name, e.type, e.country, e.aliases) == ("Nigeria", "Place", True, ())
    assert m.kind == "demonym"


def test_mention_offsets_point_at_the_name() -> None:
    words = [("Yesterday", "O"), ("Ilse", "B-PERSON"), ("Brandt", "I-PERSON"), ("wrote", "O")]
    doc = doc_of(words)
    _, (m,) = extract_entities(doc)
    assert doc.text[m.start:m.end] == "Ilse Brandt" == m.text
