"""Every real post-mortem and template: no crash, and every finding points at real text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from linter.engine import lint_text
from models import Config
from tests.conftest import CORPUS, TEMPLATES

FILES = sorted(CORPUS.glob("*.md")) + sorted(TEMPLATES.glob("*.md"))


def independent_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column counted the slow, obvious way (these files use LF endings)."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def test_the_shared_material_is_there() -> None:
    assert len(FILES) >= 60, "expected ../shared/corpus and ../shared/templates"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:60])
def test_findings_point_inside_the_file(path: Path) -> None:
    text = path.read_bytes().decode("utf-8-sig")
    result = lint_text(text, Config(today=dt.date(2026, 11, 27)), path=str(path))
    assert result.document is not None
    for f in result.findings:
        where = f"{f.rule} at {f.line}:{f.column}"
        assert f.offset >= 0 and f.offset + f.length <= len(text), where
        assert (f.line, f.column) == independent_position(text, f.offset), where
        assert (f.end_line, f.end_column) == independent_position(text, f.offset + f.length)
        covered = text[f.offset : f.offset + f.length]
        if f.length:
            assert covered.strip(), f"{where} points at blank text"
            assert covered == covered.strip(), f"{where} span has stray whitespace: {covered!r}"
        for a, b in result.document.skipped:
            assert not (a <= f.offset and f.offset + f.length <= b and f.length), (
                f"{where} is inside code, front matter or a comment"
            )
