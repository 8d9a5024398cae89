"""The action-item parser: every format issue 2 lists, each with a near miss and exact spans."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from linter.document import parse_document
from models import ActionItem, Value

HEAD = "# Payments outage\n\nDate: 2026-01-10\n\n## Action Items\n\n"


def parse(body: str, head: str = HEAD, fmt: str | None = None) -> tuple[str, list[ActionItem]]:
    """The full text and the action items of `body` placed under an Action Items heading."""
    text = head + textwrap.dedent(body).lstrip("\n")
    return text, parse_document(text, fmt=fmt).action_items


def one(body: str, **kw) -> tuple[str, ActionItem]:
    text, found = parse(body, **kw)
    assert len(found) == 1, [i.text for i in found]
    return text, found[0]


def at(text: str, value: Value | None) -> str | None:
    """The source text a value points at (and it must agree with `value.text`)."""
    if value is None:
        return None
    assert text[value.start : value.end] == value.text
    return value.text


# --- where items come from -------------------------------------------------------------


def test_list_item() -> None:
    text, item = one("- Add an alert on pool saturation\n")
    assert (item.source, item.text, item.done) == ("list", "Add an alert on pool saturation", False)
    assert text[item.start : item.end] == "Add an alert on pool saturation"


@pytest.mark.parametrize(
    ("box", "done"),
    [
        ("[ ]", False),
        ("[]", False),
        ("[x]", True),
        ("[X]", True),
        ("☐", False),
        ("☑", True),
        ("✅", True),
    ],
)
def test_checkboxes(box: str, done: bool) -> None:
    _, item = one(f"- {box} Add an alert\n")
    assert (item.source, item.text, item.done) == ("checkbox", "Add an alert", done)


def test_checkbox_near_miss_brackets_in_text_are_not_a_box() -> None:
    _, item = one("- Add an alert [x-team review]\n")
    assert (item.source, item.done) == ("list", False)


def test_empty_template_checkbox_is_no_item() -> None:
    assert parse("- [ ] \n- [ ] Add an alert\n")[1][0].text == "Add an alert"
    assert len(parse("- [ ] \n- [ ] Add an alert\n")[1]) == 1


def test_numbered_lines() -> None:
    _, found = parse("1. Add an alert\n2. Raise the pool size\n")
    assert [(i.source, i.text) for i in found] == [
        ("numbered", "Add an alert"),
        ("numbered", "Raise the pool size"),
    ]


def test_numbered_lines_in_plain_text() -> None:
    head = "Payments outage\n\nAction Items:\n"
    text, found = parse("1. Add an alert - @alice\n2) Fix the pool [P1]\n", head=head, fmt="text")
    assert [(i.source, at(text, i.owner), at(text, i.priority)) for i in found] == [
        ("numbered", "@alice", None),
        ("numbered", None, "P1"),
    ]


def test_nothing_outside_action_sections() -> None:
    _, found = parse("- Add an alert\n", head="# Outage\n\n## What went well\n\n")
    assert found == []


def test_group_labels_are_not_items() -> None:
    _, found = parse(
        """
        - Short term:
          - Add an alert
          - Raise the pool size
        - Monitoring
          - Add a dashboard
        """
    )
    assert [i.text for i in found] == ["Add an alert", "Raise the pool size", "Add a dashboard"]


def test_metadata_children_belong_to_a_short_item() -> None:
    text, item = one("- Add an alert\n  - owner: Bob\n  - due 2026-04-01\n")
    assert (at(text, item.owner), at(text, item.due)) == ("Bob", "2026-04-01")


def test_bullets_flush_under_a_numbered_item_are_its_details() -> None:
    # Written as in a real post-mortem: the bullets are not indented under "1.".
    text, found = parse(
        """
        1. **Deeper engine monitoring**
        We plan to add alerts around:

        - Disk read amplification
        - TOAST table statistics

        2. **Runbooks for engine limits** - @kai
        """
    )
    assert [i.source for i in found] == ["numbered", "numbered"]
    assert at(text, found[1].owner) == "@kai"


def test_near_miss_bullets_after_a_numbered_item_without_colon_are_items() -> None:
    _, found = parse("1. Add an alert\n2. Fix the pool\n- Rotate the key\n", fmt="text")
    assert [i.source for i in found] == ["numbered", "numbered", "list"]


# --- tables ----------------------------------------------------------------------------

TABLE = """
| Priority | Action | Status | Due | Owner |
|---|---|---|---|---|
| P1 | Add an alert | Open | 2026-03-15 | @kai |
| high | Fix the pool | Done | Mar 20 | TBD |
| | | | | |
| - | Rotate the key | ✅ | n/a | - |
"""


def test_table_columns_found_by_header_in_any_order() -> None:
    text, found = parse(TABLE)
    assert [i.text for i in found] == ["Add an alert", "Fix the pool", "Rotate the key"]
    first, second, third = found
    assert {i.source for i in found} == {"table"}
    assert (at(text, first.owner), at(text, first.due), at(text, first.priority)) == (
        "@kai",
        "2026-03-15",
        "P1",
    )
    assert (first.due.date, first.priority.norm, first.done) == (dt.date(2026, 3, 15), "P1", False)
    assert (at(text, second.owner), second.due.date, second.priority.norm) == (
        "TBD",  # a placeholder owner is kept for PM304, not dropped as blank
        dt.date(2026, 3, 20),
        "high",
    )
    assert second.done and third.done
    assert (third.owner, third.due, third.priority) == (None, None, None)


def test_table_cells_words_and_numbers() -> None:
    text, item = one(
        """
        | Task | Assignee | Deadline | Prio |
        |---|---|---|---|
        | Add an alert | Alice Smith | Q2 2026 | 2 |
        """
    )
    assert at(text, item.owner) == "Alice Smith"
    assert (at(text, item.due), item.due.date) == ("Q2 2026", dt.date(2026, 6, 30))
    assert (at(text, item.priority), item.priority.norm) == ("2", "P2")


def test_table_status_near_miss_not_done() -> None:
    _, item = one("| Action | Owner | Status |\n|---|---|---|\n| Add alert | @a | Not done |\n")
    assert item.done is False


def test_action_table_outside_the_section_is_found_by_its_header() -> None:
    head = "# Outage\n\n## Follow-up work\n\n"
    _, found = parse("| Action item | Owner |\n|---|---|\n| Add an alert | @kai |\n", head=head)
    assert [i.text for i in found] == ["Add an alert"]


def test_near_miss_timeline_table_with_who_and_action_columns() -> None:
    head = "# Outage\n\n## Timeline\n\n"
    body = "| Date/Time | Who/What | Action/ Impact |\n|---|---|---|\n| 09:10 | Dave | Deploys |\n"
    assert parse(body, head=head)[1] == []


# --- owners ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("- Add an alert @bob", "@bob"),
        ("- Add an alert - @acme/sre", "@acme/sre"),
        ("- Pin @octokit/rest in the bot - @kai", "@kai"),
        ("- @jsnshrmn will add a deploy test", "@jsnshrmn"),
        ("- Add an alert - Owner: Alice Smith, due 2026-03-15", "Alice Smith"),
        ("- Add an alert (assignee: Kwame)", "Kwame"),
        ("- Add an alert, assigned to Kwame Mensah.", "Kwame Mensah"),
        ("- Add an alert - Owner: TBD", "TBD"),
        ("- Add an alert - Alice - Due 2026-03-15", "Alice"),
        ("- Add an alert - Alice Smith | P2", "Alice Smith"),
        ("- Add an alert - the team", "the team"),
        ("- Add an alert - Platform team - Q3 2026", "Platform team"),
    ],
)
def test_owner(line: str, owner: str) -> None:
    text, item = one(line)
    assert at(text, item.owner) == owner


@pytest.mark.parametrize(
    "line",
    [
        "- Mail ops@example.com about the alert",  # an e-mail address, not a handle
        "- Pin `@types/node` in the build",  # a handle-like word inside code
        "- Pin @octokit/rest in the bot",  # a package name in a sentence
        "- Teach the Product Owners about the CVE feed",  # "Owners" without a colon
        "- Make the flags team code-owners for flags code",
        "- Add dashboards - Grafana",  # a product after a dash
        "- [P2] Add dashboards - Grafana",
        "- Add an alert - Prometheus-based",
        "- Add an alert - Alice",  # a bare name ending the line: maybe a product
        "- Add an alert - Phase 2 - Due 2026-03-15",
        "- Owner: - add the alert",
    ],
)
def test_owner_near_misses(line: str) -> None:
    assert one(line)[1].owner is None


# --- due dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "due", "date"),
    [
        ("- Add an alert - Due 2/15", "2/15", "2026-02-15"),
        ("- Add an alert - 2026-03-15", "2026-03-15", "2026-03-15"),
        ("- Add an alert (2026-03-15)", "2026-03-15", "2026-03-15"),
        ("- Add an alert by 2026-03-15, Priority: high", "2026-03-15", "2026-03-15"),
        ("- Add an alert, due: Mar 15", "Mar 15", "2026-03-15"),
        ("- Add an alert (due 15 March)", "15 March", "2026-03-15"),
        ("- Add an alert - ETA: 2026-04-01", "2026-04-01", "2026-04-01"),
        ("- Add an alert - Q3 2026", "Q3 2026", "2026-09-30"),
        ("- Add an alert, target Q4 2026", "Q4 2026", "2026-12-31"),
    ],
)
def test_due(line: str, due: str, date: str) -> None:
    text, item = one(line)
    assert at(text, item.due) == due
    assert item.due.date == dt.date.fromisoformat(date)


@pytest.mark.parametrize(
    "line",
    [
        "- Investigate the 2026-03-01 latency spike",  # a date in the sentence, not a deadline
        "- Add an alert due to the March 15 outage",
        "- Reduce retries by 50%",
        "- Fix the retry storm caused by 3 clients",
        "- Plan the Q3 capacity review",
        "- Add an alert - Due TBD",
    ],
)
def test_due_near_misses(line: str) -> None:
    assert one(line)[1].due is None


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("- [ ] [P1] Add alert - @alice - Due 2026-02-30", "2026-02-30"),
        ("- Add alert - Due 2026-13-01", "2026-13-01"),
        ("- Add alert (2026-02-29)", "2026-02-29"),  # 2026 is no leap year
        ("- Add alert, due: Feb 30", "Feb 30"),
        ("- Add alert by 4/31", "4/31"),
    ],
)
def test_impossible_due_date_is_kept_without_a_date(line: str, due: str) -> None:
    text, item = one(line)
    assert at(text, item.due) == due
    assert item.due.date is None


@pytest.mark.parametrize(
    "line",
    [
        "- Investigate the 2026-02-30 spike",  # no deadline, whether or not the date exists
        "- Add alert due to the Feb 30 report",
        "- Reduce retries by 9/40 of their rate",  # no month or day is 40
    ],
)
def test_impossible_due_date_near_misses(line: str) -> None:
    assert one(line)[1].due is None


def test_impossible_due_date_in_a_table_cell() -> None:
    text, found = parse(
        """
        | Action | Owner | Due |
        |---|---|---|
        | Add alert | @a | 2026-02-30 |
        | Fix pool | @b | 2026-02-28 |
        """
    )
    assert [(at(text, i.due), i.due.date) for i in found] == [
        ("2026-02-30", None),
        ("2026-02-28", dt.date(2026, 2, 28)),
    ]


def test_due_without_year_rolls_past_the_incident() -> None:
    head = HEAD.replace("2026-01-10", "2025-11-20")
    _, item = one("- Add an alert - Due 2/15\n", head=head)
    assert item.due.date == dt.date(2026, 2, 15)


def test_due_from_the_heading_above() -> None:
    text, found = parse(
        """
        ### Long-term improvements (Q4 2025 - Q1 2026)

        - Load testing framework
        - Progressive rollouts - Due 2026-01-31
        """
    )
    assert (at(text, found[0].due), found[0].due.date) == ("Q1 2026", dt.date(2026, 3, 31))
    assert at(text, found[1].due) == "2026-01-31"  # the item's own date wins


def test_near_miss_heading_date_without_deadline_word() -> None:
    _, item = one("### Decided in the 2026-03-04 review\n\n- Add an alert\n")
    assert item.due is None


# --- priorities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "priority", "norm"),
    [
        ("- [P1] Add an alert", "P1", "P1"),
        ("- [ ] [P0] Add an alert", "P0", "P0"),
        ("- P1 Add an alert", "P1", "P1"),
        ("- Add an alert - P1 - @alice", "P1", "P1"),
        ("- Add an alert (P2)", "P2", "P2"),
        ("- Add an alert, Priority: high", "high", "high"),
        ("- Add an alert (priority: p1)", "p1", "P1"),
        ("- Add a high-priority alert", "high", "high"),
        ("- Add an alert [Medium]", "Medium", "medium"),
        ("- **HIGH** Include downloads in the smoke test", "HIGH", "high"),
        ("- Critical: rotate the leaked key", "Critical", "critical"),
    ],
)
def test_priority(line: str, priority: str, norm: str) -> None:
    text, item = one(line)
    assert at(text, item.priority) == priority
    assert item.priority.norm == norm


@pytest.mark.parametrize(
    "line",
    [
        "- Page on-call for every P1 incident",  # P1 inside the sentence
        "- Review the (P2 alerts) routing",
        "- Implement priority-classes for critical workloads",
        "- High availability for the database",
        "- HIGH-LEVEL design review",
        "- Low-hanging fruit: tidy the dashboards",
    ],
)
def test_priority_near_misses(line: str) -> None:
    assert one(line)[1].priority is None


# --- done or open ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Add an alert (done)",
        "- Add an alert - Status: closed",
        "- We have removed the bots' write access",
        "- We've significantly tightened the release workflow",
        "- The automerge Action has been disabled",
        "- Switched to pnpm 10",
        "- Reverted the incompatible change",
    ],
)
def test_done(line: str) -> None:
    assert one(line)[1].done is True


@pytest.mark.parametrize(
    "line",
    [
        "- We need to add an alert",
        "- Improved runbooks for engine-level limits",  # an adjective, not a past verb
        "- Automated tests for the migration",
        "- We planned to add an alert",
        "- We have not yet started the migration",
        "- Speed up the deploy",
        "- Add an alert (done means paged)",
    ],
)
def test_open(line: str) -> None:
    assert one(line)[1].done is False


def test_completed_heading_marks_its_items_done() -> None:
    _, found = parse("### Completed\n\n- Add an alert\n\n### Planned\n\n- Fix the pool\n")
    assert [i.done for i in found] == [True, False]
