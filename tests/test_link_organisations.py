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
    bare = facts("b", ("Organization", "Air Force", ()), ("Place", "United States", ()), country=True)
    usaf = [facts("a", ("Organization", "U.S. Air Force", ())), bare]
    g = link([*usaf, facts("c", ("Organization", "United States Air Force", ()))])
    assert node(g, "a").iri == node(g, "b").iri == node(g, "c").iri
    assert rule(g, "b") == "link.organisations.core_variant"
    g = link([*usaf, facts("c", ("Organization", "Indian Air Force", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3


def test_a_bare_name_joins_the_qualified_one_only_where_its_articles_are_about_that_country() -> None:
    # A British article's "Court of Appeal" names no US: it is not the "US Court of Appeal".
    g = link([facts("a", ("Organization", "US Court of Appeal", ())),
              facts("b", ("Organization", "Court of Appeal", ()), ("Place", "London", ()))])
    assert node(g, "a").iri != node(g, "b").iri
    # An article naming the qualified form itself is about that country.
    g = link([facts("a", ("Organization", "US Air Force", ())),
              facts("b", ("Organization", "Air Force", ()), ("Organization", "US Air Force", ()))])
    assert node(g, "a").iri == node(g, "b").iri


def test_two_demonyms_of_one_country_are_two_qualifiers() -> None:
    g = link([facts("a", ("Organization", "Scottish Widget Board", ())),
              facts("b", ("Organization", "British Widget Board", ()))])
    assert node(g, "a").iri != node(g, "b").iri
    g = link([facts("a", ("Organization", "US Widget Board", ())),
              facts("b", ("Organization", "United States Widget Board", ()))])
    assert node(g, "a").iri == node(g, "b").iri


def test_a_demonym_or_name_of_a_part_of_a_country_is_a_distinguishing_word() -> None:
    for part in ("Scottish", "Welsh", "Scotland"):
        uk = ("Place", "UK", ())
        g = link([facts("a", ("Organization", f"{part} Football Association", ())),
                  facts("b", ("Organization", "Football Association", ()), uk, country=True)])
        assert node(g, "a").iri != node(g, "b").iri, part


def test_an_acronym_alias_is_no_core_variant() -> None:
    # One article's "OSI" for the Open Society Institute is no bare "OSI" of "OSI Pharmaceuticals".
    g = link([facts("a", ("Organization", "Open Society Institute", ("OSI",))),
              facts("b", ("Organization", "OSI Pharmaceuticals", ()))])
    assert node(g, "a").iri != node(g, "b").iri


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
