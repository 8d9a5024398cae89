"""PM305 missing-due-date."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "- [ ] [P1] Add an alert - @alice",
    "- Add an alert - Due TBD",
    "- Investigate the 2026-03-01 latency spike - @alice",  # a date, but not a deadline
    "- Add an alert due to the March 15 outage",
    "- Reduce retries by 50%",
    "- Plan the Q3 capacity review",
]

PASS = [
    "- Add an alert - Due 2/15",
    "- Add an alert - Due 2026-03-15",
    "- Add an alert by 2026-03-15",
    "- Add an alert, due: Mar 15",
    "- Add an alert (2026-03-15)",
    "- Add an alert - Q3 2026",
    "- [x] Add an alert",  # done items need no date any more
    "- Add an alert (done)",
]


@pytest.mark.parametrize("item", FAIL)
def test_fires(item: str) -> None:
    assert codes(lint(f"## Action Items\n\n{item}\n", "PM305")) == ["PM305"]


@pytest.mark.parametrize("item", PASS)
def test_passes(item: str) -> None:
    assert lint(f"## Action Items\n\n{item}\n", "PM305") == []


def test_table_due_column() -> None:
    text = (
        "## Action Items\n\n| Action | Owner | Due |\n|---|---|---|\n"
        "| Add an alert | @a | n/a |\n| Fix the pool | @b | 2026-03-20 |\n"
    )
    found = lint(text, "PM305", dedent=False)
    assert codes(found) == ["PM305"]
    assert found[0].line == 5


def test_heading_date_covers_its_items() -> None:
    text = "## Action Items\n\n### Long-term (Target: Q1 2026)\n\n- Load testing\n- Rollouts\n"
    assert lint(text, "PM305", dedent=False) == []


def test_exact_position() -> None:
    text = "# Outage\n\n## Action Items\n\n- [ ] [P1] Add an alert - @alice\n"
    (f,) = lint(text, "PM305", dedent=False)
    assert (f.line, f.column, f.end_line) == (5, 3, 5)
    assert span(text, f) == "[ ] [P1] Add an alert - @alice"
    assert f.message.startswith("no due date")
    assert f.section == "Action Items"
    assert f.suggestion


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("- [ ] [P1] Add alert - @alice - Due 2026-02-30", "2026-02-30"),
        ("- [ ] [P1] Add alert - @alice - Due 2026-13-01", "2026-13-01"),
        ("- Add alert, due: Feb 30", "Feb 30"),
    ],
)
def test_impossible_due_date_is_not_called_missing(item: str, due: str) -> None:
    text = f"## Action Items\n\n{item}\n"
    (f,) = lint(text, "PM305", dedent=False)
    assert (f.rule, f.name) == ("PM305", "missing-due-date")
    assert span(text, f) == due  # points at the date, not the whole item
    assert f.message == f"due date '{due}' is not a real date: check its day and month"
    assert "no due date" not in f.message
    assert f.suggestion and "YYYY-MM-DD" in f.suggestion


def test_real_and_finished_dates_near_misses() -> None:
    assert lint("## Action Items\n\n- Add alert - @alice - Due 2026-02-28\n", "PM305") == []
    assert lint("## Action Items\n\n- [x] Add alert - Due 2026-02-30\n", "PM305") == []
    # a date in the sentence is no deadline, real or not: the item still has no due date
    text = "## Action Items\n\n- Investigate the 2026-02-30 spike - @alice\n"
    (f,) = lint(text, "PM305", dedent=False)
    assert f.message.startswith("no due date")


def test_day_first_dates_and_month_lookalikes() -> None:
    # "31/12" can only be 31 December: a due date, not an impossible one
    assert lint("## Action Items\n\n- Add alert - @alice [P1] - Due 31/12\n", "PM305") == []
    # "32/13" is no day either way round
    (f,) = lint("## Action Items\n\n- Add alert - @alice - Due 32/13\n", "PM305", dedent=False)
    assert "'32/13' is not a real date" in f.message
    # words that start like a month are no date: "10 junior", "2 decimals"
    for item in ["Grow the rota by 10 junior engineers", "Round the totals by 2 decimals"]:
        (f,) = lint(f"## Action Items\n\n- {item} - @alice\n", "PM305", dedent=False)
        assert f.message.startswith("no due date"), item
