"""PM308 overdue-action-item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from models import Document, Hit, Severity
from rules.base import rule


class Options(BaseModel):
    """Options of PM308."""

    model_config = ConfigDict(extra="forbid")
    today: dt.date | None = None


@rule("PM308", "overdue-action-item", severity=Severity.WARNING, options=Options)
def overdue_action_item(doc: Document, options: Options) -> Iterator[Hit]:
    """Open action item is past its due date.

    ## Why is this bad?
    A post-mortem is a promise. An open item past its date means the promise slipped
    silently: either it is done and the document was not updated, or it needs a new,
    agreed date (and maybe a conversation about why it slipped).

    The rule needs to know what day it is: it does nothing unless `--today YYYY-MM-DD`
    is given or `today` is configured, so the same document lints the same way every day.
    A due date stated without a year ("Due 2/15") is read as the first such date on or
    after the incident date.

    ## Example
    ```markdown {"today": "2026-03-20"}
    ## Action Items
    - [ ] [P1] Add an alert on pool saturation - @alice - Due 2026-03-15
    ```

    Use instead:
    ```markdown {"today": "2026-03-20"}
    ## Action Items
    - [x] [P1] Add an alert on pool saturation - @alice - Due 2026-03-15
    - [ ] [P2] Raise the pool size - @bob - Due 2026-04-01
    ```

    ## Options
    - `today` (default none: the rule is off): the date to compare due dates with. The
      engine fills it from `--today` or the top-level `today` setting.
    """
    today = options.today
    if today is None:
        return
    for item in doc.action_items:
        due = item.due
        if item.done or due is None or due.date is None or due.date >= today:
            continue
        days, iso = (today - due.date).days, due.date.isoformat()
        stated = iso if due.text.strip() == iso else f"{iso} ('{due.text.strip()}')"
        # A due date stated once in a heading covers several items: point at each item.
        where = due if item.start <= due.start and due.end <= item.end else item
        yield where.hit(
            f"overdue: due {stated}, {days} day{'s' * (days != 1)} ago: "
            "close it if done, or agree a new date with its owner",
            "tick it ('[x]') if it is done, else replace the date with a new agreed one",
        )
