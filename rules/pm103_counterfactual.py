"""PM103 counterfactual."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.analysis.counterfactuals import counterfactuals
from rules.analysis.hindsight import (
    ASKED_HAVE,
    BETTER_HAVE,
    FAILED_TO,
    IDEAL_HAVE,
    IF_HAD,
    INVERTED,
    LATE_HAD,
    LOOKING_BACK,
    MIGHT_HAVE,
    MODAL_HAVE,
    PASSIVE_HAVE,
    RETRO,
    TRIED_HAVE,
)
from rules.base import rule
from rules.common import sentences


@rule(
    "PM103",
    "counterfactual",
    severity=Severity.WARNING,
    near=(
        MODAL_HAVE,
        ASKED_HAVE,
        INVERTED,
        LATE_HAD,
        IF_HAD,
        FAILED_TO,
        PASSIVE_HAVE,
        IDEAL_HAVE,
        MIGHT_HAVE,
        TRIED_HAVE,
        BETTER_HAVE,
        RETRO,
        LOOKING_BACK,
    ),
)
def counterfactual(doc: Document, options: None) -> Iterator[Hit]:
    """Hindsight about what people should have done.

    ## Why is this bad?
    "We should have caught this in staging" judges the past with knowledge nobody had
    at the time, and stops there. It hides the real question: what did people know,
    what were they trying to do, and why did their actions make sense to them? Those
    answers point at what to change. Hindsight comes as "should have", "we'd have
    noticed", "had they read the notes", "Shouldn't the captain have looked ...?" and
    "What the team should have done is ...". Counterfactuals about systems ("the rate
    limiter could have absorbed the burst", "if the queue had kept growing, responders
    would have shed load"), decisions explained by what was known ("failing over would
    have meant losing the write queue") and expectations about now ("should have
    received the invite by now") are fine.

    ## Example
    ```markdown
    ## What could be improved
    The on-call engineer should have escalated sooner.
    ```

    Use instead:
    ```markdown
    ## What could be improved
    The on-call engineer kept debugging for 40 minutes because the runbook has no
    escalation threshold; the first page gave no hint that the database was involved.
    ```
    """
    for s in sentences(doc, "PM103"):
        # One finding per sentence: "If we had deployed ..., we would have isolated ..."
        # is one piece of hindsight, not two.
        for subj, verb in list(counterfactuals(s.parse))[:1]:
            lo, hi = sorted((subj.i, verb.i))
            yield s.hit(
                doc,
                s.parse[lo : hi + 1],
                "hindsight: describe what was known and why the action made sense at the "
                "time, not what should have happened",
                "e.g. 'The alert named the cache, not the database, so responders kept "
                "debugging the cache' instead of 'we should have escalated sooner'",
            )
