"""PM406 timeline-entry-without-time."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

HEAD = "# Outage\n\n## Timeline\n\n"

# (timeline, the entry the finding points at)
FAIL = [
    ("- 14:32 Alert fired\n- On-call paged\n", "On-call paged"),
    ("- 14:32 Alert fired\n- [???] IOPS saturated\n", "[???] IOPS saturated"),
    ("| Time | Event |\n|---|---|\n| 14:32 | Alert |\n|  | Paged |\n", "|  | Paged"),
    ("- 14:32 Alert fired\n- Around lunch: paged\n", "Around lunch: paged"),
]

PASS = [
    "- 14:32 Alert fired\n- 14:40 On-call paged\n",
    "- 2026-03-04 Vendor published the CVE\n- 2026-03-05 14:00 Patched\n",  # a date is enough
    "2019-03-14:\n* CVE reported.\n* 13:53 Delay announced.\n",  # under a date line
    "### 2019-03-14\n\n- CVE reported.\n- Patch agreed.\n",  # under a date heading
    "### 2019-02-20 21:20\n\n@alice writes a hotfix to:\n\n- throw on empty pages\n",  # detail
    "- 14:32 Alert fired\n  - the pager went off twice\n",  # a sub-point of an entry
    "All times in UTC.\n\n14:32 Alert fired\n",  # a note above the entries is not one
    "",
]


@pytest.mark.parametrize(("timeline", "entry"), FAIL)
def test_fires(timeline: str, entry: str) -> None:
    text = HEAD + timeline
    found = lint(text, "PM406", dedent=False)
    assert [span(text, f) for f in found] == [entry]


@pytest.mark.parametrize("timeline", PASS)
def test_passes(timeline: str) -> None:
    assert lint(HEAD + timeline, "PM406", dedent=False) == []


def test_a_timeline_without_any_time_is_one_finding_on_its_heading() -> None:
    text = HEAD + "- Alert fired\n- On-call paged\n- Rolled back\n"
    (f,) = lint(text, "PM406", dedent=False)
    assert span(text, f) == "Timeline"
    assert "the times of the timeline 'Timeline' are missing" in f.message


def test_unreadable_times_are_named() -> None:
    text = HEAD + "| Time | Event |\n|---|---|\n| 14:32 | Alert |\n| 20202-01-16 12:00 | Cake |\n"
    (f,) = lint(text, "PM406", dedent=False)
    assert f.message.startswith("the time '20202-01-16 12:00' could not be read")
    text = HEAD + "| Time | Event |\n|---|---|\n| 20202-01-16 12:00 | A |\n| 20202-01-17 | B |\n"
    (f,) = lint(text, "PM406", dedent=False)
    assert "could not be read (e.g. '20202-01-16 12:00')" in f.message


def test_each_timeline_is_judged_on_its_own() -> None:
    text = "## Timeline\n\n- 14:32 Alert\n- Paged\n\n## Timeline of events\n\n- A\n- B\n"
    found = lint(text, "PM406", dedent=False)
    assert [span(text, f) for f in found] == ["Paged", "Timeline of events"]


def test_plain_text() -> None:
    text = "Timeline\n\n- 14:32 Alert fired\n- On-call paged\n"
    found = lint(text, "PM406", dedent=False, path="pm.txt")
    assert codes(found) == ["PM406"] and span(text, found[0]) == "On-call paged"


def test_exact_position() -> None:
    text = HEAD + "- 14:32 Alert fired\n- On-call **paged**\n"
    (f,) = lint(text, "PM406", dedent=False)
    assert (f.line, f.column, f.end_line, f.end_column) == (6, 3, 6, 18)
    assert span(text, f) == "On-call **paged"
    assert f.section == "Timeline"
    assert f.severity == "warning"
    assert f.message.startswith("timeline entry has no time: start it with one")
