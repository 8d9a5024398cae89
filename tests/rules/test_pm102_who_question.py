"""PM102 who-question."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "Who broke prod?",
    "Who approved this change?",
    "We must identify who approved it.",
    "Always find out who made the change before rolling back.",
    "We are still trying to determine which team member pushed the bad image.",
    "Whose laptop was the command run from?",
    "Management wants to know who is to blame for the outage.",
    "Track down whoever changed the DNS record.",
    "Who let this through code review?",
    # an open question, however it is worded
    "Nobody on the rota knows who flipped the feature flag.",
    "We still have no idea who flipped the feature flag.",
    "Who didn't read the change notice?",  # a negated question still hunts
    "Somebody muted the pager. Who was it?",
    # "which" with a person, even when the parser loses the search verb
    "Check the Vault audit trail to pin down which operator revoked the root token.",
    "Find out which contractor exported the user table.",
    "Which of us merged the hotfix without a review?",
    "I want to know which one of you did this.",
    "Who was at the keyboard when the cluster went down?",
    "The director wants the name of the developer behind the schema change.",
    "Someone asked in #infra who had restarted the ingress pods.",
    "Did Amara roll back the release, or did Bogdan?",  # a choice of culprits
    "Whoever force-pushed to main, please own up.",
    "Whoever deleted the DNS zone should step forward.",
    "The manager asked every SRE on the rota whether they had edited the firewall rules.",
    "Trace the unexpected `DROP INDEX` back to an engineer.",
    # a search noun before a preposition, a terse note, a question whose role is far off
    "We need the name of whoever disabled the alert.",
    "Unclear who restarted the broker; nobody has owned up.",
    "Still unknown who flipped the flag.",
    "Which of the two database engineers dropped the index?",
    "Figure out who was logged in to the jump host during the window.",
    # "not clear who" is "unclear who"; "can't say which" is "don't know which"
    "It is still not entirely clear who decided to run the reindex during peak hours.",
    "We still can't say for sure which on-call silenced the disk alert.",
    # an identity sought or unknown; a culprit hunted by questioning people
    "Open item: the identity of the engineer who revoked the CI token is not yet known.",
    "The security team is interviewing everyone with prod access to find the culprit.",
    # a search noun, a culprit by passive agent, a count of suspects, tracing to a person
    "The search for the operator who cleared the queue continues.",
    "Was the rollback started by the DBA or by the on-call?",
    "We narrowed the bad deploy down to two people.",
    "Attribute the leaked key to an individual before the review.",
    "Trace the rogue cron entry to the person who added it.",
    # the deed hangs from the search verb; "whose" after a search or an open question
    "We need to work out which of the SREs restarted the broker.",
    "Identify the developer whose commit disabled the check.",
    "Open question: whose account ran the purge?",
    "Whose change took the checkout down?",
    "We must establish who was at the console when the table was dropped.",
    "We must identify who approved the change.",  # near-miss of the ownership look-up
    # asking the culprit to confess; an account standing for its person; "whodunnit";
    # a name wanted for an unknown doer
    "Has anybody owned up to dropping the staging schema?",
    "Did anyone come forward about the deleted bucket?",
    "Work out which admin account disabled the audit trail.",
    "Find out which DBA account dropped the table.",
    "Whodunnit? The bucket policy changed at 02:00.",
    "Someone disabled the pager rotation, and the VP wants a name.",
]

PASS = [
    "Credit to Ravi, who noticed the spike.",  # relative "who"
    "We checked the catalogue to see who owns the billing API.",  # ownership look-up
    "The bot posts who is on call in every incident channel.",  # roster
    "Asked #platform who can approve an emergency change.",
    "We did not try to establish who ran the command.",  # negated
    "It matters less who made the change than why the pipeline accepted it.",
    "Which service emitted the malformed header?",
    "Customers who upgraded to 3.2 saw failed logins.",
    # looking for help or a route, not a culprit
    "IC: who has the admin credentials for the vendor console?",
    "We asked around who knows the ledger schema.",
    "Asked in #ops who had time to help with the backfill.",
    "The bot links the runbook so responders know who to escalate to.",
    "Name the owner behind each alert so responders know who to page.",
    # what happened to people is no deed
    "We don't know who received the SMS alerts; the carrier keeps no log.",
    "Which of the two engineers acknowledged the page first?",
    # the hunt is set aside
    "Finding out who deployed it would not have helped.",
    "Knowing who deployed it doesn't change the fix.",
    # near misses of the new shapes
    "Did the canary or the health check catch the regression?",
    "Who can I contact if I have problems or questions?",
    "Whoever is on call owns the follow-up.",
    "We traced the scan traffic back to a botnet.",
    "The IC asked each responder whether they could stay another hour.",
    "We saw a spike from customers who retried.",
    "Which one of you can cover the Friday shift?",
    "Which of the three regions failed over first?",
    "Ask for whoever is on call.",
    "Credit for the fix goes to whoever wrote the retry patch.",
    "Unclear why the script could reach prod.",
    "Who was logged out by the session purge?",
    "It is clear who fixed it: Ana rolled back at 14:10.",
    "It is not clear who owns the billing API.",  # ownership
    "The audit log records the identity of the engineer who ran it.",  # decision 12
    "The SRE bisected forty commits to find the culprit.",  # a change, not a person
    "We can't say which region the request was routed to.",
    "The alert text was unclear, which cost responders about fifteen minutes.",
    # ownership in any tense; feedback; a hunt dismissed
    "The team identified who owned the service within minutes.",
    "We looked up who maintained the exporter before paging anyone.",
    "Who found the new dashboard easier to read?",
    "Asking who pushed the button tells you nothing about the design.",
    # near misses of the new shapes
    "We thanked the engineer whose change fixed the leak.",
    "We narrowed the fault down to one host.",
    "The search for customers who saw errors took an hour.",
    "Was the cache warmed by the cron job or by the deploy?",
    "We attributed the delay to a slow DNS resolver.",
    "Did anyone step forward to help with the backfill?",  # a volunteer (decision 12)
    "Nobody has come forward with a better plan.",
    "Which service account removed the MFA requirement?",
    "This review is not a whodunnit.",
    "We narrowed the approver list down to two people who can sign off.",
    "Identify the owner whose team runs the service.",
    "Someone suggested a new cluster, and we need a name for it.",
    # roster and ownership questions with "whose"
    "Whose turn is it to take the pager?",
    "Whose job is it to renew the certificate?",
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert codes(lint(f"## What happened\n\n{text}\n", "PM102")) == ["PM102"]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(f"## What happened\n\n{text}\n", "PM102") == []


def test_exact_position() -> None:
    text = "## Root Cause\n\nThe question: who approved it?\n"
    (f,) = lint(text, "PM102", dedent=False)
    assert (f.line, f.column) == (3, 15)
    assert span(text, f) == "who approved"
    assert f.severity == "warning"


def test_one_finding_for_a_choice_of_culprits() -> None:
    text = "## What happened\n\nWas it Jun or Dana who restarted the primary?\n"
    (f,) = lint(text, "PM102", dedent=False)
    assert span(text, f) == "Jun or Dana"


def test_timeline_note_from_a_channel() -> None:
    text = "## Timeline\n\n- 14:32 asking in #infra who ran `helm rollback` on `edge`\n"
    (f,) = lint(text, "PM102", dedent=False)
    assert span(text, f) == "who ran"
