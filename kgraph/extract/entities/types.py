"""Each entity's type: firm decisions (titles, full names, knowledge), then a vote over its cues."""

from __future__ import annotations

import re
from collections import Counter
from typing import cast

from spacy.tokens import Span

from kgraph import gazetteer, knowledge
from kgraph.data import words
from kgraph.extract.entities.alias import Cluster
from kgraph.extract.entities.candidate import LABEL_TYPES, addressed, has_cue
from kgraph.extract.entities.teams import CLUB, NATIONAL_TEAM, TEAM, is_club, is_nation
from kgraph.extract.registry import ALL_RULES, RuleSet, declare
from kgraph.gazetteer import Country
from kgraph.names import PLACE_NOUNS, first_name_gender
from kgraph.types import EntityType

VOTE = declare("entities.types.vote", "type",
               "A vote over the entity's names: the model's labels, titles, first names, organisation "
               'words, nouns in apposition ("Rheinland Energie, the utility"), the gazetteer').id
FIRST_NAME = declare("entities.types.first_name", "type",
                     'A name voted a work that opens with a known first name stays a person: "the late '
                     'Willie Rushden, superb children\'s programme"').id
WORK = declare("entities.types.work", "type",
               'A name the text calls a work is no entity: "Ocean Waves is a 1993 anime film" (it makes no '
               "record; switched off, a work takes its next best type)").id
NO_EVIDENCE = declare("entities.types.no_evidence", "type",
                      'A name nothing types (no label of the model, title, first name, organisation word, '
                      'apposition or known place) is no entity: "Spam ... Spam" (it makes no record; '
                      "switched off, such a name is a person)").id
ADDRESS_TITLE = declare("entities.types.address_title", "type",
                        'A name after a title of address is a person, whatever the gazetteer or the '
                        'knowledge says of it: "Mr Irish", "Ms Wales"').id
FULL_NAME = declare("entities.types.full_name", "type",
                    'A fullest name that opens with a known first name and is tagged a person (or is a '
                    'first name and a place: "Jason Scotland") makes a person, whatever its shorter names '
                    'are tagged: "Donald Trump" ... "Trump" (ORG)').id
DATELINE = declare("entities.types.dateline", "type",
                   'A name in capitals opening a line before a dash, a bracket, a comma or a date is the '
                   'dateline\'s place: "SAN DIEGO —", "BELGRADE 1996-08-31"').id
KNOWN_PLACE = declare("entities.types.known_place", "type",
                      'A name the offline knowledge holds as a subdivision or a well-known region is a '
                      'place: "England" (GB-ENG), "Crimea", "Kashmir", whatever the model\'s labels').id
KNOWN_ORG = declare("entities.types.known_organisation", "type",
                    'A name the offline knowledge holds as an organisation or a party, or a form of one, '
                    'is an organisation: "Labour", "Lib Dems", "UN", whatever the model\'s labels').id
ONE_LABEL = declare("entities.types.one_label", "type",
                    'One word met once, tagged GPE, that nothing else types (no title, apposition, '
                    'gazetteer, knowledge) and no preposition of place governs, is no entity: "Paxil", '
                    '"Fabregas" ("in Coatbridge" stays; it makes no record)').id
NOT_ENTITY = declare("entities.types.not_entity", "type",
                     'A name that ends in a word of an award, a competition, an event or a law, or that '
                     'names a time zone or a disease, is no entity: "Heineken Cup", "Patriot Act", '
                     '"GMT", "HIV" (it makes no record)').id
COMMON_WORD = declare("entities.types.common_word", "type",
                      'A one-word name met once or twice that the text also writes in lower case as a '
                      'common word, with nothing else to type it, is no entity: "Terrorism" ... '
                      '"terrorism", "State" ... "state rolls" (it makes no record)').id
COUNTRY = declare("entities.types.country", "type",
                  'A place the gazetteer knows as a country, named as the gazetteer names it: "UK" -> '
                  '"United Kingdom"').id

_PLACE_PREPOSITIONS: frozenset[str] = words("entities", "place_prepositions")
_NOT_ENTITY_HEADS: frozenset[str] = words("entities", "not_entity_heads")
_NOT_ENTITY_NAMES: frozenset[str] = words("entities", "not_entity_names")
_ORDER = {"Person": 0, "Organization": 1, "Place": 2, "Work": 3}


