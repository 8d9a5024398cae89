"""PM310 punitive-action."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "Retrain Jun on Terraform state handling (@eng-manager, 2024-09-01)",
    "Remind @kai to follow the runbook",
    "Talk to Jordan about the force push",
    "Put the release manager under supervision for the next three releases",
    "Start a disciplinary review for the on-call engineer (HR)",
    "Revoke María's prod access until she completes training",
    "Issue a formal warning to Kwame",
    "Retrain all DBAs on backup restores [P1]",
]

PASS = [
    "Retrain the spam classifier on the March data (ML-204)",
    "Add a Slack reminder that posts the freeze window in #releases every Friday",
    "Configure supervisord to restart the `ingest` worker on exit",
    "Talk to Fastly about raising the purge rate limit (@jun)",
    "Make `prodctl` require a second approver for destructive commands",
    "Talk to the storage team about snapshot retention",
    "Offer the responders a debrief session and time off",
]


@pytest.mark.parametrize("item", FAIL)
def test_fires(item: str) -> None:
    assert codes(lint(f"## Action Items\n\n- {item}\n", "PM310")) == ["PM310"]


@pytest.mark.parametrize("item", PASS)
def test_passes(item: str) -> None:
    assert lint(f"## Action Items\n\n- {item}\n", "PM310") == []


def test_only_action_items() -> None:
    assert lint("## What happened\n\nWe talked to Jordan about the console.\n", "PM310") == []


def test_exact_position() -> None:
    text = "## Action Items\n\n- Retrain Dave on the deploy process - @lead\n"
    (f,) = lint(text, "PM310", dedent=False)
    assert (f.line, f.column) == (3, 3)
    assert span(text, f) == "Retrain Dave"
