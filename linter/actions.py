"""Action items: list items, checkboxes, numbered lines and table rows in action sections.

Each item's owner, due date, priority and status are read from where people write them:
`@handle`, `Owner: Name`, a trailing "- Alice -" segment, `Due 2/15`, `by 2026-03-15`,
`[P1]`, `Priority: high`, a checkbox, or the matching column of a table.
"""

from __future__ import annotations

import datetime as dt
import re

from linter.dates import find_date_after, read_stamp
from linter.skeleton import Skeleton, Table
from models import ActionItem, Block, Section, Value
from rules.vocabulary import DONE_WORDS, PRIORITY_WORDS, is_group_owner

_CHECKBOX = re.compile(r"^\s*(\[[ xX✓✔-]?\]|[☐☑☒✅✔✓⬜]\ufe0f?)\s*")
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?(?<![.-])")
_OWNER_LABEL = re.compile(
    r"\b(?:owners?|assignees?|assigned to|dri|responsible)\b\s*[:=]?\s*", re.I
)
_OWNER_END = re.compile(r"\s*(?:[,;)|\]]|(?:^|\s)[-–—]\s|\b(?:due|by|priority)\b|$)", re.I)
_SEGMENTS = re.compile(r"\s+[-–—|]\s+|[,;]\s*|\s*[()]\s*")
_PN = re.compile(r"(?<![\w-])[\[(]?(P[0-4])[\])]?(?![\w-])")
_PRIORITY_LABEL = re.compile(
    r"\bpriority\s*[:=-]?\s*(\w+)|\b(critical|urgent|high|medium|low)[- ]priority\b"
    r"|[\[(](critical|urgent|high|medium|low)[\])]",
    re.I,
)
_DUE = re.compile(
    r"\b(?:due(?:\s+date)?|by|before|deadline|eta|target(?:\s+date)?|until)\b[\s:]*", re.I
)
_ISO = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")
_QUARTER = re.compile(r"\bQ([1-4])\s*(?:'|20)?(\d\d)\b")
_DONE_TITLE = re.compile(r"\b(completed|done|finished|closed)\b", re.I)
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
_COLUMNS = {
    "owner": re.compile(r"owner|assignee|assigned|who|responsible|dri|lead", re.I),
    "due": re.compile(r"due|deadline|eta|target|when|date|by", re.I),
    "priority": re.compile(r"priority|prio|importance|^p$|severity", re.I),
    "status": re.compile(r"status|state|done|complete|progress", re.I),
    "action": re.compile(r"action|item|task|description|what|title|remediation|follow|fix", re.I),
}
_EMPTY = {"", "-", "–", "—", "n/a", "none", "tbd", "?", "tbc"}


def _value(block: Block, start: int, end: int, **extra) -> Value:
    h = block.hit("", start=start, end=end)
    return Value(text=block.text[start:end], start=h.start, end=h.end, **extra)


def _owner(block: Block, text_start: int) -> Value | None:
    text = block.text
    m = _HANDLE.search(text, text_start)
    if m:
        return _value(block, m.start(), m.end())
    m = _OWNER_LABEL.search(text, text_start)
    if m:
        value = text[m.end() :]
        end = _OWNER_END.search(value)
        value = value[: end.start()] if end else value
        if value.strip(" -–—"):
            return _value(block, m.end(), m.end() + len(value.rstrip()))
    # "Add an alert - Alice - Due 2026-03-15": a short name-like segment after the action.
    for seg in list(_SEGMENTS.finditer(text, text_start))[:6]:
        rest = text[seg.end() :]
        nxt = _SEGMENTS.search(rest)
        piece = rest[: nxt.start()] if nxt else rest
        words = piece.split()
        if not words or len(words) > 3:
            continue
        name_like = all(
            _NAME_WORD.match(w) and all(part[:1].isupper() for part in w.split("-")) for w in words
        )
        if (name_like and not _meta_word(piece)) or is_group_owner(piece):
            return _value(block, seg.end(), seg.end() + len(piece.rstrip()))
    return None


def _meta_word(piece: str) -> bool:
    low = piece.lower().strip()
    return bool(
        _PN.search(piece)
        or low in PRIORITY_WORDS
        or low in DONE_WORDS
        or low.startswith(("due", "priority", "status", "owner", "eta"))
        or read_stamp(piece) is not None
    )


def _due(block: Block, text_start: int, default: dt.datetime) -> Value | None:
    text = block.text
    stamp = find_date_after(text[text_start:], _DUE, default)
    if stamp:
        start = text_start + stamp.end - len(stamp.text)
        return _value(block, start, text_start + stamp.end, date=stamp.value.date())
    m = _ISO.search(text, text_start)
    if m and (s := read_stamp(m.group(), default)):
        return _value(block, m.start(), m.end(), date=s.value.date())
    m = _QUARTER.search(text, text_start)
    if m:
        year, quarter = 2000 + int(m.group(2)), int(m.group(1))
        last = dt.date(year, 3 * quarter, 1) + dt.timedelta(days=31)
        return _value(block, m.start(), m.end(), date=last.replace(day=1) - dt.timedelta(days=1))
    return None