def decide_types(clusters: list[Cluster], rules: RuleSet = ALL_RULES) -> dict[int, tuple[EntityType, str]]:
    """The type of each cluster (by ``id``) that is an entity, with the rule that decided it.

    A cluster the text calls a work gets none, and so does every cluster when the vote is
    switched off.
    """
    if not rules.enabled(VOTE):
        return {}
    works = rules.enabled(WORK)
    first_name = rules.enabled(FIRST_NAME)
    no_evidence = rules.enabled(NO_EVIDENCE)
    one_label = rules.enabled(ONE_LABEL)
    firm = {r: rules.enabled(r) for r in (ADDRESS_TITLE, TEAM, NATIONAL_TEAM, CLUB, DATELINE,
                                          FULL_NAME, KNOWN_PLACE, KNOWN_ORG)}
    out: dict[int, tuple[EntityType, str]] = {}
    not_entity = rules.enabled(NOT_ENTITY)
    common = _common_words(clusters) if rules.enabled(COMMON_WORD) else frozenset()
    for c in clusters:
        if not_entity and _not_entity(c):
            continue
        if common and _common_word(c, common):
            continue
        found = firm_type(c)
        if found is not None and firm[found[1]]:
            out[id(c)] = found
            continue
        if one_label and _one_label(c):
            # The small model's GPE alone is right about a quarter of the time on one word met
            # once that the gazetteer does not know: products, players, painters ("Paxil", "Fabregas").
            continue
        etype = vote(c, works)
        if not etype:
            # A name recovered from untagged proper nouns, repeated, that nothing types: products,
            # diseases, headline words ("Spam", "HIV", "Broadband") far more often than people.
            if not no_evidence:
                out[id(c)] = ("Person", VOTE)
        elif etype == "Work" and any(m.first_name_cue for m in c.members):
            # "the late Willie Rushden, superb children's programme": a parse can hang a work's
            # noun on a person; a name opening with a known first name stays a person.
            if first_name:
                out[id(c)] = ("Person", FIRST_NAME)
        elif etype != "Work":
            out[id(c)] = (cast(EntityType, etype), VOTE)
    return out


_COMMON_POS = frozenset({"NOUN", "ADJ", "VERB", "ADV"})


def _common_words(clusters: list[Cluster]) -> frozenset[str]:
    """The words the document writes in lower case as common words (nouns, adjectives, verbs)."""
    if not clusters:
        return frozenset()
    doc = clusters[0].members[0].span.doc
    return frozenset(t.lower_ for t in doc if t.is_lower and t.pos_ in _COMMON_POS)


def _common_word(cluster: Cluster, common: frozenset[str]) -> bool:
    """Whether every name of the cluster (named once or twice: "Apple" seven times is a firm) is one
    word the text also uses in lower case, with no cue."""
    members = cluster.members
    return len(members) <= 2 and all(len(m.key) == 1 and m.key[0] in common for m in members) \
        and not any(has_cue(m) for m in members)


def _not_entity(cluster: Cluster) -> bool:
    """Whether the fullest name is an award's, a competition's, an event's or a law's ("Davis Cup"),
    or a time zone's or a disease's ("GMT"), and no organisation the knowledge holds."""
    full = cluster.members[0]
    key = full.key
    if len(key) >= 2 and key[-1] in _NOT_ENTITY_HEADS:
        return knowledge.organisation_form(full.text) is None
    return len(key) == 1 and key[0] in _NOT_ENTITY_NAMES and not full.titles


def _one_label(cluster: Cluster) -> bool:
    """Whether a cluster is one word met once, tagged GPE and typed by nothing else, that no
    preposition of place governs ("in Coatbridge" is kept)."""
    if len(cluster.members) != 1:
        return False
    m = cluster.members[0]
    if m.label != "GPE" or len(m.key) != 1 or has_cue(m):
        return False
    root, doc, end = m.span.root, m.span.doc, m.span.end
    if root.dep_ == "pobj" and (root.head.lower_ in _PLACE_PREPOSITIONS or (
            root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS)):
        return False  # "in Coatbridge", "the township of Marapong"
    # "Wixom, Michigan": a place in a place the gazetteer or the knowledge knows.
    after = doc[end + 1:end + 4] if end + 1 < len(doc) and doc[end].text == "," else None
    return not (after is not None and any(_known_place(after[:k].text) for k in (1, 2, 3)))


