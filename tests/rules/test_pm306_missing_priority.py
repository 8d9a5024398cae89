"""PM306 missing-priority."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "- [ ] Add an alert - @alice - Due 2026-03-15",
    "- Page on-call for every P1 incident",  # P1 is what the item is about, not its priority
    "- Implement priority-classes for critical workloads",
    "- High availability for the database",
    "1. Review the (P2 alerts) routing",
]

PASS = [
    "- [P1] Add an alert",
    "- P1 Add an alert",
    "- Add an alert (P2)",
    "- Add an alert - P3 - @alice",
    "- Add an alert, Priority: high",
    "- Add a high-priority alert",
    "- HIGH Include downloads in the smoke test",
    "- [x] Add an alert",
    "- ✅ Add an alert",
]


@pytest.mark.parametrize("item", FAIL)
def test_fires(item: str) -> None:
    assert codes(lint(f"## Action Items\n\n{item}\n", "PM306")) == ["PM306"]


@pytest.mark.parametrize("item", PASS)
def test_passes(item: str) -> None:
    assert lint(f"## Action Items\n\n{item}\n", "PM306") == []


def test_table_priority_column() -> None:
    text = (
        "## Action Items\n\n| Action | Priority |\n|---|---|\n"
        "| Add an alert | - |\n| Fix the pool | High |\n"
    )
    found = lint(text, "PM306", dedent=False)
    assert codes(found) == ["PM306"]
    assert found[0].line == 5


def test_exact_position() -> None:
    text = "# Outage\n\n## Follow-ups\n\n1. Add an alert - @alice\n"
    (f,) = lint(text, "PM306", dedent=False)
    assert (f.line, f.column, f.end_line) == (5, 4, 5)
    assert span(text, f) == "Add an alert - @alice"
    assert f.section == "Follow-ups"
    assert f.suggestion
