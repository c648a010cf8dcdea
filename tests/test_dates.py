"""Date expressions (kgraph/dates.py): points in time against lengths and stretches of it."""

from __future__ import annotations

import pytest

from kgraph.dates import names_a_time, resolve_date


@pytest.mark.parametrize("text", ["2002", "on 8 December", "last week", "Tuesday", "two years ago",
                                  "earlier this year", "March 3", "yesterday", "last summer"])
def test_a_point_in_time(text: str) -> None:
    assert names_a_time(text)


@pytest.mark.parametrize("text", ["15 years", "at least 15 years", "30 - minute", "the next three months",
                                  "the last three years", "recent years", "the age of 85", "93", "the 90s",
                                  "the dying minutes", "a month"])
def test_a_length_or_a_stretch_is_no_point(text: str) -> None:
    assert not names_a_time(text)


def test_a_point_is_resolved_a_length_is_not() -> None:
    assert resolve_date("on 8 December", "2024-03-05") == "2023-12-08"
    assert resolve_date("15 years", "2024-03-05") is None