def _known_place(text: str) -> bool:
    return bool(gazetteer.country(text) or knowledge.place(text))


def firm_type(cluster: Cluster) -> tuple[EntityType, str] | None:
    """The type that the cluster's names decide before any vote, with the rule, or None.

    A title of address makes a person ("Mr Irish"), so does a full name with a known first name
    tagged a person ("Donald Trump", its "Trump"s tagged ORG); else the offline knowledge types the
    fullest name ("England", "Labour"), unless some name of it has a title ("Minister").
    """
    if any(addressed(m.titles) for m in cluster.members):
        return "Person", ADDRESS_TITLE
    if cluster.members[0].team:
        return "Organization", NATIONAL_TEAM if is_nation(cluster.members[0].text) else TEAM
    if is_club(cluster.members[0].text):
        return "Organization", CLUB
    if any(_dateline(m.span) for m in cluster.members):
        return "Place", DATELINE
    if _full_name(cluster):
        return "Person", FULL_NAME
    if any(m.titles for m in cluster.members):
        return None
    name = cluster.members[0].text
    if knowledge.place(name) is not None:
        return "Place", KNOWN_PLACE
    if knowledge.organisation_form(name) is not None:
        return "Organization", KNOWN_ORG
    return None


_DATELINE_MARKS = frozenset({"—", "–", "("})  # not "-": "SOCCER - ..." is a section's slug
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _dateline(span: Span) -> bool:
    """Whether a name in capitals opens a line and a dash, bracket, comma or date follows it."""
    doc = span.doc
    if not span.text.isupper() or span.end >= len(doc) or not any(c.isalpha() for c in span.text):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and "\n" not in before.whitespace_ and "\n" not in before.text:
        return False
    after = doc[span.end].text
    if after == ",":  # "TAVILDARA, Tajikistan": a place in a place the gazetteer or knowledge knows
        rest = doc[span.end + 1:span.end + 4]
        return any(_known_place(rest[:k].text) for k in (1, 2, 3))
    return after in _DATELINE_MARKS or bool(_DATE.match(after))


def _full_name(cluster: Cluster) -> bool:
    """Whether the fullest name is a known first name and a surname the model or the words make a
    person's: tagged PERSON once, or a first name and a place ("Jason Scotland")."""
    full = cluster.members[0]
    if len(full.key) < 2 or not full.first_name_cue:
        return False
    if any(m.org_cue or m.appositive_types - {"Person"} for m in cluster.members):
        return False
    text = full.text
    if gazetteer.country(text) or gazetteer.city(text) or knowledge.place(text) \
            or knowledge.organisation_form(text):
        return False
    if any((m.label == "PERSON" and m.key == full.key) or "Person" in m.appositive_types
           for m in cluster.members):
        return True  # tagged a person, or the text says so ("Keith Lamont Scott's wife")
    rest = full.span[1:].text
    return first_name_gender(full.span[0].text) in ("female", "male") and bool(
        gazetteer.country(rest) or gazetteer.city(rest) or knowledge.place(rest))


def vote(cluster: Cluster, works: bool = True) -> str:
    """The type the names of a cluster and their cues vote for (``Work`` only when ``works``), or ""
    when nothing votes."""
    votes: Counter[str] = Counter()
    for m in cluster.members:
        weight = 2 if len(m.key) >= 2 else 1
        if m.label in LABEL_TYPES:
            votes[LABEL_TYPES[m.label]] += weight
        for etype in m.appositive_types:
            if works or etype != "Work":
                votes[etype] += 5  # the text says what it is: "Rheinland Energie, the utility"
        if m.titles:
            votes["Person"] += 3
        if m.first_name_cue:
            votes["Person"] += 2
        if m.initial_cue:
            votes["Person"] += 3
        if m.org_cue:
            votes["Organization"] += 3
        if gazetteer.country(m.text):
            votes["Place"] += 5
        elif len(m.key) == 1 and m.label != "PERSON" and gazetteer.city(m.text):
            votes["Place"] += 2
    if not votes:
        return ""
    return max(votes, key=lambda t: (votes[t], -_ORDER[t]))


def country_of(names: list[str], rules: RuleSet = ALL_RULES) -> Country | None:
    """The country a place's names name, by the first of them the gazetteer knows."""
    if not rules.enabled(COUNTRY):
        return None
    return next(filter(None, (gazetteer.country(n) for n in names)), None)
