"""Entity rules `entities.demonyms.*`: demonyms as mentions of their country."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.entities import extract_entities
from kgraph.extract.entities.demonyms import COUNTRY, DEMONYM
from kgraph.extract.registry import RuleSet


def doc_of(text_ents: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """A one-sentence Doc from (word, IOB tag) pairs."""
    words = [w for w, _ in text_ents]
    ents = [t for _, t in text_ents]
    starts = [True] + [False] * (len(words) - 1)
    return make_doc(words, ents=ents, sent_starts=starts)


def doc_with_pos(rows: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    """A one-sentence Doc from (word, IOB tag, part of speech) triples."""
    words = [w for w, _, _ in rows]
    starts = [True] + [False] * (len(words) - 1)
    return make_doc(words, ents=[t for _, t, _ in rows], pos=[p for _, _, p in rows], sent_starts=starts)


UK_AND_BRITISH = [("The", "O"), ("UK", "B-GPE"), ("and", "O"), ("British", "B-NORP"), ("officials", "O")]
NIGERIAN = [("The", "O"), ("Nigerian", "B-NORP"), ("minister", "O")]


# --- demonym ------------------------------------------------------------------------------------

def test_country_names_are_normalised_and_demonyms_point_to_them() -> None:
    (e,), mentions = extract_entities(doc_of(UK_AND_BRITISH))
    assert (e.type, e.name, e.country, e.aliases) == ("Place", "United Kingdom", True, ("UK",))
    assert [(m.text, m.kind) for m in mentions] == [("UK", "name"), ("British", "demonym")]
    assert mentions[1].rule == DEMONYM


def test_demonym_tagged_as_person_is_a_demonym_not_a_person() -> None:
    doc = doc_with_pos([("A", "O", "DET"), ("Malagasy", "B-PERSON", "PROPN"), ("politician", "O", "NOUN"),
                        ("spoke", "O", "VERB")])
    (e,), (m,) = extract_entities(doc)
    assert (e.type, e.name, e.country) == ("Place", "Madagascar", True)
    assert (m.text, m.kind) == ("Malagasy", "demonym")


def test_demonym_tagged_noun_is_found() -> None:
    doc = doc_with_pos([("The", "O", "DET"), ("Malagasy", "O", "NOUN"), ("protested", "O", "VERB")])
    (e,), (m,) = extract_entities(doc)
    assert e.name == "Madagascar" and m.kind == "demonym"


def test_nationality_opening_a_person_span_is_left_out_of_the_name() -> None:
    doc = doc_with_pos([("Malagasy", "B-PERSON", "PROPN"), ("Hery", "I-PERSON", "PROPN"),
                        ("Rajaonarimampianina", "I-PERSON", "PROPN"), ("spoke", "O", "VERB")])
    entities, mentions = extract_entities(doc)
    assert {(e.type, e.name) for e in entities} == {("Person", "Hery Rajaonarimampianina"),
                                                    ("Place", "Madagascar")}
    assert [m.kind for m in mentions] == ["demonym", "name"]


def test_a_hyphenated_nationality_is_read_word_by_word() -> None:
    # "Pakistani-American" tagged as one NORP span: two demonyms.
    doc = doc_with_pos([("a", "O", "DET"), ("Pakistani", "B-NORP", "ADJ"), ("-", "I-NORP", "PUNCT"),
                        ("American", "I-NORP", "ADJ"), ("businessman", "O", "NOUN")])
    entities, mentions = extract_entities(doc)
    assert [e.name for e in entities] == ["Pakistan", "United States"]
    assert [(m.text, m.kind) for m in mentions] == [("Pakistani", "demonym"), ("American", "demonym")]


def test_a_lower_case_or_unknown_word_is_no_demonym() -> None:
    doc = doc_with_pos([("the", "O", "DET"), ("nigerian", "O", "ADJ"), ("and", "O", "CCONJ"),
                        ("Zorkish", "O", "ADJ"), ("delegates", "O", "NOUN")])
    assert extract_entities(doc) == ([], [])


def test_demonym_switched_off_makes_no_demonym_mention() -> None:
    (e,), (m,) = extract_entities(doc_of(UK_AND_BRITISH), RuleSet.parse("-entities.demonyms.demonym"))
    assert (e.name, m.text, m.kind) == ("United Kingdom", "UK", "name")


# --- country ------------------------------------------------------------------------------------

def test_demonym_alone_makes_a_country_entity_without_name_aliases() -> None:
    (e,), (m,) = extract_entities(doc_of(NIGERIAN))
    assert (e.name, e.type, e.country, e.aliases, e.rule) == ("Nigeria", "Place", True, (), COUNTRY)
    assert m.kind == "demonym"


def test_a_country_named_in_the_article_gets_no_second_entity() -> None:
    entities, _ = extract_entities(doc_of(UK_AND_BRITISH))
    assert COUNTRY not in {e.rule for e in entities}


def test_country_switched_off_ties_demonyms_only_to_countries_named() -> None:
    assert extract_entities(doc_of(NIGERIAN), RuleSet.parse("-entities.demonyms.country")) == ([], [])
    (e,), (_, m) = extract_entities(doc_of(UK_AND_BRITISH), RuleSet.parse("-entities.demonyms.country"))
    assert (m.text, m.entity) == ("British", e.key)


# --- what is no mention of the country ----------------------------------------------------------

def _demonyms(rows: list[tuple[str, str, str]]) -> list[str]:
    return [m.text for m in extract_entities(doc_with_pos(rows))[1] if m.kind == "demonym"]


def test_a_demonym_in_a_longer_name_is_no_mention_of_the_country() -> None:
    # "the French Open", "Bruce Springsteen's American Skin": the capitalised words hold no title.
    assert _demonyms([("of", "O", "ADP"), ("the", "O", "DET"), ("French", "B-NORP", "ADJ"),
                      ("Open", "O", "PROPN"), ("in", "O", "ADP"), ("May", "B-DATE", "PROPN")]) == []
    assert _demonyms([("sings", "O", "VERB"), ("American", "B-NORP", "ADJ"), ("Skin", "O", "PROPN"),
                      ("to", "O", "ADP"), ("her", "O", "PRON")]) == []
    # The model's own span of another label holds it.
    assert _demonyms([("won", "O", "VERB"), ("the", "B-EVENT", "DET"), ("French", "I-EVENT", "ADJ"),
                      ("Open", "I-EVENT", "PROPN"), ("again", "O", "ADV")]) == []


def test_a_demonym_before_a_title_or_a_name_is_still_the_country() -> None:
    assert _demonyms([("British", "B-NORP", "ADJ"), ("Prime", "O", "PROPN"), ("Minister", "O", "PROPN"),
                      ("Tony", "B-PERSON", "PROPN"), ("Blair", "I-PERSON", "PROPN"), ("spoke", "O", "VERB")]
                     ) == ["British"]
    assert _demonyms([("downed", "O", "VERB"), ("American", "B-NORP", "ADJ"), ("Jeff", "B-PERSON", "PROPN"),
                      ("Morrison", "I-PERSON", "PROPN")]) == ["American"]
    assert _demonyms([("a", "O", "DET"), ("Soviet", "B-NORP", "ADJ"), ("Armenian", "B-NORP", "ADJ"),
                      ("Grandmaster", "O", "PROPN"), ("and", "O", "CCONJ"), ("champion", "O", "NOUN")]
                     ) == ["Armenian"]
    # "an Indian Sanskrit-language drama": a compound modifier, no name.
    assert _demonyms([("an", "O", "DET"), ("Indian", "B-NORP", "ADJ"), ("Sanskrit", "O", "PROPN"),
                      ("-", "O", "PUNCT"), ("language", "O", "NOUN"), ("drama", "O", "NOUN")]) == ["Indian"]


def test_a_countable_demonym_used_as_a_noun_is_a_person_not_the_country() -> None:
    # "The American spent three days at the camp" (Jimmy Connors), "and the Belgian, who ...".
    assert _demonyms([("The", "O", "DET"), ("American", "B-NORP", "PROPN"), ("spent", "O", "VERB"),
                      ("three", "B-DATE", "NUM"), ("days", "I-DATE", "NOUN")]) == []
    assert _demonyms([("and", "O", "CCONJ"), ("the", "O", "DET"), ("Belgian", "B-NORP", "PROPN"),
                      (",", "O", "PUNCT"), ("who", "O", "PRON")]) == []
    # A collective demonym, an adjective and a quoted letter are not a person.
    assert _demonyms([("The", "O", "DET"), ("British", "B-NORP", "PROPN"), ("said", "O", "VERB")]
                     ) == ["British"]
    assert _demonyms([("an", "O", "DET"), ("American", "B-NORP", "ADJ"), ("retired", "O", "VERB"),
                      ("wrestler", "O", "NOUN")]) == ["American"]
    assert _demonyms([("a", "O", "DET"), ("Russian", "B-NORP", "PROPN"), ("'", "O", "PUNCT"),
                      ("a", "O", "NOUN"), ("'", "O", "PUNCT")]) == ["Russian"]
