"""Dates and times in free text, read with python-dateutil.

dateutil parses a string it is given; these helpers decide which string to give it: the
longest run of words at the start of a timeline entry that reads as a time, or the words
after "due"/"by" in an action item. Parsing twice with two different defaults tells which
parts (year, month, day, hour) the text itself stated.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

from dateutil import parser as du

_WORD = re.compile(r"\S+")
_D1 = dt.datetime(2001, 1, 1, 0, 0)
_D2 = dt.datetime(2002, 2, 2, 1, 1)
_TIME_OF_DAY = re.compile(r"\d:\d\d|\d\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])", re.I)
_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SLASHED = re.compile(r"\d{1,2}[/-]\d{1,2}")
_TRIM = ":,;|–—-()[]*~≈"
_JUMP_WORDS = {"at", "on", "and", "of", "the"}


@dataclass(frozen=True)
class Stamp:
    """A date/time found in text: what was stated, and where it ended."""

    value: dt.datetime
    has_date: bool
    has_time: bool
    end: int
    text: str


def _parse(text: str, default: dt.datetime) -> dt.datetime | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return du.parse(text, default=default, ignoretz=True)
        except (ValueError, OverflowError, TypeError):
            return None


def read_stamp(text: str, default: dt.datetime | None = None) -> Stamp | None:
    """Read `text` as a whole; None unless it states a time of day or a full date."""
    text = text.strip(_TRIM + " \t")
    if not text or not any(c.isdigit() for c in text):
        return None
    a = _parse(text, _D1)
    b = _parse(text, _D2) if a else None
    if a is None or b is None:
        return None
    has_time = bool(_TIME_OF_DAY.search(text)) and (a.hour == b.hour or a.minute == b.minute)
    has_day = a.month == b.month and a.day == b.day
    plausible_date = bool(_MONTH_NAME.search(text) or _YEAR.search(text) or _SLASHED.search(text))
    has_date = has_day and plausible_date
    if not (has_time or has_date):
        return None
    base = default or _D1
    value = a.replace(
        year=a.year if a.year == b.year else base.year,
        month=a.month if has_day else base.month,
        day=a.day if has_day else base.day,
    )
    if not has_time:
        value = value.replace(hour=0, minute=0)
    return Stamp(value, has_date, has_time, len(text), text)


def leading_stamp(
    text: str, default: dt.datetime | None = None, max_words: int = 8
) -> Stamp | None:
    """The longest run of words at the start of `text` that reads as a time or date.

    `Stamp.end` is the offset in `text` just after those words (and their separator).
    """
    words = list(_WORD.finditer(text[:200]))[:max_words]
    best: Stamp | None = None
    for k in range(len(words)):
        if not any(c.isdigit() for c in words[k].group()) and best is None and k >= 3:
            break
        candidate = text[words[0].start() : words[k].end()]
        stamp = read_stamp(candidate, default)
        if stamp and words[k].group().strip(_TRIM).lower() not in _JUMP_WORDS:
            best = Stamp(stamp.value, stamp.has_date, stamp.has_time, words[k].end(), candidate)
    if best is None:
        return None
    rest = re.match(r"[\s:|–—-]*", text[best.end :])
    end = best.end + (rest.end() if rest else 0)
    return Stamp(best.value, best.has_date, best.has_time, end, best.text)


def find_date_after(text: str, keywords: re.Pattern[str], default: dt.datetime) -> Stamp | None:
    """A date stated right after one of `keywords` ("due", "by", ...), with its offsets."""
    for m in keywords.finditer(text):
        stamp = leading_stamp(text[m.end() :], default, max_words=5)
        if stamp and stamp.has_date:
            return Stamp(stamp.value, True, stamp.has_time, m.end() + stamp.end, stamp.text)
    return None


def first_date(text: str, default: dt.datetime | None = None) -> dt.date | None:
    """The first full date stated anywhere in a short text (e.g. a Date field's value)."""
    for m in list(_WORD.finditer(text[:300]))[:12]:
        stamp = leading_stamp(text[m.start() :], default)
        if stamp and stamp.has_date:
            return stamp.value.date()
    return None
