"""Action items: list items, checkboxes, numbered lines and table rows in action sections.

This module finds the items and their status (a checkbox, a Status column, a "Completed"
heading); `linter.action_fields` reads owner, due date and priority out of each one.
"""

from __future__ import annotations

import datetime as dt
import re

from linter.action_fields import (
    cell_date,
    due_of,
    heading_due,
    is_meta_line,
    metadata,
    norm_priority,
    says_done,
    value,
)
from linter.skeleton import ListItem, Skeleton, Table
from models import ActionItem, Block, Section, Value
from rules.vocabulary import DONE_WORDS

_CHECKBOX = re.compile(r"^\s*(\[[ xX✓✔-]?\]|[☐☑☒✅✔✓⬜]\ufe0f?)\s*")
_DONE_MARKS = ("x", "X", "✓", "✔", "☑", "☒", "✅")
_DONE_TITLE = re.compile(r"\b(completed|done|finished|closed)\b", re.I)
_COLUMNS = {
    "owner": re.compile(r"\b(?:owners?|owned|assignee|assigned|who|responsible|dri|lead)\b", re.I),
    "priority": re.compile(r"\b(?:priority|prio|importance|p)\b", re.I),
    "status": re.compile(r"\b(?:status|state|done|complete|progress)\b", re.I),
    "due": re.compile(r"\b(?:due|deadline|eta|target|when|date|by)\b", re.I),
    "action": re.compile(r"\b(?:actions?|items?|tasks?|description|what|title|follow|fix)", re.I),
}
_ACTION_HEADER = re.compile(r"^(?:action(?: items?)?|actions|tasks?|follow-?ups?|to-?dos?)$", re.I)
_EMPTY = {"", "-", "–", "—", "n/a", "none", "tbd", "?", "tbc"}
_BLANK = {"", "-", "–", "—"}


def _is_label(sk: Skeleton, item: ListItem, text: str) -> bool:
    """A group label ("Short term:", "Monitoring") whose children are the items.

    "Add an alert" with children "owner: Bob" and "due 2026-04-01" is an item, not a label.
    """
    kids = [sk.blocks[sk.items[c].blocks[0]].text for c in item.children if sk.items[c].blocks]
    short = len(text.split()) <= 3 and not all(is_meta_line(k) for k in kids)
    return text.rstrip().endswith(":") or short


def _top(sk: Skeleton, i: int) -> int:
    while sk.items[i].parent is not None:
        i = sk.items[i].parent
    return i


def _last_block(sk: Skeleton, i: int) -> int:
    item = sk.items[i]
    return max(item.blocks + [_last_block(sk, c) for c in item.children], default=-1)


def _hosts(sk: Skeleton) -> dict[int, int]:
    """Bullets written flush under a numbered item ("1. **Fix X**" then "- step") belong to it.

    Markdown reads them as a new top-level list. They are the numbered item's details when
    it ends with a colon ("... we will monitor:") or the numbering resumes after them.
    """
    runs: list[tuple[int, list[int]]] = []
    for i, item in enumerate(sk.items):
        if item.parent is not None or item.ordered or not item.blocks:
            continue
        prev = sk.block_item.get(item.blocks[0] - 1)
        prev = _top(sk, prev) if prev is not None else None
        if prev is not None and sk.items[prev].ordered:
            runs.append((prev, [i]))
        elif prev is not None and runs and prev in runs[-1][1]:
            runs[-1][1].append(i)
    host: dict[int, int] = {}
    for h, members in runs:
        after = sk.block_item.get(_last_block(sk, members[-1]) + 1)
        resumes = after is not None and sk.items[_top(sk, after)].ordered
        if resumes or sk.blocks[sk.items[h].blocks[-1]].text.rstrip().endswith(":"):
            host.update(dict.fromkeys(members, h))
    return host


def _in_actions(sections: list[Section], sec: int | None) -> bool:
    return sec is not None and sections[sec].kind == "action items"


def _section_chain(sections: list[Section], sec: int) -> list[Section]:
    """The item's section and its parents up to the action-items heading."""
    chain = [sections[sec]]
    while chain[-1].own_kind != "action items" and chain[-1].parent is not None:
        chain.append(sections[chain[-1].parent])
    return chain


def _heading_due(heads: dict[int, Block], chain: list[Section], incident) -> Value | None:
    """A due date stated by the item's heading or a parent heading up to the action section."""
    for sec in chain:
        if (block := heads.get(sec.start)) and (due := heading_due(block, incident)):
            return due
    return None


