"""Linking across documents, on hand-made DocFacts: merges that should and should not happen."""

from __future__ import annotations

from kgraph.iri import Minter
from kgraph.link import link
from kgraph.types import Article, DocFacts, Entity, Mention


def facts(doc_id: str, *entities: tuple[str, str, tuple[str, ...]], country: bool = False) -> DocFacts:
    """A document whose entities are (type, name, aliases), each mentioned once per name."""
    ents = []
    mentions = []
    for n, (etype, name, aliases) in enumerate(entities):
        key = f"e{n}"
        ents.append(Entity(key, etype, name, aliases, country=country and etype == "Place"))
        for m, text in enumerate((name, *aliases)):
            mentions.append(Mention(10 * n + m, 10 * n + m + 1, text, key))
    return DocFacts(Article(doc_id, "x" * 200, doc_id), tuple(ents), tuple(mentions))


def node(graph, doc_id: str, key: str = "e0"):  # type: ignore[no-untyped-def]
    return graph.entities[graph.iri_of[(doc_id, key)]]


def test_same_full_name_in_two_articles_is_one_node() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ("Okafor",))),
              facts("b", ("Person", "Amara Okafor", ()))])
    assert len(g.entities) == 1
    e = node(g, "a")
    assert e.name == "Amara Okafor" and e.aliases == ("Okafor",) and e.docs == ("a", "b")
    assert e.mention_count == 3
    assert e.iri == "https://example.org/kgraph/person/amara-okafor"


def test_namesakes_with_different_first_names_are_not_merged() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ("Okafor",))),
              facts("b", ("Person", "Chidi Okafor", ("Okafor",)))])
    assert node(g, "a").iri != node(g, "b").iri
    assert len(g.entities) == 2


def test_bare_surname_joins_the_only_person_with_it() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ())), facts("b", ("Person", "Okafor", ()))])
    assert node(g, "b").iri == node(g, "a").iri


def test_bare_surname_shared_by_two_people_stays_its_own_node_per_article() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ())), facts("b", ("Person", "Chidi Okafor", ())),
              facts("c", ("Person", "Okafor", ())), facts("d", ("Person", "Okafor", ()))])
    iris = {node(g, d).iri for d in "abcd"}
    assert len(iris) == 4
    assert node(g, "c").iri.startswith("https://example.org/kgraph/person/okafor-")


def test_type_is_voted_across_articles() -> None:
    g = link([facts("a", ("Person", "Olaf Scholz", ())), facts("b", ("Person", "Olaf Scholz", ())),
              facts("c", ("Organization", "Olaf Scholz", ()))])
    assert len(g.entities) == 1 and node(g, "c").type == "Person"


def test_organisation_acronym_alias_links_articles() -> None:
    g = link([facts("a", ("Organization", "British Broadcasting Corporation", ("BBC",))),
              facts("b", ("Organization", "BBC", ())),
              facts("c", ("Organization", "Wave FM Ltd", ())), facts("d", ("Organization", "Wave FM", ()))])
    assert node(g, "b").iri == node(g, "a").iri
    assert node(g, "c").iri == node(g, "d").iri
    assert node(g, "a").name == "British Broadcasting Corporation"


def test_countries_link_by_code_whatever_the_name() -> None:
    g = link([facts("a", ("Place", "United Kingdom", ("UK",)), country=True),
              facts("b", ("Place", "Britain", ()), country=True)])
    e = node(g, "b")
    assert node(g, "a").iri == e.iri and e.name == "United Kingdom" and e.country_code == "GB"
    assert e.geonames_id == 2635167


def test_iris_do_not_depend_on_input_order() -> None:
    docs = [facts("a", ("Person", "Amara Okafor", ())), facts("b", ("Person", "Chidi Okafor", ())),
            facts("c", ("Person", "Okafor", ())), facts("d", ("Organization", "Wave FM", ()))]
    one = link(docs)
    two = link(list(reversed(docs)))
    assert one.iri_of == two.iri_of
    assert sorted(one.entities) == sorted(two.entities)


def test_base_iri_is_used() -> None:
    g = link([facts("a", ("Place", "Lagos", ()))], Minter("http://news.example/kg"))
    assert node(g, "a").iri == "http://news.example/kg/place/lagos"
    assert node(g, "a").latitude is not None
