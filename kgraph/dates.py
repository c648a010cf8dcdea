"""Resolving date expressions ("on Tuesday", "March 3") to ISO dates against an article's date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words around a date that dateparser does not need ("on Tuesday night", "early on 3 March").
_NOISE = re.compile(
    r"\b(on|in|at|by|since|until|from|early|late|earlier|later|this|that|the|of|"
    r"morning|afternoon|evening|night)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(last\s+|next\s+)?(" + "|".join(_WEEKDAYS) + r")$", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec")
# What makes a date expression a point in time rather than a length of it ("15 years", "a
# 30-minute talk") or a stretch ("recent years", "the dying minutes"): a year, a month, a weekday,
# a day named from today, "last week" (no number between), "two years ago".
_POINT = re.compile(
    r"\b(\d{4}|" + "|".join(_MONTHS.split()) + "|" + "|".join(_WEEKDAYS) + r"|today|yesterday|tonight|"
    r"tomorrow|ago|(last|this|next|past)\s+(week|weekend|month|year|season|summer|winter|spring|"
    r"autumn|night|morning|afternoon|evening|quarter))\b", re.IGNORECASE)


def names_a_time(text: str) -> bool:
    """Whether a date expression names a point in time ("in 2002", "last week", "on Tuesday",
    "two years ago"), not a length ("15 years", "30-minute", "the next three months") or a vague
    stretch ("recent years", "the age of 85")."""
    return _POINT.search(text) is not None


def parse_iso(date: str | None) -> dt.date | None:
    """The date of an ISO ``YYYY-MM-DD`` string, or None when it is missing or malformed."""
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _parser(base: dt.date | None):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def resolve_date(text: str, article_date: str | None, *, future: bool = False) -> str | None:
    """The ISO day ``text`` names, read from an article published on ``article_date``.

    Returns None unless the expression pins down one day ("in 2020", "last week" do not) or when
    the article date is unknown and the text has no year. A bare weekday is the latest such day on
    or before the article date (news reports past events), or the next one when ``future``; a day
    and month without a year is the occurrence nearest the article date.
    """
    words = " ".join(_NOISE.sub(" ", text).split())
    return _resolve_words(words, parse_iso(article_date), future)


@lru_cache(maxsize=4096)
def _resolve_words(words: str, base: dt.date | None, future: bool) -> str | None:
    """``resolve_date`` once the noise words are gone (news repeats "last year", "Tuesday")."""
    if not words:
        return None
    weekday = _WEEKDAY.match(words)
    if weekday:
        return _weekday(base, weekday.group(2).lower(), weekday.group(1), future)
    if base is None and not _YEAR.search(words):
        return None
    found = _parser(base).get_date_data(words)
    if found.date_obj is None or found.period not in ("day", "time"):
        return None
    day = found.date_obj.date()
    if base is not None and not _YEAR.search(words):
        day = _nearest_year(day, base)
    return day.isoformat()


def _weekday(base: dt.date | None, name: str, which: str | None, future: bool) -> str | None:
    if base is None:
        return None
    target = _WEEKDAYS.index(name)
    which = (which or "").strip().lower()
    if which == "next" or (future and which != "last"):
        delta = (target - base.weekday()) % 7 or 7
        return (base + dt.timedelta(days=delta)).isoformat()
    delta = (base.weekday() - target) % 7
    if which == "last" and delta == 0:
        delta = 7
    return (base - dt.timedelta(days=delta)).isoformat()


def _nearest_year(day: dt.date, base: dt.date) -> dt.date:
    """The same day and month in the year that puts it nearest to ``base``."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(options, key=lambda d: abs((d - base).days))
