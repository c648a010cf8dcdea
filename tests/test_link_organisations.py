"""Organisations' core names and variants (kgraph/link/organisations.py)."""

from __future__ import annotations

from test_link import facts, node, rule

from kgraph.link import link


def test_organisation_core_names() -> None:
    g = link([facts("a", ("Organization", "Ford Motor Company", ())),
              facts("b", ("Organization", "Ford", ())), facts("c", ("Organization", "Ford Motors Co.", ())),
              facts("d", ("Organization", "Apple Inc.", ())),
              facts("e", ("Organization", "Apple", ())), facts("f", ("Organization", "the BBC", ())),
              facts("g", ("Organization", "BBC", ()))])
    assert node(g, "a").iri == node(g, "b").iri == node(g, "c").iri
    assert node(g, "d").iri == node(g, "e").iri and node(g, "f").iri == node(g, "g").iri
    assert {rule(g, d) for d in "abc"} == {"link.organisations.core_variant"}
    assert rule(g, "d") == "link.keys.single_word"  # "Apple Inc." is the name "Apple": no variant


def test_country_qualified_organisation_joins_the_bare_one_only_when_one_country_is_seen() -> None:
    usaf = [facts("a", ("Organization", "U.S. Air Force", ())), facts("b", ("Organization", "Air Force", ()))]
    g = link([*usaf, facts("c", ("Organization", "United States Air Force", ()))])
    assert node(g, "a").iri == node(g, "b").iri == node(g, "c").iri
    assert rule(g, "b") == "link.organisations.core_variant"
    g = link([*usaf, facts("c", ("Organization", "Indian Air Force", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3


def test_two_descriptive_tails_keep_the_bare_brand_apart() -> None:
    g = link([facts("a", ("Organization", "Delta Airlines", ())), facts("b", ("Organization", "Delta", ())),
              facts("c", ("Organization", "Delta Electronics", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3
    assert rule(g, "b") is None


def test_a_brand_and_its_product_stay_apart() -> None:
    g = link([facts("a", ("Organization", "Apple", ())), facts("b", ("Organization", "Apple TV", ()))])
    assert node(g, "a").iri != node(g, "b").iri


def test_core_variants_that_knowledge_says_differ_stay_apart() -> None:
    # "Scottish National Party" and "British National Party": one core, two known parties.
    g = link([facts("a", ("Organization", "Scottish National Party", ("SNP",))),
              facts("b", ("Organization", "British National Party", ())),
              facts("c", ("Organization", "SNP", ())),
              facts("d", ("Organization", "Conservative Party", ())),
              facts("e", ("Organization", "Scottish Conservative Party", ()))])
    assert node(g, "a").iri != node(g, "b").iri and node(g, "a").iri == node(g, "c").iri
    assert node(g, "d").iri != node(g, "e").iri
