"""PM302 exhortation."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

ACTION = "## Action Items\n\n- {}\n"
LESSON = "## Lessons Learned\n\n- {}\n"

FAIL = [
    ACTION.format("Be more careful when deploying config"),
    ACTION.format("Take more care when editing prod configs (@dave)"),
    ACTION.format("Everyone should pay more attention to alerts in #ops"),
    ACTION.format("Try harder to follow the runbook"),
    ACTION.format("Double-check before pressing enter"),
    LESSON.format("Stay focused during incidents and avoid multitasking."),
    LESSON.format("We should be more careful when making changes late in the day."),
    LESSON.format("Don't skip the canary, ever."),
]

PASS = [
    ACTION.format("Route P1 pages to a phone call, not a push notification (OPS-77)"),
    ACTION.format("Retry harder: raise the client retry budget from 3 to 5 with jitter"),
    ACTION.format("Stay on Envoy 1.9.1 until the CVE patch is released"),
    LESSON.format("Careful manual steps don't scale, so we automated the cert rotation."),
    LESSON.format("Asking people to try harder has never fixed a pager problem for us."),
    "## What happened\n\nThe only guidance was to be careful when force-pushing.\n",
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert "PM302" in codes(lint(text, "PM302"))


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(text, "PM302") == []


def test_exact_position() -> None:
    text = "## Action Items\n\n- Be more careful when deploying - @dave\n"
    (f,) = lint(text, "PM302", dedent=False)
    assert (f.line, f.column) == (3, 3)
    assert span(text, f) == "Be more careful"
    assert f.severity == "error"
