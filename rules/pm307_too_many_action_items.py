"""PM307 too-many-action-items."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from models import Document, Hit, Severity
from rules.analysis.action_items import action_items_hit
from rules.base import rule


class Options(BaseModel):
    """Options of PM307."""

    model_config = ConfigDict(extra="forbid")
    max_action_items: int = Field(10, ge=1)


@rule("PM307", "too-many-action-items", severity=Severity.WARNING, options=Options)
def too_many_action_items(doc: Document, options: Options) -> Iterator[Hit]:
    """Post-mortem has more open action items than a team can finish.

    ## Why is this bad?
    A long list of follow-ups spreads the team thin: the few items that would prevent a
    repeat compete with nice-to-haves, and most of the list is never done. Keep the
    items that matter most and move the rest to the backlog.

    Only open items count; finished ones (ticked, Done status, under a "Completed"
    heading) no longer compete for time. The finding sits on the action-items heading.

    ## Example
    ```markdown {"rules": {"PM307": {"max_action_items": 2}}}
    ## Action Items
    - [ ] Add an alert on pool saturation
    - [ ] Raise the pool size
    - [ ] Rewrite the billing service in Rust
    ```

    Use instead:
    ```markdown {"rules": {"PM307": {"max_action_items": 2}}}
    ## Action Items
    - [ ] Add an alert on pool saturation
    - [ ] Raise the pool size
    - [x] Roll back the bad config
    ```

    ## Options
    - `max_action_items` (default 10): the most open action items a post-mortem may list.
    """
    limit = options.max_action_items
    count = sum(not item.done for item in doc.action_items)
    if count > limit:
        yield action_items_hit(
            doc,
            f"{count} open action items (max {limit}): keep the {limit} that matter most",
            "move the nice-to-haves to the backlog and link it instead of listing them here",
        )
