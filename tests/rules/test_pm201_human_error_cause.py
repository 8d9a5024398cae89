"""PM201 human-error-cause."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

ROOT = "## Root Cause\n\n{}\n"
PROSE = "## What happened\n\n{}\n"

FAIL = [
    ROOT.format("Human error."),
    ROOT.format("Pilot error: the wrong cluster context was selected."),
    ROOT.format("A mistake by the on-call engineer."),
    PROSE.format("The incident happened because of operator error."),
    PROSE.format("The data loss was down to human error."),
    PROSE.format("It was human error, plain and simple."),
    PROSE.format("The root cause was Priya's mistake in the DNS change."),
    PROSE.format("Human error by the night shift led to the backup being overwritten."),
    PROSE.format("Classification: pilot error."),
    PROSE.format("The review board's verdict was operator error."),
    PROSE.format("A blunder by the on-call engineer led to the outage."),
    PROSE.format("The root cause was Amir's oversight."),
    ROOT.format("Noor's slip-up in the firewall change."),
    PROSE.format("The root cause was a screw-up on the DBA's end."),
    PROSE.format("Operator error knocked the payments API offline."),  # the term is enough
    PROSE.format("The outage came down to a mistake by the on-call DBA."),
    PROSE.format("The outage was due to a typo by Drew in the backend name."),  # decision 33
    PROSE.format("The root cause was a mistake by the IC, who declared the all-clear early."),
]

PASS = [
    PROSE.format("This review does not treat operator error as a cause."),
    PROSE.format('A log line read "pilot error" at 14:02.'),
    PROSE.format("Human factors, including a 14-hour shift, contributed."),
    PROSE.format("The Postgres operator error log filled with reconcile failures."),
    PROSE.format("Kai's mistake went unnoticed until the nightly report ran."),  # no cause
    ROOT.format("Contributing factors are listed below; none of them is human error."),
    PROSE.format("The alert fired because of a mistake in the threshold units."),
    PROSE.format("The `user_error` counter rose to 1,200 per minute."),
    ROOT.format("We found no human error in the timeline; the API acknowledged a failed write."),
    PROSE.format("Dagny's slip-up took down checkout."),  # a consequence, not a cause (PM101)
    PROSE.format("Kai's blunder went unnoticed for a day."),
    PROSE.format("The error by the load balancer was a 502."),  # not a person
    PROSE.format("Category: network partition."),
    PROSE.format("It was down to a mistake in the runbook."),
    PROSE.format("The outage was due to a typo in the backend name."),  # no person
    # sought, not offered as the cause
    PROSE.format("We looked hard for a human error in the timeline and did not find one."),
    PROSE.format("We searched the deploy logs for operator error but found none."),
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert codes(lint(text, "PM201")) == ["PM201"]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(text, "PM201") == []


def test_exact_position() -> None:
    text = "## Root Cause\n\nThe root cause was human error.\n"
    (f,) = lint(text, "PM201", dedent=False)
    assert (f.line, f.column) == (3, 20)
    assert span(text, f) == "human error"
    assert f.severity == "error"
