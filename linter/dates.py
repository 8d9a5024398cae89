"""Dates and times in free text, read with python-dateutil.

dateutil parses a string it is given; these helpers decide which string to give it: the
longest run of words at the start of a timeline entry that reads as a time, or the words
after "due"/"by" in an action item. Parsing twice with two different defaults tells which
parts (year, month, day, hour) the text itself stated. A time zone written with the time
("14:32 UTC", "09:10 EST", "+02:00") is read by dateutil too, from `TZINFOS`.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass, replace

from dateutil import parser as du
from dateutil import tz

from linter.memo import memo

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
#: Words without digits that may be part of a stamp. dateutil also takes any short
#: upper-case word for a time zone, which would swallow "API" in "14:32 API errors".
_ZONE_WORDS = frozenset(
    {"am", "pm", "a.m", "p.m", "noon", "midnight", "utc", "gmt", "z", "zulu"}
    | {"pt", "pst", "pdt", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt"}
    | {"akst", "akdt", "hst", "bst", "cet", "cest", "eet", "eest", "wet", "west", "ist"}
    | {"jst", "kst", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "sgt", "hkt", "msk"}
)
_STAMP_WORDS = _ZONE_WORDS | frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov"}
    | {"dec", "january", "february", "march", "april", "june", "july", "august"}
    | {"september", "october", "november", "december", "mon", "tue", "tues", "wed", "thu"}
    | {"thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday"}
)
# Written forms dateutil trips over, rewritten before parsing (never in `Stamp.text`).
_APPROX = re.compile(r"(?:~|≈|\bapprox\.?|\bca\.)\s*(?=\d)", re.I)
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]")
_BAD_MERIDIEM = re.compile(r"\b((?:1[3-9]|2[0-3]):\d\d)\s*[ap]\.?m\b\.?", re.I)  # "13:55 PM"
_DAY_RANGE = re.compile(
    rf"({_MONTH_NAME.pattern}\s+\d{{1,2}})(?:st|nd|rd|th)?\s*[-–]\s*\d{{1,2}}\b", re.I
)
_SHORT_YEAR = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d\d\b")

#: Zone abbreviations dateutil does not know itself, with their hours from UTC. IST is
#: India's, CST and BST are North America's and Britain's, as in most incident write-ups.
_FIXED_ZONES = """
    EST -5  EDT -4  CST -6  CDT -5  MST -7  MDT -6  PST -8  PDT -7  AKST -9  AKDT -8
    HST -10  WET 0  WEST 1  BST 1  CET 1  CEST 2  EET 2  EEST 3  MSK 3  IST 5.5  SGT 8
    HKT 8  KST 9  JST 9  AWST 8  ACST 9.5  AEST 10  AEDT 11  NZST 12  NZDT 13
""".split()
#: What dateutil's `tzinfos` maps each written zone to: a fixed offset (in seconds) where
#: the name says standard or daylight time, the region's rules where it does not ("PT").
TZINFOS: dict[str, int | dt.tzinfo | None] = {
    **{n: round(float(h) * 3600) for n, h in zip(*[iter(_FIXED_ZONES)] * 2, strict=True)},
    **dict.fromkeys(("UTC", "GMT", "Z", "ZULU"), tz.UTC),
    "ET": tz.gettz("America/New_York"),
    "CT": tz.gettz("America/Chicago"),
    "MT": tz.gettz("America/Denver"),
    "PT": tz.gettz("America/Los_Angeles"),
}
_ZONE_NAME = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(TZINFOS)})(?![A-Za-z])")
# dateutil reads "UTC+2" the POSIX way, as two hours *behind* UTC; people mean ahead.
_UTC_PLUS = re.compile(r"\b(?:UTC|GMT)\s?([+-])(\d{1,2})(?::?(\d\d))?\b")
# A numeric offset only where it cannot be the second half of a range ("14:32-14:40"):
# after a space, or after an ISO time with seconds or a "T".
_OFFSET = re.compile(
    r"(?:\s|\d:\d\d:\d\d(?:\.\d+)?|T\d\d:\d\d)[+-](?:0\d|1[0-4]):?[0-5]\d(?![\d:])"
)


@dataclass(frozen=True)
class Stamp:
    """A date/time found in text: what was stated, and where it ended."""

    value: dt.datetime
    has_date: bool
    has_time: bool
    end: int
    text: str
    has_year: bool = False
    #: The zone written with the time, if any (`value` is the wall time in it).
    tz: dt.tzinfo | None = None


def _parse(text: str, default: dt.datetime) -> dt.datetime | None:
    """`text` read by dateutil, aware only when a zone was written as `TZINFOS` expects."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # UnknownTimezoneWarning: "API" is no zone
        try:
            value = du.parse(text, default=default, tzinfos=TZINFOS)
        except (ValueError, OverflowError, TypeError):
            return None
    if value.tzinfo is not None and not (_ZONE_NAME.search(text) or _OFFSET.search(text)):
        return value.replace(tzinfo=None)  # "14:32-14:40" is a range, not UTC-14:40
    return value


def _normalise(text: str) -> str:
    """Rewrite "~18:10", "13:55 PM", "Oct 29-30", "2023-03-03[^3]" into what dateutil reads."""
    text = _FOOTNOTE.sub("", text)
    text = _APPROX.sub("", text)
    text = _BAD_MERIDIEM.sub(r"\1", text)
    text = _UTC_PLUS.sub(lambda m: f" {m[1]}{int(m[2]):02d}:{m[3] or '00'}", text)
    return _DAY_RANGE.sub(r"\1", text)


