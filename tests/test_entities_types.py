"""Entity rules `entities.types.*`: the vote on an entity's type, and the decisions beside it."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.entities import extract_entities
from kgraph.extract.entities import types as t
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


def _works_and_bands():  # type: ignore[no-untyped-def]
    """'Ocean Waves is a 1993 anime film . Inner Life is a band .', both names tagged PERSON."""
    words = ["Ocean", "Waves", "is", "a", "1993", "anime", "film", ".", "Inner", "Life", "is", "a",
             "band", "."]
    return make_doc(words, heads=[1, 2, 2, 6, 6, 6, 2, 2, 9, 10, 10, 12, 10, 10],
                    deps=["compound", "nsubj", "ROOT", "det", "nummod", "compound", "attr", "punct",
                          "compound", "nsubj", "ROOT", "det", "attr", "punct"],
                    pos=["PROPN", "PROPN", "AUX", "DET", "NUM", "NOUN", "NOUN", "PUNCT", "PROPN",
                         "PROPN", "AUX", "DET", "NOUN", "PUNCT"],
                    lemmas=["Ocean", "Waves", "be", "a", "1993", "anime", "film", ".", "Inner", "Life",
                            "be", "a", "band", "."],
                    ents=["B-PERSON", "I-PERSON", "O", "O", "B-DATE", "O", "O", "O", "B-PERSON",
                          "I-PERSON", "O", "O", "O", "O"],
                    sent_starts=[True] + [False] * 7 + [True] + [False] * 5)


def _rushden():  # type: ignore[no-untyped-def]
    """'voiced by Willie Rushden , superb programme .' with "programme" in apposition to the name."""
    words = ["voiced", "by", "Willie", "Rushden", ",", "superb", "programme", "."]
    return make_doc(words, heads=[0, 0, 3, 1, 3, 6, 3, 0],
                    deps=["ROOT", "agent", "compound", "pobj", "punct", "amod", "appos", "punct"],
                    pos=["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "PUNCT"],
                    lemmas=["voice", "by", "Willie", "Rushden", ",", "superb", "programme", "."],
                    ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
                    sent_starts=[True] + [False] * 7)


# --- vote ---------------------------------------------------------------------------------------

def test_full_name_mislabelled_as_place_is_a_person_when_cues_say_so() -> None:
    words = [("Transport", "O"), ("Minister", "O"), ("Amara", "B-GPE"), ("Okafor", "I-GPE"), ("spoke", "O")]
    (e,), _ = extract_entities(doc_of(words))
    assert e.type == "Person" and "Minister" in e.titles and e.rule == t.VOTE


def test_common_noun_before_the_name_says_what_it_is() -> None:
    doc = doc_with_pos([("Japanese", "B-NORP", "ADJ"), ("automaker", "O", "NOUN"),
                        ("Toyota", "B-GPE", "PROPN"), ("reported", "O", "VERB")])
    entities, _ = extract_entities(doc)
    assert ("Organization", "Toyota") in {(e.type, e.name) for e in entities}


def test_a_name_before_a_band_role_or_a_party_noun_is_an_organisation() -> None:
    # "Sha Na Na member Jon Bauman" and "the MAPAR party", both tagged PERSON; not "the Biden team".
    words = ["Sha", "member", "Jon", "Bauman", "joined", "the", "Mapar", "party", "and", "the",
             "Biden", "team", "."]
    doc = make_doc(words, heads=[1, 3, 3, 4, 4, 7, 7, 4, 7, 11, 11, 7, 4],
                   deps=["compound", "compound", "compound", "nsubj", "ROOT", "det", "compound",
                         "dobj", "cc", "det", "compound", "conj", "punct"],
                   pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "PROPN", "NOUN", "CCONJ",
                        "DET", "PROPN", "NOUN", "PUNCT"],
                   ents=["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O",
                         "O", "B-PERSON", "O", "O"],
                   sent_starts=[True] + [False] * 12)
    entities, _ = extract_entities(doc)
    assert {e.name: e.type for e in entities} == {
        "Sha": "Organization", "Jon Bauman": "Person", "Mapar": "Organization", "Biden": "Person"}


def test_a_trade_noun_firms_share_with_people_says_nothing() -> None:
    # "Okafor , a producer ,": "producer" names a firm as often as a person's trade.
    words = ["Okafor", ",", "a", "producer", ",", "spoke"]
    doc = make_doc(words, heads=[5, 0, 3, 0, 0, 5], deps=["nsubj", "punct", "det", "appos", "punct", "ROOT"],
                   pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"],
                   ents=["B-PERSON", "O", "O", "O", "O", "O"], sent_starts=[True] + [False] * 5)
    (e,), _ = extract_entities(doc)
    assert (e.type, e.rule) == ("Person", t.VOTE)


def test_an_initial_and_a_surname_are_a_person_s_name() -> None:
    (e,), _ = extract_entities(doc_of([("G", "B-ORG"), ("Cooper", "I-ORG"), (",", "O")]))
    assert (e.type, e.name) == ("Person", "G Cooper")


def test_an_initial_and_a_place_are_no_person() -> None:
    (e,), _ = extract_entities(doc_of([("S", "B-GPE"), ("Korea", "I-GPE"), ("grew", "O")]))
    assert e.type == "Place"


def test_the_possessor_of_a_family_noun_is_a_person() -> None:
    # "Amanda 's uncle spoke" with "Amanda" tagged ORG
    doc = make_doc(["Amanda", "'s", "uncle", "spoke"], heads=[2, 0, 3, 3],
                   deps=["poss", "case", "nsubj", "ROOT"],
                   pos=["PROPN", "PART", "NOUN", "VERB"], lemmas=["Amanda", "'s", "uncle", "speak"],
                   ents=["B-ORG", "O", "O", "O"], sent_starts=[True, False, False, False])
    (e,), _ = extract_entities(doc)
    assert e.type == "Person"


def test_vote_switched_off_types_no_name() -> None:
    words = [("Amara", "B-PERSON"), ("Okafor", "I-PERSON"), ("spoke", "O")]
    assert extract_entities(doc_of(words), RuleSet.parse("-entities.types.vote")) == ([], [])


# --- work ---------------------------------------------------------------------------------------

def test_a_name_the_text_calls_a_work_or_a_band_is_no_person() -> None:
    # "Ocean Waves" is a work, so no entity; "Inner Life" is a band: an organisation.
    entities, _ = extract_entities(_works_and_bands())
    assert [(e.type, e.name) for e in entities] == [("Organization", "Inner Life")]


def test_work_switched_off_keeps_the_work_as_its_next_best_type() -> None:
    entities, _ = extract_entities(_works_and_bands(), RuleSet.parse("-entities.types.work"))
    assert [(e.type, e.name, e.rule) for e in entities] == [
        ("Person", "Ocean Waves", t.VOTE), ("Organization", "Inner Life", t.VOTE)]


# --- first_name ---------------------------------------------------------------------------------

def test_a_work_noun_hung_on_a_person_with_a_first_name_keeps_the_person() -> None:
    entities, _ = extract_entities(_rushden())
    assert [(e.type, e.name, e.rule) for e in entities] == [("Person", "Willie Rushden", t.FIRST_NAME)]


def test_a_work_without_a_first_name_is_not_kept() -> None:
    entities, _ = extract_entities(_works_and_bands())
    assert "Ocean Waves" not in {e.name for e in entities}  # "Ocean" is no first name


def test_first_name_switched_off_leaves_the_work_dropped() -> None:
    assert extract_entities(_rushden(), RuleSet.parse("-entities.types.first_name")) == ([], [])


# --- no_evidence --------------------------------------------------------------------------------

def _exeem_twice():  # type: ignore[no-untyped-def]
    """'Exeem works . Exeem grew .': a repeated proper noun the model left untagged, with no cue."""
    return doc_with_pos([("Exeem", "O", "PROPN"), ("works", "O", "VERB"), (".", "O", "PUNCT"),
                         ("Exeem", "O", "PROPN"), ("grew", "O", "VERB"), (".", "O", "PUNCT")])


def test_a_repeated_name_nothing_types_is_no_entity() -> None:
    assert extract_entities(_exeem_twice()) == ([], [])


def test_no_evidence_switched_off_makes_such_a_name_a_person() -> None:
    (e,), mentions = extract_entities(_exeem_twice(), RuleSet.parse("-entities.types.no_evidence"))
    assert (e.type, e.name, e.rule, len(mentions)) == ("Person", "Exeem", t.VOTE, 2)


# --- address_title ------------------------------------------------------------------------------

def test_a_nationality_after_a_title_of_address_is_a_person() -> None:
    (e,), (m,) = extract_entities(doc_of([("Mr", "O"), ("Irish", "B-NORP"), ("said", "O")]))
    assert (e.type, e.name, e.titles, e.rule, m.kind) == ("Person", "Irish", ("Mr",), t.ADDRESS_TITLE, "name")


def test_a_place_after_a_title_of_address_is_a_person() -> None:
    (e,), _ = extract_entities(doc_of([("Ms", "O"), ("Wales", "B-GPE"), ("said", "O")]))
    assert (e.type, e.name, e.country, e.rule) == ("Person", "Wales", False, t.ADDRESS_TITLE)


def test_a_job_title_is_no_title_of_address() -> None:
    (e,), _ = extract_entities(doc_of([("Coach", "O"), ("Wales", "B-GPE"), ("said", "O")]))
    assert e.rule != t.ADDRESS_TITLE


def test_address_title_switched_off_leaves_the_type_to_the_vote() -> None:
    (e,), _ = extract_entities(doc_of([("Ms", "O"), ("Wales", "B-GPE"), ("said", "O")]),
                               RuleSet.parse("-entities.types.address_title"))
    assert (e.type, e.rule) == ("Person", t.VOTE)


# --- full_name ----------------------------------------------------------------------------------

TRUMP = [("Donald", "B-PERSON"), ("Trump", "I-PERSON"), ("spoke", "O"),
         *[(w, t) for verb in ("won", "left", "smiled", "ran", "sat") for w, t in
           ((".", "O"), ("Trump", "B-ORG"), (verb, "O"))]]


def test_a_full_name_tagged_a_person_keeps_the_person_over_its_short_forms() -> None:
    (e,), mentions = extract_entities(doc_of(TRUMP))
    assert (e.type, e.name, e.rule, len(mentions)) == ("Person", "Donald Trump", t.FULL_NAME, 6)


def test_a_first_name_and_a_place_is_a_person() -> None:
    (e,), _ = extract_entities(doc_of([("Jason", "B-GPE"), ("Scotland", "I-GPE"), ("scored", "O")]))
    assert (e.type, e.name, e.rule) == ("Person", "Jason Scotland", t.FULL_NAME)


def test_a_full_name_tagged_an_organisation_is_left_to_the_vote() -> None:
    (e,), _ = extract_entities(doc_of([("Morgan", "B-ORG"), ("Stanley", "I-ORG"), ("rose", "O")]))
    assert e.rule == t.VOTE


def test_a_word_of_no_sure_gender_and_a_place_is_no_full_name() -> None:
    (e,), _ = extract_entities(doc_of([("Run", "B-GPE"), ("London", "I-GPE"), ("starts", "O")]))
    assert e.rule != t.FULL_NAME


def test_full_name_switched_off_leaves_the_type_to_the_vote() -> None:
    (e,), _ = extract_entities(doc_of(TRUMP), RuleSet.parse("-entities.types.full_name"))
    assert (e.type, e.rule) == ("Organization", t.VOTE)


# --- not_entity ---------------------------------------------------------------------------------

def test_awards_competitions_laws_time_zones_and_diseases_are_no_entities() -> None:
    words = [("the", "O"), ("Heineken", "B-ORG"), ("Cup", "I-ORG"), (",", "O"), ("Patriot", "B-PERSON"),
             ("Act", "I-PERSON"), (",", "O"), ("GMT", "B-ORG"), (",", "O"), ("HIV", "B-PERSON"), (".", "O")]
    assert extract_entities(doc_of(words)) == ([], [])


def test_an_organisation_named_like_a_competition_stays_when_the_knowledge_holds_it() -> None:
    # "the Premier League" is the league the knowledge knows; "Cup" alone is no such word's name.
    words = [("the", "O"), ("Premier", "B-ORG"), ("League", "I-ORG"), ("and", "O"), ("Cup", "B-ORG")]
    assert "Premier League" in {e.name for e in extract_entities(doc_of(words))[0]}


def test_not_entity_switched_off_keeps_them() -> None:
    words = [("the", "O"), ("Heineken", "B-ORG"), ("Cup", "I-ORG"), ("began", "O")]
    (e,), _ = extract_entities(doc_of(words), RuleSet.parse("-entities.types.not_entity"))
    assert e.name == "Heineken Cup"


# --- common_word --------------------------------------------------------------------------------

def _terrorism(capitalised: int):  # type: ignore[no-untyped-def]
    """'Terrorism .' (tagged PERSON) `capitalised` times, then 'terrorism grew .' in lower case."""
    rows = [(w, t, p) for _ in range(capitalised) for w, t, p in
            (("Terrorism", "B-PERSON", "PROPN"), (".", "O", "PUNCT"))]
    return doc_with_pos(rows + [("terrorism", "O", "NOUN"), ("grew", "O", "VERB"), (".", "O", "PUNCT")])


def test_a_word_the_text_also_writes_in_lower_case_is_no_entity() -> None:
    assert extract_entities(_terrorism(1)) == ([], [])


def test_a_word_named_three_times_stays() -> None:
    assert len(extract_entities(_terrorism(3))[0]) == 1


def test_common_word_switched_off_keeps_it() -> None:
    assert len(extract_entities(_terrorism(1), RuleSet.parse("-entities.types.common_word"))[0]) == 1


# --- one_label ----------------------------------------------------------------------------------

def test_one_word_met_once_that_only_the_model_calls_a_place_is_no_entity() -> None:
    doc = doc_with_pos([("Paxil", "B-GPE", "PROPN"), ("and", "O", "CCONJ"), ("Zoloft", "B-GPE", "PROPN"),
                        ("sold", "O", "VERB")])
    assert extract_entities(doc) == ([], [])


def test_a_preposition_of_place_or_a_known_place_after_a_comma_keeps_it() -> None:
    # "in Coatbridge" ; "Wixom , Michigan"
    words = ["born", "in", "Coatbridge", "near", "Wixom", ",", "Michigan"]
    doc = make_doc(words, heads=[0, 0, 1, 0, 3, 4, 4], deps=["ROOT", "prep", "pobj", "prep", "pobj",
                                                           "punct", "appos"],
                   pos=["VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN"],
                   ents=["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE"], sent_starts=[True] + [False] * 6)
    assert [e.name for e in extract_entities(doc)[0]] == ["Coatbridge", "Wixom", "Michigan"]


def test_one_label_switched_off_keeps_the_model_s_place() -> None:
    doc = doc_with_pos([("Paxil", "B-GPE", "PROPN"), ("sold", "O", "VERB")])
    (e,), _ = extract_entities(doc, RuleSet.parse("-entities.types.one_label"))
    assert (e.type, e.rule) == ("Place", t.VOTE)


# --- dateline -----------------------------------------------------------------------------------

def _line(words: list[str], ents: list[str]):  # type: ignore[no-untyped-def]
    """A headline line, then a paragraph of the given words."""
    spaces = [True] * len(words)
    return make_doc(["Padres", "win", "\n\n", *words], spaces=[True, False, False, *spaces],
                    ents=["O", "O", "O", *ents],
                    sent_starts=[True, False, False, True] + [False] * (len(words) - 1))


def test_a_name_in_capitals_opening_a_line_before_a_dash_is_the_dateline_s_place() -> None:
    (e,), _ = extract_entities(_line(["SAN", "DIEGO", "—", "The", "mayor", "spoke"],
                                     ["B-PERSON", "I-PERSON", "O", "O", "O", "O"]))
    assert (e.name, e.type, e.rule) == ("SAN DIEGO", "Place", t.DATELINE)


def test_a_section_slug_before_a_hyphen_is_no_dateline() -> None:
    entities, _ = extract_entities(_line(["SOCCER", "-", "Wolves", "won"], ["B-ORG", "O", "O", "O"]))
    assert [e.rule for e in entities] != [t.DATELINE]


def test_dateline_switched_off_leaves_the_vote() -> None:
    (e,), _ = extract_entities(_line(["SAN", "DIEGO", "—", "The", "mayor", "spoke"],
                                     ["B-PERSON", "I-PERSON", "O", "O", "O", "O"]),
                               RuleSet.parse("-entities.types.dateline"))
    assert (e.type, e.rule) == ("Person", t.VOTE)


# --- known_place, known_organisation ------------------------------------------------------------

def test_a_subdivision_is_a_place_of_its_own_not_its_country() -> None:
    (e,), _ = extract_entities(doc_of([("In", "O"), ("Scotland", "B-PERSON"), ("today", "O")]))
    assert (e.type, e.name, e.country, e.rule) == ("Place", "Scotland", False, t.KNOWN_PLACE)


def test_a_well_known_region_tagged_an_organisation_is_a_place() -> None:
    (e,), _ = extract_entities(doc_of([("In", "O"), ("Kashmir", "B-ORG"), ("today", "O")]))
    assert (e.type, e.rule) == ("Place", t.KNOWN_PLACE)


def test_a_known_party_or_organisation_is_an_organisation() -> None:
    words = [("Labour", "B-PERSON"), ("and", "O"), ("the", "O"), ("Lib", "B-PERSON"), ("Dems", "I-PERSON"),
             ("met", "O"), ("the", "O"), ("UN", "B-GPE")]
    entities, _ = extract_entities(doc_of(words))
    assert [(e.type, e.name, e.rule) for e in entities] == [
        ("Organization", "Labour", t.KNOWN_ORG), ("Organization", "Lib Dems", t.KNOWN_ORG),
        ("Organization", "UN", t.KNOWN_ORG)]


def test_a_name_the_knowledge_does_not_hold_is_voted() -> None:
    (e,), _ = extract_entities(doc_of([("In", "O"), ("Zembla", "B-ORG"), ("today", "O")]))
    assert (e.type, e.rule) == ("Organization", t.VOTE)


def test_known_switched_off_leaves_the_type_to_the_vote() -> None:
    rules = RuleSet.parse("-entities.types.known_place,-entities.types.known_organisation")
    (e,), _ = extract_entities(doc_of([("Labour", "B-PERSON"), ("spoke", "O")]), rules)
    assert (e.type, e.rule) == ("Person", t.VOTE)


# --- country ------------------------------------------------------------------------------------

def test_a_country_takes_the_gazetteer_name() -> None:
    (e,), _ = extract_entities(doc_of([("The", "O"), ("UK", "B-GPE"), ("grew", "O")]))
    assert (e.type, e.name, e.aliases, e.country, e.rule) == (
        "Place", "United Kingdom", ("UK",), True, t.COUNTRY)


def test_a_place_that_is_no_country_keeps_its_name() -> None:
    (e,), _ = extract_entities(doc_of([("In", "O"), ("Lagos", "B-GPE"), ("today", "O")]))
    assert (e.type, e.name, e.country, e.rule) == ("Place", "Lagos", False, t.VOTE)


def test_country_switched_off_leaves_the_place_as_written() -> None:
    (e,), _ = extract_entities(doc_of([("The", "O"), ("UK", "B-GPE"), ("grew", "O")]),
                               RuleSet.parse("-entities.types.country"))
    assert (e.type, e.name, e.country, e.rule) == ("Place", "UK", False, t.VOTE)
