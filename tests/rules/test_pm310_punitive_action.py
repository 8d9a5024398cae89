"""PM310 punitive-action."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "Retrain Jun on Terraform state handling (@eng-manager, 2024-09-01)",
    "Remind @kai to follow the runbook",
    "Talk to Jordan about the force push",
    "Put the release manager under supervision for the next three releases",
    "Start a disciplinary review for the on-call engineer (HR)",
    "Revoke María's prod access until she completes training",
    "Issue a formal warning to Kwame",
    "Retrain all DBAs on backup restores [P1]",
    # Sanctions, restrictions and supervision aimed at one person or role.
    "Put Tariq on a performance improvement plan",
    "Take Mele off the primary on-call rota for a month",
    "Bar the contractor from production until the audit closes",
    "Suspend Yuki from deploys for two weeks",
    "Log a formal strike against Ahmed for the missed handover",
    "Note the rollback failure in Sam's annual review",
    "Raise Diego's behaviour on the bridge with HR",
    "Escalate to the intern's manager",
    "Revoke Omar's VPN credentials until further notice",
    "Cut the on-call engineer's bonus for this quarter",
    "Make an example of Kofi at the all-hands",
    "Someone needs to have a word with the DBA on shift",
    "Have Ines shadow a senior SRE for her next three deploys",
    "The on-call DBA must re-certify on backups before the next rotation",
    "Re-test the night-shift operators on the failover runbook",
    "Every change by Priya needs a manual approval from the tech lead",
    "Tell the release managers they need to be more careful",
    "Report Sam's conduct to his manager",
    "Put this incident on Kai's permanent record",
    "Re-certify the on-call DBAs before the next rotation",  # "on-call" is no preposition
    "Limit Rahul to staging until he passes the deploy quiz",
    "Limit the intern to read-only access",
    "Require a senior engineer's sign-off for every change Haruto makes",
    "Have the tech lead approve Amaka's schema changes before they merge",  # supervision
    # limiting or replacing a person, coaching a role named with its function
    "Limit Oskar to read-only access until he finishes the course",
    "Ask the agency to replace the consultant who dropped the table",
    "Coach the release captains on canary analysis",
    # decisions 26 and 40: again, bureaucratic records, pay, HR, a demanded apology
    "Brief the weekend DBAs again on the failover checklist",
    "Book the new hire onto the incident course again",
    "Log the missed handover in Priya's development record",
    "Withhold the on-call allowance from the engineer who slept through the page",
    "Require an apology from the release manager to the support team",
    "Ask the contractor to write a personal statement about the outage",
    "Place the engineer involved on an improvement plan",
]

PASS = [
    "Retrain the spam classifier on the March data (ML-204)",
    "Add a Slack reminder that posts the freeze window in #releases every Friday",
    "Configure supervisord to restart the `ingest` worker on exit",
    "Talk to Fastly about raising the purge rate limit (@jun)",
    "Make `prodctl` require a second approver for destructive commands",
    "Talk to the storage team about snapshot retention",
    "Offer the responders a debrief session and time off",
    # The same words about systems, welfare, recognition and rules for everyone.
    "Remove the stale cron job from the on-call host",
    "Move the billing alerts from Priya's personal Slack DM to #billing-oncall",
    "Take Amara off the weekend rota so she can recover after the 20-hour incident",
    "Mention Chen's careful rollback in the next team review as recognition",
    "Suspend the `reports-cron` job until the index is rebuilt",
    "Restrict the deploy role to the release bot (IAM-12)",
    "Send the SREs the new runbook link (DOC-8)",
    "Ask the DBAs to review the new backup schedule",
    "Every PR needs an approval from a code owner, enforced by branch protection",
    "Dock the new nodes into the cluster autoscaler pool",
    "Escalate the ticket to Fastly's account manager",
    "Put the canary on probation for a week before full rollout",
    "Strike team: platform and payments engineers review the queue design",
    "Add a course on Terraform state to the onboarding plan for all engineers",
    "Make `deployctl` warn the release manager whenever a freeze is active",
    "Require two reviews on `infra/` changes, whoever opens the PR",
    "Require a CODEOWNERS review from the DBA team on every migration",
    "Add the new runbook to the on-call training deck for new hires",
    "Pair with the vendor's engineer to reproduce the kernel bug",
    "Schedule office hours where SREs can pair with developers on runbooks",
    "Address the comments in Kai's review before merging",  # a code review
    "Add Kai's review comments to the design doc",
    "Describe the operator's behaviour during the failover in the timeline",
    "Dismiss the engineer's stale alerts from the dashboard",
    "Move Kai from the payments team to platform as planned for Q3",
    "Limit concurrency to 5 workers on the ingest queue",
    "Connection limiting: cap concurrent connections per client at 200",
    "Review Kai's PR before merging",  # one review, not a standing gate on a person
    "Review the open PRs from Kai before the release",
    "Have the team lead check the Terraform plans before apply",
    "Ask Priya to review the runbook changes before Friday",
    # a tool named in inline code acts; a sign-off the pipeline requires of all authors
    "Have `prodctl` remind the operator of the active region before any write command",
    "Require a senior engineer's sign-off in the pipeline for every schema change, for all authors",
    "Limit deploys to business hours",
    "Replace the manual approver step with a policy check",
    "Show a warning banner in the CLI for every author during freezes",  # a tool's message
    "Replace the release captain rota with a bot-driven schedule",
    "Send the failover alert again to the on-call after 5 minutes",  # the alert again
    "Run the restore drill again with the DBAs next quarter",
    "Have HR send the EAP leaflet to the on-call team",  # welfare
    "Publish a statement on the status page about the outage",
    "Send customers an apology email with the credit code",
    "Place the new replica on the dedicated host pool",
]


@pytest.mark.parametrize("item", FAIL)
def test_fires(item: str) -> None:
    assert codes(lint(f"## Action Items\n\n- {item}\n", "PM310")) == ["PM310"]


@pytest.mark.parametrize("item", PASS)
def test_passes(item: str) -> None:
    assert lint(f"## Action Items\n\n- {item}\n", "PM310") == []


def test_only_action_items() -> None:
    assert lint("## What happened\n\nWe talked to Jordan about the console.\n", "PM310") == []


def test_exact_position() -> None:
    text = "## Action Items\n\n- Retrain Dave on the deploy process - @lead\n"
    (f,) = lint(text, "PM310", dedent=False)
    assert (f.line, f.column) == (3, 3)
    assert span(text, f) == "Retrain Dave"


def test_position_of_a_sanction() -> None:
    text = "## Action Items\n\n- Suspend Yuki from deploys for two weeks - @lead\n"
    (f,) = lint(text, "PM310", dedent=False)
    assert span(text, f) == "Suspend Yuki"
