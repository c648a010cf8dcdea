"""Entity rules `entities.types.team` and `national_team`: a place's name used as a sports side."""

from __future__ import annotations

from conftest import make_doc

from kgraph.extract.entities import extract_entities
from kgraph.extract.entities.teams import NATIONAL_TEAM, TEAM
from kgraph.extract.registry import RuleSet


def _doc(rows: list[tuple[str, int, str, str, str]]):  # type: ignore[no-untyped-def]
    """A Doc from (word, head, dep, pos, IOB tag) rows; a "." ends a sentence."""
    words = [r[0] for r in rows]
    starts = [True] + [rows[i - 1][0] == "." for i in range(1, len(rows))]
    return make_doc(words, heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
                    lemmas=[r[0].lower() for r in rows], ents=[r[4] for r in rows], sent_starts=starts)


def _types(rows: list[tuple[str, int, str, str, str]], rules: str = "") -> list[tuple[str, str, str]]:
    entities, _ = extract_entities(_doc(rows), RuleSet.parse(rules))
    return [(e.name, e.type, e.rule) for e in entities]


# "England beat Pakistan . They live in England ."
BEAT = [("England", 1, "nsubj", "PROPN", "B-GPE"), ("beat", 1, "ROOT", "VERB", "O"),
        ("Pakistan", 1, "dobj", "PROPN", "B-GPE"), (".", 1, "punct", "PUNCT", "O"),
        ("They", 5, "nsubj", "PRON", "O"), ("live", 5, "ROOT", "VERB", "O"), ("in", 5, "prep", "ADP", "O"),
        ("England", 6, "pobj", "PROPN", "B-GPE"), (".", 5, "punct", "PUNCT", "O")]


def test_countries_that_beat_each_other_are_national_teams_apart_from_the_place() -> None:
    assert _types(BEAT) == [("England", "Organization", NATIONAL_TEAM),
                            ("Pakistan", "Organization", NATIONAL_TEAM),
                            ("England", "Place", "entities.types.known_place")]


def test_a_place_before_a_team_role_noun_is_a_team() -> None:
    # "the Cardiff coach spoke"
    rows = [("the", 2, "det", "DET", "O"), ("Cardiff", 2, "compound", "PROPN", "B-GPE"),
            ("coach", 3, "nsubj", "NOUN", "O"), ("spoke", 3, "ROOT", "VERB", "O")]
    assert _types(rows) == [("Cardiff", "Organization", TEAM)]


def test_an_unknown_name_is_a_team_only_right_before_the_role_noun() -> None:
    # "Bolton boss left ." / "Linux strategy manager left ."
    rows = [("Bolton", 1, "compound", "PROPN", "B-GPE"), ("boss", 2, "nsubj", "NOUN", "O"),
            ("left", 2, "ROOT", "VERB", "O"), (".", 2, "punct", "PUNCT", "O"),
            ("Linux", 6, "compound", "PROPN", "B-GPE"), ("strategy", 6, "compound", "NOUN", "O"),
            ("manager", 7, "nsubj", "NOUN", "O"), ("left", 7, "ROOT", "VERB", "O")]
    found = _types(rows, "-entities.types.one_label")
    assert [(n, t) for n, t, _ in found] == [("Bolton", "Organization"), ("Linux", "Place")]


def test_a_country_facing_a_problem_is_no_side() -> None:
    # "the problems facing Peru"
    rows = [("the", 1, "det", "DET", "O"), ("problems", 1, "ROOT", "NOUN", "O"),
            ("facing", 1, "acl", "VERB", "O"), ("Peru", 2, "dobj", "PROPN", "B-GPE")]
    assert [t for _, t, _ in _types(rows)] == ["Place"]


def test_places_in_a_line_of_results_are_teams() -> None:
    # "Chicago 4 Houston 3"
    rows = [("Chicago", 0, "ROOT", "PROPN", "B-GPE"), ("4", 0, "nummod", "NUM", "O"),
            ("Houston", 0, "appos", "PROPN", "B-GPE"), ("3", 2, "nummod", "NUM", "O")]
    assert [(n, t) for n, t, _ in _types(rows)] == [("Chicago", "Organization"), ("Houston", "Organization")]


def test_national_team_switched_off_leaves_countries_places() -> None:
    assert [t for _, t, _ in _types(BEAT, "-entities.types.national_team")] == ["Place", "Place"]


def test_team_switched_off_reads_no_side() -> None:
    assert [t for _, t, _ in _types(BEAT, "-entities.types.team")] == ["Place", "Place"]


# --- club ---------------------------------------------------------------------------------------

def test_a_place_and_a_club_word_are_a_club() -> None:
    rows = [("Manchester", 1, "compound", "PROPN", "B-PERSON"), ("United", 2, "nsubj", "PROPN", "I-PERSON"),
            ("won", 2, "ROOT", "VERB", "O"), ("in", 2, "prep", "ADP", "O"),
            ("Mexico", 5, "compound", "PROPN", "B-GPE"), ("City", 3, "pobj", "PROPN", "I-GPE")]
    assert [(n, t) for n, t, _ in _types(rows)] == [("Manchester United", "Organization"),
                                                    ("Mexico City", "Place")]


def test_club_switched_off_leaves_the_vote() -> None:
    rows = [("Real", 1, "compound", "PROPN", "B-GPE"), ("Madrid", 2, "nsubj", "PROPN", "I-GPE"),
            ("won", 2, "ROOT", "VERB", "O")]
    assert [t for _, t, _ in _types(rows)] == ["Organization"]
    assert [t for _, t, _ in _types(rows, "-entities.types.club")] == ["Place"]
