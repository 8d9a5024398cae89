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
    # inverted, contracted and cleft shapes
    "The on-call would have spotted the regression had she opened the canary dashboard.",
    "The squad would have caught the drift had they diffed the plan.",
    "We'd have caught the typo with a second reviewer.",
    "Couldn't the release captain have paused the rollout?",
    "What the reviewer should have done was run the migration on staging.",
    "@t.nakamura should have been watching the replication lag.",
    "The deploy captain should have checked the change calendar.",
    "It would have gone better if the IC had paged the storage team.",
    "We should have been watching the queue since the deploy.",  # "should": hindsight
    "Kai could have been watching the queue.",
    # a passive modal perfect about people's work (decision 34)
    "The schema change should have been reviewed by someone from the data team.",
    "The migration should have been tested in staging first.",
    # a reverse pseudo-cleft: an action answers "what ... should have done"
    "Draining traffic first is what the IC should have done.",
    # the subject's adjective and "on-call" hung on the verb by the parser
    "The secondary on-call failed to pick up the escalation during the handover.",
    # a step not taken, as the subject of what it would have averted
    "One glance at the error budget would have stopped the rollout.",
    "Wouldn't a second pair of eyes on the diff have caught the typo?",
    # "might have" with the means that would have averted it; a hedge of the review's own
    "Lena might have noticed the drift by comparing the two configs.",
    "It is safe to say the IC might have caught it with a closer look.",
    # a verdict on a choice; explicit hindsight markers
    "The right call would have been to page the database team at once.",
    "In hindsight, the better option was for the on-call to roll back first.",
    "Looking back, the team needed to freeze deploys on Friday.",
    # passive and pseudo-cleft with "ought", an agent clause, people brought in
    "The cutover ought to have been rehearsed in staging.",
    "What we ought to have done was drain the node first.",
    "The checklist should have been completed by whoever ran the deploy.",
    "Ideally the DBA would have been paged before the failover.",
    "Alice failed to acknowledge the page.",  # an action she failed at
    "We logged a warning but failed to see it as an error case.",  # a judgement
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
    "We could have been leaking tokens all along.",  # a state running back: possibility
    "The replica could have been returning stale reads since Tuesday.",
    "Whether we should have failed over is the wrong question.",
    "If the cache had been warm, the spike would have been smaller.",  # about a system
    # the outcome hangs on a system: a plan or an impact, not a verdict
    "If the backlog had kept growing, the IC would have paused the free tier.",
    "We would have rolled back sooner had the alert fired.",
    "Jun would have paged the DBA had the alert named the database.",
    "Kai said the DBA had the keys.",
    "The replicas would have caught up had they had more IOPS.",
    "Shouldn't the canary have caught this?",
    "Every responder should have received the postmortem invite by now.",  # expectation
    "What we should have done differently is still unclear.",  # an open question
    "I'd have to check the logs to be sure.",
    "The cluster had the wrong quota for the batch pool.",
    # a record's words under discussion, not the review's verdict
    "An early comment on the ticket claimed the IC should have paged sooner; it was wrong.",
    "The alert should have been sent to the secondary.",  # a system's work
    "Payments should have been retried by the worker.",  # a system agent
    "The exception should have been caught and logged.",  # code's work
    "The question is what we should have done.",  # still an open question
    # near misses of the new shapes
    "A canary would have caught the regression.",
    "One look at the dashboard shows the spike.",
    "Oksana might have run the purge against the live bucket.",  # a guess (decision 31)
    "The cache might have saved us with a larger heap.",
    "A better design would have been to shard by tenant.",
    "The right call would have been hard to make without the metrics.",
    "In retrospect, the alert threshold needed to be lower.",
    "Looking back, we did not need to call the vendor.",
    "Looking back at the timeline, we needed to restart three services to recover.",
    "The right call was to roll back, and the IC made it at 14:10.",
    "Without the status page, support would have had no way to reach customers.",
    "The old pod would have been paged out under memory pressure.",
    # what failed happened to the person: receiving, getting, seeing
    "Alice failed to receive the page because PagerDuty had her old number.",
    "We failed to get the alert because the webhook was down.",
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


def test_inverted_condition_marks_its_subject_and_verb() -> None:
    text = "## What happened\n\nThe team would have seen it had they read the notes.\n"
    (f,) = lint(text, "PM103", dedent=False)
    assert span(text, f) == "they read"
