"""IRIs: readable, valid for strict parsers, stable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import NamedNode

from kgraph.iri import InvalidBaseIri, Minter, check_base, slug

NASTY = ['Smith & <Jones> "Holdings" {100%} Ltd', "a#b\\c|d^e`f", "  ", "普京", "Zoë O'Brien", "../../etc",
         "\u202eevil", "x" * 500]


def test_slug_is_readable() -> None:
    assert slug("Amara Okafor") == "amara-okafor"
    assert slug("Zoë O'Brien") == "zoe-o-brien"
    assert slug("São Paulo FC") == "sao-paulo-fc"


@pytest.mark.parametrize("name", NASTY)
def test_entity_and_document_iris_are_valid(name: str) -> None:
    m = Minter()
    for iri in (m.entity("Person", name), m.document(name), m.span(m.document(name), 0, 3)):
        NamedNode(iri)  # raises on an invalid IRI
        assert " " not in iri and "<" not in iri and '"' not in iri


def test_distinct_document_ids_get_distinct_iris() -> None:
    m = Minter()
    ids = ["a b.txt", "a-b.txt", "a_b.txt", "a%20b.txt", "A b.txt"]
    assert len({m.document(i) for i in ids}) == len(ids)


def test_document_iri_keeps_paths_readable() -> None:
    assert Minter().document("examples/port-deal.txt") == "https://example.org/kgraph/doc/examples/port-deal.txt"


def test_empty_slug_falls_back_to_a_hash() -> None:
    iri = Minter().entity("Organization", "&&&")
    assert iri.startswith("https://example.org/kgraph/organization/x-")


def test_base_iri_checked() -> None:
    assert check_base("https://example.org/kg") == "https://example.org/kg/"
    assert check_base("urn:kg:") == "urn:kg:"
    for bad in ("not an iri", "example.org/kg", "http://exa mple.org/", "https://x.org/kg#"):
        with pytest.raises(InvalidBaseIri):
            check_base(bad)


def test_document_iris_are_one_to_one_for_ids_that_used_to_collide() -> None:
    m = Minter()
    ids = ["a/b", "a//b", "/a/b", "a\\b", "a/b/", "./a/b", "a/./b", "a/../b", "a%2Fb", "a#b", "a%23b"]
    assert len({m.document(i) for i in ids}) == len(ids)


@given(st.text(min_size=1, max_size=40))
def test_a_document_iri_decodes_back_to_its_id(article_id: str) -> None:
    from urllib.parse import unquote

    from pyoxigraph import NamedNode

    iri = Minter().document(article_id)
    NamedNode(iri)  # a valid IRI for a strict parser
    path = iri.split("/doc/", 1)[1]
    assert unquote(path, errors="surrogatepass") == article_id
    assert "/./" not in f"/{path}/" and "/../" not in f"/{path}/" and "//" not in path


def test_a_tag_character_is_percent_encoded() -> None:
    from pyoxigraph import NamedNode

    iri = Minter().document("a\U000e0100b")  # a variation selector outside RFC 3987's ucschar
    NamedNode(iri)
    assert "%F3%A0%84%80" in iri