@memo(8192)
def read_stamp(text: str, default: dt.datetime | None = None) -> Stamp | None:
    """Read `text` as a whole; None unless it states a time of day or a full date."""
    clean = _normalise(text).strip(_TRIM + " \t")
    text = text.strip(_TRIM + " \t")
    if not clean or not any(c.isdigit() for c in clean):
        return None
    # Which parts the text could state: without a time of day or a date shape, nothing
    # below can succeed, so dateutil (the slow part) is not asked.
    timeish = bool(_TIME_OF_DAY.search(clean))
    plausible_date = bool(
        _MONTH_NAME.search(clean) or _YEAR.search(clean) or _SLASHED.search(clean)
    )
    if not (timeish or plausible_date):
        return None
    a = _parse(clean, _D1)
    if a is None:
        return None
    # Which parts the text states: a part that differs from the default was stated. A
    # part equal to the default needs a second parse (with another default) to tell,
    # but only when the text could state that part at all.
    yearish = bool(_YEAR.search(clean) or _SHORT_YEAR.search(clean))
    ambiguous = (
        (timeish and a.hour == _D1.hour and a.minute == _D1.minute)
        or (plausible_date and (a.month == _D1.month or a.day == _D1.day))
        or (yearish and a.year == _D1.year)
    )
    b = _parse(clean, _D2) if ambiguous else a
    if b is None:
        return None
    zone = a.tzinfo
    a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    has_time = timeish and (a.hour == b.hour or a.minute == b.minute)
    has_date = plausible_date and a.month == b.month and a.day == b.day
    if not (has_time or has_date):
        return None
    # A year is stated only as four digits or as the last part of 5/26/21: dateutil
    # would otherwise take the "30" of "October 29-30" or a stray number as the year.
    has_year = yearish and a.year == b.year
    has_day = has_date
    base = default or _D1
    value = a.replace(
        year=a.year if has_year else base.year,
        month=a.month if has_day else base.month,
        day=a.day if has_day else base.day,
    )
    if not has_time:
        value = value.replace(hour=0, minute=0)
    return Stamp(value, has_date, has_time, len(text), text, has_date and has_year, zone)


@memo(8192)
def leading_stamp(
    text: str, default: dt.datetime | None = None, max_words: int = 8
) -> Stamp | None:
    """The longest run of words at the start of `text` that reads as a time or date.

    `Stamp.end` is the offset in `text` just after those words (and their separator).
    """
    words = list(_WORD.finditer(text[:200]))[:max_words]
    best: Stamp | None = None
    for k in range(len(words)):
        word = words[k].group()
        has_digit = any(c.isdigit() for c in word)
        if not has_digit and best is None and k >= 3:
            break
        bare = word.strip(_TRIM + ".").lower()
        if not has_digit and bare and bare not in _STAMP_WORDS | _JUMP_WORDS:
            break  # prose: the stamp, if any, ended before this word
        candidate = text[words[0].start() : words[k].end()]
        stamp = read_stamp(candidate, default)
        if not stamp or word.strip(_TRIM).lower() in _JUMP_WORDS:
            continue
        if best is not None and _meaning(stamp) == _meaning(best):
            if has_digit:
                break  # "11:20 1.9.1 release": the version number adds nothing to the time
            if bare not in _ZONE_WORDS:
                continue  # "14:32 may have": a month name must add a date
        best = replace(stamp, end=words[k].end(), text=candidate)
    if best is None:
        return None
    rest = re.match(r"[\s:|–—-]*", text[best.end :])
    return replace(best, end=best.end + (rest.end() if rest else 0))


def _meaning(s: Stamp) -> tuple:
    """What a stamp says: the parts it states, nothing filled in from defaults."""
    return (
        s.value.date() if s.has_date else None,
        s.value.time() if s.has_time else None,
        s.has_year,
        s.tz and s.tz.utcoffset(s.value),
    )


def find_date_after(text: str, keywords: re.Pattern[str], default: dt.datetime) -> Stamp | None:
    """A date stated right after one of `keywords` ("due", "by", ...), with its offsets."""
    for m in keywords.finditer(text):
        stamp = leading_stamp(text[m.end() :], default, max_words=5)
        if stamp and stamp.has_date:
            return replace(stamp, has_date=True, end=m.end() + stamp.end)
    return None


def first_date(text: str, default: dt.datetime | None = None) -> dt.date | None:
    """The first full date stated anywhere in a short text (e.g. a Date field's value)."""
    for m in list(_WORD.finditer(text[:300]))[:12]:
        stamp = leading_stamp(text[m.start() :], default)
        if stamp and stamp.has_date:
            return stamp.value.date()
    return None


def stated_zone(text: str) -> dt.tzinfo | None:
    """The first time zone named in a short text ("2026-03-04 (all times PDT)"), if any."""
    text = _UTC_PLUS.sub(lambda m: f" {m[1]}{int(m[2]):02d}:{m[3] or '00'}", text[:300])
    found = [m for p in (_ZONE_NAME, _OFFSET) if (m := p.search(text))]
    if not found:
        return None
    written = min(found, key=lambda m: m.start()).group().lstrip(" \tT:.0123456789")
    value = _parse(f"00:00 {written}", _D1)
    return value.tzinfo if value is not None else None


def instant(t: dt.datetime) -> dt.datetime:
    """A time comparable with any other: an aware one as naive UTC (so "01:50 PT" to
    "03:10 PT" across the spring change is 20 minutes, not the 80 its clock says), a
    naive one as written."""
    return t.astimezone(dt.UTC).replace(tzinfo=None) if t.tzinfo else t
