"""PM308 overdue-action-item."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import codes, lint, span

TODAY = dt.date(2026, 3, 20)
HEAD = "# Outage\n\nDate: 2026-01-10\n\n## Action Items\n\n"

FAIL = [
    "- [ ] Add an alert - Due 2026-03-19",
    "- Add an alert - Due 2/15",  # no year: the first 15 February after the incident
    "- Add an alert by 2026-03-01",
    "- Add an alert, due: Mar 15",
    "- Add an alert - Q4 2025",
]

PASS = [
    "- [ ] Add an alert - Due 2026-03-20",  # due today is not overdue yet
    "- [ ] Add an alert - Due 2026-04-01",
    "- [x] Add an alert - Due 2026-03-01",  # done
    "- Add an alert - Due 2026-03-01 (done)",
    "- Add an alert",  # no due date is PM305's business
    "- Investigate the 2026-03-01 latency spike",  # a date, not a deadline
]


@pytest.mark.parametrize("item", FAIL)
def test_fires(item: str) -> None:
    assert codes(lint(f"{HEAD}{item}\n", "PM308", today=TODAY)) == ["PM308"]


@pytest.mark.parametrize("item", PASS)
def test_passes(item: str) -> None:
    assert lint(f"{HEAD}{item}\n", "PM308", today=TODAY) == []


def test_off_without_today() -> None:
    assert lint(f"{HEAD}- Add an alert - Due 2020-01-01\n", "PM308") == []


def test_option_today_set_per_rule() -> None:
    text = f"{HEAD}- Add an alert - Due 2026-03-15\n"
    assert lint(text, "PM308", rules={"PM308": {"today": "2026-03-15"}}) == []
    assert codes(lint(text, "PM308", rules={"PM308": {"today": "2026-03-16"}})) == ["PM308"]


def test_table_row_with_status() -> None:
    text = HEAD + (
        "| Action | Owner | Due | Status |\n|---|---|---|---|\n"
        "| Add an alert | @a | 2026-03-01 | In progress |\n"
        "| Fix the pool | @b | 2026-03-01 | Done |\n"
    )
    found = lint(text, "PM308", dedent=False, today=TODAY)
    assert [span(text, f) for f in found] == ["2026-03-01"]
    assert found[0].line == 9


def test_heading_due_date_points_at_each_item() -> None:
    text = HEAD + "### Long-term (Q4 2025 - Q1 2026)\n\n- Load testing\n- Rollouts\n"
    found = lint(text, "PM308", dedent=False, today=dt.date(2026, 4, 2))
    assert [span(text, f) for f in found] == ["Load testing", "Rollouts"]
    assert "due 2026-03-31 ('Q1 2026'), 2 days ago" in found[0].message


def test_exact_position() -> None:
    text = HEAD + "- [ ] [P1] Add an alert - @alice - Due 2026-03-15\n"
    (f,) = lint(text, "PM308", dedent=False, today=TODAY)
    assert (f.line, f.column, f.end_line, f.end_column) == (7, 40, 7, 50)
    assert span(text, f) == "2026-03-15"
    assert "due 2026-03-15, 5 days ago" in f.message
    assert f.section == "Action Items"
    assert f.suggestion
