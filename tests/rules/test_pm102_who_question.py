"""PM102 who-question."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "Who broke prod?",
    "Who approved this change?",
    "We must identify who approved it.",
    "Always find out who made the change before rolling back.",
    "We are still trying to determine which team member pushed the bad image.",
    "Whose laptop was the command run from?",
    "Management wants to know who is to blame for the outage.",
    "Track down whoever changed the DNS record.",
    "Who let this through code review?",
]

PASS = [
    "Credit to Ravi, who noticed the spike.",  # relative "who"
    "We checked the catalogue to see who owns the billing API.",  # ownership look-up
    "The bot posts who is on call in every incident channel.",  # roster
    "Asked #platform who can approve an emergency change.",
    "We did not try to establish who ran the command.",  # negated
    "It matters less who made the change than why the pipeline accepted it.",
    "Which service emitted the malformed header?",
    "Customers who upgraded to 3.2 saw failed logins.",
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert codes(lint(f"## What happened\n\n{text}\n", "PM102")) == ["PM102"]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(f"## What happened\n\n{text}\n", "PM102") == []


def test_exact_position() -> None:
    text = "## Root Cause\n\nThe question: who approved it?\n"
    (f,) = lint(text, "PM102", dedent=False)
    assert (f.line, f.column) == (3, 15)
    assert span(text, f) == "who approved"
    assert f.severity == "warning"
