"""PM201 human-error-cause."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.analysis.human_error import MISTAKE_OF_PERSON, human_errors
from rules.base import rule
from rules.common import sentences
from rules.lexicon import HUMAN_ERROR_PHRASES


@rule(
    "PM201",
    "human-error-cause",
    severity=Severity.ERROR,
    lexicon=frozenset(HUMAN_ERROR_PHRASES),
    near=MISTAKE_OF_PERSON,
)
def human_error_cause(doc: Document, options: None) -> Iterator[Hit]:
    """Human error is given as the cause.

    ## Why is this bad?
    "Human error" is where an investigation stops, not where it should end. People
    make the same slips in the same conditions; the cause is in those conditions: the
    console that deletes with one click, the alert routed to an archived channel, the
    14-hour shift. Ask why the mistake was easy to make and hard to catch, and write
    that down.

    Flagged: "human error", "operator error", "pilot error", "user error" and the like
    given as the cause, filed as the verdict ("Classification: pilot error", "Verdict:
    operator error") or as what did the damage; and a person's mistake, oversight,
    blunder, slip-up or screw-up given as the cause ("A blunder by the on-call DBA led
    to ...", "The root cause was Amir's slip-up"). Fine: mentioning the phrase to reject
    it ("this review does not treat operator error as a cause", "we found no human error
    in the timeline"), general statements ("human error is inevitable"), and a mistake
    in an artifact with no person.

    ## Example
    ```markdown
    ## Root Cause
    Human error: the wrong cluster context was selected.
    ```

    Use instead:
    ```markdown
    ## Root Cause
    The CLI runs against whichever cluster context is active and does not show it in
    the prompt, so a command meant for staging ran against production.
    ```
    """
    for s in sentences(doc, "PM201"):
        block = doc.blocks[s.block]
        root_cause = doc.section_kind(block) == "root cause"
        for span in human_errors(s.parse, root_cause):
            yield s.hit(
                doc,
                span,
                "human error as a cause: ask why the mistake was easy to make and hard to "
                "catch, and name those conditions",
                "describe the conditions, e.g. 'the CLI does not show which cluster is "
                "active' instead of 'human error'",
            )
