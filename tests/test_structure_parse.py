"""Sections and their kinds, the title, summary fields and the 5-whys chain."""

from __future__ import annotations

import textwrap

import pytest

from linter.document import parse_document
from models import Config, Document


def parse(text: str, fmt: str | None = None, config: Config | None = None) -> Document:
    return parse_document(textwrap.dedent(text).lstrip("\n"), config=config, fmt=fmt)


def kinds(doc: Document) -> list[tuple[str, str | None]]:
    return [(s.title, s.own_kind) for s in doc.sections]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Incident Summary", "summary"),
        ("Overview", "summary"),
        ("TL;DR", "summary"),
        ("Customer impact", "impact"),
        ("Timeline of events", "timeline"),
        ("Timeline (all times PST) 07/27/2023", "timeline"),
        ("Events/Timeline", "timeline"),
        ("Root Cause Analysis", "root cause"),
        ("Causes", "root cause"),
        ("Trigger", "root cause"),
        ("Contributing Factors", "contributing factors"),
        ("What went well?", "what went well"),
        ("What Went Wrong", "what could be improved"),
        ("Lessons Learned", "what could be improved"),
        ("Where we got lucky", "where we got lucky"),
        ("Follow-ups", "action items"),
        ("Remediation", "action items"),
        ("Corrective and Preventative Measures", "action items"),
        ("Next Steps", "action items"),
        ("5 Whys", "five whys"),
        ("🔥 Action Items:", "action items"),
        ("Background", None),
        ("Timelines are hard", None),
    ],
)
def test_section_kinds_and_synonyms(heading: str, kind: str | None) -> None:
    doc = parse(f"## {heading}\n\nText.\n")
    assert doc.sections[0].own_kind == kind


HEADINGS = """
1. Incident Summary

Checkout failed.

Timeline

- 14:32 Alert fired

Action Items:

- Add an alert

**Root Cause**

The pool was too small.
"""


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_template_headings_numbered_bare_colon_and_bold(fmt: str) -> None:
    doc = parse(HEADINGS, fmt)
    assert kinds(doc) == [
        ("Incident Summary" if fmt == "markdown" else "1. Incident Summary", "summary"),
        ("Timeline", "timeline"),
        ("Action Items", "action items"),
        ("Root Cause", "root cause"),
    ]
    # siblings, not each nested in the one before
    assert len({s.level for s in doc.sections}) == 1
    assert all(s.parent is None for s in doc.sections)
    assert all(s.pseudo for s in doc.sections)
    assert [e.text for e in doc.timeline] == ["Alert fired"]


def test_bold_line_headings_under_a_real_heading_are_siblings() -> None:
    doc = parse(
        """
        ### October 21 - Redis overload

        **Root causes:**

        - CPU undersizing

        **Timeline:**

        - 21:45 UTC - Deploy
        """
    )
    top, causes, timeline = doc.sections
    assert (causes.own_kind, timeline.own_kind) == ("root cause", "timeline")
    assert causes.level == timeline.level == top.level + 1
    assert causes.parent == timeline.parent == 0


def test_plain_text_underlined_headings() -> None:
    doc = parse(
        "Incident Summary\n================\n\nIt broke.\n\nTimeline\n--------\n\n14:32 Alert\n",
        "text",
    )
    assert kinds(doc) == [("Incident Summary", "summary"), ("Timeline", "timeline")]
    assert [s.level for s in doc.sections] == [1, 2]


def test_kind_is_inherited_by_subsections() -> None:
    doc = parse("## Lessons Learned\n\n### Moving forward\n\nText.\n")
    sub = doc.sections[1]
    assert (sub.own_kind, sub.kind, sub.parent) == (None, "what could be improved", 0)


def test_synonym_table_is_a_setting() -> None:
    text = "## Key events\n\n- 14:32 Alert fired\n\n## Action Items\n\n- Fix it\n"
    assert parse(text).sections[0].own_kind is None
    extended = Config.from_mapping({"extend_sections": {"timeline": ["key events"]}})
    doc = parse(text, config=extended)
    assert doc.sections[0].own_kind == "timeline"
    assert [e.text for e in doc.timeline] == ["Alert fired"]
    assert doc.sections[1].own_kind == "action items"  # extending keeps the defaults
    replaced = Config.from_mapping({"sections": {"timeline": ["key events"]}})
    assert [s.own_kind for s in parse(text, config=replaced).sections] == ["timeline", None]


def test_title_is_the_leading_h1() -> None:
    doc = parse("# Checkout outage\n\n## Summary\n\nIt broke.\n")
    assert doc.title is not None and doc.title.text == "Checkout outage"
    assert doc.text[doc.title.start : doc.title.end] == "Checkout outage"


@pytest.mark.parametrize(
    "text",
    ["## Summary\n\nIt broke.\n", "# Summary\n\nIt broke.\n", "## Intro\n\n# Late title\n"],
)
def test_no_title(text: str) -> None:
    assert parse(text).title is None


def test_empty_sections() -> None:
    doc = parse(
        """
        ## Impact

        ## Timeline

        | Time | Event |
        |---|---|
        | 14:32 | Alert |

        ## Lessons

        ### What went well

        Paging worked.

        ## Appendix

        ```
        logs
        ```
        """
    )
    assert [(s.title, s.empty) for s in doc.sections] == [
        ("Impact", True),
        ("Timeline", False),
        ("Lessons", False),
        ("What went well", False),
        ("Appendix", False),
    ]