def _priority(block: Block, text_start: int) -> Value | None:
    m = _PN.search(block.text, text_start)
    if m:
        return _value(block, m.start(1), m.end(1), norm=m.group(1).upper())
    m = _PRIORITY_LABEL.search(block.text, text_start)
    if m:
        g = next(i for i in (1, 2, 3) if m.group(i))
        return _value(block, m.start(g), m.end(g), norm=m.group(g).lower())
    return None


def _metadata(blocks: list[Block], first_start: int, default: dt.datetime) -> dict:
    """Owner, due date and priority, each from the first block that states it."""
    found: dict[str, Value | None] = {"owner": None, "due": None, "priority": None}
    for n, block in enumerate(blocks):
        start = first_start if n == 0 else 0
        found["owner"] = found["owner"] or _owner(block, start)
        found["due"] = found["due"] or _due(block, start, default)
        found["priority"] = found["priority"] or _priority(block, start)
    return found


def _is_label(text: str) -> bool:
    words = text.split()
    return text.rstrip().endswith(":") or len(words) <= 3


def _list_items(sk: Skeleton, sections: list[Section], default: dt.datetime):
    for item in sk.items:
        if not item.blocks:
            continue
        block = sk.blocks[item.blocks[0]]
        if block.section is None or sections[block.section].kind != "action items":
            continue
        box = _CHECKBOX.match(block.text)
        if item.children and not box and _is_label(block.text):
            continue  # a group label ("Short term:") whose children are the items
        if item.parent is not None and not box and _parent_is_item(sk, item.parent):
            continue  # details of the item above
        start = box.end() if box else 0
        details = [sk.blocks[b] for b in item.blocks[1:]] + [
            sk.blocks[sk.items[c].blocks[0]] for c in item.children if sk.items[c].blocks
        ]
        mark = box.group(1).strip("[]\ufe0f") if box else ""
        done = mark in ("x", "X", "✓", "✔", "☑", "☒", "✅")
        done = done or bool(_DONE_TITLE.search(sections[block.section].title))
        yield ActionItem(
            text=block.text[start:].strip(),
            block=item.blocks[0],
            text_offset=start,
            done=done or _says_done(block.text),
            source="checkbox" if box else "numbered" if item.ordered else "list",
            section=block.section,
            start=block.start,
            end=block.end,
            **_metadata([block, *details], start, default),
        )


def _parent_is_item(sk: Skeleton, parent: int) -> bool:
    p = sk.items[parent]
    if not p.blocks:
        return False
    text = sk.blocks[p.blocks[0]].text
    return bool(_CHECKBOX.match(text)) or not _is_label(text)


def _says_done(text: str) -> bool:
    return bool(re.search(r"[\[(](done|completed|closed)[\])]|✅", text, re.I))


def _columns(header: list[str]) -> dict[str, int]:
    """Which column holds the action, owner, due date, priority and status."""
    cols: dict[str, int] = {}
    for role in ("owner", "priority", "status", "due", "action"):
        for n, h in enumerate(header):
            if n not in cols.values() and _COLUMNS[role].search(h):
                cols[role] = n
                break
    if "action" not in cols:
        cols["action"] = next((n for n in range(len(header)) if n not in cols.values()), 0)
    return cols


def _table_items(sk: Skeleton, table: Table, default: dt.datetime):
    cols = _columns([sk.blocks[i].text for i in table.header])
    for row in table.rows:
        cells = [sk.blocks[i] for i in row]
        if len(cells) <= cols["action"]:
            continue
        action = cells[cols["action"]]

        def cell(role: str, empty: set[str] = _EMPTY, cells=cells) -> Block | None:
            n = cols.get(role)
            c = cells[n] if n is not None and n < len(cells) else None
            return c if c is not None and c.text.strip().lower() not in empty else None

        meta = _metadata([action], 0, default)
        # An owner cell saying "TBD" or "?" is an owner PM304 must see, not a blank.
        if owner := cell("owner", {"", "-", "–", "—"}):
            meta["owner"] = _value(owner, 0, len(owner.text))
        due = cell("due")
        if due and (stamp := read_stamp(due.text, default)):
            meta["due"] = _value(due, 0, len(due.text), date=stamp.value.date())
        if prio := cell("priority"):
            meta["priority"] = _value(prio, 0, len(prio.text), norm=prio.text.strip().lower())
        status = (cell("status").text if cell("status") else "").strip().lower()
        yield ActionItem(
            text=action.text.strip(),
            block=row[cols["action"]],
            done=status.strip("✅ ") in DONE_WORDS or "✅" in status,
            source="table",
            section=action.section,
            start=cells[0].start,
            end=max(cells[-1].end, cells[0].start),
            **meta,
        )


def build_action_items(
    sk: Skeleton, sections: list[Section], incident_date: dt.date | None
) -> list[ActionItem]:
    """Every action item in the document's action sections, in document order."""
    default = dt.datetime.combine(incident_date or dt.date.today(), dt.time())
    items = list(_list_items(sk, sections, default))
    for table in sk.tables:
        first = table.rows[0][0] if table.rows and table.rows[0] else None
        if first is None:
            continue
        sec = sk.blocks[first].section
        header = " ".join(sk.blocks[i].text for i in table.header)
        in_actions = sec is not None and sections[sec].kind == "action items"
        if in_actions or (_COLUMNS["owner"].search(header) and re.search(r"action", header, re.I)):
            items.extend(_table_items(sk, table, default))
    return sorted(items, key=lambda it: it.start)
