"""PM305 missing-due-date."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.base import rule


@rule("PM305", "missing-due-date", severity=Severity.WARNING)
def missing_due_date(doc: Document, options: None) -> Iterator[Hit]:
    """Action item has no due date.

    ## Why is this bad?
    An action item without a deadline drifts into the backlog and is quietly never done.
    A date gives the owner something to plan around and the review something to check.

    Accepted forms: `Due 2026-03-15`, `Due 3/15`, `by 2026-03-15`, `due: Mar 15`, a date or
    `Q3 2026` set off by dashes, commas or brackets, a Due/Deadline/ETA table column, or a
    date in the heading above the items ("Long-term (Q3 2026)"). Finished items are not
    reported. A due date that is no real date ("Due 2026-02-30", "Due 2026-13-01") is
    reported as such: it is a typo, and no one can plan around it.

    ## Example
    ```markdown
    ## Action Items
    - [ ] [P1] Add an alert on connection-pool saturation - @alice
    ```

    Use instead:
    ```markdown
    ## Action Items
    - [ ] [P1] Add an alert on connection-pool saturation - @alice - Due 2026-03-15
    ```
    """
    for item in doc.action_items:
        if item.done:
            continue
        if item.due is None:
            yield item.hit(
                "no due date: add one, e.g. 'Due 2026-03-15'",
                "append ' - Due YYYY-MM-DD' (a date the owner agreed to)",
            )
        elif item.due.date is None:  # written like a date, but no such day exists
            written = item.due.text.strip()
            yield item.due.hit(
                f"due date '{written}' is not a real date: check its day and month",
                "write the date the owner agreed to as YYYY-MM-DD, e.g. 'Due 2026-03-15'",
            )
