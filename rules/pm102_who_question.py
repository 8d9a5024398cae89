"""PM102 who-question."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.analysis.who_hunts import (
    BEHIND,
    EITHER,
    NAME_WANTED,
    RESPONSIBLE,
    ROLL_CALL,
    TRACE,
    WHODUNNIT,
    find_who,
    hunt_span,
)
from rules.analysis.who_questions import ANYONE_OWNED, ASKED, HUNTED, OWN_UP, WHICH
from rules.base import rule
from rules.common import sentences


@rule(
    "PM102",
    "who-question",
    severity=Severity.WARNING,
    near=(
        ASKED,
        HUNTED,
        WHICH,
        RESPONSIBLE,
        BEHIND,
        OWN_UP,
        ROLL_CALL,
        EITHER,
        TRACE,
        ANYONE_OWNED,
        WHODUNNIT,
        NAME_WANTED,
    ),
)
def who_question(doc: Document, options: None) -> Iterator[Hit]:
    """The text asks, or sets out to find, who did something.

    ## Why is this bad?
    "Who broke prod?" turns a review into a hunt. Everyone learns to stay quiet, and the
    answer (a name) explains nothing about why the change was possible. Ask what
    happened and why it made sense at the time. The hunt takes many shapes: "which
    admin disabled MFA?", "we still don't know who ...", "did the DBA do it, or the
    on-call?", "whoever merged this, own up", questioning each engineer in turn, or
    tracing a change back to a person. Looking up a roster, an owner or a helper ("who
    is on call", "who owns the billing API", "who knows the repair tooling", "who to
    page") and setting the question aside are fine.

    ## Example
    ```markdown
    ## What happened
    Who approved this change? We must identify who pushed it.
    ```

    Use instead:
    ```markdown
    ## What happened
    How did the change get approved without a canary? The review checklist has no
    capacity item, so nothing prompted the question.
    ```
    """
    for s in sentences(doc, "PM102"):
        # One finding per sentence: "Was it the DBA or the SRE who ...?" is one hunt.
        for tok in list(find_who(s.parse))[:1]:
            yield s.hit(
                doc,
                hunt_span(s.parse, tok),
                "asks who did it: ask what happened and why it made sense at the time",
                "rewrite as a 'how' or 'what' question about the system, e.g. 'How did "
                "the change reach production without a canary?'",
            )
