"""Blocking keys (kgraph/link/keys.py): countries, cities, names of several words, single words."""

from __future__ import annotations

from test_link import facts, node, rule

from kgraph.link import link


def test_countries_link_by_code_whatever_the_name() -> None:
    g = link([facts("a", ("Place", "United Kingdom", ("UK",)), country=True),
              facts("b", ("Place", "Britain", ()), country=True)])
    e = node(g, "b")
    assert node(g, "a").iri == e.iri and e.name == "United Kingdom" and e.country_code == "GB"
    assert e.geonames_id == 2635167
    assert rule(g, "a") == rule(g, "b") == "link.keys.country_code"


def test_two_countries_stay_apart() -> None:
    g = link([facts("a", ("Place", "Britain", ()), country=True),
              facts("b", ("Place", "France", ()), country=True)])
    assert node(g, "a").iri != node(g, "b").iri and rule(g, "a") is None


def test_a_city_is_keyed_as_a_place() -> None:
    g = link([facts("a", ("Place", "Paris", ())), facts("b", ("Place", "Paris", ()))])
    assert node(g, "a").iri == node(g, "b").iri and rule(g, "b") == "link.keys.city"


def test_a_city_name_tagged_as_an_organisation_is_not_the_city() -> None:
    g = link([facts("a", ("Place", "Paris", ())), facts("b", ("Organization", "Paris", ()))])
    assert node(g, "a").iri != node(g, "b").iri


def test_same_name_of_several_words_without_legal_form() -> None:
    g = link([facts("a", ("Organization", "Wave FM Ltd", ())), facts("b", ("Organization", "Wave FM", ()))])
    assert node(g, "a").iri == node(g, "b").iri and rule(g, "a") == "link.keys.same_name"


def test_names_sharing_a_word_stay_apart() -> None:
    g = link([facts("a", ("Organization", "Wave FM", ())), facts("b", ("Organization", "Wave Radio", ()))])
    assert node(g, "a").iri != node(g, "b").iri


def test_organisation_acronym_alias_links_articles() -> None:
    g = link([facts("a", ("Organization", "British Broadcasting Corporation", ("BBC",))),
              facts("b", ("Organization", "BBC", ())),
              facts("c", ("Organization", "Wave FM Ltd", ())), facts("d", ("Organization", "Wave FM", ()))])
    assert node(g, "b").iri == node(g, "a").iri
    assert node(g, "c").iri == node(g, "d").iri
    assert node(g, "a").name == "British Broadcasting Corporation"
    assert rule(g, "b") == "link.keys.single_word"


