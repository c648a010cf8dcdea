"""Golden test: the entities, aliases and cross-article links expected from the example articles.

The expectations live in tests/data/expected_examples.md (written with the examples).
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import EXAMPLES, ROOT

import kgraph
from kgraph.link import LinkedGraph

pytestmark = pytest.mark.model

EXPECTED_FILE = ROOT / "tests" / "data" / "expected_examples.md"


def expectations() -> tuple[dict, dict]:  # type: ignore[type-arg]
    blocks = re.findall(r"```json\n(.*?)```", EXPECTED_FILE.read_text(encoding="utf-8"), re.S)
    return json.loads(blocks[0]), json.loads(blocks[1])


REQUIRED, EXTRA = expectations()


@pytest.fixture(scope="module")
def graph() -> LinkedGraph:
    return kgraph.build([str(EXAMPLES)], None).graph


def doc_id(graph: LinkedGraph, key: str) -> str:
    """The article id for a key of the expectations file ('port-deal.txt', 'wires.jsonl#wire-0412')."""
    for d in graph.docs:
        if d.article.record_id and key.endswith("#" + d.article.record_id):
            return d.article.id
        if d.article.source.endswith("/" + key):
            return d.article.id
    raise AssertionError(f"no article for {key}")


def found_in(graph: LinkedGraph, key: str) -> dict[str, tuple[str, set[str]]]:
    """name -> (type, every name used) for the entities one article mentions, as that article saw them."""
    did = doc_id(graph, key)
    facts = next(d for d in graph.docs if d.article.id == did)
    out = {}
    for e in facts.entities:
        linked = graph.entities[graph.iri_of[(did, e.key)]]
        names = {e.name, *e.aliases}
        for n in names:
            out[n] = (linked.type, names | {linked.name, *linked.aliases})
    return out


@pytest.mark.parametrize("key", sorted(REQUIRED))
def test_required_entities_and_aliases(graph: LinkedGraph, key: str) -> None:
    found = found_in(graph, key)
    problems = []
    for name, want in REQUIRED[key].items():
        if name not in found:
            problems.append(f"missing {name}")
            continue
        etype, names = found[name]
        if etype != want["type"]:
            problems.append(f"{name} is a {etype}, not a {want['type']}")
        missing = set(want["aliases"]) - names
        if missing:
            problems.append(f"{name} lacks aliases {sorted(missing)}")
    assert not problems, f"{key}: " + "; ".join(problems)


def iri_in(graph: LinkedGraph, key: str, name: str) -> str:
    did = doc_id(graph, key)
    facts = next(d for d in graph.docs if d.article.id == did)
    for e in facts.entities:
        if name == e.name or name in e.aliases:
            return graph.iri_of[(did, e.key)]
    raise AssertionError(f"{name} not in {key}")


@pytest.mark.parametrize("name,keys", EXTRA["same"])
def test_same_entity_across_articles(graph: LinkedGraph, name: str, keys: list[str]) -> None:
    assert len({iri_in(graph, k, name) for k in keys}) == 1


@pytest.mark.parametrize("a,b", EXTRA["distinct"])
def test_namesakes_stay_apart(graph: LinkedGraph, a: str, b: str) -> None:
    iris_a = {e.iri for e in graph.entities.values() if a == e.name}
    iris_b = {e.iri for e in graph.entities.values() if b == e.name}
    assert iris_a and iris_b and not iris_a & iris_b


def test_junk_never_becomes_an_entity(graph: LinkedGraph) -> None:
    names = {n for e in graph.entities.values() for n in (e.name, *e.aliases)}
    assert not names & set(EXTRA["absent"])


def test_optional_entities_found_share_is_reported(graph: LinkedGraph) -> None:
    """Hard cases: not required, but most of them should be right."""
    total = right = 0
    for key, wanted in EXTRA["optional"].items():
        found = found_in(graph, key)
        for name, want in wanted.items():
            total += 1
            right += name in found and found[name][0] == want["type"]
    print(f"optional entities right: {right}/{total}")
    assert right >= 5, f"only {right}/{total} of the hard cases right (5 was reached before)"
