"""Nodes of the linked graph (kgraph/link/graph.py): names, IRIs, identifiers and link rules."""

from __future__ import annotations

from collections import Counter

from test_link import facts, node, person, rule

from kgraph.iri import Minter
from kgraph.link import link
from kgraph.link.graph import display_name


def test_iris_do_not_depend_on_input_order() -> None:
    docs = [facts("a", ("Person", "Amara Okafor", ())), facts("b", ("Person", "Chidi Okafor", ())),
            facts("c", ("Person", "Okafor", ())), facts("d", ("Organization", "Wave FM", ()))]
    one = link(docs)
    two = link(list(reversed(docs)))
    assert one.iri_of == two.iri_of
    assert sorted(one.entities) == sorted(two.entities)


def test_new_rules_do_not_depend_on_input_order() -> None:
    docs = [facts("a", ("Person", "John Smith", ())), facts("b", ("Person", "J. Smith", ())),
            facts("c", ("Person", "Jane Smith", ())), facts("d", ("Organization", "Ford Motor Company", ())),
            facts("e", ("Organization", "Ford", ())), facts("f", ("Person", "Smith", ())),
            person("g", "John Smith", titles=("Senator",)), person("h", "John Smith", titles=("striker",))]
    one = link(docs)
    for order in (list(reversed(docs)), docs[3:] + docs[:3]):
        two = link(order)
        assert one.iri_of == two.iri_of and sorted(one.entities) == sorted(two.entities)
        assert one.rule_of == two.rule_of
        assert [one.entities[i].link_rules for i in sorted(one.entities)] == [
            two.entities[i].link_rules for i in sorted(two.entities)]


def test_base_iri_is_used() -> None:
    g = link([facts("a", ("Place", "Lagos", ()))], Minter("http://news.example/kg"))
    assert node(g, "a").iri == "http://news.example/kg/place/lagos"
    assert node(g, "a").latitude is not None


def test_places_get_geonames_ids_and_iso_codes() -> None:
    g = link([facts("a", ("Place", "Germany", ()), country=True), facts("b", ("Place", "Paris", ()))])
    country, city = node(g, "a"), node(g, "b")
    assert (country.country_code, country.geonames_id) == ("DE", 2921044)
    assert city.geonames_id == 2988507 and round(city.latitude or 0) == 49


def test_display_name_is_the_most_used_full_name_without_an_initial() -> None:
    assert display_name("Person", Counter({"S Horgan": 5, "Shane Horgan": 2, "Horgan": 9})) == "Shane Horgan"
    assert display_name("Organization", Counter({"Labour": 40, "Scottish Labour Party": 1})) == "Labour"


def test_link_rules_are_the_rules_between_the_members_of_several_documents() -> None:
    # "Ford" and "Ford Motor Company" meet by their core only: their own name keys reach nobody else.
    g = link([facts("a", ("Organization", "Ford Motor Company", ())),
              facts("b", ("Organization", "Ford", ()))])
    assert node(g, "a").link_rules == ("link.organisations.core_variant",)
    # An organisation named like a person joins the person through the name key it shares with another.
    g = link([facts("a", ("Person", "Olaf Scholz", ())), facts("b", ("Person", "Olaf Scholz", ())),
              facts("c", ("Organization", "Olaf Scholz", ())),
              facts("d", ("Organization", "Olaf Scholz", ()))])
    assert node(g, "a").link_rules == ("link.keys.same_name", "link.people.full_name",
                                       "link.people.other_type_same_name")
    assert rule(g, "c") == "link.keys.same_name" and rule(g, "a") == "link.people.full_name"


def test_a_node_of_one_document_has_no_link_rules() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ()), ("Person", "Chidi Okafor", ()),
                    ("Person", "Okafor", ()), ("Person", "Okafor", ()))])
    assert node(g, "a", "e2").iri == node(g, "a", "e3").iri
    assert node(g, "a", "e2").link_rules == () and rule(g, "a", "e2") == "link.people.ambiguous"


def test_a_node_of_one_local_has_no_rule_of() -> None:
    g = link([facts("a", ("Organization", "Wave FM", ("WFM",))), facts("b", ("Place", "Lagos", ()))])
    assert g.rule_of == {} and all(e.link_rules == () for e in g.entities.values())
