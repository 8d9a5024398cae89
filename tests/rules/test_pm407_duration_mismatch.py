"""PM407 duration-mismatch, and how a stated Duration is read."""

from __future__ import annotations

import datetime as dt

import pytest

from rules.pm407_duration_mismatch import stated_duration, stated_range
from tests.conftest import codes, lint, span

M = dt.timedelta(minutes=1)
# 14:32 -> 16:15 is 1h 43m
TIMELINE = "## Timeline\n\n- 14:32 UTC Errors start\n- 15:12 UTC Rolled back\n- 16:15 UTC Closed\n"


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("1h 43m", 103),
        ("103 minutes", 103),
        ("1 hour and 43 minutes", 103),
        ("1 hour, 43 minutes", 103),
        ("about two hours", 120),
        ("~45 min", 45),
        ("2.5 hours", 150),
        ("half an hour", 30),
        ("5 hours 26 minutes (10:45 - 16:11 UTC)", 326),
        ("21:45 to 23:28 UTC (103 minutes)", 103),
        ("3 days", 3 * 24 * 60),
        ("21:45", None),  # a time of day, not 21 minutes 45 seconds
        ("TBD", None),
        ("10", None),
    ],
)
def test_stated_duration(value: str, minutes: int | None) -> None:
    expected = None if minutes is None else minutes * M
    assert stated_duration(value) == expected


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("21:45 to 23:28 UTC (103 minutes)", 103),
        ("10:45 - 16:11 UTC", 326),
        ("10:45–16:11", 326),
        ("Outage from 21:45 until 23:28", 103),
        ("23:30 to 00:15", 45),
        ("22:30 UTC on October 29 to 05:39 UTC on October 30", 429),
        ("1h 43m", None),
    ],
)
def test_stated_range(value: str, minutes: int | None) -> None:
    bounds = stated_range(value)
    assert (bounds[1] - bounds[0] if bounds else None) == (minutes and minutes * M)


FAIL = [
    "Duration: 20 minutes",
    "Duration: 5 hours",
    "**Total duration:** 3 days",
    "Duration: 14:32 to 14:50 UTC",  # a range that the timeline does not bear out
    "| Duration | 10 min |\n|---|---|",
]

PASS = [
    "Duration: 1h 43m",
    "Duration: 103 minutes",
    "Duration: about two hours",  # within 50%
    "Duration: 1 hour",  # 43 minutes short of 1h 43m: within 50% of the span
    "Duration: 14:32 to 15:12 UTC (40 minutes)",  # its own range, both ends on the timeline
    "Duration: unknown",
    "Severity: SEV2",  # no Duration at all
]


@pytest.mark.parametrize("line", FAIL)
def test_fires(line: str) -> None:
    assert codes(lint(f"# Outage\n\n{line}\n\n{TIMELINE}", "PM407", dedent=False)) == ["PM407"]


@pytest.mark.parametrize("line", PASS)
def test_passes(line: str) -> None:
    assert lint(f"# Outage\n\n{line}\n\n{TIMELINE}", "PM407", dedent=False) == []


def test_needs_two_timed_entries() -> None:
    text = "Duration: 5 days\n\n## Timeline\n\n- 14:32 Errors start\n- Rolled back\n"
    assert lint(text, "PM407", dedent=False) == []


def test_span_crosses_midnight_and_days() -> None:
    timeline = "## Timeline\n\n- 23:30 Errors start\n- 00:15 Fixed\n"
    assert lint("Duration: 45 minutes\n\n" + timeline, "PM407", dedent=False) == []
    dated = "## Timeline\n\n- 2026-03-04 10:00 Start\n- 2026-03-06 10:00 Fixed\n"
    assert lint("Duration: 2 days\n\n" + dated, "PM407", dedent=False) == []
    assert codes(lint("Duration: 2 hours\n\n" + dated, "PM407", dedent=False)) == ["PM407"]


def test_each_incident_of_a_document_against_its_own_timeline() -> None:
    text = (
        "# Outages\n\n## Incident Timeline\n\n"
        "### October 21, 2025\n\n**Duration:** 103 minutes\n\n**Timeline:**\n\n"
        "- 21:45 UTC - Deploy\n- 23:28 UTC - Recovered\n\n"
        "### October 24, 2025\n\n**Duration:** 72 minutes\n\n**Timeline:**\n\n"
        "- 18:00 UTC - Deploy\n- 19:12 UTC - Recovered\n"
    )
    assert lint(text, "PM407", dedent=False) == []
    wrong = text.replace("103 minutes", "10 minutes")
    assert codes(lint(wrong, "PM407", dedent=False)) == ["PM407"]


def test_exact_position() -> None:
    text = f"# Outage\n\n- **Duration:** 20 minutes\n\n{TIMELINE}"
    (f,) = lint(text, "PM407", dedent=False)
    assert (f.line, f.column) == (3, 17)
    assert span(text, f) == "20 minutes"
    assert f.message.startswith(
        "Duration says 20m but the timeline runs 1h 43m (14:32 to 16:15): correct one of them"
    )
    assert f.suggestion == "Duration: 1h 43m"
    assert f.severity == "warning"


def test_option_duration_tolerance() -> None:
    text = f"Duration: 1 hour\n\n{TIMELINE}"  # 1h against 1h 43m: 42% off
    assert lint(text, "PM407", dedent=False) == []
    strict = {"PM407": {"duration_tolerance": 0.1}}
    assert codes(lint(text, "PM407", dedent=False, rules=strict)) == ["PM407"]
    lax = {"PM407": {"duration_tolerance": 10}}
    assert lint(f"Duration: 10 hours\n\n{TIMELINE}", "PM407", dedent=False, rules=lax) == []


def test_span_in_one_zone() -> None:
    # A user's report: 14:00 UTC to 14:30 UTC, with 09:10 EST between, was read as 5h 20m.
    timeline = "## Timeline\n\n- 14:00 UTC alert\n- 09:10 EST fix\n- 14:30 UTC resolved\n"
    assert lint("Duration: 30m\n\n" + timeline, "PM407", dedent=False) == []
    assert codes(lint("Duration: 5h 20m\n\n" + timeline, "PM407", dedent=False)) == ["PM407"]


def test_message_names_the_zones_of_a_span_written_in_two() -> None:
    timeline = "## Timeline\n\n- 14:00 UTC alert\n- 11:00 EST resolved\n"  # 16:00 UTC
    (f,) = lint("Duration: 10 minutes\n\n" + timeline, "PM407", dedent=False)
    assert "the timeline runs 2h (14:00 UTC to 11:00 EST)" in f.message


def test_stated_range_with_two_zones() -> None:
    bounds = stated_range("23:00 PST to 08:00 UTC")  # 07:00 UTC to 08:00 UTC
    assert bounds is not None and bounds[1] - bounds[0] == 60 * M


def test_a_timeline_across_the_spring_clock_change_is_measured_in_elapsed_time() -> None:
    timeline = "## Timeline\n\n- 01:50 PT alert\n- 03:10 PT resolved\n"  # 20 real minutes
    ok = f"## Summary\n\nDate: 2026-03-08\nDuration: 20m\n\n{timeline}"
    assert lint(ok, "PM407", dedent=False) == []
    wrong = f"## Summary\n\nDate: 2026-03-08\nDuration: 1h 20m\n\n{timeline}"
    (f,) = lint(wrong, "PM407", dedent=False)
    assert "the timeline runs 20m" in f.message
