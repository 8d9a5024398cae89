"""PM304 group-owner."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.base import rule
from rules.vocabulary import is_group_owner


@rule("PM304", "group-owner", severity=Severity.WARNING)
def group_owner(doc: Document, options: None) -> Iterator[Hit]:
    """Action item is owned by a group, a placeholder or nobody instead of one person.

    ## Why is this bad?
    "The team", "eng", "everyone", "TBD" or "?" read like an owner but make nobody
    accountable: each member assumes someone else will pick the item up. Name the one
    person who drives it to done; they can still share the work with the team.

    Finished items (a ticked checkbox, a Done status, a "Completed" heading) are not
    reported: who was accountable no longer changes anything.

    ## Example
    ```markdown
    ## Action Items
    - [ ] [P1] Add an alert on connection-pool saturation - Owner: the team - Due 2026-03-15
    ```

    Use instead:
    ```markdown
    ## Action Items
    - [ ] [P1] Add an alert on connection-pool saturation - Owner: Alice - Due 2026-03-15
    ```
    """
    for item in doc.action_items:
        if item.owner is None or item.done or not is_group_owner(item.owner.text):
            continue
        owner = item.owner.text.strip()
        yield item.owner.hit(
            f"owner '{owner}' is not one person: name the one person who drives it, e.g. '@alice'",
            f"replace '{owner}' with one person's name or @handle",
        )
