"""The relation extractor as a whole, on hand-built parses: every fact has the rule that made it,
switched-off rules make no facts (and the rules reading others' facts do not see theirs), the
passes run after what they need, filters drop facts, and duplicates keep one record chosen the
same way whatever order they came in.

Each rule module of kgraph/extract/relations/ has its own test module, test_relations_<family>.py;
they share the helpers below. (test_events and test_counts import ``build_ctx`` from here.)
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from conftest import build_ctx

from kgraph.extract import relations
from kgraph.extract.context import DocContext
from kgraph.extract.registry import RULES, RuleSet, get
from kgraph.extract.relations import descriptors, extract_relations
from kgraph.extract.relations.descriptors import COPULA
from kgraph.types import Relation

__all__ = ["build_ctx", "described", "made", "switched", "triples"]


def triples(ctx: DocContext) -> set[tuple[str, str, object]]:
    return {(r.subject, r.predicate, r.object or r.value) for r in extract_relations(ctx)}


def made(ctx: DocContext) -> set[tuple[str, str, object, str]]:
    """(subject, predicate, object or value, rule) of every fact."""
    return {(r.subject, r.predicate, r.object or r.value, r.rule) for r in extract_relations(ctx)}


def described(ctx: DocContext) -> set[tuple[str, str, str]]:
    """(descriptor noun, anchor, person) as words and keys."""
    return {(noun.text, anchor.text, person.key) for noun, anchor, person in descriptors(ctx)}


def switched(ctx: DocContext, spec: str) -> DocContext:
    """The same document under rule switches such as ``"-relations.kinship"``."""
    return replace(ctx, rules=RuleSet.parse(spec))


def _raman() -> DocContext:
    # "Raman , a member of Labour , backed Marsh ."
    words = ["Raman", ",", "a", "member", "of", "Labour", ",", "backed", "Marsh", "."]
    return build_ctx(words, [7, 0, 3, 0, 3, 4, 0, 7, 7, 7],
                     ["nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "dobj", "punct"],
                     ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PROPN", "PUNCT"],
                     [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Organization", "name", False),
                      (8, 9, "e2", "Person", "name", False)],
                     lemmas=["Raman", ",", "a", "member", "of", "Labour", ",", "back", "Marsh", "."])


def _rufus() -> DocContext:
    # "Rufus , the son of William and Ella , left ."
    words = ["Rufus", ",", "the", "son", "of", "William", "and", "Ella", ",", "left", "."]
    return build_ctx(words, [9, 0, 3, 0, 3, 4, 5, 5, 0, 9, 9],
                     ["nsubj", "punct", "det", "appos", "prep", "pobj", "cc", "conj", "punct", "ROOT",
                      "punct"],
                     ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT",
                      "VERB", "PUNCT"],
                     [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Person", "name", False),
                      (7, 8, "e2", "Person", "name", False)])


def _lindqvist() -> DocContext:
    # "Lindqvist came with his daughter , Mara Lindqvist ." ("his" resolved to Lindqvist)
    words = ["Lindqvist", "came", "with", "his", "daughter", ",", "Mara", "Lindqvist", "."]
    return build_ctx(words, [1, 1, 1, 4, 2, 4, 7, 4, 1],
                     ["nsubj", "ROOT", "prep", "poss", "pobj", "punct", "compound", "appos", "punct"],
                     ["PROPN", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
                     [(0, 1, "e0", "Person", "name", False), (6, 8, "e1", "Person", "name", False),
                      (3, 4, "e0", "Person", "pronoun", False)])


def test_evidence_is_a_span_of_the_text_and_confidence_in_range() -> None:
    words = ["Marsh", "condemned", "Pryce", "."]
    ctx = build_ctx(words, [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                    ["PROPN", "VERB", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (2, 3, "e1", "Person", "name", False)],
                    lemmas=["Marsh", "condemn", "Pryce", "."])
    (rel,) = extract_relations(ctx)
    assert ctx.doc.text[rel.evidence[0]:rel.evidence[1]] == "Marsh condemned Pryce"
    assert 0.0 < rel.confidence <= 1.0


def test_every_fact_has_the_registered_rule_that_made_it() -> None:
    for ctx in (_raman(), _rufus(), _lindqvist()):
        found = extract_relations(ctx)
        assert found
        for r in found:
            rule = get(r.rule)
            assert rule.id.startswith("relations.") and rule.kind == "relation" and rule.prior is not None


def test_confidence_is_the_prior_times_how_sure_the_entities_are() -> None:
    # Through a resolved pronoun ("his"), the owner is 0.85 sure.
    (rel,) = extract_relations(_lindqvist())
    assert rel.rule == "relations.kinship.kin_noun"
    assert rel.confidence == round((get(rel.rule).prior or 0) * 0.85, 3)
    stance = next(r for r in extract_relations(_raman()) if r.predicate == "supports")
    assert stance.confidence == get("relations.stance.verb").prior


def test_switching_a_rule_off_removes_exactly_its_facts() -> None:
    ctx = _raman()
    everything = made(ctx)
    assert {f[3] for f in everything} == {"relations.titles.title_of_org", "relations.stance.verb"}
    for rule_id in {f[3] for f in everything}:
        assert made(switched(ctx, f"-{rule_id}")) == {f for f in everything if f[3] != rule_id}
    assert made(switched(ctx, "-relations,+relations.stance.verb")) == {
        ("e0", "supports", "e2", "relations.stance.verb")}


def test_rules_reading_other_facts_see_only_the_facts_of_rules_switched_on() -> None:
    ctx = _rufus()
    assert {f[3] for f in made(ctx)} == {"relations.kinship.kin_noun", "relations.kinship.co_parents"}
    # Without the children facts there are no co-parents to find.
    assert made(switched(ctx, "-relations.kinship.kin_noun")) == set()
    assert made(switched(ctx, "-relations.kinship.co_parents")) == {
        ("e1", "children", "e0", "relations.kinship.kin_noun"),
        ("e2", "children", "e0", "relations.kinship.kin_noun")}


def test_switching_a_descriptor_rule_off_removes_the_facts_read_off_its_nouns() -> None:
    # "Park is a critic of Gazprom ." : the copula makes "critic" describe Park.
    words = ["Park", "is", "a", "critic", "of", "Gazprom", "."]
    ctx = build_ctx(words, [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
                    ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    [(0, 1, "e0", "Person", "name", False), (5, 6, "e1", "Organization", "name", False)],
                    lemmas=["Park", "be", "a", "critic", "of", "Gazprom", "."])
    assert made(ctx) == {("e0", "opposes", "e1", "relations.stance.critic_of")}
    assert described(switched(ctx, f"-{COPULA.id}")) == set()
    assert made(switched(ctx, f"-{COPULA.id}")) == set()


def test_a_filter_drops_facts_and_no_record_carries_its_id() -> None:
    # "NHL player Wayne Gretzky scored ." : a player is no member of a league.
    words = ["NHL", "player", "Wayne", "Gretzky", "scored", "."]
    ctx = build_ctx(words, [1, 3, 3, 4, 4, 4], ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                    ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    [(0, 1, "e0", "Organization", "name", False), (2, 4, "e1", "Person", "name", False)])
    assert made(ctx) == {("e1", "jobTitle", "player", "relations.titles.job_title")}
    unfiltered = made(switched(ctx, "-relations.affiliation.no_league_players"))
    assert ("e1", "memberOf", "e0", "relations.titles.title_of_org") in unfiltered
    assert not any(f[3] == "relations.affiliation.no_league_players" for f in unfiltered)


def _fact(rule: str, confidence: float, evidence: tuple[int, int] = (0, 5), obj: str = "e1") -> Relation:
    return Relation("e0", "nationality", evidence, confidence, obj, rule=rule)


def test_duplicates_keep_the_most_confident_then_the_earliest_registered_rule() -> None:
    early, late = "relations.modifiers.demonym", "relations.nationality.demonym_before_name"
    assert list(RULES).index(early) < list(RULES).index(late)
    for facts in ([_fact(early, 0.8), _fact(late, 0.8)], [_fact(late, 0.8), _fact(early, 0.8)]):
        (kept,) = relations._dedupe(facts)
        assert kept.rule == early
    (kept,) = relations._dedupe([_fact(early, 0.7), _fact(late, 0.8)])
    assert (kept.rule, kept.confidence) == (late, 0.8)
    # Sorted by evidence, predicate and subject; else in the order first made.
    out = relations._dedupe([_fact(late, 0.8, (6, 9)), _fact(early, 0.8, (0, 5), "e2"),
                             _fact(early, 0.8, (0, 5), "e1"), _fact(late, 0.9, (0, 5), "e2")])
    assert [(r.evidence, r.object, r.confidence) for r in out] == [
        ((0, 5), "e2", 0.9), ((0, 5), "e1", 0.8), ((6, 9), "e1", 0.8)]


def test_passes_run_after_the_passes_whose_facts_they_need() -> None:
    order = [made for _, made in relations._ORDER]
    for i, rules in enumerate(order):
        needs = {n for r in rules for n in r.needs}
        for j, others in enumerate(order):
            if any(o.id == n or o.id.startswith(n + ".") for o in others for n in needs):
                assert j < i, (rules[0].id, others[0].id)
    assert [p for p, _ in relations._ORDER] == [p for p, _ in relations.PASSES]


def test_every_rule_of_the_package_makes_facts_somewhere() -> None:
    ours = {rule_id for rule_id in RULES if rule_id.startswith("relations.")}
    used = {r.id for _, made in relations.PASSES for r in made} | {r.id for r in relations.DESCRIBED_RULES}
    filters = {r.id for r, _ in relations.FILTERS}
    kinds = {rule_id: get(rule_id).kind for rule_id in ours}
    assert ours == used | filters | {r for r, kind in kinds.items() if kind == "descriptor"}
    assert all(get(r).prior is not None for r in used)
    assert all(get(r).prior is None for r in filters)


def test_families_register_their_rules_in_the_order_they_first_make_facts() -> None:
    families = [f for f, _ in groupby(r.split(".")[1] for r in RULES if r.startswith("relations."))]
    assert families == ["descriptors", "kinship", "stance", "parties", "titles", "modifiers",
                        "affiliation", "residence", "nationality", "bands"]
