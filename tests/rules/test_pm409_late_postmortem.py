"""PM409 late-postmortem."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "Date: 2026-03-04\nReview meeting: 2026-03-20",
    "Date: 2026-03-04 14:32 UTC\nPost-mortem meeting: March 12, 2026",
    "Incident date: 2026-03-04\n**Review date:** 2026-03-10",  # six days
    "| Date | 2026-03-04 |\n|---|---|\n| Postmortem Date | 2026-04-01 |",
    # no Date field: the first dated timeline entry
    "Review date: 2026-03-20\n\n## Timeline\n\n- 14:32 Paged\n- 2026-03-04 14:40 Rollback",
]

PASS = [
    "Date: 2026-03-04\nReview meeting: 2026-03-06",
    "Date: 2026-03-04\nReview meeting: 2026-03-09",  # exactly five days
    "Date: 2026-03-04\nMeeting scheduled for: Waived by @alice",  # no date
    "Date: 2026-03-04",  # no review date
    "Review meeting: 2026-03-20",  # no incident date
    "Review meeting: 2026-03-20\n\n## Timeline\n\n- 14:32 Paged",  # an undated timeline
    "Date: 2026-03-20\nReview meeting: 2026-03-04",  # before the incident: not late
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert codes(lint(f"# Outage\n\n{text}\n", "PM409", dedent=False)) == ["PM409"]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(f"# Outage\n\n{text}\n", "PM409", dedent=False) == []


def test_exact_position() -> None:
    text = "# Outage\n\nDate: 2026-03-04\n- **Review meeting:** 2026-03-20 at 10:00\n"
    (f,) = lint(text, "PM409", dedent=False)
    assert (f.line, f.column) == (4, 23)
    assert span(text, f) == "2026-03-20 at 10:00"
    assert f.message == (
        "review held 16 days after the incident (2026-03-04 to 2026-03-20): "
        "hold it within 5 days, while memories and logs are fresh"
    )
    assert f.severity == "info"
    assert f.suggestion


def test_option_late_days() -> None:
    text = "Date: 2026-03-04\nReview meeting: 2026-03-20\n"
    assert lint(text, "PM409", dedent=False, rules={"PM409": {"late_days": 16}}) == []
    found = lint(text, "PM409", dedent=False, rules={"PM409": {"late_days": 15}})
    assert "within 15 days" in found[0].message
