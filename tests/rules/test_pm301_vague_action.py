"""PM301 vague-action."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "Improve monitoring",
    "Enhance alerting (@jun, Q3)",
    "Look into the flaky deploys — @priya",
    "Consider adding more tests",
    "[P2] Improve communication between teams — owner: Kwame",
    "Investigate why things were slow (owner: Ravi, 2024-06-30)",
    "Better alerting, better dashboards",
    "**Owner:** María — improve logging",
    "Make alerting smarter",
    "Make the on-call experience better (TBD)",  # a placeholder names nothing
    "Look into the CI flakiness",  # "CI" is an area, not a component
    "Ensure SRE and support are aligned",  # teams are not components
    "Improve alerting (Payments squad)",  # nor is a team named in capitals
    "Enhance security posture (SEC team)",
    # decision 35: more vague verbs, "Increase X", a bare "More X"
    "Discuss retry policy at the next guild meeting",
    "Harden the bastion hosts",
    "Streamline the on-call handover",
    "Increase observability around the payments stack",
    "More dashboards for the platform team",
    "Tighten security around production (@sec, due 15/07)",  # a date names nothing
    # decision 38 and phrasal verbs: a direction, not a change
    "Rethink the alerting strategy",
    "Socialise the postmortem findings with the wider org",
    "Beef up the staging environment",
    "Double down on observability",
    "Come up with a better rollout approach",
    "Sync with the platform team about next steps",
    "Work with the DBA team to improve failover",  # the action is "improve"
    "Carry on looking into the flaky tests",
    "Needs more testing",
    "Going forward, enhance the alerting",
    "Modernise the dashboards — owner @ops, due EOQ",  # EOQ is a date, not a component
    "Look into DB connection handling",  # "DB" is an area
    # open-ended: whatever needs doing, whenever
    "Refresh the dashboards accordingly",
    "Tidy up the alert rules at some point",
    "Add retries to the importer where possible",
]

PASS = [
    "Improve the search cache hit rate to 95% by warming keys at deploy",
    "Investigate and fix the file-handle leak in the uploader (INC-88)",
    "Monitor `disk_used_percent` on db-01 to db-04 and page at 85%",
    "Consider using a versioned API for Prow config (#11263)",
    "Enhance the status page template with an 'affected regions' field",
    "Review IAM policies on the backups bucket and remove public read",
    "Add an alert on consumer lag for the orders topic",  # not a vague verb
    "[x] Improve monitoring",  # done items are not nagged
    "Be more careful with deploys",  # an exhortation: PM302's business
    "Make restores faster: run `pg_restore` with `-j 8` on the standby",
    "Make failover faster: cut DNS TTL from 300 s to 60 s",
    "Improve the CI cache hit rate to 90% by pinning the base image (CI-44)",
    "Review the IAM policy on the backups bucket with the SEC team",
    "Follow the change process more strictly, @release-managers",  # PM302's business
    "Increase the pool size on checkout-db to 200 (OPS-12)",
    "Discuss the rollback of PAY-301 with Stripe support",
    "More than 5% of failed requests must page",
    "Harden the SSH config: disable password auth on every bastion (SEC-14)",
    "Rethink the retry budget: cap retries at 3 for `payments-api` (PAY-88)",
    "Beef up the connection pool on orders-db to 200",
    "Sync with Okta support on the SCIM import",
    "Work with the network team to add a second uplink to each rack",
    "Going forward, page the secondary after 5 minutes",
    "Come back to this after the freeze",  # "come back" is not "come up with"
    "Update the `ledger` runbook accordingly",  # names the runbook
    "Rotate the RDS credentials quarterly, as required by SOC2",
]


@pytest.mark.parametrize("item", FAIL)
def test_fires(item: str) -> None:
    assert codes(lint(f"## Action Items\n\n- {item}\n", "PM301")) == ["PM301"]


@pytest.mark.parametrize("item", PASS)
def test_passes(item: str) -> None:
    assert lint(f"## Action Items\n\n- {item}\n", "PM301") == []


def test_only_action_items() -> None:
    assert lint("## Lessons Learned\n\n- We need to improve monitoring.\n", "PM301") == []


def test_concrete_detail_in_a_second_sentence_counts() -> None:
    text = "## Action Items\n\n- Investigate the slow queries. Tracked in OPS-123.\n"
    assert lint(text, "PM301") == []


def test_table_action_cell() -> None:
    text = "## Action Items\n\n| Action | Owner |\n|---|---|\n| Improve monitoring | @a |\n"
    (f,) = lint(text, "PM301", dedent=False)
    assert span(text, f) == "Improve"


def test_exact_position() -> None:
    text = "## Action Items\n\n- [ ] Improve monitoring - @alice\n"
    (f,) = lint(text, "PM301", dedent=False)
    assert (f.line, f.column) == (3, 7)
    assert span(text, f) == "Improve"
