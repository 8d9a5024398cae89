"""PM104 judgmental-language."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "The DBA was negligent.",
    "A stupid typo in the YAML took the site down.",
    "Running `rm -rf` on the prod host was reckless.",
    "The warning was obviously ignored.",
    "The reviewer clearly skimmed the diff.",
    "The runbook was sloppy and out of date.",
    "They should have known the cache was cold.",
    "The on-call was clearly out of their depth.",
    "The review process has been shoddy for months.",
    "That was a bone-headed change.",
    "Testing on this team is lax.",
    "The cowboy culture on the platform team made this inevitable.",
    "The deploy was clearly slapped together on a Friday.",
    "The runbook was obviously never read.",
    "Such a half-baked rollout plan was bound to fail.",
    "The handover notes were a complete joke.",
    "Frankly, the approach was unprofessional.",
    "Whoever wrote this runbook was asleep at the wheel.",
    "Every SRE ought to have known the quota was per region.",
    "Clearly nobody tested the rollback.",
    "The capacity plan was haphazard at best.",
    "An inept rollback made things worse.",
    # "clearly"/"obviously" with a verdict on what was done
    "The approval was clearly a formality.",
    "Skipping the canary was obviously the wrong call.",
    "The on-call's triage was clearly half-hearted.",
    # a norm put to "you", negated or not
    "You clearly don't run migrations at peak.",
    # "no more" bans what happened; it does not deny it
    "No more sloppy reviews: read the diff before approving.",
    # idioms and denied competence (decision 36)
    "The failover script was slapped together the night before.",
    "Mateo was phoning it in during the whole migration.",
    "The new hire was not competent to run the restore alone.",
    # "obviously" on untested work, "clearly" in a relative clause about people
    "An obviously unreviewed patch went straight to the edge nodes.",
    "The approvers, who clearly had no idea what the flag did, merged it.",
    # decisions 36 and 41; diligence obviously skipped
    "The sign-off on the schema change was perfunctory.",
    "The failover script was thrown together the night before.",
    "Anyone with any sense would have paused the rollout.",
    "You have no business merging on a red build.",
    "The on-call obviously didn't check the dashboard before closing the page.",
    "Cowboy-style deploys were the norm on that team.",
]

PASS = [
    "The logs clearly show the retry storm beginning at 09:14.",  # evidence
    "Lazy initialisation of the pool meant the first request timed out.",  # technical
    "Impact was negligible: fewer than 20 requests failed.",
    "We do not think anyone was careless; the tool had no confirmation step.",
    "Responders described the customer impact clearly.",  # praise
    "Sloppiness is not a root cause; the pipeline accepted the change.",
    "A careless-looking action is usually reasonable in a confusing interface.",
    "The replica was clearly behind, so Jun held the failover.",
    "Lax validation mode accepts unknown fields.",  # technical senses
    "The session cookie is set with SameSite=Lax by the framework.",
    "Dumb clients poll the API every second.",
    "Cowboy handled 40k connections per node before the upgrade.",  # the Erlang server
    "By lazy consensus, the proposal passed after a week.",
    "It would be unfair to call the reviewer sloppy.",  # named to reject it
    "Calling the responders careless misses the point.",
    "No one behaved carelessly.",
    "The vendor's gross negligence clause did not apply.",  # law, not a judgement
    "Ade clearly explained the rollback plan on the call.",  # praise
    "The joke in the incident channel lightened the mood.",
    "The alert was obviously not actionable, so it was removed.",
    "The migration was not haphazard; each step was scripted.",
    "Failing over was clearly the right call.",
    "The spike was clearly a bad sign for the primary.",
    "The change ticket was not a rubber stamp: two reviewers signed it.",
    "You obviously cannot see the replica lag from the export.",  # what a tool allows
    "No careless change reached prod; the gate blocked all three.",
    # identifiers in inline code and technical "lazily"
    "The `lazy` option on the relationship produced N+1 queries.",
    "The `careless_mode` flag was left on in staging.",
    "The cache lazily computed results on first read.",
    # a call reported, a system's ability, a plain verb
    "The customer phoned it in to support at 09:10.",
    "The pool was not competent to serve the burst, so requests queued.",
    "We slapped a banner on the status page.",
    "Responders were not incompetent; they were working from an old runbook.",
    "The outage had no business impact outside the EU.",
    "Anyone with any sense of the queue depth could see the backlog growing.",
    "The error and its context are thrown together with the stack trace.",
    "Memcached evicts cold keys lazily under memory pressure.",
    "Aiko clearly set out the two failover plans before the vote.",  # praise
    "The graph obviously didn't show the spike at that resolution.",  # evidence
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert "PM104" in codes(lint(f"## What happened\n\n{text}\n", "PM104"))


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(f"## What happened\n\n{text}\n", "PM104") == []


def test_exact_position() -> None:
    text = "## What happened\n\nThe change was *sloppy*.\n"
    (f,) = lint(text, "PM104", dedent=False)
    assert (f.line, f.column) == (3, 17)
    assert span(text, f) == "sloppy"
