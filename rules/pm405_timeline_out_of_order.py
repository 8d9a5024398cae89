"""PM405 timeline-out-of-order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from linter.dates import instant
from linter.timeline import stamp_span, timeline_root
from models import Document, Hit, Severity, TimelineEntry
from rules.base import rule


def _zone(t: dt.datetime) -> str:
    """The zone a time was written in, as written ("EST") or as an offset ("UTC+02:00")."""
    if t.tzname():
        return f" {t.tzname()}"
    offset = t.strftime("%z")
    return f" UTC{offset[:3]}:{offset[3:]}" if offset else ""


def _show(e: TimelineEntry, other: TimelineEntry, on: dt.datetime | None = None) -> str:
    """`e`'s time as its entry wrote it, told apart from `other`'s; `on` the clock to show it in."""
    assert e.time is not None and other.time is not None
    t = e.time if on is None else e.time.astimezone(on.tzinfo)
    if not e.has_time:
        return t.date().isoformat()
    same_day = t.date() == other.time.date()
    seconds = e.time.second or other.time.second
    shape = ("%H:%M" if same_day and not e.has_date else "%Y-%m-%d %H:%M") + ":%S" * bool(seconds)
    zones = e.time.utcoffset() != other.time.utcoffset()
    return t.strftime(shape) + (_zone(t) if zones else "")


def _earlier(e: TimelineEntry, prev: TimelineEntry) -> bool:
    assert e.time is not None and prev.time is not None
    if e.has_time and prev.has_time:
        return instant(e.time) < instant(prev.time)
    return e.time.date() < prev.time.date()  # a day-only entry sorts anywhere in its day


@rule("PM405", "timeline-out-of-order", severity=Severity.WARNING)
def timeline_out_of_order(doc: Document, options: None) -> Iterator[Hit]:
    """A timeline entry is earlier than the one before it.

    ## Why is this bad?
    Readers trust a timeline to be in order: they read cause and effect from it. An
    entry out of place is either a typo in its time (and every duration computed from
    it is wrong) or an event in the wrong spot, which tells a different story.

    Times are read with their dates: a date line or heading ("2026-03-04", "### Day 2")
    sets the day, and a time that goes back more than 12 hours around the clock
    ("23:55" then "00:40") is the next day, not out of order. A date without a year
    may run across new year ("Dec 5" then "Mar 20"). Each timeline section is its own
    sequence. Times are compared in one zone ("09:10 EST" is 14:10 UTC, so it may follow
    "14:00 UTC"); a time without a zone is in the zone of the entry before it.

    ## Example
    ```markdown
    ## Timeline
    - 14:32 UTC Pool exhausted, checkout errors start
    - 14:50 UTC Rollback started
    - 14:41 UTC On-call engineer paged
    ```

    Use instead:
    ```markdown
    ## Timeline
    - 14:32 UTC Pool exhausted, checkout errors start
    - 14:41 UTC On-call engineer paged
    - 14:50 UTC Rollback started
    - 00:10 UTC (next day) Pool size restored
    ```
    """
    prev: TimelineEntry | None = None
    root: int | None = None
    for e in doc.timeline:
        r = timeline_root(doc.sections, e.section)
        if r != root:
            prev, root = None, r
        if e.time is None:
            continue
        if prev is not None and _earlier(e, prev):
            start, end = stamp_span(doc.text, e)
            when, before = _show(e, prev), _show(prev, e)
            if e.has_time and e.time.utcoffset() != prev.time.utcoffset():
                # Say why it is earlier: its time on the previous entry's clock.
                when_there = f"{when} ({_show(e, prev, on=prev.time)})"
            else:
                when_there = when
            yield Hit(
                start=start,
                end=end,
                message=f"out of order: {when_there} comes after {before}: "
                "move the entry, or correct its time or date",
                suggestion=f"check '{when}' (a typo?) or move the entry before '{before}'",
            )
        prev = e
