"""PM303 missing-owner."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.base import rule


@rule("PM303", "missing-owner", severity=Severity.WARNING)
def missing_owner(doc: Document, options: None) -> Iterator[Hit]:
    """Action item names no owner.

    ## Why is this bad?
    An action item that belongs to nobody is done by nobody. Name the one person who
    will drive it to done (they can delegate the work, not the accountability).

    ## Example
    ```markdown
    ## Action Items
    - [ ] [P1] Add an alert on connection-pool saturation - Due 2026-03-15
    ```

    Use instead:
    ```markdown
    ## Action Items
    - [ ] [P1] Add an alert on connection-pool saturation - @alice - Due 2026-03-15
    ```
    """
    for item in doc.action_items:
        if item.owner is None and not item.done:
            yield item.hit(
                "no owner: assign one person, e.g. '@alice' or 'Owner: Alice'",
                "append ' - @name' (one person who will drive it to done)",
            )
