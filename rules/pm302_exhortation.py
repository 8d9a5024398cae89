"""PM302 exhortation."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.analysis.exhortation_phrases import GATE
from rules.analysis.exhortations import VERBS_NEAR, exhortations
from rules.base import rule
from rules.common import sentences


@rule(
    "PM302",
    "exhortation",
    severity=Severity.ERROR,
    lexicon=GATE,
    near=VERBS_NEAR,
    scope="lessons",
)
def exhortation(doc: Document, options: None) -> Iterator[Hit]:
    """An action item or lesson asks people to try harder instead of changing a system.

    It reads instructions to people (imperatives, "must"/"should"/"need to" with a person
    or role as subject, requests made to them, verbless slogans) that ask for attention,
    care, diligence or a habit: "be more careful", "triple-check", "read the whole
    runbook", "stay sharp", "use common sense", "make a habit of", "take X more
    seriously", "escalate faster", "no more ignoring pages". An item that names a
    mechanism is a system change and passes: automation ("automatically", "by sampling
    ..."), a system acting ("page when lag exceeds 30 s", "the pipeline now runs them"), a
    place the change lives ("in CI", "in the SLO config") or a colon followed by the
    change ("Mind the gap: alert when ...").

    ## Why is this bad?
    "Be more careful" is not an action: nobody can do it on purpose, check that it was
    done, or tell when it is finished, and the people involved were already trying. The
    next tired engineer at 03:00 will be exactly as careful. Change what they work with:
    a confirmation that names the cluster, a check in CI, an alert that routes to a
    phone.

    ## Example
    ```markdown
    ## Action Items
    - Be more careful when running scripts against production - @dave - Due 2026-03-15
    ```

    Use instead:
    ```markdown
    ## Action Items
    - Make `prodctl` print the target cluster and require typing its name before a
      destructive command - @dave - Due 2026-03-15
    ```
    """
    for s in sentences(doc, "PM302"):
        for span in exhortations(s.parse):
            yield s.hit(
                doc,
                span,
                f"exhortation: '{span.text}' asks people to try harder; change the system",
                "name a change to tools or process that makes the slip hard to make, e.g. "
                "'require typing the cluster name before delete'",
            )
