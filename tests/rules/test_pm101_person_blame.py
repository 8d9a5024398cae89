"""PM101 person-blame."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "Dave forgot to renew the TLS certificate.",
    "@kwame missed the page at 03:12.",
    "The intern ran the migration against production by accident.",
    "She overlooked the destroy count in the Terraform plan.",
    "The outage was caused by Jordan.",
    "Honestly, it was Priya's fault.",
    "The page was missed by the on-call engineer, who was asleep.",
    "Mistakenly, Ravi applied the production manifest to the DR cluster.",
    "Priya pushed a bad config to the edge fleet.",
    "Søren misconfigured the health check on the load balancer.",
    "The DBA ran `DROP INDEX` on the payments database without testing it first.",
    "Aleksandr broke the build by merging a half-finished branch.",
    "Blame for the data loss lies with Søren.",
    "Jun failed to escalate to the DBA.",
]

PASS = [
    "Jun paged the database team at 02:14.",  # normal response work
    "Credit to Ravi, who noticed the spike before any alert fired.",
    "Noor rotated the key and traffic recovered.",
    "The autoscaler failed to add nodes.",  # a system as the subject
    "The log shipper missed two batches.",
    "The firewall rule was changed during the window.",  # passive, no person agent
    "The config was pushed by the deploy bot without a canary stage.",
    "Jordan broke the response into three workstreams.",  # "break into" = split
    "To stop the bleeding, Kwame deleted the stale DNS record.",  # remedial
    "We forgot to renew the certificate; nothing tracked its expiry.",  # collective
    "Dave did not forget the renewal; the job failed silently.",  # negated
    "Kai's fix restored writes to the primary.",  # possessive without a fault noun
    "If someone deletes the table, the restore takes an hour.",  # hypothetical
    "Then Terraform deleted the bucket.",  # a product, not a person
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert codes(lint(f"## What happened\n\n{text}\n", "PM101")) == ["PM101"]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(f"## What happened\n\n{text}\n", "PM101") == []


def test_not_in_quoted_chat() -> None:
    assert lint("## Timeline\n\n> dave forgot to renew the cert lol\n", "PM101") == []


def test_quoted_chat_when_configured() -> None:
    text = "## What happened\n\n> Dave forgot to renew the cert.\n"
    assert codes(lint(text, "PM101", check_quotes=True)) == ["PM101"]


def test_exact_position() -> None:
    text = "# Outage\n\n## Root Cause\n\nAt 09:10 **Dave** forgot to renew it.\n"
    (f,) = lint(text, "PM101", dedent=False)
    assert (f.line, f.column) == (5, 12)
    assert span(text, f) == "Dave** forgot"
    assert f.severity == "error" and f.section == "Root Cause"
    assert "Dave" in f.message and f.suggestion
