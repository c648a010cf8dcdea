"""People across articles (kgraph/link/people.py): full names and namesakes, less specific forms,
other types, and one-word names."""

from __future__ import annotations

from test_link import facts, node, person, rule

from kgraph.extract.registry import RuleSet
from kgraph.link import link

# --- full names ---------------------------------------------------------------------------------


def test_same_full_name_in_two_articles_is_one_node() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ("Okafor",))),
              facts("b", ("Person", "Amara Okafor", ()))])
    assert len(g.entities) == 1
    e = node(g, "a")
    assert e.name == "Amara Okafor" and e.aliases == ("Okafor",) and e.docs == ("a", "b")
    assert e.mention_count == 3
    assert e.iri == "https://example.org/kgraph/person/amara-okafor"
    assert rule(g, "a") == rule(g, "b") == "link.people.full_name"


def test_namesakes_with_different_first_names_are_not_merged() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ("Okafor",))),
              facts("b", ("Person", "Chidi Okafor", ("Okafor",)))])
    assert node(g, "a").iri != node(g, "b").iri
    assert len(g.entities) == 2


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


def test_job_title_acronyms_are_the_words_they_stand_for() -> None:
    # "CEO" and "chief executive" are one role: no conflict, whatever the context.
    a = person("a", "Mary Barra", ("Organization", "Acme Widgets", ()), titles=("CEO",))
    b = person("b", "Mary Barra", ("Organization", "Leeds United", ()), titles=("chief executive",))
    assert node(link([a, b]), "a").iri == node(link([a, b]), "b").iri


# --- less specific forms ------------------------------------------------------------------------


def test_initial_joins_the_one_person_it_fits() -> None:
    g = link([facts("a", ("Person", "John Smith", ())), facts("b", ("Person", "J. Smith", ()))])
    assert node(g, "a").iri == node(g, "b").iri
    assert rule(g, "b") == "link.people.less_specific_form"
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


# --- other types --------------------------------------------------------------------------------


def test_type_is_voted_across_articles() -> None:
    g = link([facts("a", ("Person", "Olaf Scholz", ())), facts("b", ("Person", "Olaf Scholz", ())),
              facts("c", ("Organization", "Olaf Scholz", ()))])
    assert len(g.entities) == 1 and node(g, "c").type == "Person"
    assert rule(g, "c") == "link.people.other_type_same_name"


def test_other_type_with_the_name_of_two_namesakes_stays_apart() -> None:
    g = link([person("a", "Leslie Smith", gender="female"), person("b", "Leslie Smith", gender="male"),
              facts("c", ("Organization", "Leslie Smith", ()))])
    assert len({node(g, d).iri for d in "abc"}) == 3


def test_a_person_never_merges_into_a_place_of_the_same_name() -> None:
    # "Kanye West" tagged GPE in one article, with the alias "West", is keyed with the West.
    g = link([facts("a", ("Person", "Kanye West", ())), facts("b", ("Person", "Kanye West", ())),
              facts("c", ("Place", "Kanye West", ("West",))), facts("d", ("Place", "West", ()))])
    assert node(g, "a").iri == node(g, "b").iri != node(g, "d").iri
    assert node(g, "a").type == "Person"


# --- one-word names -----------------------------------------------------------------------------


PORT = ("Organization", "Lagos Port Authority", ())
EZE = ("Person", "Chidi Eze", ())


def test_bare_surname_joins_the_only_person_with_it_when_the_articles_share_context() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ()), PORT, EZE),
              facts("b", ("Person", "Okafor", ()), PORT, EZE)])
    assert node(g, "b").iri == node(g, "a").iri
    assert rule(g, "b") == "link.people.surname"


def test_bare_surname_with_a_role_in_common_joins_the_person() -> None:
    g = link([person("a", "Amara Okafor", titles=("Senator",)), person("b", "Okafor", titles=("Senator",))])
    assert node(g, "b").iri == node(g, "a").iri and rule(g, "b") == "link.people.surname"


def test_bare_surname_without_evidence_stays_its_own_node_in_its_article() -> None:
    # "Brown" of a rugby squad list is not the only Brown the corpus knows in full, Gordon Brown.
    treasury, blair = ("Organization", "Treasury", ()), ("Person", "Tony Blair", ())
    gordon = facts("a", ("Person", "Gordon Brown", ()), treasury, blair)
    squad = facts("b", ("Person", "Brown", ()), ("Organization", "Leeds Tykes", ()), blair)
    g = link([gordon, squad])
    assert node(g, "b").iri != node(g, "a").iri
    assert node(g, "b").iri.startswith("https://example.org/kgraph/person/brown-")
    # One co-mentioned entity in common is chance ("London", "BBC"); two are evidence.
    squad = facts("b", ("Person", "Brown", ()), treasury, blair)
    assert node(link([gordon, squad]), "b").iri == node(link([gordon, squad]), "a").iri
    # Switched off, the surname joins on its own.
    g = link([gordon, facts("b", ("Person", "Brown", ()))], rules=RuleSet.parse("-link.people.no_support"))
    assert node(g, "b").iri == node(g, "a").iri


