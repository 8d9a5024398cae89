"""The readers: blocks, markup removal, and exact offsets back into the original text."""

from __future__ import annotations

import pytest

from linter.document import parse_document
from linter.source import Source
from models import Document


def block_texts(doc: Document, kind: str | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


def source_of(doc: Document, needle: str) -> str:
    """Find `needle` in some block's clean text and return what it maps to in the source."""
    for b in doc.blocks:
        i = b.text.find(needle)
        if i >= 0:
            h = b.hit("", start=i, end=i + len(needle))
            return doc.text[h.start : h.end]
    raise AssertionError(f"{needle!r} not in any block")


@pytest.mark.parametrize(
    "markup, clean",
    [
        ("The **pool** _was_ full.", "The pool was full."),
        ("See [the runbook](https://x.example/rb) now.", "See the runbook now."),
        ("Use `kubectl drain` first.", "Use kubectl drain first."),
        ("R&amp;D and \\*stars\\*", "R&D and *stars*"),
        ("Owner: <Your name goes here>", "Owner: <Your name goes here>"),
        ("A <b>bold</b> move <!-- hidden -->", "A bold move "),
    ],
)
def test_inline_markup_removed(markup: str, clean: str) -> None:
    doc = parse_document(markup + "\n")
    assert block_texts(doc) == [clean]


@pytest.mark.parametrize(
    "text, needle",
    [
        ("The **pool** was full.", "pool was"),
        ("See [the runbook](https://x.example/rb) now.", "runbook now"),
        ("Déjà vu: 数据库 was down 🔥🔥 for 2h.", "was down 🔥🔥 for"),
        ("line one\r\nline **two** here\r\n", "two here"),
        ("\ufeff# Title\n\nThe cache was cold.", "cache was cold"),
        ("- item\twith\ttabs and **more**", "tabs and more"),
        ("> quoted *chat* line\n> second line", "second line"),
        ("| a | b |\n|---|---|\n| x **y** | z 🔥 w |\n", "z 🔥 w"),
    ],
)
def test_offsets_map_back_to_the_same_words(text: str, needle: str) -> None:
    mapped = source_of(parse_document(text), needle)
    # The span may include markup between the words, never anything else.
    for markup in ("**", "*", "](https://x.example/rb)"):
        mapped = mapped.replace(markup, "")
    assert mapped == needle


def test_crlf_positions() -> None:
    text = "# T\r\n\r\nSecond **para** here\r\n"
    src = Source(text)
    doc = parse_document(text)
    b = doc.blocks[-1]
    h = b.hit("", start=b.text.index("para"), end=b.text.index("para") + 4)
    assert text[h.start : h.end] == "para"
    assert src.position(h.start) == (3, 10)


def test_bom_is_not_a_column() -> None:
    text = "\ufeff# Title\n"
    doc = parse_document(text)
    assert doc.title is not None and doc.title.text == "Title"
    assert Source(text).position(doc.title.start) == (1, 3)
    assert text[doc.title.start : doc.title.end] == "Title"


def test_code_front_matter_and_comments_are_skipped() -> None:
    text = (
        "---\ntitle: TODO\n---\n\n# Real title\n\n```\nTODO in code\n```\n\n"
        "    indented TODO code\n\n<!--\nTODO in a comment\n-->\n\nProse here.\n"
    )
    doc = parse_document(text)
    assert block_texts(doc) == ["Real title", "Prose here."]
    skipped = "".join(text[a:b] for a, b in doc.skipped)
    assert "title: TODO" in skipped and "TODO in code" in skipped
    assert "indented TODO code" in skipped and "TODO in a comment" in skipped


def test_toml_front_matter() -> None:
    doc = parse_document('+++\ntitle = "x"\n+++\n\n# Heading\n')
    assert block_texts(doc) == ["Heading"]


def test_block_quotes_are_kept_and_marked() -> None:
    doc = parse_document("Before.\n\n> Dave: who broke prod?\n\nAfter.\n")
    quoted = [b for b in doc.blocks if b.quote]
    assert [b.text for b in quoted] == ["Dave: who broke prod?"]
    assert [b.text for b in doc.prose()] == ["Before.", "After."]


def test_inline_code_is_marked() -> None:
    doc = parse_document("Run `TODO fix` later.\n")
    b = doc.blocks[0]
    i = b.text.index("TODO")
    assert b.in_code(i, i + 4)
    assert not b.in_code(0, 3)


def test_table_cells_are_blocks_with_positions() -> None:
    text = "| Time | Event |\n|---|---|\n| 14:32 | Alert **fired** |\n"
    doc = parse_document(text)
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [c.text for c in cells] == ["Time", "Event", "14:32", "Alert fired"]
    assert [text[c.start : c.end] for c in cells] == ["Time", "Event", "14:32", "Alert **fired"]


def test_plain_text_reader() -> None:
    text = (
        "INCIDENT REPORT\n===============\n\n1. Incident Summary\n"
        "The API was down * for 2h.\nSecond line.\n\nTimeline:\n"
        "- 14:32 alert fired\n  and paged\n- 14:40 rollback\n"
    )
    doc = parse_document(text, fmt="text")
    assert [s.title for s in doc.sections] == ["INCIDENT REPORT", "1. Incident Summary", "Timeline"]
    assert [s.own_kind for s in doc.sections] == [None, "summary", "timeline"]
    assert "The API was down * for 2h.\nSecond line." in block_texts(doc, "paragraph")
    items = block_texts(doc, "list_item")
    assert items == ["14:32 alert fired\nand paged", "14:40 rollback"]
    b = next(b for b in doc.blocks if b.text.startswith("14:32"))
    h = b.hit("", start=b.text.index("and"), end=b.text.index("and") + 9)
    assert text[h.start : h.end] == "and paged"


def test_plain_text_is_chosen_by_suffix() -> None:
    assert parse_document("x\n", path="a/b.txt").format == "text"
    assert parse_document("x\n", path="a/b.rst").format == "text"
    assert parse_document("x\n", path="a/b.md").format == "markdown"