FIELDS = {
    "date": "2026-03-04 14:32 UTC",
    "duration": "1h 43m",
    "severity": "SEV2",
    "impact": "12% of checkouts failed",
}


@pytest.mark.parametrize(
    "summary",
    [
        # Key: value lines
        "Date: 2026-03-04 14:32 UTC\nDuration: 1h 43m\nSeverity: SEV2\n"
        "Impact: 12% of checkouts failed\n",
        # bold labels, inside and outside the colon, in a list
        "- **Date/Time:** 2026-03-04 14:32 UTC\n- **Total duration**: 1h 43m\n"
        "- __Severity__: SEV2\n- **Customer impact:** 12% of checkouts failed\n",
        # a two-column table with the first field in the header row
        "| Date | 2026-03-04 14:32 UTC |\n|---|---|\n| Duration | 1h 43m |\n"
        "| Severity | SEV2 |\n| **Impact** | 12% of checkouts failed |\n",
        # a four-column table: two key/value pairs a row
        "| Field | Value | Field | Value |\n|---|---|---|---|\n"
        "| Start time | 2026-03-04 14:32 UTC | Duration | 1h 43m |\n"
        "| Severity | SEV2 | Impact | 12% of checkouts failed |\n",
        # sections of their own
        "### Date\n\n2026-03-04 14:32 UTC\n\n### Duration\n\n1h 43m\n\n"
        "### Severity\n\nSEV2\n\n### Impact\n\n12% of checkouts failed\n",
        # the value on the next line, as a sub-list or paragraph
        "- **Date**:\n  - 2026-03-04 14:32 UTC\n- **Duration**:\n  - 1h 43m\n"
        "- **Severity**:\n  - SEV2\n\n**Impact**:\n\n12% of checkouts failed\n",
    ],
    ids=["lines", "bold", "table", "table4", "sections", "next-line"],
)
def test_summary_fields(summary: str) -> None:
    doc = parse_document("# Outage\n\n" + summary)
    assert {k: f.value for k, f in doc.summary.items()} == FIELDS
    for f in doc.summary.values():
        assert doc.text[f.start : f.end] == f.value  # the span is exactly the value


def test_one_row_table_is_a_field() -> None:
    doc = parse("| Severity | SEV1 |\n|---|---|\n")
    assert doc.summary["severity"].value == "SEV1"


def test_summary_fields_in_plain_text() -> None:
    doc = parse("**Severity:** SEV1\nDuration: 2h\n", "text")
    assert {k: f.value for k, f in doc.summary.items()} == {"severity": "SEV1", "duration": "2h"}


def test_field_first_one_wins_and_labels_are_kept() -> None:
    doc = parse("Severity: SEV1\n\n## Impact\n\nSeverity: SEV3\n\nUsers saw errors.\n")
    assert doc.summary["severity"].value == "SEV1"
    assert doc.summary["impact"].value == "Users saw errors."  # not the Severity line
    assert doc.summary["severity"].label == "Severity"


def test_field_in_a_heading() -> None:
    doc = parse("## Meeting scheduled for: 2026-03-06\n\n## Owner: @alice\n")
    assert doc.summary["review_date"].value == "2026-03-06"


@pytest.mark.parametrize(
    "text",
    [
        "Date:\n\nLast modified:\n",  # an empty template label, not a value
        "## Timeline\n\n| Date | Event |\n|---|---|\n| 2026-03-04 | Deploy |\n",  # a header
        "> Severity: SEV1\n",  # quoted chat
    ],
)
def test_not_fields(text: str) -> None:
    doc = parse(text)
    assert "date" not in doc.summary and "severity" not in doc.summary


def test_tldr_section_is_the_whole_section() -> None:
    doc = parse("## TL;DR\n\nCheckout failed.\n\nThe pool was full.\n\n## Timeline\n")
    assert doc.summary["tldr"].value == "Checkout failed.\n\nThe pool was full."


def test_field_synonyms_are_a_setting() -> None:
    config = Config.from_mapping({"fields": {"duration": ["time to repair"]}})
    doc = parse("- **Time to repair**: 4h 33m\n- Severity: SEV2\n", config=config)
    assert doc.summary["duration"].value == "4h 33m"
    assert "severity" not in doc.summary  # a replaced table has only what it lists


def test_five_whys() -> None:
    doc = parse(
        """
        ## 5 Whys

        1. Why did checkout fail? The database ran out of connections.
        2. Why did it run out? Because the pool was halved.
        3. Why was it halved?
        4. A config change copied the staging value.
        """
    )
    assert [(w.question, w.answer) for w in doc.whys] == [
        ("Why did checkout fail?", "The database ran out of connections."),
        ("Why did it run out?", "the pool was halved."),
        ("Why was it halved?", "A config change copied the staging value."),
    ]


def test_whys_in_a_root_cause_list() -> None:
    doc = parse(
        """
        ## Root Cause

        - Why did the site go down? The disk filled.
        - Why did the disk fill? Logs were not rotated.
        - Unrelated note.
        """
    )
    assert [w.question for w in doc.whys][:2] == [
        "Why did the site go down?",
        "Why did the disk fill?",
    ]


def test_no_whys_outside_their_sections() -> None:
    doc = parse("## Summary\n\nWhy did it fail? Nobody knows.\n")
    assert doc.whys == []
