"""PM403 missing-summary-field."""

from __future__ import annotations

import pytest

from tests.conftest import lint, span

LINES = {
    "date": "Date: 2026-03-04 14:32 UTC",
    "duration": "Duration: 1h 43m",
    "severity": "Severity: SEV2",
    "impact": "Impact: 12% of checkouts failed",
}
NAMES = {"date": "Date/Time", "duration": "Duration", "severity": "Severity", "impact": "Impact"}


def doc(without: set[str] = frozenset(), title: str = "Checkout outage") -> str:
    fields = "\n".join(f"- {line}" for key, line in LINES.items() if key not in without)
    return f"# {title}\n\n## Summary\n\nCheckout failed.\n\n{fields}\n"


def named(found) -> list[str]:
    return [next(n for n in NAMES.values() if f"say the {n}:" in f.message) for f in found]


@pytest.mark.parametrize("key", list(LINES))
def test_fires_for_each_missing_field(key: str) -> None:
    found = lint(doc({key}), "PM403", dedent=False)
    assert named(found) == [NAMES[key]]


def test_one_finding_per_missing_field() -> None:
    found = lint(doc(set(LINES)), "PM403", dedent=False)
    assert named(found) == ["Date/Time", "Duration", "Severity", "Impact"]


def test_all_present_passes() -> None:
    assert lint(doc(), "PM403", dedent=False) == []


PASS = [
    # synonyms, bold labels and a table
    "**Start time:** 14:32 UTC\n**Total duration**: 1h\n\n| Incident severity | P1 |\n|---|---|\n"
    "| Customer impact | EU checkouts |\n",
    # sections of their own
    "## Date\n\n2026-03-04\n\n## Duration\n\n1h\n\n"
    "## Severity\n\nSEV1\n\n## Impact\n\nAll users.\n",
    # a full date in the title counts as the Date
    "# Outage on 2026-03-04\n\nDuration: 1h\nSeverity: SEV1\nImpact: All users.\n",
]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(text, "PM403", dedent=False) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Date:\nDuration: 1h\nSeverity: SEV1\nImpact: All.\n", "Date/Time"),  # empty value
        ("# Outage (October 2025)\n\nDuration: 1h\nSeverity: SEV1\nImpact: All.\n", "Date/Time"),
        ("Date: 2026-03-04\nDuration: 1h\nImpact: All.\n\n> Severity: SEV1\n", "Severity"),
        ("Date: 2026-03-04\nSeverity: SEV1\nImpact: All.\n\nIt lasted an hour.\n", "Duration"),
    ],
)
def test_near_misses(text: str, name: str) -> None:
    assert named(lint(text, "PM403", dedent=False)) == [name]


def test_exact_position_is_the_summary_heading() -> None:
    text = doc({"severity"})
    (f,) = lint(text, "PM403", dedent=False)
    assert (f.line, f.column) == (3, 4)
    assert span(text, f) == "Summary"
    assert f.message == (
        "the summary does not say the Severity: add a line such as 'Severity: SEV2'"
    )
    assert f.suggestion == "add 'Severity: SEV2' to the summary"
    assert f.severity == "warning"


def test_without_summary_section_the_title_is_the_anchor() -> None:
    text = "# Checkout outage\n\nDate: 2026-03-04\nDuration: 1h\nImpact: All.\n"
    (f,) = lint(text, "PM403", dedent=False)
    assert span(text, f) == "Checkout outage"


def test_without_title_or_summary_the_start_of_the_document() -> None:
    (f, *_) = lint("Some text.\n", "PM403", dedent=False)
    assert (f.line, f.column, f.length) == (1, 1, 0)


def test_overview_section_is_a_summary() -> None:
    text = "# Outage\n\n## Overview\n\nIt broke.\n"
    found = lint(text, "PM403", dedent=False)
    assert {span(text, f) for f in found} == {"Overview"}
