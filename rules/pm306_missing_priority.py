"""PM306 missing-priority."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.base import rule


@rule("PM306", "missing-priority", severity=Severity.WARNING)
def missing_priority(doc: Document, options: None) -> Iterator[Hit]:
    """Action item has no priority.

    ## Why is this bad?
    Without a priority every follow-up competes equally with feature work, and the one
    that would have prevented the next outage waits behind the cosmetic ones.

    Accepted forms: `[P1]`, `(P2)`, `P1` at the start of the item or set off by dashes or
    commas, `Priority: high`, `high-priority`, a leading `HIGH`, `[High]`, or a Priority
    table column. Finished items are not reported.

    ## Example
    ```markdown
    ## Action Items
    - [ ] Add an alert on connection-pool saturation - @alice - Due 2026-03-15
    ```

    Use instead:
    ```markdown
    ## Action Items
    - [ ] [P1] Add an alert on connection-pool saturation - @alice - Due 2026-03-15
    ```
    """
    for item in doc.action_items:
        if item.priority is None and not item.done:
            yield item.hit(
                "no priority: add one, e.g. '[P1]' or 'Priority: high'",
                "prefix the item with '[P1]' .. '[P4]' (or add 'Priority: high|medium|low')",
            )
