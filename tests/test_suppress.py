"""Inline suppressions: disable/enable ranges, next line, whole file, reasons."""

from __future__ import annotations

from linter.engine import lint_text
from models import Config

ITEMS = "## Action Items\n\n"


def run(text: str):
    return lint_text(text, Config(select=["PM303"]))


def test_disable_enable_range_with_reason() -> None:
    text = (
        ITEMS + "<!-- pmlint-disable PM303 -- owners are assigned in Jira -->\n\n"
        "- Add an alert\n- Fix the pool\n\n<!-- pmlint-enable PM303 -->\n\n- Rotate the key\n"
    )
    r = run(text)
    assert [f.line for f in r.findings] == [10]
    assert [s.finding.line for s in r.suppressed] == [5, 6]
    assert {s.reason for s in r.suppressed} == {"owners are assigned in Jira"}


def test_next_line_only() -> None:
    text = ITEMS + "- Add an alert\n<!-- pmlint-disable-next-line missing-owner -->\n- Fix it\n"
    r = run(text)
    assert [f.line for f in r.findings] == [3]
    assert [s.finding.line for s in r.suppressed] == [5]


def test_file_wide_by_prefix() -> None:
    text = "<!-- pmlint-disable-file PM3 -->\n\n" + ITEMS + "- Add an alert\n"
    r = run(text)
    assert r.findings == [] and len(r.suppressed) == 1
    assert r.suppressed[0].reason is None


def test_other_rules_are_not_suppressed() -> None:
    text = ITEMS + "<!-- pmlint-disable PM101 -->\n- Add an alert\n"
    assert len(run(text).findings) == 1


def test_blanket_disable() -> None:
    text = ITEMS + "<!-- pmlint-disable -->\n- Add an alert\n<!-- pmlint-enable -->\n- Fix\n"
    r = run(text)
    assert [f.line for f in r.findings] == [6]


def test_directive_inside_code_is_ignored() -> None:
    text = ITEMS + "```\n<!-- pmlint-disable-file -->\n```\n\n- Add an alert\n"
    assert len(run(text).findings) == 1
