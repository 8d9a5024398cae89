"""PM403 missing-summary-field."""

from __future__ import annotations

from collections.abc import Iterator

from linter.dates import first_date
from models import Document, Hit, Severity
from rules.base import rule

#: (field key, how to call it, an example line to add)
FIELDS = (
    ("date", "Date/Time", "Date: 2026-03-04 14:32 UTC"),
    ("duration", "Duration", "Duration: 1h 43m"),
    ("severity", "Severity", "Severity: SEV2"),
    ("impact", "Impact", "Impact: 12% of checkouts failed for EU customers"),
)


@rule("PM403", "missing-summary-field", severity=Severity.WARNING)
def missing_summary_field(doc: Document, options: None) -> Iterator[Hit]:
    """The summary does not state the date, duration, severity or impact.

    ## Why is this bad?
    These four facts are what most readers come for, and what anyone comparing
    incidents later needs: when it happened, for how long, how bad it was, and who
    was affected. Stating them up front, as `Key: value` lines or a small table,
    saves every reader from piecing them together from the timeline.

    A field counts in any of its usual spellings (`Date/Time`, `Start time`,
    `Customer impact`, ... the `fields` setting), as a line, a bold label, a table
    row, or a section of its own; a full date in the title counts as the Date.

    ## Example
    ```markdown
    # Checkout outage

    ## Summary
    Checkout failed because the database connection pool was exhausted.
    Severity: SEV2
    ```

    Use instead:
    ```markdown
    # Checkout outage

    ## Summary
    Checkout failed because the database connection pool was exhausted.

    - Date: 2026-03-04 14:32 UTC
    - Duration: 1h 43m
    - Severity: SEV2
    - Impact: 12% of checkouts failed for EU customers
    ```
    """
    summary = next((s for s in doc.sections if s.own_kind == "summary"), None)
    for key, name, example in FIELDS:
        if key in doc.summary:
            continue
        if key == "date" and doc.title is not None and first_date(doc.title.text):
            continue
        message = f"the summary does not say the {name}: add a line such as '{example}'"
        suggestion = f"add '{example}' to the summary"
        yield summary.hit(message, suggestion) if summary else doc.hit(message, suggestion)
