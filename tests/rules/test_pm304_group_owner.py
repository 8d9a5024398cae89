"""PM304 group-owner."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "- Add an alert - Owner: the team",
    "- Add an alert - Owner: team",
    "- Add an alert - Owner: everyone",
    "- Add an alert - Owner: all",
    "- Add an alert - Owner: eng",
    "- Add an alert - Owner: TBD",
    "- Add an alert - Owner: ?",
    "- Add an alert - Owner: n/a",
    "- Add an alert - Owner: nobody",
    "- Add an alert - the team",
    "- Add an alert - Platform team - Due 2026-03-15",
    "- Add an alert - @acme/sre",  # a GitHub team handle
    "- [ ] Add an alert (assigned to the SRE team)",
]

PASS = [
    "- Add an alert - Owner: Alice",
    "- Add an alert - @alice",
    "- Add an alert - Alice - Due 2026-03-15",
    "- Add an alert - Owner: Tim Allen",  # "all" inside a name is not "all"
    "- Add an alert",  # no owner at all is PM303's business
    "- [x] Add an alert - Owner: the team",  # done: accountability no longer matters
    "- Add an alert for the team dashboard - @kai",  # "team" in the action, not the owner
    "- Pin @octokit/rest in the bot - @kai",  # a package name, not a team handle
]


@pytest.mark.parametrize("item", FAIL)
def test_fires(item: str) -> None:
    assert codes(lint(f"## Action Items\n\n{item}\n", "PM304")) == ["PM304"]


@pytest.mark.parametrize("item", PASS)
def test_passes(item: str) -> None:
    assert lint(f"## Action Items\n\n{item}\n", "PM304") == []


def test_table_owner_cell() -> None:
    text = (
        "## Action Items\n\n| Action | Owner |\n|---|---|\n"
        "| Add an alert | TBD |\n| Fix the pool | @kai |\n| Rotate the key | |\n"
    )
    found = lint(text, "PM304", dedent=False)
    assert [span(text, f) for f in found] == ["TBD"]


def test_done_table_row_is_not_reported() -> None:
    text = (
        "## Action Items\n\n| Action | Owner | Status |\n|---|---|---|\n"
        "| Add alert | team | Done |\n"
    )
    assert lint(text, "PM304", dedent=False) == []


def test_exact_position() -> None:
    text = "# Outage\n\n## Action Items\n\n- [ ] Add an alert - Owner: everyone - Due 2026-03-15\n"
    (f,) = lint(text, "PM304", dedent=False)
    assert (f.line, f.column, f.end_line, f.end_column) == (5, 29, 5, 37)
    assert span(text, f) == "everyone"
    assert "'everyone'" in f.message and "one person" in f.message
    assert f.section == "Action Items"
    assert f.severity == "warning"
    assert f.suggestion
