"""PM302 exhortation."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

ACTION = "## Action Items\n\n- {}\n"
LESSON = "## Lessons Learned\n\n- {}\n"

FAIL = [
    ACTION.format("Be more careful when deploying config"),
    ACTION.format("Take more care when editing prod configs (@dave)"),
    ACTION.format("Everyone should pay more attention to alerts in #ops"),
    ACTION.format("Try harder to follow the runbook"),
    ACTION.format("Double-check before pressing enter"),
    LESSON.format("Stay focused during incidents and avoid multitasking."),
    LESSON.format("We should be more careful when making changes late in the day."),
    LESSON.format("Don't skip the canary, ever."),
    # Attention, care and diligence in other words: imperatives, obligations on people,
    # requests to people and verbless slogans.
    ACTION.format("Read the release notes in full before upgrading Postgres"),
    ACTION.format("Please second-guess any command that touches the primary"),
    LESSON.format("Operators need to triple-check destructive commands."),
    ACTION.format("Use better judgment around risky migrations"),
    ACTION.format("Make it a habit to verify the kube context"),
    LESSON.format("Everyone should take on-call handovers more seriously."),
    ACTION.format("Be less hasty with force pushes"),
    ACTION.format("Be a bit more paranoid with prod credentials"),
    ACTION.format("No more skipping the staging soak"),
    ACTION.format("Escalate sooner when the error budget burns"),
    LESSON.format("We must spot these regressions earlier."),
    ACTION.format("Treat all prod alerts as urgent"),
    LESSON.format("Each engineer has to respect the deploy freeze."),
    ACTION.format("Monitor the queue closely after the deploy"),
    LESSON.format("Don't get complacent about expiring certs."),
    LESSON.format("Keep your head in the game during long incidents."),
    ACTION.format("Please take an extra moment to verify the target before deleting"),
    LESSON.format("More rigour in code review, please."),
    ACTION.format("**Todo:** be more attentive when approving plans"),
    ACTION.format("Focus, everyone: the pager is not background noise"),
    ACTION.format("Everyone must follow the runbook to the letter"),
    LESSON.format("Check twice, deploy once."),
    ACTION.format("Please don't rush hotfixes"),
    LESSON.format("Just remember: every page is real."),
    LESSON.format("Obviously you check the context before running `kubectl delete`."),
    LESSON.format("You clearly review the diff before you approve it."),
    ACTION.format("No more sloppy reviews: read the diff before approving"),
    ACTION.format("Follow the freeze calendar more strictly, @release-managers"),
    # a prohibition pressed home with ", ever"; a ban on judged work; read before acting
    ACTION.format("Never restart the primary by hand, ever"),
    ACTION.format("Do not skip the canary, ever"),
    ACTION.format("No more half-baked migrations on release day"),
    ACTION.format("Read the runbook before you start a failover"),
    ACTION.format("Assume every page is real until proven otherwise"),
    # decision 38: awareness and importance; people told to act; slogans
    ACTION.format("Raise awareness of the freeze calendar among developers"),
    ACTION.format("Reinforce the importance of reading the whole runbook"),
    ACTION.format("Make sure reviewers open every file before approving"),
    ACTION.format("Hold each other accountable for runbook hygiene"),
    ACTION.format("Own the outcome of your deploys"),
    LESSON.format("Measure twice, cut once."),
    LESSON.format("No shortcuts on Fridays."),
    ACTION.format("Don't trust the staging numbers; check prod yourself"),
    ACTION.format("Always verify the target cluster before applying"),
    LESSON.format("Always, always read the plan output."),
    ACTION.format("Honour the change freeze"),
    ACTION.format("Obey the release checklist"),
]

PASS = [
    ACTION.format("Route P1 pages to a phone call, not a push notification (OPS-77)"),
    ACTION.format("Retry harder: raise the client retry budget from 3 to 5 with jitter"),
    ACTION.format("Stay on Envoy 1.9.1 until the CVE patch is released"),
    LESSON.format("Careful manual steps don't scale, so we automated the cert rotation."),
    LESSON.format("Asking people to try harder has never fixed a pager problem for us."),
    "## What happened\n\nThe only guidance was to be careful when force-pushing.\n",
    # The same verbs and nouns in specific system changes.
    ACTION.format("Check replica lag in the deploy script and abort above 30 s"),
    ACTION.format("Treat HTTP 429 as retryable in the payments client"),
    ACTION.format("Monitor the queue depth and page when it exceeds 10k for 5 minutes"),
    ACTION.format("Escalate faster: page the secondary after 5 minutes without ack (PD-12)"),
    ACTION.format("Catch slow queries earlier by sampling `pg_stat_statements` every minute"),
    ACTION.format("Respect the API's rate limits in the sync worker"),
    ACTION.format("Make the runbook respect the change freeze by linking the freeze calendar"),
    ACTION.format("Make the CLI read the whole config before applying any change"),
    ACTION.format("Read the whole backlog of failed jobs and requeue them (OPS-91)"),
    ACTION.format("Proof-read config changes with a schema check in CI"),
    ACTION.format("Never run migrations by hand: the deploy pipeline now runs them with a lock"),
    ACTION.format("Mind the replica count: set `minReplicas: 3` on the HPA"),
    ACTION.format("Keep an eye on replication with a lag alert at 30 s (OPS-22)"),
    ACTION.format("Take a moment-in-time snapshot of the etcd cluster before upgrades"),
    ACTION.format("Use the common sense defaults from the upstream chart"),
    ACTION.format("Add a confirmation prompt so nobody has to memorise which tab is prod"),
    ACTION.format("Remove the need to double-check the context: prodctl shows it in red"),
    LESSON.format("Complacency crept in after two quiet years, so we added game days."),
    LESSON.format("Reviewers should have read the diff properly."),  # hindsight: PM103
    LESSON.format("Relying on people to double-check regions is not a control."),
    ACTION.format("Remember the last target cluster in the CLI config"),
    LESSON.format("Remember: the pipeline now blocks Friday deploys."),
    LESSON.format("We remember that Friday; it was the busiest day of the year."),
    LESSON.format("Obviously you were paged at 3 am; the rota had a gap."),
    LESSON.format("Obviously you cannot see the lag from the export, so we added a panel."),
    LESSON.format("Clearly you need a second approver for schema changes."),
    ACTION.format("No more manual failovers: the orchestrator promotes the replica"),
    ACTION.format("Parse the config less strictly so unknown keys are warnings"),
    LESSON.format("It was the worst outage we have had, ever."),
    ACTION.format("Do not deploy on Fridays; the freeze calendar blocks it, ever since Q2"),
    ACTION.format("Read the alert payload into the bot before it is posted"),
    ACTION.format("Make the failover script assume the replica is live after 30 s"),
    ACTION.format("Assume the replica is healthy when the probe passes (OPS-14)"),
    LESSON.format("We now assume every alert is actionable: the noisy ones were deleted."),
    ACTION.format("Get better visibility into queue depth"),  # a tool, not effort
    LESSON.format("Our test coverage needs to get better."),  # not people
    ACTION.format("Slow down replica promotion during failover"),  # a system
    ACTION.format("Make sure everyone on the rota has prod read access"),  # access
    ACTION.format("Measure the twice-daily backup duration"),
    ACTION.format("Always page the secondary when lag exceeds 5 minutes"),  # a system
    LESSON.format("Always find out which flag changed before rolling back."),
    LESSON.format("Always-on profiling would have shown the leak."),
    ACTION.format("Make the deploy CLI honour the freeze window (OPS-4)"),  # a tool
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert "PM302" in codes(lint(text, "PM302"))


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(text, "PM302") == []


def test_exact_position() -> None:
    text = "## Action Items\n\n- Be more careful when deploying - @dave\n"
    (f,) = lint(text, "PM302", dedent=False)
    assert (f.line, f.column) == (3, 3)
    assert span(text, f) == "Be more careful"
    assert f.severity == "error"


def test_position_of_a_mindset_word() -> None:
    text = "## Action Items\n\n- Exercise sound judgement when skipping canaries - @dave\n"
    (f,) = lint(text, "PM302", dedent=False)
    assert span(text, f) == "judgement"


def test_one_finding_for_overlapping_phrases() -> None:
    text = "## Action Items\n\n- Take more care with the migration tool\n"
    assert codes(lint(text, "PM302", dedent=False)) == ["PM302"]
