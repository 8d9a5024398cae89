"""PM402 placeholder-text."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

# (line, the placeholder the finding must point at)
FAIL = [
    ("Started [When did it happen?] and ended later.", "[When did it happen?]"),
    ("[Describe the impact on customers]", "[Describe the impact on customers]"),
    ("Author: [Your name]", "[Your name]"),
    ("# [Incident title]", "[Incident title]"),
    ("Owner: <Your name goes here>", "<Your name goes here>"),
    ("Impact: <fill in>", "<fill in>"),
    ("Call recording: <Link to the Hangout or recording>", "<Link to the Hangout or recording>"),
    ("Waived by <name>", "<name>"),
    ("Root cause: TBD", "TBD"),
    ("TODO: k-dev email", "TODO"),
    ("Category: XXX", "XXX"),
    ("Time to detection: YYY", "YYY"),
    ("Fix landed (FIXME: link the PR).", "FIXME"),
    ("Lorem ipsum dolor sit amet.", "Lorem ipsum dolor sit amet."),
    ("Sit amet, consectetur adipiscing.", "Sit amet, consectetur adipiscing."),
    ("# Incident title - DD/MM/YYYY", "DD/MM/YYYY"),
    ("| 20xx-MM-DD | Deploy |\n|---|---|", "20xx-MM-DD"),
    ("Started at HH:mm UTC", "HH:mm"),
    ("# ISSUE NAME", "ISSUE NAME"),
    ("12:45 PM DATE: Thing 1 happened", "DATE"),
]

PASS = [
    "See [the runbook](https://runbooks.example/db) first.",
    "See [the runbook][rb].\n\n[rb]: https://runbooks.example/db",
    "- [ ] Add a pool alert - @alice",
    "- [x] Rotate the key - @bob",
    "- [] Push this document",
    "The cache was cold.[^1]\n\n[^1]: It had just been restarted.",
    "- [P1] Add a pool alert - @alice",
    "[CVE-2019-9900] Path normalization issue reported.",
    "[12-05 16:21] Crashloop bug introduced",
    "[???] IOPS reached a critical point",
    "Run `kubectl delete pod/<podname>` to retry.",
    "Use the `TODO` label in Jira.",
    "```\nTODO: not prose\n```",
    "<!-- TODO(alice): expand this -->",
    "The todo list was long.",
    "Mail <security@pypi.org> or see <https://status.example.com>.",
    "Line one<br>line two",
    "<details open>\n\nLogs\n\n</details>",
    "A <b>bold</b> move.",
    "Latency p99 < 2s and errors > 1%.",
    "A List<String> of Option<Vec<u8>> values.",
    "2023-MM-DD[^1]: a token was created (exact date unknown).",
    "> alice: TODO check the logs",  # quoted chat is what people said
    "The XXL instances were fine; TBDs were resolved.",
    "DATE and NAME columns in the table | Date |",
]


@pytest.mark.parametrize(("line", "placeholder"), FAIL)
def test_fires(line: str, placeholder: str) -> None:
    text = f"## Summary\n\n{line}\n"
    found = lint(text, "PM402", dedent=False)
    assert codes(found) == ["PM402"]
    assert span(text, found[0]) == placeholder


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(f"## Summary\n\n{text}\n", "PM402", dedent=False) == []


def test_owner_placeholder_is_left_to_group_owner() -> None:
    text = "## Action Items\n\n- Add a pool alert - Owner: TBD - Due 2026-03-15\n"
    assert lint(text, "PM402", dedent=False) == []


def test_multi_paragraph_angle_placeholder_is_one_finding() -> None:
    text = (
        "# Overview\n\n<Short 1-2 sentences summarizing the root cause. e.g.\n\n"
        "On the morning of Oct. 26th, the studio server went down.>\n"
    )
    (f,) = lint(text, "PM402", dedent=False)
    assert span(text, f).startswith("<Short 1-2") and span(text, f).endswith("went down.>")


def test_nested_angle_placeholder_is_one_finding() -> None:
    text = 'Meeting scheduled for: <Put date here, or say "Waived by <name>" if waived>\n'
    (f,) = lint(text, "PM402", dedent=False)
    assert span(text, f) == text.split(": ", 1)[1].rstrip()


def test_plain_text_document() -> None:
    text = "Incident Summary\n\nOwner: <Your name goes here>\nImpact: TBD\n"
    found = lint(text, "PM402", dedent=False, path="pm.txt")
    assert [span(text, f) for f in found] == ["<Your name goes here>", "TBD"]


def test_exact_position() -> None:
    text = "# Outage\n\n## Summary\n\nImpact: **TBD** for now.\n"
    (f,) = lint(text, "PM402", dedent=False)
    assert (f.line, f.column, f.end_line, f.end_column) == (5, 11, 5, 14)
    assert span(text, f) == "TBD"
    assert f.section == "Summary"
    assert f.message == "template text left in: replace 'TBD' with what happened, or delete it"
    assert f.suggestion == "replace 'TBD' with the real content"


def test_plain_text_backticks_are_code() -> None:
    text = "Summary\n\nRun `kubectl delete pod <pod name>` and see <https://x.example>.\n"
    assert lint(text, "PM402", dedent=False, path="pm.txt") == []
