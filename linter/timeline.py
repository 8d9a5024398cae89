"""Timeline entries: list items, table rows, time-stamped lines and time headings.

Every entry in a timeline section is kept, with `time=None` when it states no time.
Times without a date take the last date seen (a date line, an earlier entry, or the
incident's Date field); a time earlier than the one before it, less than
`ROLLOVER_HOURS` back around the clock, is read as the next day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from linter.dates import Stamp, leading_stamp, read_stamp
from linter.skeleton import Skeleton, Table
from models import Block, Section, TimelineEntry

ROLLOVER_HOURS = 12
_TIME_HEADER = re.compile(r"\b(time|date|when|timestamp|day|hour|utc|gmt|[a-z]st|[a-z]dt)\b", re.I)
_UNDATED = dt.date(1970, 1, 1)


@dataclass
class _DateMark:
    """A line that only states a date: later times without a date fall on it."""

    start: int
    date: dt.date


def _entry(block: Block, start: int, end: int, stamp: Stamp | None, sec: int | None):
    text = block.text[(start + stamp.end) if stamp else start : end].strip(" \t\n-–—:|")
    h = block.hit("", start=start, end=end)
    return TimelineEntry(
        text=text,
        time=stamp.value if stamp else None,
        time_text=stamp.text if stamp else None,
        has_date=bool(stamp and stamp.has_date),
        has_time=bool(stamp and stamp.has_time),
        start=h.start,
        end=h.end,
        section=sec,
    )


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
            out.append(_DateMark(block.source_offset(pos), stamp.value.date()))
        pos += len(line) + 1


def _table_rows(sk: Skeleton, table: Table, sec: int | None, default, out: list) -> None:
    header = [sk.blocks[i].text for i in table.header]
    time_cols = [n for n, h in enumerate(header) if _TIME_HEADER.search(h)] or [0]
    for row in table.rows:
        cells = [sk.blocks[i] for i in row]
        if not cells:
            continue
        stamp_text = " ".join(cells[n].text for n in time_cols if n < len(cells)).strip()
        event = [c for n, c in enumerate(cells) if n not in time_cols] or cells[-1:]
        stamp = read_stamp(stamp_text, default)
        out.append(
            TimelineEntry(
                text=" ".join(c.text for c in event).strip(),
                time=stamp.value if stamp else None,
                time_text=stamp.text if stamp else (stamp_text or None),
                has_date=bool(stamp and stamp.has_date),
                has_time=bool(stamp and stamp.has_time),
                start=cells[0].start,
                end=max(cells[-1].end, cells[0].start),
                section=sec,
            )
        )


def build_timeline(
    sk: Skeleton, sections: list[Section], incident_date: dt.date | None
) -> list[TimelineEntry]:
    """All timeline entries in document order, with resolved times."""
    default = dt.datetime.combine(incident_date or _UNDATED, dt.time())
    found: list = []
    in_timeline = {n for n, s in enumerate(sections) if s.kind == "timeline"}
    seen_items: set[int] = set()
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
            else:
                found.append(_DateMark(block.start, stamp.value.date()))
        elif item is not None and item not in seen_items:
            seen_items.add(item)
            stamp = leading_stamp(block.text, default)
            if stamp and not stamp.has_time and stamp.end >= len(block.text.rstrip()):
                found.append(_DateMark(block.start, stamp.value.date()))
            else:
                found.append(_entry(block, 0, len(block.text), stamp, sec))
        elif item is None and block.kind == "paragraph":
            _lines(block, sec, default, found)
    for table in sk.tables:
        first = table.rows[0][0] if table.rows and table.rows[0] else None
        if first is not None and sk.blocks[first].section in in_timeline:
            _table_rows(sk, table, sk.blocks[first].section, default, found)
    found.sort(key=lambda e: e.start)
    return _resolve(found, incident_date)


def _heading_entry(sk: Skeleton, s: Section, block: Block, stamp: Stamp, sec: int):
    entry = _entry(block, 0, len(block.text), stamp, sec)
    if s.blocks:
        body = sk.blocks[s.blocks[0]]
        text = (entry.text + " " + body.text).strip()
        return entry.model_copy(update={"text": text, "end": body.end})
    return entry


def _resolve(found: list, incident_date: dt.date | None) -> list[TimelineEntry]:
    current = incident_date or _UNDATED
    prev: dt.datetime | None = None
    out: list[TimelineEntry] = []
    for e in found:
        if isinstance(e, _DateMark):
            current, prev = e.date, None
            continue
        if e.time is not None:
            t = e.time
            if not e.has_date:
                t = dt.datetime.combine(current, t.time())
                back = prev - t if prev is not None else dt.timedelta(0)
                if back >= dt.timedelta(hours=24 - ROLLOVER_HOURS):
                    t += dt.timedelta(days=1)
            e = e.model_copy(update={"time": t})
            current, prev = t.date(), t
        out.append(e)
    return out
