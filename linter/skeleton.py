"""The layout of a document before judgement: blocks, headings, list items, tables.

Both readers (Markdown and plain text) produce a `Skeleton`; `linter.structure` turns it
into the `Document` the rules read. All offsets are into the original text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models import Block


@dataclass
class Heading:
    """A heading: a Markdown heading, or a line that reads as one (`**Timeline**`)."""

    block: int
    level: int
    pseudo: bool = False


@dataclass
class ListItem:
    """One list item; `blocks` are its own paragraphs (not those of nested items)."""

    start: int
    end: int
    depth: int
    ordered: bool
    blocks: list[int] = field(default_factory=list)
    parent: int | None = None
    children: list[int] = field(default_factory=list)


@dataclass
class Table:
    """A table; each row is a list of cell block indices (None for a missing cell)."""

    start: int
    end: int
    header: list[int] = field(default_factory=list)
    rows: list[list[int]] = field(default_factory=list)
    row_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Comment:
    """An HTML comment (where suppressions live)."""

    start: int
    end: int
    text: str
    line: int


@dataclass
class Skeleton:
    """What a reader found, in document order."""

    blocks: list[Block] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    other: list[int] = field(default_factory=list)
    skipped: list[tuple[int, int]] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    block_item: dict[int, int] = field(default_factory=dict)
