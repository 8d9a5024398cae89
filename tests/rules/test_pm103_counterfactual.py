"""PM103 counterfactual."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "We should have caught this in staging.",
    "The on-call engineer should have escalated sooner.",
    "Priya could have rolled back within five minutes.",
    "If only we had pinned the dependency.",
    "Had Dave checked the diff, he would have spotted the typo.",
    "The release manager neglected to check the freeze calendar.",
    "Kai ought to have paused the rollout.",
    "@ravi should've looked at the error budget.",
    "The team failed to validate the schema change.",
]

PASS = [
    "The checklist says deploys should be paused at peak.",  # normative present
    "Failing over would have meant losing the write queue, so we kept the primary.",
    "The backup job failed to upload the snapshot.",  # a system
    "We failed over to us-east-2 at 14:10.",
    "Clients would have seen stale prices for ten minutes.",  # impact estimate
    "We should have a draft runbook by Friday.",  # "have" + noun
    "Nobody could have predicted the upstream API change.",  # rejects hindsight
    "We could have been exposed since March.",  # passive possibility
    "Whether we should have failed over is the wrong question.",
    "If the cache had been warm, the spike would have been smaller.",  # about a system
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert "PM103" in codes(lint(f"## What happened\n\n{text}\n", "PM103"))


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(f"## What happened\n\n{text}\n", "PM103") == []


def test_exact_position() -> None:
    text = "## Lessons Learned\n\n- In hindsight, we should have drained the node.\n"
    (f,) = lint(text, "PM103", dedent=False)
    assert (f.line, f.column) == (3, 17)
    assert span(text, f) == "we should have drained"
