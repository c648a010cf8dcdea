"""Entity rules `entities.names.*`: names the model tagged, cleaned, and proper-noun runs it missed."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.entities import clean_name, extract_entities
from kgraph.extract.entities.names import MODEL, RECOVERED
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


# --- clean_name ---------------------------------------------------------------------------------

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


def test_organisation_names_opening_with_title_words_keep_them() -> None:
    doc = doc_of([("General", "B-ORG"), ("Motors", "I-ORG"), ("said", "O")])
    assert clean_name(doc.ents[0])[0].text == "General Motors"
    doc = doc_of([("Apple", "B-ORG"), ("Computer", "I-ORG"), ("said", "O")])
    assert clean_name(doc.ents[0])[0].text == "Apple Computer"
    doc = doc_of([("President", "B-ORG"), ("Macron", "I-ORG"), ("said", "O")])
    assert clean_name(doc.ents[0]) == (doc[1:2], ["President"])


def test_a_role_alone_is_not_a_name() -> None:
    doc = doc_of([("the", "O"), ("CEO", "B-PERSON"), ("said", "O")])
    assert clean_name(doc.ents[0]) is None
    doc = doc_of([("Prime", "B-PERSON"), ("Minister", "I-PERSON"), ("said", "O")])
    assert clean_name(doc.ents[0]) is None


def test_a_trailing_of_is_cut_from_a_name() -> None:
    doc = doc_of([("for", "O"), ("Frederik", "B-ORG"), ("IX", "I-ORG"), ("of", "I-ORG"),
                  ("Denmark", "B-GPE")])
    assert clean_name(doc.ents[0])[0].text == "Frederik IX"  # type: ignore[index]


# --- entities.names.model -----------------------------------------------------------------------

def test_mention_offsets_point_at_the_name() -> None:
    words = [("Yesterday", "O"), ("Ilse", "B-PERSON"), ("Brandt", "I-PERSON"), ("wrote", "O")]
    doc = doc_of(words)
    _, (m,) = extract_entities(doc)
    assert doc.text[m.start:m.end] == "Ilse Brandt" == m.text
    assert m.rule == MODEL


def test_suffix_the_model_tagged_apart_is_part_of_the_name() -> None:
    words = [("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("Jr.", "B-PERSON"), ("spoke", "O")]
    (e,), (m,) = extract_entities(doc_of(words))
    assert e.name == m.text == "Paul Desmarais Jr."


def test_legal_form_tagged_apart_is_part_of_the_name() -> None:
    words = [("Chrysler", "B-ORG"), ("LLC", "B-ORG"), ("said", "O"), (".", "O"), ("Chrysler", "B-ORG"),
             ("left", "O")]
    (e,), mentions = extract_entities(doc_of(words))
    assert e.name == "Chrysler LLC" and [m.text for m in mentions] == ["Chrysler LLC", "Chrysler"]


def test_portfolio_tagged_as_place_is_part_of_the_title() -> None:
    for minister in ("Minister", "minister"):
        doc = doc_with_pos([("Transport", "B-GPE", "PROPN"), (minister, "O", "PROPN"),
                            ("Amara", "B-PERSON", "PROPN"), ("Okafor", "I-PERSON", "PROPN"),
                            ("spoke", "O", "VERB")])
        (e,), _ = extract_entities(doc)
        assert (e.type, e.name) == ("Person", "Amara Okafor")
    # A country before the title stays a place.
    doc = doc_of([("UK", "B-GPE"), ("Minister", "O"), ("Amara", "B-PERSON"), ("Okafor", "I-PERSON")])
    assert {e.name for e in extract_entities(doc)[0]} == {"United Kingdom", "Amara Okafor"}


def test_a_country_before_a_portfolio_title_and_a_title_of_a_country() -> None:
    # "South Africa's Minister" keeps South Africa; "King of Romania" tagged GPE is Romania.
    doc = doc_of([("was", "O"), ("South", "B-GPE"), ("Africa", "I-GPE"), ("'s", "I-GPE"),
                  ("Minister", "B-ORG"), ("and", "O"), ("King", "B-GPE"), ("of", "I-GPE"),
                  ("Romania", "I-GPE")])
    entities, _ = extract_entities(doc)
    assert [(e.type, e.name, e.country) for e in entities] == [
        ("Place", "South Africa", True), ("Place", "Romania", True)]


def test_names_model_switched_off_reads_no_tagged_name() -> None:
    words = [("Yesterday", "O"), ("Ilse", "B-PERSON"), ("Brandt", "I-PERSON"), ("wrote", "O")]
    assert extract_entities(doc_of(words), RuleSet.parse("-entities.names.model")) == ([], [])


# --- entities.names.recovered -------------------------------------------------------------------

def _ms_raman():  # type: ignore[no-untyped-def]
    """'Ms Raman spoke . Zork left', no entity tagged."""
    return doc_with_pos([("Ms", "O", "PROPN"), ("Raman", "O", "PROPN"), ("spoke", "O", "VERB"),
                         (".", "O", "PUNCT"), ("Zork", "O", "PROPN"), ("left", "O", "VERB")])


def test_an_untagged_proper_noun_with_a_title_is_recovered() -> None:
    (e,), (m,) = extract_entities(_ms_raman())
    assert (e.type, e.name, e.titles) == ("Person", "Raman", ("Ms",))
    assert (m.text, m.rule) == ("Raman", RECOVERED)


def test_an_untagged_proper_noun_nothing_vouches_for_is_dropped() -> None:
    entities, _ = extract_entities(_ms_raman())
    assert "Zork" not in {e.name for e in entities}


def test_a_proper_noun_inside_another_kind_of_entity_is_not_recovered() -> None:
    doc = doc_with_pos([("Ms", "O", "PROPN"), ("Raman", "B-EVENT", "PROPN"), ("spoke", "O", "VERB")])
    assert extract_entities(doc) == ([], [])


def test_names_recovered_switched_off_recovers_none() -> None:
    assert extract_entities(_ms_raman(), RuleSet.parse("-entities.names.recovered")) == ([], [])


# --- pieces -------------------------------------------------------------------------------------

def _names(words: list[tuple[str, str]], rules: str = "") -> list[tuple[str, str]]:
    entities, _ = extract_entities(doc_of(words), RuleSet.parse(rules))
    return [(e.name, e.type) for e in entities]


def test_a_span_is_cut_at_an_opening_bracket() -> None:
    # "the Survivors Fund (SURF said": the model's span stops inside the brackets.
    words = [("the", "O"), ("Survivors", "B-ORG"), ("Fund", "I-ORG"), ("(", "I-ORG"), ("SURF", "I-ORG"),
             ("said", "O")]
    assert _names(words) == [("Survivors Fund", "Organization")]


def test_the_part_in_brackets_is_a_name_of_its_own_when_a_cue_vouches_for_it() -> None:
    # "Scott Draper (Australia" tagged PERSON: a person and a country.
    words = [("Scott", "B-PERSON"), ("Draper", "I-PERSON"), ("(", "I-PERSON"), ("Australia", "I-PERSON"),
             (")", "O"), ("won", "O")]
    assert _names(words) == [("Scott Draper", "Person"), ("Australia", "Place")]


def test_a_span_is_cut_at_a_spaced_dash_and_at_a_score() -> None:
    words = [("Scott", "B-PERSON"), ("-", "I-PERSON"), ("Brentley", "I-PERSON"), ("Vinson", "I-PERSON"),
             ("ruled", "O"), (".", "O"), ("Lithuania", "B-ORG"), ("2-1", "I-ORG"), ("Iceland", "I-ORG")]
    assert [n for n, _ in _names(words)] == ["Scott", "Brentley Vinson", "Lithuania", "Iceland"]


def test_a_span_is_cut_at_a_comma_but_not_before_a_suffix() -> None:
    words = [("Bernal", "B-PERSON"), (",", "I-PERSON"), ("Jamie", "I-PERSON"), ("Foxx", "I-PERSON"),
             ("and", "O"), ("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), (",", "I-PERSON"),
             ("Jr.", "I-PERSON")]
    assert [n for n, _ in _names(words)] == ["Bernal", "Jamie Foxx", "Paul Desmarais , Jr."]


def test_a_hyphenated_name_is_not_cut() -> None:
    doc = make_doc(["Ann", "Smith", "-", "Jones", "spoke"], spaces=[True, False, False, True, False],
                   ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"],
                   sent_starts=[True, False, False, False, False])
    assert [e.name for e in extract_entities(doc)[0]] == ["Ann Smith-Jones"]


def test_pieces_switched_off_leaves_the_span_whole() -> None:
    words = [("Scott", "B-PERSON"), ("-", "I-PERSON"), ("Brentley", "I-PERSON"), ("Vinson", "I-PERSON")]
    assert [n for n, _ in _names(words, "-entities.names.pieces")] == ["Scott - Brentley Vinson"]


# --- completion ---------------------------------------------------------------------------------

def _anna(inside: list[str]):  # type: ignore[no-untyped-def]
    """'... son to Anna [ <inside> ] , she said', "Anna" tagged PERSON."""
    words = ["son", "to", "Anna", "[", *inside, "]", ",", "she", "said"]
    ents = ["O", "O", "B-PERSON"] + ["O"] * (len(words) - 3)
    return make_doc(words, ents=ents, pos=["NOUN", "ADP", "PROPN", "PUNCT"] + ["PROPN"] * len(inside)
                    + ["PUNCT", "PUNCT", "PRON", "VERB"], sent_starts=[True] + [False] * (len(words) - 1))


def test_a_bracketed_surname_completes_the_name() -> None:
    (e,), (m,) = extract_entities(_anna(["Petrova"]))
    assert (e.name, e.type, m.text) == ("Anna Petrova", "Person", "Anna [ Petrova ]")


def test_a_bracketed_description_completes_nothing() -> None:
    entities, _ = extract_entities(_anna(["Southern", "coach"]))
    assert [e.name for e in entities] == ["Anna"]


def test_completion_switched_off_leaves_the_given_name() -> None:
    entities, _ = extract_entities(_anna(["Petrova"]), RuleSet.parse("-entities.names.completion"))
    assert [e.name for e in entities] == ["Anna"]


# --- numbers ------------------------------------------------------------------------------------

def test_a_score_or_a_number_after_a_person_is_no_part_of_the_name() -> None:
    words = [("Grady", "B-PERSON"), ("29", "I-PERSON"), (",", "O"), ("Trump", "B-ORG"), ("'s", "I-ORG"),
             ("1995", "I-ORG"), ("returns", "O")]
    assert [n for n, _ in _names(words)] == ["Grady", "Trump"]


def test_a_number_in_an_organisation_stays() -> None:
    words = [("Channel", "B-ORG"), ("4", "I-ORG"), ("and", "O"), ("Radio", "B-ORG"), ("2", "I-ORG")]
    assert [n for n, _ in _names(words)] == ["Channel 4", "Radio 2"]


def test_a_number_with_a_unit_is_no_name() -> None:
    assert clean_name(doc_of([("200bn", "B-ORG"), ("spent", "O")]).ents[0]) is None
