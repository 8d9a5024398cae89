"""PM401 missing-section, and the severity policy that tightens or loosens it."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

SECTIONS = {
    "summary": "## Summary\n\nCheckout failed for 40 minutes.\n",
    "timeline": "## Timeline\n\n- 14:32 UTC Pool exhausted\n",
    "root cause": "## Root Cause\n\nThe pool was halved by a config change.\n",
    "contributing factors": "## Contributing Factors\n\n- No alert on pool saturation\n",
    "what went well": "## What Went Well\n\n- Rollback took two minutes\n",
    "what could be improved": "## What Could Be Improved\n\n- Detection took 20 minutes\n",
    "action items": "## Action Items\n\n- [ ] Add an alert - @alice - Due 2026-03-15\n",
}
LIGHTWEIGHT = {"contributing factors", "what went well", "what could be improved"}


def doc(without: set[str] = frozenset(), severity: str | None = None) -> str:
    head = "# Checkout outage\n\n" + (f"Severity: {severity}\n\n" if severity else "")
    return head + "\n".join(body for kind, body in SECTIONS.items() if kind not in without)


def missing(found) -> list[str]:
    return sorted(f.message.split("'")[1] for f in found)


@pytest.mark.parametrize("kind", list(SECTIONS))
def test_fires_for_each_missing_kind(kind: str) -> None:
    found = lint(doc({kind}), "PM401", dedent=False)
    assert missing(found) == [kind]
    assert f"'## {kind.title()}'" in found[0].message


def test_complete_document_passes() -> None:
    assert lint(doc(), "PM401", dedent=False) == []


SYNONYMS = """
# Checkout outage

## Overview
Checkout failed.

## Timeline of events
- 14:32 UTC Pool exhausted

## Root Cause Analysis
The pool was halved.

## Contributing Conditions
- No alert

## Lessons Learned

### Things that went well
- Fast rollback

## Follow-ups
- Add an alert
"""


def test_synonyms_count() -> None:
    assert lint(SYNONYMS, "PM401") == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a heading that only mentions the word is not the section
        ("## Timelines are hard\n\n- 14:32 Pool exhausted\n", "timeline"),
        # a subsection inherits a kind but is not a section of that kind itself
        ("## Summary\n\n### Root cause\n\nThe pool.\n", None),
        # bold text inside a paragraph is not a heading
        ("Our **Timeline** was short.\n", "timeline"),
    ],
)
def test_near_misses(text: str, absent: str | None) -> None:
    found = missing(lint("# Outage\n\n" + text, "PM401", dedent=False))
    if absent:
        assert absent in found
    else:
        assert "root cause" not in found and "summary" not in found


@pytest.mark.parametrize("fmt_path", ["pm.md", "pm.txt"])
def test_template_headings_count(fmt_path: str) -> None:
    text = (
        "1. Incident Summary\n\nIt broke.\n\nTimeline\n\n- 14:32 Alert\n\n"
        "Root Cause:\n\nThe pool.\n\n**Action Items**\n\n- Fix it\n"
    )
    found = lint(text, "PM401", dedent=False, path=fmt_path)
    assert missing(found) == sorted(LIGHTWEIGHT)


def test_exact_position_is_the_title() -> None:
    text = doc({"timeline"})
    (f,) = lint(text, "PM401", dedent=False)
    assert (f.line, f.column) == (1, 3)
    assert span(text, f) == "Checkout outage"
    assert f.severity == "warning"
    assert f.suggestion == "add '## Timeline' with what the team found"


def test_without_a_title_the_hit_is_at_the_start() -> None:
    (f,) = lint("## Summary\n\nIt broke.\n", "PM401", rules={"PM401": {"required": ["timeline"]}})
    assert (f.line, f.column, f.length) == (1, 1, 0)


def test_option_required() -> None:
    text = doc({"what went well", "timeline"})
    only = {"PM401": {"required": ["summary", "timeline"]}}
    assert missing(lint(text, "PM401", dedent=False, rules=only)) == ["timeline"]
    custom = {"PM401": {"required": ["five whys"]}}
    assert missing(lint(doc(), "PM401", dedent=False, rules=custom)) == ["five whys"]
    assert lint(text, "PM401", dedent=False, rules={"PM401": {"required": []}}) == []


# --- the severity policy (models.config.DEFAULT_POLICY, linter.selection.resolve) ---


@pytest.mark.parametrize("severity", ["SEV0", "SEV1", "Sev-1", "P1", "critical"])
def test_major_incident_makes_a_missing_section_an_error(severity: str) -> None:
    found = lint(doc({"timeline"}, severity), "PM401", dedent=False)
    assert codes(found) == ["PM401"]
    assert found[0].severity == "error"


@pytest.mark.parametrize("severity", ["SEV2", "P2", "high", None, "Major"])
def test_other_incidents_keep_the_warning(severity: str | None) -> None:
    found = lint(doc({"timeline"}, severity), "PM401", dedent=False)
    assert [f.severity for f in found] == ["warning"]


@pytest.mark.parametrize("severity", ["SEV3", "SEV4", "P3", "low", "medium"])
def test_minor_incident_may_skip_the_lightweight_sections(severity: str) -> None:
    assert lint(doc(LIGHTWEIGHT, severity), "PM401", dedent=False) == []
    # ... but not the facts and the actions
    found = lint(doc({"timeline", "what went well"}, severity), "PM401", dedent=False)
    assert missing(found) == ["timeline"]


@pytest.mark.parametrize("severity", ["SEV1", "SEV2"])
def test_major_and_normal_incidents_need_the_lightweight_sections(severity: str) -> None:
    found = lint(doc(LIGHTWEIGHT, severity), "PM401", dedent=False)
    assert missing(found) == sorted(LIGHTWEIGHT)


def test_severity_in_a_table_or_bold_label_drives_the_policy() -> None:
    for line in ("| Severity | SEV1 |\n|---|---|\n", "**Severity:** SEV1\n"):
        text = doc({"timeline"}).replace("\n\n", f"\n\n{line}\n", 1)
        assert [f.severity for f in lint(text, "PM401", dedent=False)] == ["error"]


def test_policy_is_configurable() -> None:
    policy = [{"min_level": 2, "severity": {"PM401": "info"}}]
    found = lint(doc({"timeline"}, "SEV2"), "PM401", dedent=False, policy=policy)
    assert [f.severity for f in found] == ["info"]
    # replacing the policy drops the defaults: SEV1 is a plain warning now
    found = lint(doc({"timeline"}, "SEV1"), "PM401", dedent=False, policy=policy)
    assert [f.severity for f in found] == ["warning"]