def test_single_word_name_typed_differently_is_one_node() -> None:
    g = link([facts("a", ("Organization", "Zembla", ())), facts("b", ("Organization", "Zembla", ())),
              facts("c", ("Place", "Zembla", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 1 and node(g, "c").type == "Organization"
    assert rule(g, "c") == "link.keys.single_word"


def test_a_lower_case_one_word_alias_is_no_key() -> None:
    # "Acme" is an alias of "Acme Widgets", neither its name nor an acronym: it keys nothing.
    g = link([facts("a", ("Organization", "Acme Widgets", ("Acme",))),
              facts("b", ("Organization", "Acme", ()))])
    assert node(g, "a").iri != node(g, "b").iri


def test_an_entity_without_name_key_meets_its_type_with_the_same_name() -> None:
    g = link([facts("a", ("Organization", "&", ())), facts("b", ("Organization", "&", ())),
              facts("c", ("Place", "&", ()))])
    assert node(g, "a").iri == node(g, "b").iri and rule(g, "a") == "link.keys.unkeyed"
    assert node(g, "c").iri != node(g, "a").iri


def test_people_are_not_keyed() -> None:
    # A person and an organisation of one one-word name: keys are for non-people only.
    g = link([facts("a", ("Person", "Zembla", ()), ("Person", "Ann Zembla", ())),
              facts("b", ("Organization", "Zembla", ()))])
    assert node(g, "a").iri != node(g, "b").iri


def test_names_knowledge_lists_for_one_organisation_are_one_node() -> None:
    g = link([facts("a", ("Organization", "Labour", ())), facts("b", ("Organization", "Labour Party", ())),
              facts("c", ("Organization", "Tory Party", ())),
              facts("d", ("Organization", "Conservatives", ())),
              facts("e", ("Organization", "Conservative Party", ())), facts("f", ("Organization", "SNP", ())),
              facts("g", ("Place", "Scottish National Party", ()))])
    assert node(g, "a").iri == node(g, "b").iri and rule(g, "b") == "link.keys.known_organisation"
    assert node(g, "c").iri == node(g, "d").iri == node(g, "e").iri
    assert node(g, "f").iri == node(g, "g").iri and node(g, "g").type == "Organization"
    assert len({node(g, d).iri for d in "acf"}) == 3


def test_an_alias_knowledge_says_is_another_organisation_does_not_key_the_entity() -> None:
    # One article folded "Labour Party" into "Scottish Labour": knowledge says the branch is not the party.
    g = link([facts("a", ("Organization", "Scottish Labour", ("Labour Party",))),
              facts("b", ("Organization", "Labour Party", ())),
              facts("c", ("Organization", "Scottish Labour Party", ()))])
    assert node(g, "a").iri != node(g, "b").iri and node(g, "a").iri == node(g, "c").iri


def test_an_acronym_two_articles_expand_differently_keys_neither_expansion() -> None:
    g = link([facts("a", ("Organization", "Building Societies Association", ("BSA",))),
              facts("b", ("Organization", "Business Software Alliance", ("BSA",))),
              facts("c", ("Organization", "BSA", ())), facts("d", ("Organization", "BSA", ()))])
    assert len({node(g, d).iri for d in "abcd"}) == 4
    assert node(g, "c").iri != node(g, "d").iri  # a bare one could be either: its article's own


def test_spellings_of_one_expansion_do_not_make_an_acronym_ambiguous() -> None:
    g = link([facts("a", ("Organization", "Trades Union Congress", ("TUC",))),
              facts("b", ("Organization", "Trade Unions Congress", ("TUC",))),
              facts("c", ("Organization", "European Broadcasting Union", ("EBU",))),
              facts("d", ("Organization", "European Broadcast Union", ("EBU",))),
              facts("e", ("Organization", "TUC", ())), facts("f", ("Organization", "EBU", ()))])
    assert node(g, "a").iri == node(g, "b").iri == node(g, "e").iri
    assert node(g, "c").iri == node(g, "d").iri == node(g, "f").iri


def test_a_name_that_uses_the_acronym_is_no_expansion_of_it() -> None:
    # "BT Together" (a BT product) with the alias "BT" does not make "BT" ambiguous.
    g = link([facts("a", ("Organization", "British Telecom", ("BT",))),
              facts("b", ("Organization", "BT Together", ("BT",))), facts("c", ("Organization", "BT", ()))])
    assert node(g, "a").iri == node(g, "c").iri


def test_an_acronym_the_article_defines_is_not_the_known_organisation_of_that_acronym() -> None:
    # The article's "World Tourism Organisation (WTO)" is not the WTO that knowledge lists.
    g = link([facts("a", ("Organization", "World Tourism Organisation", ("WTO",))),
              facts("b", ("Organization", "World Trade Organization", ()))])
    assert node(g, "a").iri != node(g, "b").iri


def test_an_organisation_named_by_a_country_is_its_article_s_own() -> None:
    # The England football side and the England rugby side; the France team is not France.
    g = link([facts("a", ("Organization", "England", ())), facts("b", ("Organization", "England", ())),
              facts("c", ("Place", "France", ()), country=True), facts("d", ("Organization", "France", ())),
              facts("e", ("Organization", "Liverpool", ())), facts("f", ("Organization", "Liverpool", ()))])
    assert node(g, "a").iri != node(g, "b").iri and node(g, "c").iri != node(g, "d").iri
    assert node(g, "e").iri == node(g, "f").iri  # a club named by its city is one club
