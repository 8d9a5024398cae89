"""PM303 missing-owner."""

from __future__ import annotations

import textwrap

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "- [ ] [P1] Add a pool saturation alert - Due 2026-03-15",
    "- Add a pool saturation alert (P1, due 2026-03-15)",
    "1. Rotate the leaked key",
    "- [ ] Owner: - add the alert",  # an empty Owner label names nobody
    "- Add alert - Prometheus-based",  # a segment that is not a name
]

PASS = [
    "- [ ] [P1] Add a pool saturation alert - @alice - Due 2026-03-15",
    "- Add a pool saturation alert - Owner: Alice Smith",
    "- Add a pool saturation alert - Alice - Due 2026-03-15",
    "- Add a pool saturation alert (assignee: Kwame)",
    "- [x] Rotate the leaked key",  # done items need no owner any more
    "- Add a pool saturation alert @bob",
    "- Add alert - the team",  # an owner, even if a group (PM304's business)
]


@pytest.mark.parametrize("item", FAIL)
def test_fires(item: str) -> None:
    assert codes(lint(f"## Action Items\n\n{item}\n", "PM303")) == ["PM303"]


@pytest.mark.parametrize("item", PASS)
def test_passes(item: str) -> None:
    assert lint(f"## Action Items\n\n{item}\n", "PM303") == []


def test_not_outside_action_sections() -> None:
    text = "## What went well\n\n- Rotate the key quickly\n"
    assert lint(text, "PM303") == []


def test_table_without_owner_column_value() -> None:
    text = textwrap.dedent(
        """\
        ## Action Items

        | Action | Owner | Due |
        |---|---|---|
        | Add an alert | | 2026-03-15 |
        | Fix the pool | @kai | 2026-03-20 |
        """
    )
    found = lint(text, "PM303", dedent=False)
    assert codes(found) == ["PM303"]
    assert found[0].line == 5


def test_exact_position() -> None:
    text = "# Outage\n\n## Action Items\n\n- [ ] Add an alert - Due 2026-03-15\n"
    (f,) = lint(text, "PM303", dedent=False)
    assert (f.line, f.column, f.end_line) == (5, 3, 5)
    assert span(text, f) == "[ ] Add an alert - Due 2026-03-15"
    assert f.section == "Action Items"
    assert f.severity == "warning"
    assert f.suggestion
