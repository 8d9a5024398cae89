"""PM410 empty-section."""

from __future__ import annotations

import pytest

from tests.conftest import lint, span

# (document, the empty heading the finding points at)
FAIL = [
    ("## Impact\n\n## Root Cause\n\nThe pool.\n", "Impact"),
    ("## Root Cause\n\nThe pool.\n\n## Supporting information\n", "Supporting information"),
    ("## Lessons\n\n### What went well\n\n### What went wrong\n\nSlow paging.\n", "What went well"),
    ("**Timeline**\n\n**Action Items**\n\n- Fix it\n", "Timeline"),
    ("## Call recording:\n\n## Overview\n\nIt broke.\n", "Call recording:"),
    ("## Contributing Factors\n\n-\n\n## Action Items\n\n- Fix it\n", "Contributing Factors"),
    ("## Impact\n\n<!-- what did customers see? -->\n\n## Cause\n\nX.\n", "Impact"),
]

PASS = [
    "## Impact\n\nAll EU checkouts failed.\n",
    "## Lessons\n\n### What went well\n\nPaging worked.\n",  # sub-headings count
    "## Timeline\n\n| Time | Event |\n|---|---|\n| 14:32 | Alert |\n",  # a table
    "## Appendix\n\n```\nkubectl logs ...\n```\n",  # code
    "## Appendix\n\n![graph](graph.png)\n",  # an image
    "## Owner: @alice\n## Involved\n\n- @bob\n",  # a heading with its value
    "# Title:\n### Buildkite builds failing\n\n# Timeline\n\n- 14:32 Alert\n",  # a label's value
    "# Checkout outage\n# Summary\n\nIt broke.\n",  # the document title
]


@pytest.mark.parametrize(("text", "heading"), FAIL)
def test_fires(text: str, heading: str) -> None:
    found = lint(text, "PM410", dedent=False)
    assert [span(text, f) for f in found] == [heading]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(text, "PM410", dedent=False) == []


def test_every_empty_heading_of_a_template() -> None:
    text = "# Title\n\n### Date\n\n### Authors\n\n### Summary\n\nIt broke.\n\n## Timeline\n"
    assert [span(text, f) for f in lint(text, "PM410", dedent=False)] == [
        "Date",
        "Authors",
        "Timeline",
    ]


def test_plain_text() -> None:
    text = "Incident Summary\n\nTimeline\n\n14:32 Alert fired\n"
    found = lint(text, "PM410", dedent=False, path="pm.txt")
    assert [span(text, f) for f in found] == ["Incident Summary"]


def test_exact_position() -> None:
    text = "# Outage\n\n## Impact\n\n## Root Cause\n\nThe pool.\n"
    (f,) = lint(text, "PM410", dedent=False)
    assert (f.line, f.column, f.end_column) == (3, 4, 10)
    assert f.section == "Impact"
    assert f.message == "empty section 'Impact': write what belongs here, or remove the heading"
    assert f.suggestion == "add the content of 'Impact', or 'None' and why"
    assert f.severity == "warning"
