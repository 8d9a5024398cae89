"""PM202 shallow-five-whys."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

DEEP = """\
## 5 Whys

1. Why did the site go down? Because the certificate expired.
2. Why did it expire? Because renewal was a manual, yearly task.
3. Why was it manual? Because the domain predates our cert-manager setup.
4. Why was it not migrated? Because nothing lists certificates outside cert-manager.
"""


def test_deep_chain_passes() -> None:
    assert lint(DEEP, "PM202") == []


def test_short_chain_fires_once_on_the_first_why() -> None:
    text = "## Five Whys\n\n- Why did it fail? The disk filled.\n- Why? Logs were not rotated.\n"
    (f,) = lint(text, "PM202", dedent=False)
    assert "2 answer" in f.message
    assert span(text, f).startswith("Why did it fail?")


@pytest.mark.parametrize(
    "last",
    [
        "Why did it expire? Because the on-call engineer forgot to renew it.",
        "Why was the config wrong? Human error.",
        "Why did nobody notice? Because Dave ignored the alert.",
        "Why was it not caught? Because the reviewer did not check the diff.",
    ],
)
def test_last_answer_at_a_person_fires(last: str) -> None:
    text = DEEP.replace(
        "4. Why was it not migrated? Because nothing lists certificates outside cert-manager.",
        f"4. {last}",
    )
    assert codes(lint(text, "PM202")) == ["PM202"]


def test_a_person_earlier_in_the_chain_is_fine() -> None:
    text = DEEP.replace(
        "Because renewal was a manual, yearly task.",
        "Because Dave renewed it by hand every year.",
    )
    assert lint(text, "PM202") == []


def test_whys_in_root_cause_lists_count() -> None:
    text = (
        "## Root Cause\n\n- Why did it fail? Human error.\n"
        "- Why? Because Dave forgot to renew it.\n"
    )
    assert codes(lint(text, "PM202")) == ["PM202", "PM202"]


def test_no_chain_no_finding() -> None:
    assert lint("## Root Cause\n\nThe certificate expired.\n", "PM202") == []


def test_min_whys_option() -> None:
    text = DEEP.replace(
        "4. Why was it not migrated? Because nothing lists certificates outside cert-manager.\n", ""
    )
    assert lint(text, "PM202") == []
    assert codes(lint(text, "PM202", rules={"PM202": {"min_whys": 4}})) == ["PM202"]
