"""Linking entities across documents: one node per real-world entity, with a stable IRI.

Each document has already linked its own mentions by name. Across documents, rules in order
(docs/linking.md explains them, with their ids, limits and measured effect):

1. Blocking (keys.py): every local entity gets name keys (folded words, legal forms such as "Inc."
   left out); only entities sharing a key are ever compared. Countries are keyed by ISO code ("UK" =
   "Britain"), known cities by name, other single-word names by the word whatever their type (the
   type is a vote over all mentions, so "Toyota" tagged GPE in one article joins the company).
2. People with two or more words (people.py) are parsed by nameparser (first, middle, last,
   suffix). The same parsed name is one person unless the evidence says two: a gender conflict, or
   conflicting roles ("Senator" / "footballer") with no co-mentioned entity in common. A less
   specific form ("J. Smith", "Paul Desmarais", "John Smith") joins the one more specific person it
   fits ("John Smith", "Paul Desmarais Jr.", "John A. Smith"), and stays apart when it fits several.
3. Organisations (organisations.py): a core name links its variants with a legal form, a country
   qualifier or a descriptive tail ("Ford" / "Ford Motor Company", "Air Force" / "U.S. Air Force",
   "Apple" / "Apple Computer") when the corpus shows only one qualifier and one tail for that core;
   acronyms link through the aliases an article defines ("BBC" / "British Broadcasting Corporation").
4. A person named by one word only in an article ("Okafor") joins the one person in the corpus
   whose parsed last (or else first) name it is, only when the articles support it (a role, or
   two co-mentioned entities in common with one of that person's articles); when several fit, the
   one so supported, if exactly one is; otherwise it stays a node of its own for that article:
   namesakes are never merged on a surname or a first name alone. A person never merges into a
   place, and an abbreviation merges only with the name it abbreviates.

Every union names its rule (``link.<family>.<construction>``); a rule that ``rules`` switches off
makes no unions. The graph records the rules behind each node (``LinkedEntity.link_rules``) and
behind each local entity's place in it (``LinkedGraph.rule_of``); graph.py says how.
"""

from __future__ import annotations

from collections.abc import Iterable

from kgraph import gazetteer
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.iri import Minter
from kgraph.link.base import Local, Unions, name_words
from kgraph.link.doclinks import DocLinks
from kgraph.link.duplicates import duplicates
from kgraph.link.graph import LinkedEntity, LinkedGraph, build_graph
from kgraph.link.keys import block
from kgraph.link.organisations import link_organisations
from kgraph.link.people import link_full_names, link_surnames
from kgraph.types import DocFacts


def link(facts: Iterable[DocFacts], minter: Minter | None = None, rules: RuleSet = ALL_RULES) -> LinkedGraph:
    """Link the entities of many documents into one graph, by the linking rules ``rules`` lets run."""
    docs = list(facts)
    return link_docs([DocLinks.of(d) for d in docs], minter, docs, rules=rules)


def link_docs(summaries: Iterable[DocLinks], minter: Minter | None = None,
              docs: list[DocFacts] | None = None, *, rules: RuleSet = ALL_RULES) -> LinkedGraph:
    """Link documents known by their ``DocLinks``; ``docs`` (their facts, if at hand) ride along
    in the returned graph for the writers."""
    mint = minter or Minter()
    locals_: list[Local] = []
    summaries = list(summaries)
    for s in summaries:
        everything = frozenset(k for k in s.contexts if k is not None)
        countries = frozenset(c.code for e in s.entities if e.country and (c := gazetteer.country(e.name)))
        per_entity = zip(s.entities, s.mentions, s.roles, s.contexts, s.parts, strict=True)
        for e, count, roles, own, parts in per_entity:
            context = everything - {own} if e.type == "Person" else frozenset()
            locals_.append(Local(s.doc, e, count, roles, context, parts, countries))
    locals_.sort(key=lambda loc: loc.id)  # every decision below is independent of input order

    unions = Unions(rules)
    blocks = block(locals_, unions)
    link_organisations(blocks.orgs, unions)
    clusters = link_full_names(blocks.full_people, unions, blocks.holders)
    ambiguous = link_surnames(blocks.single_people, clusters, unions, blocks.holders)
    graph = build_graph(locals_, unions, ambiguous, mint, list(docs or ()))
    graph.duplicate_of = duplicates(((s.doc, s.sketch) for s in summaries), rules)
    return graph


__all__ = ["DocLinks", "LinkedEntity", "LinkedGraph", "link", "link_docs", "name_words"]
