"""PM407 duration-mismatch."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field
from pytimeparse import parse as parse_seconds

from linter.dates import Stamp, instant, leading_stamp, read_stamp
from models import Document, Hit, Severity, TimelineEntry
from rules.base import rule

_CLOCK = re.compile(r"\d{1,2}:\d\d")
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBERS += ("ten", "eleven", "twelve")
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(_NUMBERS)} | {"a": "1", "an": "1"}
_RANGE_SPLIT = re.compile(r"\s+(?:to|until|till|through)\s+|\s*[-–—]\s*(?=\d{1,2}:\d\d)", re.I)


def stated_duration(value: str) -> dt.timedelta | None:
    """The longest run of words in `value` that reads as a duration ("1h 43m", "103 minutes")."""
    text = re.sub(r"\bhalf an hour\b", "30 minutes", value, flags=re.I)
    text = re.sub(r"\s+and\s+", ", ", re.sub(r"[()\[\];~≈]", " ", text))
    words = [_NUMBER_WORDS.get(w.lower(), w) for w in text.split()]
    for size in range(min(len(words), 8), 0, -1):
        for i in range(len(words) - size + 1):
            window = " ".join(words[i : i + size]).strip(",.")
            if _CLOCK.search(window) or not re.search(r"[A-Za-z]", window):
                continue  # "21:45" is a time of day, "10" no duration at all
            seconds = parse_seconds(window)
            if seconds:
                return dt.timedelta(seconds=seconds)
    return None


def _last_stamp(text: str) -> Stamp | None:
    """The longest run of words at the end of `text` that reads as a time ("from 21:45")."""
    words = text.split()
    for size in range(min(len(words), 6), 0, -1):
        stamp = read_stamp(" ".join(words[-size:]))
        if stamp and stamp.has_time:
            return stamp
    return None


def stated_range(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    """The start and end of "21:45 to 23:28 UTC" or "10:45 - 16:11", if the value has one."""
    parts = _RANGE_SPLIT.split(value, maxsplit=1)
    if len(parts) != 2:
        return None
    a, b = _last_stamp(parts[0]), leading_stamp(parts[1].strip())
    if not (a and b and b.has_time):
        return None
    # A zone written on one end holds for both ("21:45 to 23:28 UTC").
    start, end = a.value.replace(tzinfo=a.tz or b.tz), b.value.replace(tzinfo=b.tz or a.tz)
    if not b.has_date:
        end = dt.datetime.combine(start.date(), end.timetz())
    if end < start:
        end += dt.timedelta(days=1)
    return start, end


def _scope(doc: Document, at: int) -> list[TimelineEntry]:
    """The timed entries of the innermost section around `at` that has two, else all."""
    timed = [e for e in doc.timeline if e.time is not None]
    for s in sorted(doc.sections, key=lambda s: s.body_end - s.start):
        inside = [e for e in timed if s.start <= e.start < s.body_end]
        if s.start <= at < s.body_end and len(inside) >= 2:
            return inside
    return timed


def _fmt(d: dt.timedelta) -> str:
    minutes = round(d.total_seconds() / 60)
    days, rest = divmod(minutes, 24 * 60)
    parts = [f"{days}d"] * bool(days) + [f"{rest // 60}h"] * bool(rest // 60)
    return " ".join([*parts, f"{rest % 60}m"] if rest % 60 or not parts else parts)


def _clock(t: dt.datetime, shape: str, zone: bool) -> str:
    """`t` as its entry wrote it, with its zone when `zone`."""
    return t.strftime(shape) + (f" {t.tzname() or t.strftime('UTC%z')}" if zone else "")


class Options(BaseModel):
    """Options of PM407."""

    model_config = ConfigDict(extra="forbid")
    duration_tolerance: float = Field(0.5, gt=0)


@rule("PM407", "duration-mismatch", severity=Severity.WARNING, options=Options)
def duration_mismatch(doc: Document, options: Options) -> Iterator[Hit]:
    """The stated Duration does not match the timeline.

    ## Why is this bad?
    Duration is the number people quote and compare across incidents. When it
    disagrees with the timeline, one of them is wrong, and readers cannot tell which.

    The Duration is read as an amount ("1h 43m", "103 minutes", "about two hours") or
    a range of times ("21:45 to 23:28 UTC"). It is compared with the span from the
    first to the last timed entry of the timeline (of the incident's own timeline,
    when a document covers several), in one zone: "14:00 UTC" to "09:30 EST" is 30
    minutes. A Duration that names its own start and end, both found in the timeline,
    is taken as consistent: the timeline may rightly run on past the impact.

    ## Example
    ```markdown
    Duration: 20 minutes

    ## Timeline
    - 14:32 UTC Pool exhausted, checkout errors start
    - 15:12 UTC Rollback complete, errors stop
    - 16:15 UTC Incident closed
    ```

    Use instead:
    ```markdown
    Duration: 1h 43m

    ## Timeline
    - 14:32 UTC Pool exhausted, checkout errors start
    - 15:12 UTC Rollback complete, errors stop
    - 16:15 UTC Incident closed
    ```

    ## Options
    - `duration_tolerance` (default 0.5): how far the Duration may differ from the
      timeline's span, as a fraction of the span (0.5 = 50%).
    """
    field = doc.summary.get("duration")
    if field is None:
        return
    amount = stated_duration(field.value)
    bounds = stated_range(field.value)
    stated = amount or (bounds[1] - bounds[0] if bounds else None)
    entries = _scope(doc, field.start)
    if stated is None or len(entries) < 2:
        return
    times = [e.time for e in entries if e.time is not None]
    first, last = min(times, key=instant), max(times, key=instant)
    span = instant(last) - instant(first)
    if bounds and {t.time() for t in bounds} <= {t.time() for t in times}:
        return  # "10:45 - 16:11 UTC": its own start and end, both on the timeline
    if span.total_seconds() <= 0 or abs(stated - span) <= options.duration_tolerance * span:
        return
    shape = "%H:%M" if first.date() == last.date() else "%Y-%m-%d %H:%M"
    zones = first.utcoffset() != last.utcoffset()  # written in two zones: say which is which
    yield field.hit(
        f"Duration says {_fmt(stated)} but the timeline runs {_fmt(span)} "
        f"({_clock(first, shape, zones)} to {_clock(last, shape, zones)}): correct one of "
        "them, or say what the "
        "Duration measures (e.g. 'customer impact 10:45-16:11')",
        f"Duration: {_fmt(span)}",
    )
