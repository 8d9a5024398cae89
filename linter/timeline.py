"""Timeline entries: list items, table rows, time-stamped lines and time headings.

Every entry in a timeline section is kept, with `time=None` when it states no time.
Times without a date take the last date seen (a date line, an earlier entry, the
incident's Date field, or a date in the timeline heading or the title); a time earlier
than the one before it, at least `ROLLOVER_HOURS` back around the clock, is read as the
next day. A date without a year ("Dec 5", "[12-05 16:21]") takes the year that puts it
nearest the entry before it, so a timeline may run from December into March.

A time written with a zone ("14:32 UTC", "09:10 EST", "+02:00") is kept in it; a time
without one takes the zone of the entry before it, else the document's (the summary's
Date, a timeline heading or the title), else the first zone the timeline writes. So the
times of one document are all aware, or all naive, and compare as instants.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from linter.dates import Stamp, first_date, leading_stamp, read_stamp, stated_zone
from linter.skeleton import Skeleton, Table
from models import Block, Section, TimelineEntry

ROLLOVER_HOURS = 12
_TIME_HEADER = re.compile(r"\b(time|date|when|timestamp|day|hour|utc|gmt|[a-z]st|[a-z]dt)\b", re.I)
UNDATED = dt.date(1970, 1, 1)  # the day of times in a timeline that never states a date


@dataclass
class _DateMark:
    """A line or heading that only states a date: later times without a date fall on it."""

    start: int
    stamp: Stamp


@dataclass
class _Raw:
    """An entry before its time is resolved against the dates around it."""

    entry: TimelineEntry
    stamp: Stamp | None


def _entry(block: Block, start: int, end: int, stamp: Stamp | None, sec: int | None) -> _Raw:
    text = block.text[(start + stamp.end) if stamp else start : end].strip(" \t\n-–—:|")
    h = block.hit("", start=start, end=end)
    entry = TimelineEntry(
        text=text,
        time_text=stamp.text if stamp else None,
        has_date=bool(stamp and stamp.has_date),
        has_time=bool(stamp and stamp.has_time),
        start=h.start,
        end=h.end,
        section=sec,
    )
    return _Raw(entry, stamp)


def _lines(block: Block, sec: int | None, default: dt.datetime, out: list) -> None:
    """Time-stamped lines of a paragraph; an unstamped line continues the entry above."""
    pos = 0
    open_entry: tuple[int, Stamp] | None = None
    for line in [*block.text.split("\n"), None]:
        stamp = leading_stamp(line, default) if line is not None else None
        if line is not None and stamp is None:
            pos += len(line) + 1
            continue
        if open_entry is not None:
            out.append(_entry(block, open_entry[0], pos - 1, open_entry[1], sec))
            open_entry = None
        if line is None or stamp is None:
            break
        if stamp.has_time or stamp.end < len(line.rstrip()):
            open_entry = (pos, stamp)
        else:
            out.append(_DateMark(block.source_offset(pos), stamp))
        pos += len(line) + 1


def _table_rows(sk: Skeleton, table: Table, sec: int | None, default, out: list) -> None:
    header = [sk.blocks[i].text for i in table.header]
    time_cols = [n for n, h in enumerate(header) if _TIME_HEADER.search(h)] or [0]
    for row in table.rows:
        cells = [sk.blocks[i] for i in row]
        if not any(c.text.strip() for c in cells):
            continue  # a blank row left in a template is not an event
        stamp_text = " ".join(cells[n].text for n in time_cols if n < len(cells)).strip()
        event = [c for n, c in enumerate(cells) if n not in time_cols] or cells[-1:]
        stamp = read_stamp(stamp_text, default)
        entry = TimelineEntry(
            text=" ".join(c.text for c in event).strip(),
            time_text=stamp.text if stamp else (stamp_text or None),
            has_date=bool(stamp and stamp.has_date),
            has_time=bool(stamp and stamp.has_time),
            start=cells[0].start,
            end=max(cells[-1].end, cells[0].start),
            section=sec,
        )
        out.append(_Raw(entry, stamp))


def _titles(sections: list[Section]) -> list[str]:
    """The timeline headings and the document's title: they may state its date and zone."""
    titles = [s.title for s in sections if s.own_kind == "timeline"]
    if sections and sections[0].level == 1 and sections[0].own_kind is None:
        titles.append(sections[0].title)
    return titles


def default_date(sections: list[Section], incident_date: dt.date | None) -> dt.date | None:
    """The day undated times fall on: the Date field, else a date in a timeline heading or title."""
    if incident_date is not None:
        return incident_date
    return next((d for t in _titles(sections) if (d := first_date(t))), None)


