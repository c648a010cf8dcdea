"""Named entities and their name mentions, linked within one document."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc

from kgraph.extract.entities.alias import Cluster, Clusters, attach, title_gender
from kgraph.extract.entities.candidate import LABEL_TYPES, Candidate, has_cue
from kgraph.extract.entities.demonyms import add_demonyms
from kgraph.extract.entities.names import clean_name, find_candidates, origin_rule
from kgraph.extract.entities.parties import add_parties
from kgraph.extract.entities.teams import mark_teams
from kgraph.extract.entities.types import COUNTRY, country_of, decide_types
from kgraph.extract.registry import ALL_RULES, RuleSet
from kgraph.names import first_name_gender
from kgraph.types import Entity, Mention

__all__ = ["LABEL_TYPES", "clean_name", "extract_entities"]

# spaCy's small model often mislabels names ("Amara Okafor" as GPE, a surname as ORG), so a name's
# type is decided by a vote over all of its mentions and the cues around them (titles, first
# names, organisation words, the gazetteer), after the mentions of one entity have been grouped by
# name. The rules run in this order: ``names`` finds the names, ``alias`` groups them (fullest
# first), ``types`` types each group, then ``parties`` and ``demonyms`` read the words left over.
# Every mention records the rule that tied it to its entity (the first name of an entity: the rule
# that found it) and every entity the rule that decided its type. A rule switched off makes none
# of its facts, and no other rule makes them instead: an alias rule off leaves the name an entity
# of its own.


def extract_entities(doc: Doc, rules: RuleSet = ALL_RULES) -> tuple[list[Entity], list[Mention]]:
    """People, organisations and places named in ``doc``, with one mention per name occurrence.

    Demonyms ("Nigerian") become ``demonym`` mentions of their country.
    """
    candidates = find_candidates(doc, rules)
    mark_teams(candidates, rules)
    clusters = _group(candidates, rules)
    # A name only the recovery found, with nothing to say what it is, is dropped (and a name the
    # text calls a work, by ``types``): no person, organisation or place.
    kept = [c for c in clusters if any(m.label for m in c.members) or any(has_cue(m) for m in c.members)
            or len(c.members) > 1]
    types = decide_types(kept, rules)
    named = [c for c in kept if id(c) in types]
    named.sort(key=lambda c: min(m.span.start for m in c.members))
    sent_starts = [s.start for s in doc.sents]
    entities: list[Entity] = []
    mentions: list[Mention] = []
    countries: dict[str, str] = {}  # country code -> entity key
    for cluster in named:
        key = f"e{len(entities)}"
        etype, type_rule = types[id(cluster)]
        names = _names(cluster)
        name, aliases = names[0], names[1:]
        is_country = False
        if etype == "Place" and not cluster.members[0].team:
            found = country_of(names, rules)
            if found is not None:
                is_country, type_rule = True, COUNTRY
                countries[found.code] = key
                if found.name != name:
                    aliases = [n for n in [name, *aliases] if n != found.name]
                    name = found.name
        titles = sorted({t for m in cluster.members for t in m.titles}, key=lambda t: (t.lower(), t))
        gender = _gender(cluster) if etype == "Person" else None
        entities.append(Entity(key, etype, name, tuple(aliases), is_country, gender,
                               tuple(titles), type_rule))
        for m in cluster.members:
            mentions.append(Mention(m.span.start_char, m.span.end_char, m.span.text, key, "name",
                                    bisect_right(sent_starts, m.span.start) - 1, m.rule))

    taken = {i for c in named for m in c.members for i in range(m.span.start, m.span.end)}
    people = {m.span.start for c, e in zip(named, entities, strict=True) if e.type == "Person"
              for m in c.members}
    add_parties(doc, entities, mentions, taken, people, sent_starts, rules)
    add_demonyms(doc, entities, mentions, taken, countries, sent_starts, rules)
    mentions.sort(key=lambda m: (m.start, m.end))
    return entities, mentions


def _group(candidates: list[Candidate], rules: RuleSet) -> Clusters:
    """The candidates grouped by name, fullest names first; each records the rule that placed it."""
    # Fullest names first, and at equal length a spelled-out first name before an initial.
    ordered = sorted(candidates, key=lambda c: (-len(c.key), len(c.key[0]) == 1, c.span.start))
    grouping = Clusters()
    for cand in candidates:
        if grouping.first_seen.get(cand.key, cand.span.start) >= cand.span.start:
            grouping.first_seen[cand.key] = cand.span.start
    for cand in ordered:
        found = attach(cand, grouping, rules)
        if found is None:
            cand.rule = origin_rule(cand)
            grouping.new(cand)
        else:
            cand.rule = found[1]
            grouping.add(found[0], cand)
    return grouping


def _names(cluster: Cluster) -> list[str]:
    """The cluster's distinct names, fullest first (most words, then most frequent, then first)."""
    counts: Counter[str] = Counter(m.text for m in cluster.members)
    first: dict[str, int] = {}
    words: dict[str, int] = {}
    for m in cluster.members:
        first.setdefault(m.text, m.span.start)
        words[m.text] = len(m.key)
    return sorted(counts, key=lambda n: (-words[n], -counts[n], first[n]))


def _gender(cluster: Cluster) -> str | None:
    """'female'/'male' by the titles of address (two votes each) and first names (one) of its names."""
    votes: Counter[str] = Counter()
    for m in cluster.members:
        for t in m.titles:
            by_title = title_gender([t])
            if by_title is not None:
                votes[by_title] += 2
        if len(m.span) >= 2:
            g = first_name_gender(m.span[0].text)
            if g in ("female", "male"):
                votes[g] += 1
    if not votes or votes["female"] == votes["male"]:
        return None
    return votes.most_common(1)[0][0]
