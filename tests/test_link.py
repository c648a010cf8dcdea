"""Linking across documents as a whole: hand-made DocFacts, rule ids on unions, switching rules off.

The builders here (``facts``, ``person``, ``node``, ``rule``) serve every tests/test_link_*.py.
"""

from __future__ import annotations

import pytest

from kgraph.extract.registry import RULES, RuleSet, load_all
from kgraph.link import DocLinks, LinkedEntity, LinkedGraph, link, link_docs
from kgraph.types import Article, DocFacts, Entity, EntityType, Mention


def facts(doc_id: str, *entities: tuple[EntityType, str, tuple[str, ...]], country: bool = False) -> DocFacts:
    """A document whose entities are (type, name, aliases), each mentioned once per name."""
    ents = []
    mentions = []
    for n, (etype, name, aliases) in enumerate(entities):
        key = f"e{n}"
        ents.append(Entity(key, etype, name, aliases, country=country and etype == "Place"))
        for m, text in enumerate((name, *aliases)):
            mentions.append(Mention(10 * n + m, 10 * n + m + 1, text, key))
    return DocFacts(Article(doc_id, "x" * 200, doc_id), tuple(ents), tuple(mentions))


def person(doc_id: str, name: str, *others: tuple[EntityType, str, tuple[str, ...]],
           titles: tuple[str, ...] = (), gender: str | None = None,
           aliases: tuple[str, ...] = ()) -> DocFacts:
    """A document about one person (key e0), with titles and co-mentioned entities."""
    d = facts(doc_id, ("Person", name, aliases), *others)
    first = Entity("e0", "Person", name, aliases, titles=titles, gender=gender)
    return DocFacts(d.article, (first, *d.entities[1:]), d.mentions)


def node(graph: LinkedGraph, doc_id: str, key: str = "e0") -> LinkedEntity:
    return graph.entities[graph.iri_of[(doc_id, key)]]


def rule(graph: LinkedGraph, doc_id: str, key: str = "e0") -> str | None:
    """The rule that joined a local entity to the rest of its node (None: it is alone)."""
    return graph.rule_of.get((doc_id, key))


def corpus() -> list[DocFacts]:
    """Articles that exercise most linking rules."""
    port, eze = ("Organization", "Lagos Port Authority", ()), ("Person", "Chidi Eze", ())
    return [facts("a", ("Person", "Amara Okafor", ()), ("Place", "United Kingdom", ()), port, eze,
                  country=True),
            facts("b", ("Person", "Okafor", ()), ("Place", "Britain", ()), port, eze, country=True),
            facts("c", ("Organization", "Ford Motor Company", ())), facts("d", ("Organization", "Ford", ())),
            facts("e", ("Person", "John Smith", ())), facts("f", ("Person", "J. Smith", ())),
            facts("g", ("Person", "John Smith", ())), facts("h", ("Organization", "Wave FM Ltd", ())),
            facts("i", ("Organization", "Wave FM", ()))]


def test_every_union_names_a_registered_merge_rule() -> None:
    g = link(corpus())
    used = set(g.rule_of.values()) | {r for e in g.entities.values() for r in e.link_rules}
    assert used and all(r.startswith("link.") and RULES[r].kind == "merge" for r in used)
    assert rule(g, "b") == "link.people.surname" and rule(g, "b", "e1") == "link.keys.country_code"


def test_linking_rules_are_registered_with_a_summary() -> None:
    ours = [r for r in load_all().values() if r.id.startswith("link.")]
    assert len(ours) >= 15
    assert all(r.kind == "merge" and r.summary and r.family in (
        "link.keys", "link.organisations", "link.people", "link.duplicates") for r in ours)


@pytest.mark.parametrize("off,apart", [
    ("link.people.surname", [("a", "e0"), ("b", "e0")]),
    ("link.keys.country_code", [("a", "e1"), ("b", "e1")]),
    ("link.organisations.core_variant", [("c", "e0"), ("d", "e0")]),
    ("link.people.less_specific_form", [("e", "e0"), ("f", "e0")]),
    ("link.people.full_name", [("e", "e0"), ("g", "e0")]),
    ("link.keys.same_name", [("h", "e0"), ("i", "e0")]),
])
def test_a_rule_switched_off_makes_no_unions(off: str, apart: list[tuple[str, str]]) -> None:
    docs = corpus()
    on = link(docs)
    assert len({on.iri_of[local] for local in apart}) == 1
    g = link(docs, rules=RuleSet.parse("-" + off))
    assert len({g.iri_of[local] for local in apart}) == 2
    assert off not in set(g.rule_of.values()) | {r for e in g.entities.values() for r in e.link_rules}
    assert len(g.rule_of) < len(on.rule_of) and set(g.rule_of.values()) - {off}  # the rest still run

def test_a_family_switched_off_leaves_every_non_person_alone() -> None:
    g = link(corpus(), rules=RuleSet.parse("-link.keys,-link.organisations"))
    for doc_id, key in [("a", "e1"), ("b", "e1"), ("c", "e0"), ("d", "e0"), ("h", "e0"), ("i", "e0")]:
        assert rule(g, doc_id, key) is None and node(g, doc_id, key).docs == (doc_id,)
    assert node(g, "a").iri == node(g, "b").iri  # people rules still run


def test_link_docs_links_from_doclinks_alone_with_the_same_rules() -> None:
    docs = corpus()
    stored = [DocLinks.from_dict(DocLinks.of(d).to_dict()) for d in docs]
    rules = RuleSet.parse("-link.people.surname")
    one, two = link(docs, rules=rules), link_docs(stored, rules=rules)
    assert one.iri_of == two.iri_of and one.rule_of == two.rule_of
    assert [e.link_rules for e in one.entities.values()] == [e.link_rules for e in two.entities.values()]
