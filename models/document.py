"""A post-mortem parsed into the parts a facilitator reads.

Every part knows where it came from: `start`/`end` are 0-based code-point offsets into
the original text (the string given to the linter), so a rule can point at exactly the
words it is about without ever counting lines itself.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, PrivateAttr

from models.finding import Hit

SectionKind = str  # canonical kinds come from the configurable synonym table


class Located(BaseModel):
    """Something with a source span."""

    start: int
    end: int

    def hit(self, message: str, suggestion: str | None = None) -> Hit:
        """A hit covering this whole part."""
        return Hit(start=self.start, end=self.end, message=message, suggestion=suggestion)


class Value(Located):
    """A small piece of text pulled out of a larger part: an owner, a due date, a priority."""

    text: str
    norm: str | None = None
    date: dt.date | None = None


class Block(Located):
    """One run of prose: a heading, paragraph, list-item paragraph or table cell.

    `text` is the inline text with Markdown markup removed; `runs` maps it back to the
    source: each `(text_start, source_start, length)` says that `text[text_start:
    text_start+length]` came from the same number of characters at `source_start`.
    """

    kind: Literal["heading", "paragraph", "list_item", "table_cell"]
    text: str
    runs: list[tuple[int, int, int]]
    code: list[tuple[int, int]] = []
    section: int | None = None
    quote: bool = False
    list_depth: int = 0
    line: int = 0

    def source_offset(self, i: int) -> int:
        """Map an offset in `text` to an offset in the original text."""
        if not self.runs:
            return self.start
        k = bisect.bisect_right(self.runs, (i, float("inf"), 0)) - 1
        if k < 0:
            return self.runs[0][1]
        t0, s0, n = self.runs[k]
        return s0 + min(i - t0, n)

    def hit(  # type: ignore[override]
        self,
        message: str,
        suggestion: str | None = None,
        *,
        start: int = 0,
        end: int | None = None,
    ) -> Hit:
        """A hit covering `text[start:end]` (the whole block by default)."""
        end = len(self.text) if end is None else end
        s = self.source_offset(start)
        # Map the last character, not `end`: a span ending at a run boundary must not
        # stretch over the markup (`**`, `](url)`) that separates it from the next run.
        e = self.source_offset(end - 1) + 1 if end > start else s
        return Hit(start=s, end=max(e, s), message=message, suggestion=suggestion)

    def in_code(self, start: int, end: int) -> bool:
        """True when `text[start:end]` lies inside inline code."""
        return any(a <= start and end <= b for a, b in self.code)


class Section(Located):
    """A heading and everything under it until the next heading of the same or higher level.

    `start`/`end` cover the heading; `body_end` is where the section's content ends.
    `kind` is the canonical kind (inherited from the parent section when the heading
    itself is not a known kind); `own_kind` is the heading's own kind.
    """

    title: str
    level: int
    kind: SectionKind | None = None
    own_kind: SectionKind | None = None
    parent: int | None = None
    body_end: int
    blocks: list[int] = []
    children: list[int] = []
    has_other_content: bool = False
    pseudo: bool = False

    @property
    def empty(self) -> bool:
        """No prose, table, code or subsection under the heading."""
        return not self.blocks and not self.children and not self.has_other_content


class SummaryField(Located):
    """A summary field such as `Severity: SEV2`; the span covers the value."""

    key: str
    label: str
    value: str


class TimelineEntry(Located):
    """One line of the timeline.

    `time` is resolved against the dates seen before it (a date heading, an earlier
    entry's date, a day roll-over past midnight); `has_date`/`has_time` say what the
    entry itself wrote.
    """

    text: str
    time: dt.datetime | None = None
    time_text: str | None = None
    has_date: bool = False
    has_time: bool = False
    section: int | None = None
    #: The date of the date line or date heading the entry sits under (a day-by-day
    #: timeline such as "2019-03-14:" followed by events), else None.
    day: dt.date | None = None


class Why(Located):
    """One step of a 5-whys chain."""

    question: str | None
    answer: str
    block: int | None = None


class ActionItem(Located):
    """A follow-up action and its metadata, wherever and however it was written."""

    text: str
    block: int | None = None
    text_offset: int = 0
    owner: Value | None = None
    due: Value | None = None
    priority: Value | None = None
    done: bool = False
    source: Literal["list", "checkbox", "table", "numbered"]
    section: int | None = None


class Document(BaseModel):
    """A whole post-mortem."""

    text: str
    path: str | None = None
    format: Literal["markdown", "text"] = "markdown"
    title: Value | None = None
    blocks: list[Block] = []
    sections: list[Section] = []
    summary: dict[str, SummaryField] = {}
    timeline: list[TimelineEntry] = []
    whys: list[Why] = []
    action_items: list[ActionItem] = []
    skipped: list[tuple[int, int]] = []
    comments: list[Value] = []
    _language: dict[str, list[Any]] = PrivateAttr(default_factory=dict)

    def set_language(self, sentences: dict[str, list[Any]]) -> None:
        """Attach the parsed sentences prepared for each language rule (by the engine)."""
        self._language = sentences

    def language_codes(self) -> list[str]:
        """The rules the engine prepared parsed sentences for."""
        return list(self._language)

    def language(self, code: str) -> list[Any]:
        """The parsed sentences prepared for rule `code` (empty before annotation)."""
        return self._language.get(code, [])

    def hit(self, message: str, suggestion: str | None = None) -> Hit:
        """A document-level hit, anchored on the title (or the first character)."""
        if self.title is not None:
            return self.title.hit(message, suggestion)
        return Hit(start=0, end=0, message=message, suggestion=suggestion)

    def sections_of_kind(self, kind: SectionKind) -> list[Section]:
        """Every section whose own heading is of `kind`."""
        return [s for s in self.sections if s.own_kind == kind]

    def has_section(self, kind: SectionKind) -> bool:
        """True when some heading is of `kind`."""
        return any(s.own_kind == kind for s in self.sections)

    def section_kind(self, block: Block) -> SectionKind | None:
        """The kind of the section `block` sits in (inherited from parents)."""
        return None if block.section is None else self.sections[block.section].kind

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose heading or body contains `offset`."""
        found = None
        for s in self.sections:
            if s.start <= offset < max(s.body_end, s.end):
                found = s
        return found

    def prose(self) -> list[Block]:
        """Blocks a language rule may read: no headings, no quoted chat."""
        return [b for b in self.blocks if b.kind != "heading" and not b.quote]
