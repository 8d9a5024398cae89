"""PM405 timeline-out-of-order."""

from __future__ import annotations

import pytest

from tests.conftest import lint, span

HEAD = "# Outage\n\nDate: 2026-03-04\n\n## Timeline\n\n"

# (timeline, the time the finding points at)
FAIL = [
    ("- 14:32 Alert\n- 14:50 Rollback\n- 14:41 Paged\n", "14:41"),
    ("- 2:32 PM Alert\n- 2:50 PM Rollback\n- 2:41 PM Paged\n", "2:41 PM"),
    ("- 2026-03-05 09:00 Fix\n- 2026-03-04 23:00 Alert\n", "2026-03-04 23:00"),
    ("- 2026-03-05 Fix shipped\n- 2026-03-04 Alert\n", "2026-03-04"),
    ("| Time | Event |\n|---|---|\n| 10:00 | A |\n| 09:30 | B |\n", "09:30"),
    ("2026-03-05\n\n- 09:00 Fix\n\n2026-03-04\n\n- 10:00 Alert\n", "10:00"),
    ("### 2018-10-10 15:30\n\nPushed.\n\n### 2018-10-10 15:10\n\nBroke.\n", "2018-10-10 15:10"),
    ("- [03-26 23:04] Drained\n- [03-26 02:50] Reported\n", "03-26 02:50"),
]

PASS = [
    "- 14:32 Alert\n- 14:41 Paged\n- 14:50 Rollback\n",
    "- 14:32 Alert\n- 14:32 Paged\n",  # same minute
    "- 23:55 Backfill starts\n- 00:40 Backfill done\n",  # past midnight
    "- 22:10 Deploy\n- 09:30 Next morning: review\n",  # a night in between
    "- 2026-03-04 14:40 Fix\n- 2026-03-04 Vendor published the CVE\n",  # day-only entry
    "- 14:32 Alert\n- Paged the on-call\n- 14:50 Rollback\n",  # untimed entries skipped
    "- [12-05 16:21] Bug introduced\n- [03-20 16:46] Spec updated\n",  # across new year
    "2026-03-04\n\n- 23:00 Deploy\n\n2026-03-05\n\n- 01:00 Alert\n",
    # a document with one timeline per incident: each is its own sequence
    "### Oct 24\n\n**Timeline:**\n\n- 18:00 Deploy\n\n"
    "### Oct 21\n\n**Timeline:**\n\n- 21:45 Deploy\n",
]


@pytest.mark.parametrize(("timeline", "at"), FAIL)
def test_fires(timeline: str, at: str) -> None:
    text = HEAD + timeline
    found = lint(text, "PM405", dedent=False)
    assert [span(text, f) for f in found] == [at]


@pytest.mark.parametrize("timeline", PASS)
def test_passes(timeline: str) -> None:
    assert lint(HEAD + timeline, "PM405", dedent=False) == []


def test_one_typo_is_one_finding() -> None:
    text = HEAD + "- 10:00 A\n- 10:10 B\n- 09:20 C (typo for 10:20)\n- 10:30 D\n- 10:40 E\n"
    assert [span(text, f) for f in lint(text, "PM405", dedent=False)] == ["09:20"]


def test_timelines_in_two_sections_are_separate() -> None:
    text = (
        HEAD + "- 14:32 Alert\n\n## Summary\n\nSee above.\n\n## Timeline of events\n\n- 09:00 A\n"
    )
    assert lint(text, "PM405", dedent=False) == []


def test_plain_text_timeline() -> None:
    text = "Timeline\n\n14:32 Alert\n14:50 Rollback\n14:41 Paged\n"
    found = lint(text, "PM405", dedent=False, path="pm.txt")
    assert [span(text, f) for f in found] == ["14:41"]


def test_exact_position() -> None:
    text = HEAD + "- **14:32 UTC** - Alert\n- **14:50 UTC** - Rollback\n- **14:41 UTC** - Paged\n"
    (f,) = lint(text, "PM405", dedent=False)
    assert (f.line, f.column, f.end_column) == (9, 5, 14)
    assert span(text, f) == "14:41 UTC"
    assert f.section == "Timeline"
    assert f.message == (
        "out of order: 14:41 comes after 14:50: move the entry, or correct its time or date"
    )
    assert f.suggestion


# Times written in different zones are compared as instants (a user's report: 09:10 EST
# was said to come after 14:00 UTC; it is 14:10 UTC).
ZONED_PASS = [
    "- 14:00 UTC alert\n- 09:10 EST fix\n- 14:30 UTC resolved\n",
    "- 14:00 UTC alert\n- 09:10 EST fix\n- 09:20 rollback\n- 14:30 UTC resolved\n",  # inherits
    "- 14:00 +02:00 alert\n- 12:10 UTC fix\n- 07:20 -0500 done\n",  # numeric offsets
    "- 14:00 UTC alert\n- 16:10 UTC+2 fix\n",  # UTC+2 is ahead of UTC, not behind
    "- 23:50 UTC alert\n- 19:55 EDT fix\n- 00:10 UTC done\n",  # across midnight UTC
    "- 2026-03-04T14:00:00Z alert\n- 2026-03-04T09:10:00-05:00 fix\n",
    "- 14:00 alert\n- 14:10 UTC fix\n- 09:20 EST done\n",  # no zone yet: the first written
]

ZONED_FAIL = [
    ("- 14:00 UTC alert\n- 08:50 EST fix\n", "08:50 EST", "08:50 EST (13:50 UTC)"),
    ("- 14:00 UTC alert\n- 09:10 EST fix\n- 09:05 paged\n", "09:05", "09:05 comes after 09:10"),
    ("- 14:00 alert\n- 13:50 fix\n", "13:50", "13:50 comes after 14:00"),  # no zones at all
    ("- 14:32-14:40 errors\n- 14:20 paged\n", "14:20", "14:20 comes after 14:32"),  # a range
    ("- 10:00:30 A\n- 10:00:05 B\n", "10:00:05", "10:00:05 comes after 10:00:30"),
    ("- 10:00:30 A\n- 09:59 B\n", "09:59", "09:59:00 comes after 10:00:30"),
]


@pytest.mark.parametrize("timeline", ZONED_PASS)
def test_zones_compared_as_instants(timeline: str) -> None:
    assert lint(HEAD + timeline, "PM405", dedent=False) == []


@pytest.mark.parametrize(("timeline", "at", "says"), ZONED_FAIL)
def test_zones_and_seconds_in_the_message(timeline: str, at: str, says: str) -> None:
    text = HEAD + timeline
    (f,) = lint(text, "PM405", dedent=False)
    assert span(text, f) == at
    assert says in f.message


def test_message_names_both_zones() -> None:
    (f,) = lint(HEAD + "- 14:00 UTC alert\n- 08:50 EST fix\n", "PM405", dedent=False)
    assert f.message.startswith("out of order: 08:50 EST (13:50 UTC) comes after 14:00 UTC: ")