def build_timeline(
    sk: Skeleton,
    sections: list[Section],
    incident_date: dt.date | None,
    zone: dt.tzinfo | None = None,
) -> list[TimelineEntry]:
    """All timeline entries in document order, with resolved times.

    `zone` is the document's own (e.g. of its summary Date field), for times without one.
    """
    day = default_date(sections, incident_date) or UNDATED
    default = dt.datetime.combine(day, dt.time())
    found: list = []
    in_timeline = {n for n, s in enumerate(sections) if s.kind == "timeline"}
    entry_items: set[int] = set()
    entry_sections: set[int] = set()
    for i, block in enumerate(sk.blocks):
        if block.section not in in_timeline or block.quote or block.kind == "table_cell":
            continue
        sec = block.section
        item = sk.block_item.get(i)
        if block.kind == "heading":
            stamp = leading_stamp(block.text, default)
            if sections[sec].own_kind is not None or stamp is None:
                continue
            if stamp.has_time:
                found.append(_heading_entry(sk, sections[sec], block, stamp, sec))
                entry_sections.add(sec)  # the section body is this entry's detail
            else:
                found.append(_DateMark(block.start, stamp))
        elif item is not None and sk.items[item].blocks[:1] == [i]:
            detail = sec in entry_sections
            _item(sk, item, block, sec, default, found, entry_items, detail)
        elif item is None and block.kind == "paragraph":
            _lines(block, sec, default, found)
    for table in sk.tables:
        first = table.rows[0][0] if table.rows and table.rows[0] else None
        if first is not None and sk.blocks[first].section in in_timeline:
            _table_rows(sk, table, sk.blocks[first].section, default, found)
    found.sort(key=lambda e: e.start if isinstance(e, _DateMark) else e.entry.start)
    zone = zone or next((z for t in _titles(sections) if (z := stated_zone(t))), None)
    written = (x.stamp.tz for x in found if x.stamp is not None and x.stamp.tz is not None)
    return _resolve(found, day, zone or next(written, None))


def _item(
    sk: Skeleton, item: int, block: Block, sec, default, found: list, entry_items: set, detail: bool
) -> None:
    """A list item: an entry, a date line, several stamped lines, or detail of an entry.

    `detail` says the item sits under a heading that is itself an entry (`### 15:30`).
    """
    lines = block.text.split("\n")
    stamps = [leading_stamp(line, default) for line in lines]
    if sum(s is not None for s in stamps) > 1:
        _lines(block, sec, default, found)
        entry_items.add(item)
        return
    stamp = stamps[0] if len(lines) == 1 else leading_stamp(block.text, default)
    if stamp and not stamp.has_time and stamp.end >= len(block.text.rstrip()):
        found.append(_DateMark(block.start, stamp))
        return
    parent = sk.items[item].parent
    if stamp is None and (detail or parent in entry_items):
        return  # a sub-point of the entry above ("creates a hotfix to: - throw ...")
    found.append(_entry(block, 0, len(block.text), stamp, sec))
    entry_items.add(item)


def _heading_entry(sk: Skeleton, s: Section, block: Block, stamp: Stamp, sec: int) -> _Raw:
    raw = _entry(block, 0, len(block.text), stamp, sec)
    if s.blocks:
        body = sk.blocks[s.blocks[0]]
        text = (raw.entry.text + " " + body.text).strip()
        raw.entry = raw.entry.model_copy(update={"text": text, "end": body.end})
    return raw


def _nearest_year(value: dt.datetime, ref: dt.datetime | None) -> dt.datetime:
    """`value` moved to the year (ref's, or one either side) that puts it nearest `ref`."""
    assert ref is not None
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(value.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(options, key=lambda v: abs(v - ref)) if options else value


def _wall(t: dt.datetime | None, zone: dt.tzinfo | None) -> dt.datetime | None:
    """`t` as a clock in `zone` reads it (naive), to resolve a time written in `zone`."""
    if t is None or t.tzinfo is None or zone is None:
        return t if t is None else t.replace(tzinfo=None)
    return t.astimezone(zone).replace(tzinfo=None)


def _resolve(found: list, day: dt.date, zone: dt.tzinfo | None) -> list[TimelineEntry]:
    current = dt.datetime.combine(day, dt.time())
    dated = day != UNDATED  # else a year-less date keeps the placeholder year
    prev: dt.datetime | None = None
    date_line: dt.date | None = None
    out: list[TimelineEntry] = []
    for x in found:
        if isinstance(x, _DateMark):
            t, zone = x.stamp.value, x.stamp.tz or zone
            if not x.stamp.has_year and (prev or dated):
                t = _nearest_year(t, _wall(prev or current, zone))
            current, prev, date_line = t, None, t.date()
            continue
        entry, stamp = x.entry, x.stamp
        update: dict = {"day": date_line}
        if stamp is not None:
            zone = stamp.tz or zone
            # Dates and the roll-over are worked out on this entry's own clock.
            last, here = _wall(prev, zone), _wall(current, zone)
            assert here is not None
            t = stamp.value
            if stamp.has_date:
                if not stamp.has_year and (last or dated):
                    t = _nearest_year(t, last or here)
            else:
                t = dt.datetime.combine(here.date(), t.time())
                if last is not None and last - t >= dt.timedelta(hours=24 - ROLLOVER_HOURS):
                    t += dt.timedelta(days=1)
            t = t.replace(tzinfo=zone)
            current, prev = t, t
            update["time"] = t
        out.append(entry.model_copy(update=update))
    return out


def timeline_root(sections: list[Section], sec: int | None) -> int | None:
    """The nearest section (itself or a parent) headed as a timeline.

    Entries under one such heading form one sequence; a document with one timeline per
    incident ("### Oct 21" ... "**Timeline:**") has one sequence per incident.
    """
    while sec is not None and sections[sec].own_kind != "timeline":
        sec = sections[sec].parent
    return sec


def stamp_span(text: str, entry: TimelineEntry) -> tuple[int, int]:
    """Where `entry`'s time is written in `text` (the whole entry if it cannot be found)."""
    written = (entry.time_text or "").strip(" -–—:|[]")
    i = text.find(written, entry.start, entry.end) if written else -1
    return (i, i + len(written)) if i >= 0 else (entry.start, entry.end)
