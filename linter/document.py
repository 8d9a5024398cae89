"""Parse a post-mortem (Markdown or plain text) into a `Document`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import cache
from pathlib import PurePath

from linter.actions import build_action_items
from linter.dates import first_date, stated_zone
from linter.markdown import read_markdown
from linter.plaintext import read_plaintext
from linter.source import Source
from linter.structure import (
    build_sections,
    find_fields,
    find_title,
    freeze,
    is_exact_title,
)
from linter.timeline import build_timeline
from linter.whys import build_whys
from models import Config, Document, Value

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TEXT_SUFFIXES = frozenset({".txt", ".rst", ".text"})


def infer_format(path: str | None) -> str:
    """`text` for .txt/.rst files, `markdown` for everything else (and for stdin)."""
    if path and PurePath(path).suffix.lower() in TEXT_SUFFIXES:
        return "text"
    return "markdown"


@cache
def _title_test(table: tuple) -> Callable[[str], bool]:
    """One function per section table, so the reader's caches can key on it."""
    return functools.partial(is_exact_title, table=table)


def parse_document(
    text: str,
    config: Config | None = None,
    path: str | None = None,
    fmt: str | None = None,
    incremental: bool = True,
) -> Document:
    """Read `text` into sections, summary fields, timeline, 5 whys and action items.

    `incremental` keeps the parts of a Markdown document by content, so reading it again
    after an edit re-reads only the edited part (editors, the service); a batch of
    documents read once is faster without it.
    """
    config = config or Config()
    fmt = fmt or infer_format(path)
    table = freeze(config.section_table())
    src = Source(text)
    is_title = _title_test(table)
    sk = (
        read_markdown(src, is_title, incremental)
        if fmt == "markdown"
        else read_plaintext(src, is_title)
    )
    sections = build_sections(sk, table, len(text))
    summary = find_fields(sk, sections, freeze(config.fields))
    stated = summary["date"].value if "date" in summary else None
    incident_date = first_date(stated) if stated else None
    zone = stated_zone(stated) if stated else None  # "Date: 2026-03-04 (all times PDT)"
    timeline = build_timeline(sk, sections, incident_date, zone=zone)
    if incident_date is None:
        incident_date = next((e.time.date() for e in timeline if e.has_date and e.time), None)
    return Document(
        text=text,
        path=path,
        format=fmt,
        title=find_title(sk, sections),
        blocks=sk.blocks,
        sections=sections,
        summary=summary,
        timeline=timeline,
        whys=build_whys(sk, sections),
        action_items=build_action_items(sk, sections, incident_date),
        skipped=sk.skipped,
        comments=[Value(text=c.text, start=c.start, end=c.end) for c in sk.comments],
    )
