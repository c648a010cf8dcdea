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


def doc_with_pos(rows: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    """A one-sentence Doc from (word, IOB tag, part of speech) triples."""
    words = [w for w, _, _ in rows]
    starts = [True] + [False] * (len(words) - 1)
    return make_doc(words, ents=[t for _, t, _ in rows], pos=[p for _, _, p in rows], sent_starts=starts)


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


def test_generational_suffix_joins_the_shorter_name() -> None:
    words = [("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("Jr.", "I-PERSON"), ("runs", "O"),
             ("it", "O"), (".", "O"), ("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("said", "O"),
             (".", "O"), ("Desmarais", "B-PERSON"), ("left", "O")]
    (e,), mentions = extract_entities(doc_of(words))
    assert e.name == "Paul Desmarais Jr." and set(e.aliases) == {"Paul Desmarais", "Desmarais"}
    assert len(mentions) == 3


def test_suffix_the_model_tagged_apart_is_part_of_the_name() -> None:
    words = [("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("Jr.", "B-PERSON"), ("spoke", "O")]
    (e,), (m,) = extract_entities(doc_of(words))
    assert e.name == m.text == "Paul Desmarais Jr."


def test_father_and_son_keep_the_bare_name_apart_from_neither() -> None:
    words = [("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("Sr.", "I-PERSON"), ("and", "O"),
             ("Paul", "B-PERSON"), ("Desmarais", "I-PERSON"), ("Jr.", "I-PERSON"), ("met", "O")]
    entities, _ = extract_entities(doc_of(words))
    assert sorted(e.name for e in entities) == ["Paul Desmarais Jr.", "Paul Desmarais Sr."]


def test_initial_joins_the_spelled_out_first_name() -> None:
    words = [("John", "B-PERSON"), ("Smith", "I-PERSON"), ("won", "O"), (".", "O"), ("J.", "B-PERSON"),
             ("Smith", "I-PERSON"), ("lost", "O")]
    (e,), _ = extract_entities(doc_of(words))
    assert e.name == "John Smith" and e.aliases == ("J. Smith",)


def test_organisation_names_opening_with_title_words_keep_them() -> None:
    doc = doc_of([("General", "B-ORG"), ("Motors", "I-ORG"), ("said", "O")])
    assert clean_name(doc.ents[0])[0].text == "General Motors"
    doc = doc_of([("Apple", "B-ORG"), ("Computer", "I-ORG"), ("said", "O")])
    assert clean_name(doc.ents[0])[0].text == "Apple Computer"
    doc = doc_of([("President", "B-ORG"), ("Macron", "I-ORG"), ("said", "O")])
    assert clean_name(doc.ents[0]) == (doc[1:2], ["President"])


def test_legal_form_tagged_apart_is_part_of_the_name() -> None:
    words = [("Chrysler", "B-ORG"), ("LLC", "B-ORG"), ("said", "O"), (".", "O"), ("Chrysler", "B-ORG"),
             ("left", "O")]
    (e,), mentions = extract_entities(doc_of(words))
    assert e.name == "Chrysler LLC" and [m.text for m in mentions] == ["Chrysler LLC", "Chrysler"]


def test_a_role_alone_is_not_a_name() -> None:
    doc = doc_of([("the", "O"), ("CEO", "B-PERSON"), ("said", "O")])
    assert clean_name(doc.ents[0]) is None
    doc = doc_of([("Prime", "B-PERSON"), ("Minister", "I-PERSON"), ("said", "O")])
    assert clean_name(doc.ents[0]) is None


def test_short_organisation_names_join_their_full_form() -> None:
    words = [("Ford", "B-ORG"), ("Motor", "I-ORG"), ("Company", "I-ORG"), ("and", "O"), ("the", "O"),
             ("U.S.", "B-ORG"), ("Air", "I-ORG"), ("Force", "I-ORG"), ("agreed", "O"), (".", "O"),
             ("Ford", "B-ORG"), ("and", "O"), ("the", "O"), ("Air", "B-ORG"), ("Force", "I-ORG"),
             ("signed", "O")]
    entities, _ = extract_entities(doc_of(words))
    assert sorted((e.name, e.aliases) for e in entities) == [
        ("Ford Motor Company", ("Ford",)), ("U.S. Air Force", ("Air Force",))]


def test_brand_and_product_stay_apart() -> None:
    words = [("Apple", "B-ORG"), ("TV", "I-ORG"), ("sold", "O"), (".", "O"), ("Apple", "B-ORG"),
             ("said", "O")]
    assert len(extract_entities(doc_of(words))[0]) == 2


def test_common_noun_before_the_name_says_what_it_is() -> None:
    doc = doc_with_pos([("Japanese", "B-NORP", "ADJ"), ("automaker", "O", "NOUN"),
                        ("Toyota", "B-GPE", "PROPN"), ("reported", "O", "VERB")])
    entities, _ = extract_entities(doc)
    assert ("Organization", "Toyota") in {(e.type, e.name) for e in entities}


def _groups(words: list[tuple[str, str]]) -> dict[str, set[str]]:
    entities, mentions = extract_entities(doc_of(words))
    names = {e.key: e.name for e in entities}
    out: dict[str, set[str]] = {}
    for m in mentions:
        out.setdefault(names[m.entity], set()).add(m.text)
    return out


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


def _parties(rows: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    entities, mentions = extract_entities(doc_with_pos(rows))
    names = {e.key: e.name for e in entities}
    return ([(e.type, e.name) for e in entities if e.type == "Organization"],
            [(m.text, names[m.entity]) for m in mentions])


def test_party_adjective_before_a_political_noun_is_the_party() -> None:
    # "Mara Quill, a Republican member of the House"
    orgs, mentions = _parties([("Mara", "B-PERSON", "PROPN"), ("Quill", "I-PERSON", "PROPN"),
                               (",", "O", "PUNCT"), ("a", "O", "DET"), ("Republican", "B-NORP", "ADJ"),
                               ("member", "O", "NOUN"), ("left", "O", "VERB")])
    assert orgs == [("Organization", "Republican Party")]
    assert ("Republican", "Republican Party") in mentions


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
    # "The Democratic Party chose Oren Vale, a Democrat."
    orgs, mentions = _parties([
        ("The", "O", "DET"), ("Democratic", "B-ORG", "PROPN"), ("Party", "I-ORG", "PROPN"),
        ("chose", "O", "VERB"), ("Oren", "B-PERSON", "PROPN"), ("Vale", "I-PERSON", "PROPN"),
        (",", "O", "PUNCT"), ("a", "O", "DET"), ("Democrat", "B-NORP", "PROPN"), (".", "O", "PUNCT")])
    assert orgs == [("Organization", "Democratic Party")]
    assert ("Democrat", "Democratic Party") in mentions


def test_a_name_the_text_calls_a_work_or_a_band_is_no_person() -> None:
    # "Ocean Waves is a 1993 anime film ." tagged PERSON: a work, so no entity; "Inner Life is a
    # band ." tagged PERSON: an organisation.
    words = ["Ocean", "Waves", "is", "a", "1993", "anime", "film", ".", "Inner", "Life", "is", "a",
             "band", "."]
    doc = make_doc(words, heads=[1, 2, 2, 6, 6, 6, 2, 2, 9, 10, 10, 12, 10, 10],
                   deps=["compound", "nsubj", "ROOT", "det", "nummod", "compound", "attr", "punct",
                         "compound", "nsubj", "ROOT", "det", "attr", "punct"],
                   pos=["PROPN", "PROPN", "AUX", "DET", "NUM", "NOUN", "NOUN", "PUNCT", "PROPN",
                        "PROPN", "AUX", "DET", "NOUN", "PUNCT"],
                   lemmas=["Ocean", "Waves", "be", "a", "1993", "anime", "film", ".", "Inner", "Life",
                           "be", "a", "band", "."],
                   ents=["B-PERSON", "I-PERSON", "O", "O", "B-DATE", "O", "O", "O", "B-PERSON",
                         "I-PERSON", "O", "O", "O", "O"],
                   sent_starts=[True] + [False] * 7 + [True] + [False] * 5)
    entities, _ = extract_entities(doc)
    assert [(e.type, e.name) for e in entities] == [("Organization", "Inner Life")]


def test_a_country_before_a_portfolio_title_and_a_title_of_a_country() -> None:
    # "South Africa's Minister" keeps South Africa; "King of Romania" tagged GPE is Romania.
    doc = doc_of([("was", "O"), ("South", "B-GPE"), ("Africa", "I-GPE"), ("'s", "I-GPE"),
                  ("Minister", "B-ORG"), ("and", "O"), ("King", "B-GPE"), ("of", "I-GPE"),
                  ("Romania", "I-GPE")])
    entities, _ = extract_entities(doc)
    assert [(e.type, e.name, e.country) for e in entities] == [
        ("Place", "South Africa", True), ("Place", "Romania", True)]


def test_a_trailing_of_is_cut_from_a_name() -> None:
    doc = doc_of([("for", "O"), ("Frederik", "B-ORG"), ("IX", "I-ORG"), ("of", "I-ORG"),
                  ("Denmark", "B-GPE")])
    assert clean_name(doc.ents[0])[0].text == "Frederik IX"  # type: ignore[index]


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


def test_a_hyphenated_nationality_is_read_word_by_word() -> None:
    # "Pakistani-American" tagged as one NORP span: two demonyms.
    doc = doc_with_pos([("a", "O", "DET"), ("Pakistani", "B-NORP", "ADJ"), ("-", "I-NORP", "PUNCT"),
                        ("American", "I-NORP", "ADJ"), ("businessman", "O", "NOUN")])
    entities, mentions = extract_entities(doc)
    assert [e.name for e in entities] == ["Pakistan", "United States"]
    assert [(m.text, m.kind) for m in mentions] == [("Pakistani", "demonym"), ("American", "demonym")]


def test_a_work_noun_hung_on_a_person_with_a_first_name_keeps_the_person() -> None:
    # "voiced by the late Willie Rushden , superb children 's programme" parsed with "programme"
    # in apposition to the name.
    words = ["voiced", "by", "Willie", "Rushden", ",", "superb", "programme", "."]
    doc = make_doc(words, heads=[0, 0, 3, 1, 3, 6, 3, 0],
                   deps=["ROOT", "agent", "compound", "pobj", "punct", "amod", "appos", "punct"],
                   pos=["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "PUNCT"],
                   lemmas=["voice", "by", "Willie", "Rushden", ",", "superb", "programme", "."],
                   ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
                   sent_starts=[True] + [False] * 7)
    entities, _ = extract_entities(doc)
    assert [(e.type, e.name) for e in entities] == [("Person", "Willie Rushden")]
