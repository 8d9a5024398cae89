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