def test_bare_surname_shared_by_two_people_stays_its_own_node_per_article() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ())), facts("b", ("Person", "Chidi Okafor", ())),
              facts("c", ("Person", "Okafor", ())), facts("d", ("Person", "Okafor", ()))])
    iris = {node(g, d).iri for d in "abcd"}
    assert len(iris) == 4
    assert node(g, "c").iri.startswith("https://example.org/kgraph/person/okafor-")


def test_an_ambiguous_surname_is_one_node_in_its_article() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ())), facts("b", ("Person", "Chidi Okafor", ())),
              facts("c", ("Person", "Okafor", ()), ("Person", "Okafor", ()))])
    assert node(g, "c", "e0").iri == node(g, "c", "e1").iri
    assert rule(g, "c") == "link.people.ambiguous" and node(g, "c").link_rules == ()


def test_surname_of_the_other_gender_does_not_join() -> None:
    g = link([person("a", "Amara Okafor", gender="female"), person("b", "Okafor", gender="male")])
    assert node(g, "a").iri != node(g, "b").iri


def test_given_name_joins_the_one_person_with_it() -> None:
    g = link([facts("a", ("Person", "Amara Okafor", ()), PORT, EZE),
              facts("b", ("Person", "Amara", ()), PORT, EZE)])
    assert node(g, "b").iri == node(g, "a").iri and rule(g, "b") == "link.people.given_name"
    g = link([facts("a", ("Person", "Amara Okafor", ())), facts("b", ("Person", "Amara", ()))])
    assert node(g, "b").iri != node(g, "a").iri


def test_a_given_name_several_people_bear_names_none_of_them() -> None:
    # "David" next to Elton John is not David Furnish because his article shares the most context.
    furnish = facts("a", ("Person", "David Furnish", ()), PORT, EZE)
    g = link([furnish, facts("b", ("Person", "David Beckham", ())),
              facts("c", ("Person", "David", ()), PORT, EZE)])
    assert node(g, "c").iri not in {node(g, "a").iri, node(g, "b").iri}
    assert rule(g, "c") is None


def test_given_name_of_the_other_gender_does_not_join() -> None:
    g = link([person("a", "Amara Okafor", gender="female"), person("b", "Amara", gender="male")])
    assert node(g, "a").iri != node(g, "b").iri


def test_bare_surname_goes_to_the_namesake_sharing_context() -> None:
    street = ("Place", "Baker Street", ())
    g = link([person("a", "Sherlock Holmes", ("Person", "John Watson", ()), street),
              person("b", "Mycroft Holmes", ("Organization", "Diogenes Club", ())),
              person("c", "Holmes", ("Person", "John Watson", ()), street, titles=("Mr",))])
    assert node(g, "c").iri == node(g, "a").iri
    assert rule(g, "c") == "link.people.shared_context"


def test_bare_surname_sharing_context_with_both_namesakes_stays_apart() -> None:
    g = link([person("a", "Sherlock Holmes", ("Person", "John Watson", ())),
              person("b", "Mycroft Holmes", ("Person", "John Watson", ())),
              person("c", "Holmes", ("Person", "John Watson", ()), titles=("Mr",))])
    assert len({node(g, d).iri for d in "abc"}) == 3


def test_titled_one_word_names_of_nobody_known_are_one_person_when_their_articles_agree() -> None:
    g = link([person("a", "Holmes", PORT, EZE, titles=("Mr",)),
              person("b", "Holmes", PORT, EZE, titles=("Mr",)), person("c", "Holmes", titles=("Mr",))])
    assert node(g, "a").iri == node(g, "b").iri and rule(g, "a") == "link.people.same_bare_name"
    assert node(g, "c").iri != node(g, "a").iri  # nothing says the third one is him


def test_a_titled_and_an_untitled_one_word_name_stay_apart() -> None:
    g = link([person("a", "Holmes", titles=("Mr",)), person("b", "Holmes")])
    assert node(g, "a").iri != node(g, "b").iri


def test_untitled_one_word_person_of_nobody_known_joins_the_word() -> None:
    g = link([person("a", "Toyota"), facts("b", ("Organization", "Toyota", ())),
              facts("c", ("Organization", "Toyota", ()))])
    assert node(g, "a").iri == node(g, "b").iri and node(g, "a").type == "Organization"
    assert rule(g, "a") == "link.people.single_word"


def test_a_one_word_person_name_never_joins_a_place() -> None:
    # A squad list's "Brixton" (a player) is not the place, even with nobody of that name known.
    g = link([person("a", "Brixton", PORT, EZE), facts("b", ("Place", "Brixton", ())),
              facts("c", ("Organization", "Brixton", ())), person("d", "Brixton", PORT, EZE)])
    assert node(g, "a").iri != node(g, "b").iri and node(g, "b").iri == node(g, "c").iri
    assert node(g, "a").iri == node(g, "d").iri and rule(g, "a") == "link.people.same_bare_name"


def test_a_one_word_name_with_a_gender_is_not_a_company() -> None:
    g = link([person("a", "Toyota", gender="female"), facts("b", ("Organization", "Toyota", ()))])
    assert node(g, "a").iri != node(g, "b").iri
