"""Reading an action item's owner, due date, priority and status out of its text.

Owners: `@handle`, `Owner: Name`, a "- Alice -" segment. Due dates: `Due 2/15`, `by
2026-03-15`, `due: Mar 15`, a bare ISO date or `Q3 2026`. Priorities: `[P1]`, `P1`, `(P2)`,
`Priority: high`, `high-priority`, a leading `HIGH`. Bare tokens (`P1`, an ISO date, a
quarter) count only where they stand apart from the sentence (start of the item, between
dashes, commas or brackets): "page on every P1 incident" states no priority. Dates are read
by python-dateutil (through `linter.dates`); the regexes here only find candidate tokens.
A due date written in a date's shape that is no date ("Due 2026-02-30") is kept with
`date=None`, so it is reported as wrong rather than as missing.
"""

from __future__ import annotations

import datetime as dt
import re

from linter.dates import find_date_after, read_stamp
from models import Block, Value
from rules.vocabulary import DONE_WORDS, GROUP_OWNERS, PRIORITY_WORDS

_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?(?<![.-])")
# A label needs its colon: "Product Owners about ..." and "code-owners for ..." name nobody.
_OWNER_LABEL = re.compile(
    r"(?<![\w-])(?:owners?|assignees?|dri|responsible|who)\s*[:=]\s*|(?<![\w-])assigned\s+to\s+",
    re.I,
)
_OWNER_END = re.compile(
    r"\s*(?:[,;)|\]]|(?<=\w\w)\.(?:\s|$)|(?:^|\s)[-–—]\s|\b(?:due|by|priority)\b|$)", re.I
)
_DASH = re.compile(r"\s+[-–—|]\s+")
_NAME = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.")
_COLLECTIVE = {"team", "teams", "squad", "group", "org", "crew", "guild", "folks", "people"}
_NOT_NAMES = {"phase", "part", "step", "stage", "optional", "stretch", "ongoing", "blocked"}
_NOT_NAMES |= {"backlog", "later", "open", "pending", "planned", "proposed", "next", "soon"}
_PN = re.compile(r"\bP[0-5]\b")
_PRIORITY = "|".join(PRIORITY_WORDS)
_PRIORITY_LABEL = re.compile(rf"\bpriority\s*[:=]?\s*(P?[0-5]\b|(?:{_PRIORITY})\b)", re.I)
_PRIORITY_WORD = re.compile(rf"\b({_PRIORITY})[- ]priority\b|[\[(]({_PRIORITY})[\])]", re.I)
# At the very start of an item: "HIGH Add crate downloads ..." or "High: add ...".
_PRIORITY_LEAD = re.compile(
    rf"({'|'.join(w.upper() for w in PRIORITY_WORDS)})(?![-\w])|(?i:({_PRIORITY}))(?=\s*[:–—-]\s)"
)
_DUE = re.compile(
    r"\b(?:due(?:\s+date)?|by|before|deadline|eta|target(?:\s+date)?|until)\b[\s:]*", re.I
)
_DUE_BEFORE = re.compile(_DUE.pattern.removesuffix(r"[\s:]*") + r"\W*$", re.I)
_ISO = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")
_QUARTER = re.compile(r"\bQ([1-4])\s*(?:'|20)?(\d\d)\b")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)  # whole month words only: "10 junior engineers" is no date
_SLASHED = re.compile(r"([0-3]?\d)/([0-3]?\d)(?:/(\d{2,4}))?")
# The shapes of a date, whether or not it exists: "2026-02-30", "2/30", "Feb 30", "30 Feb".
_DATE_SHAPE = re.compile(
    rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|[0-3]?\d/[0-3]?\d(?:/\d{{2,4}})?\b"
    rf"|{_MONTH}\s+\d{{1,2}}\b(?:,?\s+\d{{4}}\b)?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}\b)?",
    re.I,
)
_META_LINE = re.compile(
    r"\s*(?:@\w|(?:owners?|assignee|who|due|deadline|eta|target|priority|status)\b|P[0-5]\b|\d{4}-\d)",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|'\d\d\b")
_DONE_TEXT = re.compile(
    r"[\[(](?:done|completed|closed|fixed)[\])]|✅|\bstatus\s*:\s*(?:done|complete|completed|closed)"
    r"|^(?:done|completed|fixed)\s*[:–—-]\s|\s[-–—]\s(?:done|completed)\.?$",
    re.I,
)
# Statements of what was already done: "We have removed ...", "Switched to pnpm".
_PAST = re.compile(
    r"^(?:we(?:\s+have|'ve|’ve)\s+(?!not\b|to\b|yet\b|never\b)(?:\w+\s+){0,3}?\w+(?:ed|en|t)\b"
    r"|we\s+\w+(?<!e)ed\b(?!\s+to\b)"
    r"|[\w\s-]{0,60}\b(?:has|have)\s+been\s+\w+(?:ed|en|t)\b"
    r"|[a-z-]+(?<!e)(?<!emb)(?<!sh)(?<!shr)ed\s+(?:the|a|an|our|to|all|it|them|this|that|these|those)\b"
    r"|(?:sent|built|wrote|rebuilt|rewrote|taught)\s)",
    re.I,
)


def value(block: Block, start: int, end: int, **extra) -> Value:
    h = block.hit("", start=start, end=end)
    return Value(text=block.text[start:end], start=h.start, end=h.end, **extra)


def _apart(text: str, first: int, a: int, b: int, lead: bool = False) -> bool:
    """`text[a:b]` stands apart: dashed, bracketed or comma'd off (or leads, when `lead`)."""
    before, after = text[first:a].rstrip(), text[b:].lstrip()
    if lead and not before:
        return True
    return (not before or before[-1] in "-–—|,;([:") and (not after or after[0] in "-–—|,;)]:.")


def owner_of(block: Block, first: int) -> Value | None:
    text = block.text
    for m in _HANDLE.finditer(text, first):
        # "@org/team" is a team handle only where it stands apart: in a sentence ("use
        # @octokit/rest") it is a package name.
        team_ok = "/" not in m.group() or _apart(text, first, m.start(), m.end(), lead=True)
        if team_ok and not block.in_code(m.start(), m.end()):
            return value(block, m.start(), m.end())
    m = _OWNER_LABEL.search(text, first)
    if m:
        name = text[m.end() :]
        end = _OWNER_END.search(name)
        name = name[: end.start()] if end else name
        if name.strip(" -–—"):
            return value(block, m.end(), m.end() + len(name.rstrip()))
    return _dash_owner(block, first)


def _dash_owner(block: Block, first: int) -> Value | None:
    """ "Add an alert - Alice - Due 2026-03-15": a name between dashes after the action.

    A bare capitalised word may be a product ("Add dashboards - Grafana"), so a name counts
    only when due/priority/status segments follow it; a group phrase ("- the team") may also
    end the line. A missed owner costs a nag; a product taken for an owner hides one.
    """
    text = block.text
    cuts = list(_DASH.finditer(text, first))
    starts, ends = [first] + [c.end() for c in cuts], [c.start() for c in cuts] + [len(text)]
    bounds = list(zip(starts, ends, strict=True))
    if len(bounds) < 2 or text[bounds[0][0] : bounds[0][1]].rstrip().endswith(":"):
        return None
    for n, (a, b) in enumerate(bounds[1:], 1):
        piece = text[a:b].rstrip(" .")
        later = [text[x:y] for x, y in bounds[n + 1 :]]
        if not piece or not all(_meta(p) for p in later):
            continue
        words = piece.split()
        group = piece.lower() in GROUP_OWNERS or (
            1 < len(words) <= 3 and words[-1].lower() in _COLLECTIVE
        )
        name = (
            len(words) <= 3
            and all(_NAME.fullmatch(w) for w in words)
            and not {w.lower() for w in words} & _NOT_NAMES
            and not _meta(piece)
            and later
        )
        if group or name:
            return value(block, a, a + len(piece))
    return None


def _meta(piece: str) -> bool:
    low = piece.lower().strip(" .")
    return bool(
        _PN.fullmatch(piece.strip(" .[]()"))
        or low in PRIORITY_WORDS
        or low in DONE_WORDS
        or low.startswith(("due", "priority", "status", "eta", "by "))
        or read_stamp(piece) is not None
        or _QUARTER.fullmatch(piece.strip(" ."))
        or low.startswith(("#", "http", "[#", "(#"))
    )


def _dated(block: Block, a: int, b: int, when: dt.date, incident: dt.date | None) -> Value:
    """A due date; "Due 2/15" written after a November incident means next February."""
    if incident and when < incident and not _YEAR.search(block.text[a:b]):
        when = when.replace(year=when.year + 1)
    return value(block, a, b, date=when)


def quarter_end(quarter: int, year: int) -> dt.date:
    """The last day of a calendar quarter (the deadline "Q3 2026" means)."""
    first_of_next = dt.date(year + quarter // 4, quarter % 4 * 3 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def due_of(block: Block, first: int, incident: dt.date | None) -> Value | None:
    text = block.text
    default = dt.datetime.combine(incident or dt.date.today(), dt.time())
    stamp = find_date_after(text[first:], _DUE, default)
    if stamp:
        # `stamp.end` counts the separators after the date; find the date's own words.
        a = text.rfind(stamp.text, first, first + stamp.end)
        b = a + len(stamp.text.rstrip(" ,;:.|–—-()[]*"))
        return _dated(block, a, b, stamp.value.date(), incident)
    for m in _ISO.finditer(text, first):
        if _apart(text, first, m.start(), m.end()) and (s := read_stamp(m.group(), default)):
            return value(block, m.start(), m.end(), date=s.value.date())
    for m in _QUARTER.finditer(text, first):
        if _apart(text, first, m.start(), m.end()) or _DUE_BEFORE.search(text, first, m.start()):
            when = quarter_end(int(m.group(1)), 2000 + int(m.group(2)))
            return value(block, m.start(), m.end(), date=when)
    return _day_first_due(block, first, default, incident) or _impossible_due(block, first, default)


def _day_first_due(
    block: Block, first: int, default: dt.datetime, incident: dt.date | None
) -> Value | None:
    """ "Due 31/12": a day-first date, which dateutil (month first) cannot read, when the
    first number can only be a day."""
    text = block.text
    for m in _DUE.finditer(text, first):
        d = _SLASHED.match(text, m.end())
        if d is None or int(d[1]) <= 12 or re.match(r"[/\d]", text[d.end() : d.end() + 1]):
            continue
        year = int(d[3]) + (2000 if int(d[3]) < 100 else 0) if d[3] else default.year
        try:
            when = dt.date(year, int(d[2]), int(d[1]))
        except ValueError:
            continue
        return _dated(block, d.start(), d.end(), when, incident)
    return None


def _impossible_due(block: Block, first: int, default: dt.datetime) -> Value | None:
    """A due date shaped like a date that does not exist ("Due 2026-02-30"), with no date."""
    text = block.text
    shapes = [d for m in _DUE.finditer(text, first) if (d := _DATE_SHAPE.match(text, m.end()))]
    shapes += [m for m in _ISO.finditer(text, first) if _apart(text, first, m.start(), m.end())]
    for m in shapes:
        if _no_such_day(m.group(), default):
            return value(block, m.start(), m.end())
    return None


def _no_such_day(text: str, default: dt.datetime) -> bool:
    """A date-shaped text that names no day: dateutil cannot read it, and a slashed
    "31/12" is not a real day either way round (day/month or month/day)."""
    if read_stamp(text, default) is not None:
        return False
    m = _SLASHED.fullmatch(text.strip())
    if m:
        a, b = int(m[1]), int(m[2])
        year = int(m[3]) if m[3] else 2028  # a leap year: "29/2" may be real
        year += 2000 if year < 100 else 0
        for month, day in ((a, b), (b, a)):
            try:
                dt.date(year, month, day)
                return False
            except ValueError:
                continue
    return True


def norm_priority(raw: str) -> str:
    """`P1`, `p1` and `1` -> "P1"; words -> lower case."""
    raw = raw.strip(" []()")
    return f"P{raw[-1]}" if re.fullmatch(r"[Pp]?[0-5]", raw) else raw.lower()


def priority_of(block: Block, first: int) -> Value | None:
    text = block.text
    m = _PRIORITY_LABEL.search(text, first)
    if m:
        return value(block, m.start(1), m.end(1), norm=norm_priority(m.group(1)))
    for m in _PN.finditer(text, first):
        if _apart(text, first, m.start(), m.end(), lead=True):
            return value(block, m.start(), m.end(), norm=m.group())
    m = _PRIORITY_LEAD.match(text, first) or _PRIORITY_WORD.search(text, first)
    if m:
        g = next(i for i in (1, 2) if m.group(i))
        return value(block, m.start(g), m.end(g), norm=m.group(g).lower())
    return None


def metadata(blocks: list[Block], first: int, incident: dt.date | None) -> dict:
    """Owner, due date and priority, each from the first block that states it."""
    found: dict[str, Value | None] = {"owner": None, "due": None, "priority": None}
    for n, block in enumerate(blocks):
        start = first if n == 0 else 0
        found["owner"] = found["owner"] or owner_of(block, start)
        found["due"] = found["due"] or due_of(block, start, incident)
        found["priority"] = found["priority"] or priority_of(block, start)
    return found


def is_meta_line(text: str) -> bool:
    """A line that only states metadata: "owner: Bob", "due 2026-04-01", "@bob", "P1"."""
    return bool(_META_LINE.match(text))


def says_done(text: str) -> bool:
    """True when the item's own words say it is finished ("(done)", "We have removed ...")."""
    return bool(_DONE_TEXT.search(text) or _PAST.match(text))


def cell_date(block: Block, incident: dt.date | None) -> Value | None:
    default = dt.datetime.combine(incident or dt.date.today(), dt.time())
    stamp = read_stamp(block.text, default)
    if (
        stamp is None
        and _DATE_SHAPE.fullmatch(block.text.strip())
        and _no_such_day(block.text, default)
    ):
        return value(block, 0, len(block.text.rstrip()))  # "2026-02-30": no such day
    if stamp is None or not stamp.has_date:
        return None
    return _dated(block, 0, len(block.text.rstrip()), stamp.value.date(), incident)


def heading_due(block: Block, incident: dt.date | None) -> Value | None:
    """ "Long-term improvements (Q4 2025 - Q1 2026)": the latest date a heading promises."""
    found = [
        value(block, m.start(), m.end(), date=quarter_end(int(m[1]), 2000 + int(m[2])))
        for m in _QUARTER.finditer(block.text)
    ]
    if not found and _DUE.search(block.text) and (due := due_of(block, 0, incident)):
        found = [due]
    return max(found, key=lambda v: v.date) if found else None
