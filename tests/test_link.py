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


def person(doc_id: str, name: str, *others: tuple[str, str, tuple[str, ...]], titles: tuple[str, ...] = (),
           gender: str | None = None, aliases: tuple[str, ...] = ()) -> DocFacts:
    """A document about one person (key e0), with titles and co-mentioned entities."""
    d = facts(doc_id, ("Person", name, aliases), *others)
    first = Entity("e0", "Person", name, aliases, titles=titles, gender=gender)
    return DocFacts(d.article, (first, *d.entities[1:]), d.mentions)


def test_initial_joins_the_one_person_it_fits() -> None:
    g = link([facts("a", ("Person", "John Smith", ())), facts("b", ("Person", "J. Smith", ()))])
    assert node(g, "a").iri == node(g, "b").iri
    g = link([facts("a", ("Person", "John Smith", ())), facts("b", ("Person", "J. Smith", ())),
              facts("c", ("Person", "Jane Smith", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3


def test_generational_suffix() -> None:
    g = link([facts("a", ("Person", "Paul Desmarais Jr.", ())), facts("b", ("Person", "Paul Desmarais", ()))])
    assert node(g, "a").iri == node(g, "b").iri and node(g, "a").name == "Paul Desmarais Jr."
    g = link([facts("a", ("Person", "Paul Desmarais Jr.", ())), facts("b", ("Person", "Paul Desmarais", ())),
              facts("c", ("Person", "Paul Desmarais Sr.", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3


def test_middle_names_must_agree() -> None:
    g = link([facts("a", ("Person", "John A. Smith", ())), facts("b", ("Person", "John Smith", ())),
              facts("c", ("Person", "John B. Smith", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3
    g = link([facts("a", ("Person", "John Fitzgerald Kennedy", ())),
              facts("b", ("Person", "John F. Kennedy", ())), facts("c", ("Person", "John Kennedy", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 1


def test_namesakes_with_conflicting_roles_and_nothing_in_common_stay_apart() -> None:
    senator = person("a", "John Smith", ("Organization", "Senate Finance Committee", ()), titles=("Senator",))
    footballer = person("b", "John Smith", ("Organization", "Leeds United", ()), titles=("footballer",))
    g = link([senator, footballer])
    assert node(g, "a").iri != node(g, "b").iri
    # The same people, order reversed: the same IRIs.
    assert link([footballer, senator]).iri_of == g.iri_of


def test_conflicting_roles_with_a_co_mentioned_entity_in_common_are_one_person() -> None:
    # "Senator Obama" and "President Obama": different titles, but the same company keeps.
    a = person("a", "Barack Obama", ("Person", "Joe Biden", ()), titles=("Senator",))
    b = person("b", "Barack Obama", ("Person", "Joe Biden", ()), titles=("President",))
    g = link([a, b])
    assert node(g, "a").iri == node(g, "b").iri


def test_same_name_without_evidence_is_one_person() -> None:
    a = person("a", "John Smith", ("Organization", "Leeds United", ()), titles=("footballer",))
    b = person("b", "John Smith", ("Organization", "Acme Widgets", ()))
    g = link([a, b])
    assert node(g, "a").iri == node(g, "b").iri


def test_gender_conflict_keeps_namesakes_apart() -> None:
    g = link([person("a", "Leslie Smith", gender="female"), person("b", "Leslie Smith", gender="male")])
    assert node(g, "a").iri != node(g, "b").iri


def test_bare_surname_goes_to_the_namesake_sharing_context() -> None:
    g = link([person("a", "Sherlock Holmes", ("Person", "John Watson", ())),
              person("b", "Mycroft Holmes", ("Organization", "Diogenes Club", ())),
              person("c", "Holmes", ("Person", "John Watson", ()), titles=("Mr",))])
    assert node(g, "c").iri == node(g, "a").iri


def test_organisation_core_names() -> None:
    g = link([facts("a", ("Organization", "Ford Motor Company", ())),
              facts("b", ("Organization", "Ford", ())), facts("c", ("Organization", "Ford Motors Co.", ())),
              facts("d", ("Organization", "Apple Inc.", ())),
              facts("e", ("Organization", "Apple", ())), facts("f", ("Organization", "the BBC", ())),
              facts("g", ("Organization", "BBC", ()))])
    assert node(g, "a").iri == node(g, "b").iri == node(g, "c").iri
    assert node(g, "d").iri == node(g, "e").iri and node(g, "f").iri == node(g, "g").iri


def test_country_qualified_organisation_joins_the_bare_one_only_when_one_country_is_seen() -> None:
    usaf = [facts("a", ("Organization", "U.S. Air Force", ())), facts("b", ("Organization", "Air Force", ()))]
    g = link([*usaf, facts("c", ("Organization", "United States Air Force", ()))])
    assert node(g, "a").iri == node(g, "b").iri == node(g, "c").iri
    g = link([*usaf, facts("c", ("Organization", "Indian Air Force", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3


def test_two_descriptive_tails_keep_the_bare_brand_apart() -> None:
    g = link([facts("a", ("Organization", "Delta Airlines", ())), facts("b", ("Organization", "Delta", ())),
              facts("c", ("Organization", "Delta Electronics", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3


def test_single_word_name_typed_differently_is_one_node() -> None:
    g = link([facts("a", ("Organization", "Zembla", ())), facts("b", ("Organization", "Zembla", ())),
              facts("c", ("Place", "Zembla", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 1 and node(g, "c").type == "Organization"


def test_places_get_geonames_ids_and_iso_codes() -> None:
    g = link([facts("a", ("Place", "Germany", ()), country=True), facts("b", ("Place", "Paris", ()))])
    country, city = node(g, "a"), node(g, "b")
    assert (country.country_code, country.geonames_id) == ("DE", 2921044)
    assert city.geonames_id == 2988507 and round(city.latitude or 0) == 49


def test_new_rules_do_not_depend_on_input_order() -> None:
    docs = [facts("a", ("Person", "John Smith", ())), facts("b", ("Person", "J. Smith", ())),
            facts("c", ("Person", "Jane Smith", ())), facts("d", ("Organization", "Ford Motor Company", ())),
            facts("e", ("Organization", "Ford", ())), facts("f", ("Person", "Smith", ())),
            person("g", "John Smith", titles=("Senator",)), person("h", "John Smith", titles=("striker",))]
    one = link(docs)
    for order in (list(reversed(docs)), docs[3:] + docs[:3]):
        two = link(order)
        assert one.iri_of == two.iri_of and sorted(one.entities) == sorted(two.entities)