def _list_items(sk: Skeleton, sections: list[Section], incident: dt.date | None):
    host = _hosts(sk)
    heads = {b.start: b for b in sk.blocks if b.kind == "heading"}
    extra: dict[int, list[int]] = {}
    for i, h in host.items():
        extra.setdefault(h, []).extend(sk.items[i].blocks)
    for n, item in enumerate(sk.items):
        if not item.blocks or n in host:
            continue
        block = sk.blocks[item.blocks[0]]
        if not _in_actions(sections, block.section):
            continue
        box = _CHECKBOX.match(block.text)
        if item.children and not box and _is_label(sk, item, block.text):
            continue  # a group label ("Short term:") whose children are the items
        if item.parent is not None and not box and _parent_is_item(sk, item.parent):
            continue  # details of the item above
        start = box.end() if box else 0
        if not block.text[start:].strip():
            continue  # an empty template checkbox
        details = [sk.blocks[b] for b in item.blocks[1:] + extra.get(n, [])] + [
            sk.blocks[sk.items[c].blocks[0]] for c in item.children if sk.items[c].blocks
        ]
        chain = _section_chain(sections, block.section)
        mark = box.group(1).strip("[]\ufe0f") if box else ""
        done = mark in _DONE_MARKS or any(_DONE_TITLE.search(s.title) for s in chain)
        meta = metadata([block, *details], start, incident)
        meta["due"] = meta["due"] or _heading_due(heads, chain, incident)
        yield ActionItem(
            text=block.text[start:].strip(),
            block=item.blocks[0],
            text_offset=start,
            done=done or says_done(block.text[start:]),
            source="checkbox" if box else "numbered" if item.ordered else "list",
            section=block.section,
            start=block.start,
            end=block.end,
            **meta,
        )


def _parent_is_item(sk: Skeleton, parent: int) -> bool:
    p = sk.items[parent]
    if not p.blocks:
        return False
    text = sk.blocks[p.blocks[0]].text
    return bool(_CHECKBOX.match(text)) or not _is_label(sk, p, text)


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


def _table_items(sk: Skeleton, table: Table, cols: dict[str, int], incident: dt.date | None):
    for row in table.rows:
        cells = [sk.blocks[i] for i in row]
        if len(cells) <= cols["action"] or not any(c.text.strip() for c in cells):
            continue
        action = cells[cols["action"]]

        def cell(role: str, empty: set[str] = _EMPTY, cells=cells) -> Block | None:
            n = cols.get(role)
            c = cells[n] if n is not None and n < len(cells) else None
            return c if c is not None and c.text.strip().lower() not in empty else None

        box = _CHECKBOX.match(action.text)
        start = box.end() if box else 0
        meta = metadata([action], start, incident)
        # An owner cell saying "TBD" or "?" is an owner PM304 must see, not a blank.
        if owner := cell("owner", _BLANK):
            meta["owner"] = value(owner, 0, len(owner.text.rstrip()))
        if due := cell("due"):
            meta["due"] = due_of(due, 0, incident) or cell_date(due, incident) or meta["due"]
        if prio := cell("priority"):
            end = len(prio.text.rstrip())
            meta["priority"] = value(prio, 0, end, norm=norm_priority(prio.text))
        status = cell("status", _BLANK)
        words = status.text.lower().replace("✅", " done ").split() if status else []
        done = bool(words) and words[0].strip(".:!") in DONE_WORDS
        yield ActionItem(
            text=action.text[start:].strip(),
            block=row[cols["action"]],
            text_offset=start,
            done=done or (box is not None and box.group(1).strip("[]\ufe0f") in _DONE_MARKS),
            source="table",
            section=action.section,
            start=min(c.start for c in cells if c.text.strip()),
            end=max(c.end for c in cells if c.text.strip()),
            **meta,
        )


def build_action_items(
    sk: Skeleton, sections: list[Section], incident_date: dt.date | None
) -> list[ActionItem]:
    """Every action item in the document's action sections, in document order."""
    items = list(_list_items(sk, sections, incident_date))
    for table in sk.tables:
        first = table.rows[0][0] if table.rows and table.rows[0] else None
        if first is None:
            continue
        header = [sk.blocks[i].text.strip() for i in table.header]
        cols = _columns(header)
        if _in_actions(sections, sk.blocks[first].section):
            if len(cols) > 1 or _COLUMNS["action"].search(header[cols["action"]] if header else ""):
                items.extend(_table_items(sk, table, cols, incident_date))
        elif "owner" in cols and any(_ACTION_HEADER.match(h) for h in header):
            items.extend(_table_items(sk, table, cols, incident_date))
    return sorted(items, key=lambda it: it.start)
