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


def _lines(text: str, select: list[str]) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in lint_text(text, Config(select=select)).findings]


# Items on lines 5 and 9; each lacks an owner (PM303) and a due date (PM305).
def _between(disable: str, enable: str) -> str:
    return ITEMS + f"<!-- {disable} -->\n\n- Add an alert\n\n<!-- {enable} -->\n\n- Fix the pool\n"


def test_enable_reads_selectors_as_select_does() -> None:
    # A name closes what a code opened; case does not matter.
    for disable, enable in [
        ("pmlint-disable PM303", "pmlint-enable missing-owner"),
        ("pmlint-disable pm303", "pmlint-enable PM303"),
        ("pmlint-disable PM3", "pmlint-enable PM303, PM305"),
        ("PMLINT-DISABLE Missing-Owner", "pmlint-enable pm303"),
    ]:
        assert _lines(_between(disable, enable), ["PM303"]) == [("PM303", 9)], disable


def test_each_rule_is_enabled_on_its_own() -> None:
    text = _between("pmlint-disable PM303, PM305", "pmlint-enable PM303")
    assert _lines(text, ["PM303", "PM305"]) == [("PM303", 9)]  # PM305 stays off
    text = _between("pmlint-disable", "pmlint-enable PM305")  # every rule, then one back
    assert _lines(text, ["PM303", "PM305"]) == [("PM305", 9)]


def test_an_unknown_selector_silences_nothing_and_is_reported() -> None:
    text = _between("pmlint-disable PM3O3", "pmlint-enable PM3O3")  # letter O, a typo
    assert _lines(text, ["PM303"]) == [("PM303", 5), ("PM303", 9)]
    notices = lint_text(text, Config(select=["PM303"])).notices
    assert notices == [
        "line 3: 'PM3O3' in a pmlint-disable comment names no rule",
        "line 7: 'PM3O3' in a pmlint-enable comment names no rule",
    ]
    assert lint_text(_between("pmlint-disable PM3", "pmlint-enable"), Config()).notices == []
