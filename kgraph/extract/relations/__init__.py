"""Relations and attributes of people and organisations, read off the dependency parse.

``extract_relations`` runs the rules of the modules of this package in this order:

1. ``descriptors``: the nouns that say what a named person is (rules ``relations.descriptors.*``,
   of kind "descriptor": they make no fact themselves).
2. The facts of each descriptor, one descriptor after the other: a kinship noun's family facts
   (``kinship``), else a stance noun's stance (``stance``), else the party (``parties``), job title
   and organisation (``titles``) of a role; then nationality and age from its modifiers
   (``modifiers``).
3. The passes over the whole document, in ``registry.ordered`` order: a pass that reads other
   rules' facts declares ``needs`` and takes them (``SoFar``) as its second argument.
4. Filters over the facts (``relations.affiliation.no_league_players``, ``no_generic_org``): a
   fact a filter drops is not written, and no record carries the filter's id; a switched-off
   filter drops nothing.
5. ``_dedupe``: one record per fact and evidence span, the most confident; on equal confidence the
   record of the rule registered first (the family order below, then the order each module
   declares its rules in).

A switched-off rule makes no fact: its facts are dropped as soon as its step has run, so the rules
after it never see them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import cast

from kgraph.extract import lexicon as lx
from kgraph.extract.context import DocContext
from kgraph.extract.registry import RULES, Rule, ordered

# The families register their rules in the order they first make facts in a run (the order
# breaks ties in ``_dedupe``); a family imports only ``common``, ``descriptors`` and families
# listed before it.
# isort: off
import kgraph.extract.relations.descriptors  # noqa: F401 - its rules first
from kgraph.extract.relations import kinship, stance, parties, titles, modifiers
from kgraph.extract.relations import affiliation, residence, nationality, bands
# isort: on
from kgraph.extract.relations.common import Described, SoFar, lemma_of
from kgraph.extract.relations.descriptors import descriptors, entity_of_name
from kgraph.extract.relations.titles import title_text
from kgraph.extract.toolkit import Found, entity_at, entity_of, evidence_span, subject_of
from kgraph.types import Relation

Scan = Callable[[DocContext], Iterable[Relation]]  # a pass that reads the document only
Reader = Callable[[DocContext, SoFar], Iterable[Relation]]  # one that reads others' facts (needs)
Pass = Scan | Reader

# The rules that read descriptors in step 2.
DESCRIBED_RULES: tuple[Rule, ...] = (
    kinship.KIN_NOUN, kinship.OTHER_RELATIVE, stance.CRITIC_OF, parties.PARTY_ROLE, titles.JOB_TITLE,
    titles.FORMER_TITLE, titles.RESOLVED_TITLE, titles.TITLE_OF_ORG, titles.ALSO_OF, modifiers.DEMONYM,
    modifiers.AGE, modifiers.NATIONAL_OFFICE, modifiers.FROM_COUNTRY)

# Step 3: each pass with the rules whose facts it makes (all of one pass's rules need the same).
PASSES: tuple[tuple[Pass, tuple[Rule, ...]], ...] = (
    (kinship.co_siblings, (kinship.CO_SIBLINGS,)),
    (modifiers.name_modifiers, (modifiers.COUNTRY_POSSESSIVE, modifiers.DEMONYM_ON_NAME,
                                modifiers.DEMONYM_ON_TITLE, modifiers.NAME_OF_ORG, modifiers.AGE_IN_COMMAS)),
    (kinship.marriage, (kinship.MARRY_VERB, kinship.MARRIAGE_NOUN)),
    (kinship.born_to, (kinship.BORN_TO,)),
    (affiliation.work_verbs, (affiliation.WORKS_FOR, affiliation.JOINED, affiliation.JOINED_STAFF,
                              affiliation.COUNTRY_JOINED, affiliation.STANDS_FOR,
                              affiliation.REPRESENTS_PARTY, affiliation.ADMITTED_TO, affiliation.HIRED_BY)),
    (stance.stance_verbs, (stance.STANCE_VERB,)),
    (stance.stance_nouns, (stance.POSSESSIVE_NOUN,)),
    (residence.located, (residence.BASED, residence.IS_IN, residence.LIVES_IN)),
    (affiliation.country_memberships, (affiliation.COUNTRY_MEMBER,)),
    (affiliation.group_members, (affiliation.GROUP_MEMBERS, affiliation.FOUNDED_GROUP)),
    (parties.party_nouns, (parties.PARTY_NOUN, parties.TICKET)),
    (parties.bracketed_party, (parties.BRACKETED,)),
    (nationality.demonym_before_name, (nationality.DEMONYM_BEFORE_NAME,)),
    (nationality.office_before_name, (nationality.OFFICE_BEFORE_NAME,)),
    (nationality.ruler_of_country, (nationality.RULER_OF_COUNTRY,)),
    (nationality.represented_country, (nationality.REPRESENTED_COUNTRY,)),
    (kinship.shared_parents, (kinship.SHARED_PARENT,)),
    (kinship.co_parents, (kinship.CO_PARENTS,)),
    (bands.band_roles, (bands.BAND_OF_SENTENCE, bands.BAND_OF_ARTICLE)),
)

# Step 4: filters, each a declared rule id and a test of a fact (True: drop it).
FILTERS: tuple[tuple[Rule, Callable[[DocContext, Relation], bool]], ...] = (
    (affiliation.NO_LEAGUE_PLAYERS, affiliation.league_player),
    (affiliation.NO_GENERIC_ORG, affiliation.generic_org),
)


def _run_order() -> list[tuple[Pass, tuple[Rule, ...]]]:
    """The passes, each after every pass making facts it needs (``registry.ordered`` over all
    their rules; a pass runs where the earliest of its rules falls), else in the order of ``PASSES``."""
    assert all(len({r.needs for r in made}) == 1 for _, made in PASSES)
    place = {r.id: i for i, r in enumerate(ordered(r for _, made in PASSES for r in made))}
    return sorted(PASSES, key=lambda p: min(place[r.id] for r in p[1]))


_ORDER = _run_order()
# Registration order of the rules: it breaks ties in ``_dedupe``.
_RANK = {rule_id: i for i, rule_id in enumerate(RULES)}


def extract_relations(ctx: DocContext) -> list[Relation]:
    """Family, titles, employment and membership, nationality, age, location and stance."""
    so_far = SoFar(list(descriptors(ctx)))
    so_far.facts.extend(_enabled(ctx, _described_facts(ctx, so_far.described)))
    for run, made in _ORDER:
        if not any(ctx.on(r.id) for r in made):
            continue
        if made[0].needs:
            facts = cast(Reader, run)(ctx, so_far)
        else:
            facts = cast(Scan, run)(ctx)
        so_far.facts.extend(_enabled(ctx, facts))
    kept = so_far.facts
    for made_by, drops in FILTERS:
        if ctx.on(made_by.id):
            kept = [r for r in kept if not drops(ctx, r)]
    return _dedupe(kept)


def _described_facts(ctx: DocContext, described: list[Described]) -> Iterator[Relation]:
    """Step 2: the facts each descriptor gives of the person it describes; the titles of
    descriptions coreference resolved only where a name's descriptor confirms them
    (``titles.confirmed_titles``)."""
    named: list[Relation] = []
    resolved: list[list[Relation]] = []
    for noun, anchor, person in described:
        lemma = lemma_of(noun)
        if lemma in lx.KINSHIP:
            yield from kinship.kin_noun(ctx, noun, anchor, person, lx.KINSHIP[lemma])
            continue
        stance_facts = stance.critic_of(ctx, noun, anchor, person)  # "a critic of X" is no job
        if stance_facts is not None:
            yield from stance_facts
            continue
        yield from parties.party_role(ctx, noun, anchor, person)
        role = list(titles.title_facts(ctx, noun, anchor, person))
        if noun.i == anchor.i:  # "the minister", resolved to a person by coreference
            resolved.append(role)
        else:
            named.extend(role)
            yield from role
        yield from modifiers.described_modifiers(ctx, noun, anchor, person)
    yield from titles.confirmed_titles(named, resolved)


def _enabled(ctx: DocContext, facts: Iterable[Relation]) -> list[Relation]:
    """The facts whose rule the run lets make facts."""
    if not ctx.rules.switches:
        return list(facts)
    return [r for r in facts if ctx.on(r.rule)]


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One record per fact and evidence span, keeping the most confident; on equal confidence
    the record of the rule registered first (``registry.RULES`` order) is kept, whatever order
    the facts came in. Sorted by evidence, predicate and subject (else in the order first made)."""
    best: dict[tuple[object, ...], Relation] = {}
    last = len(_RANK)
    for r in relations:
        if r.subject == r.object:
            continue
        k = (r.subject, r.predicate, r.object, r.value, r.evidence)
        old = best.get(k)
        if old is None or old.confidence < r.confidence or (
                old.confidence == r.confidence and _RANK.get(r.rule, last) < _RANK.get(old.rule, last)):
            best[k] = r
    return sorted(best.values(), key=lambda r: (r.evidence, r.predicate, r.subject))


__all__ = ["FILTERS", "PASSES", "Found", "SoFar", "descriptors", "entity_at", "entity_of",
           "entity_of_name", "evidence_span", "extract_relations", "subject_of", "title_text"]
