"""Sports sides: a place's name the sentence uses as a side ("England beat Pakistan") is a team."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from kgraph import gazetteer, knowledge
from kgraph.data import words
from kgraph.extract.entities.candidate import Candidate
from kgraph.extract.registry import ALL_RULES, RuleSet, declare

TEAM = declare("entities.types.team", "type",
               'A place\'s name the sentence uses as a side is a team, an organisation apart from the '
               'place: "England beat Pakistan", "the Scotland coach", "victory over Wales", "Chicago 4"; '
               "the article's other bare uses of that name go with the side unless they read as a "
               'place ("in England")').id

NATIONAL_TEAM = declare("entities.types.national_team", "type",
                        'A country\'s name used as a side is the national team, an organisation apart from '
                        'the country: "England beat Pakistan" (switched off, countries stay places as '
                        "CoNLL-2003 annotates them)").id

CLUB = declare("entities.types.club", "type",
               'A place\'s name with a club\'s word after or before it is a club: "Manchester United", '
               '"Cardiff City", "Real Madrid" (not a known place: "Mexico City", "Cape Town")').id

_CLUB_SUFFIXES: frozenset[str] = words("entities", "club_suffixes")
_CLUB_PREFIXES: frozenset[str] = words("entities", "club_prefixes")
_ROLE_NOUNS: frozenset[str] = words("entities", "team_role_nouns")
_MATCH_VERBS: frozenset[str] = words("entities", "match_verbs")
_MEETING_VERBS: frozenset[str] = words("entities", "meeting_verbs")
_MATCH_NOUNS: frozenset[str] = words("entities", "match_nouns")
_PLACE_PREPOSITIONS: frozenset[str] = words("entities", "place_prepositions")
_TRANSFER_VERBS: frozenset[str] = words("entities", "player_transfer_verbs")
_SIDE_MARKS = frozenset({"v", "v.", "vs", "vs."})


def mark_teams(candidates: list[Candidate], rules: RuleSet = ALL_RULES) -> None:
    """Set ``team`` on the candidates that name a side: those the sentence uses as one, and the
    bare mentions of a name used as a side more often than as a place."""
    if not rules.enabled(TEAM):
        return
    national = rules.enabled(NATIONAL_TEAM)
    sides: Counter[tuple[str, ...]] = Counter()
    places: Counter[tuple[str, ...]] = Counter()
    use: dict[int, str] = {}
    for c in candidates:
        if c.titles or c.first_name_cue:
            continue
        if not national and is_nation(c.text):
            continue
        known = _placeish(c)
        if (known or c.label in ("GPE", "LOC")) and side_use(c.span, strong_only=not known):
            use[id(c)] = "side"
            sides[c.key] += 1
        elif _place_use(c.span):
            use[id(c)] = "place"
            places[c.key] += 1
    for c in candidates:
        kind = use.get(id(c))
        c.team = kind == "side" or (kind is None and not (c.titles or c.first_name_cue)
                                    and sides[c.key] > places[c.key])
        if c.team and not national and is_nation(c.text):
            c.team = False


def is_nation(name: str) -> bool:
    """Whether a name is a country's or a nation's of one ("England", "Wales": ISO type Country)."""
    if gazetteer.country(name) is not None:
        return True
    sub = knowledge.subdivision(name)
    return sub is not None and sub.type == "Country"


def _placeish(c: Candidate) -> bool:
    """Whether a name may be a place's that a side is named after: tagged a place or known as one,
    with nothing saying it is a person's."""
    if c.titles or c.first_name_cue:
        return False
    return bool(gazetteer.country(c.text) or gazetteer.city(c.text) or knowledge.place(c.text))


def side_use(span: Span, strong_only: bool = False) -> bool:
    """Whether the sentence uses the name as a sports side; with ``strong_only``, only by a role
    noun after it or a line of results (for names no gazetteer knows as places: "Bolton boss")."""
    root = span.root
    doc = span.doc
    head = root.head
    if root.dep_ in ("compound", "poss") and head.pos_ in ("NOUN", "PROPN") and head.lower_ in _ROLE_NOUNS \
            and (not strong_only or head.i == span.end):
        return True  # "the England coach", "Scotland's captain", "Bolton boss" (not "Linux strategy manager")
    after = doc[span.end] if span.end < len(doc) else None
    if strong_only:
        return after is not None and after.text.isdigit() and len(after.text) <= 3 and _score_line(span)
    verb = head.lemma_.lower()
    if root.dep_ == "dobj" and verb in _MATCH_VERBS:
        return True  # "they beat England"
    if root.dep_ in ("nsubj", "dobj") and verb in _MEETING_VERBS and _other_side(head, root.dep_):
        return True  # "England beat Pakistan", "Wales face England"
    if root.dep_ == "nsubj" and head.lemma_.lower() in _TRANSFER_VERBS and any(
            t.dep_ == "dobj" and t.ent_type_ == "PERSON" for t in head.children):
        return True  # "Milwaukee acquiring Nikola Mirotic"
    if root.dep_ == "pobj" and head.lower_ in ("against", "over", "to", "by", "with") \
            and head.head.lemma_.lower() in _MATCH_NOUNS | _MATCH_VERBS:
        return True  # "the match against England", "victory over Wales"
    before = doc[span.start - 1] if span.start > 0 else None
    if any(t is not None and t.lower_ in _SIDE_MARKS for t in (before, after)):
        return True  # "England v Pakistan"
    return after is not None and after.text.isdigit() and len(after.text) <= 3 and _score_line(span)


def _score_line(span: Span) -> bool:
    """Whether a number after the name stands in a line of results ("Chicago 4 Houston 3",
    "Israel 2, Bulgaria 0"): another name with a number in the same sentence."""
    sent = span.sent
    return sum(1 for t in sent if t.text.isdigit() and t.i > 0 and sent.doc[t.i - 1].pos_ == "PROPN") >= 2


def _other_side(verb: Token, dep: str) -> bool:
    """Whether the verb's other argument (its object for a subject, and back) is a place's or an
    organisation's name."""
    other = "dobj" if dep == "nsubj" else "nsubj"
    return any(t.dep_ == other and t.ent_type_ in ("GPE", "LOC", "ORG") for t in verb.children)


def _place_use(span: Span) -> bool:
    """Whether the name reads as a place here: after a preposition of place ("in England")."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def is_club(name: str) -> bool:
    """Whether a name is a club's: a place's name and a club's word ("Leeds United", "AC Milan")."""
    parts = name.split()
    if len(parts) < 2 or _known(name):
        return False
    if parts[-1].lower() in _CLUB_SUFFIXES and _known(" ".join(parts[:-1])):
        return True
    return parts[0].lower().strip(".") in _CLUB_PREFIXES and _known(" ".join(parts[1:]))


def _known(name: str) -> bool:
    return bool(gazetteer.country(name) or gazetteer.city(name) or knowledge.place(name))
