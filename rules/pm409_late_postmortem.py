"""PM409 late-postmortem."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from linter.dates import first_date
from linter.timeline import UNDATED
from models import Document, Hit, Severity
from rules.base import rule


class Options(BaseModel):
    """Options of PM409."""

    model_config = ConfigDict(extra="forbid")
    late_days: int = Field(5, ge=0)


@rule("PM409", "late-postmortem", severity=Severity.INFO, options=Options)
def late_postmortem(doc: Document, options: Options) -> Iterator[Hit]:
    """The post-mortem review was held long after the incident.

    ## Why is this bad?
    Memories fade and chat logs scroll away within days. A review held weeks later
    reconstructs the incident from what people can still find, and the action items
    lose their urgency. Hold it within a few working days, even if some analysis
    continues afterwards.

    The review date is the `Review date`, `Post-mortem meeting` or similar field; the
    incident date is the Date field, else the first dated timeline entry.

    ## Example
    ```markdown
    Date: 2026-03-04
    Review meeting: 2026-03-20
    ```

    Use instead:
    ```markdown
    Date: 2026-03-04
    Review meeting: 2026-03-06
    ```

    ## Options
    - `late_days` (default 5): the most days allowed between incident and review.
    """
    field = doc.summary.get("review_date")
    review = first_date(field.value) if field else None
    if field is None or review is None:
        return
    date_field = doc.summary.get("date")
    incident = first_date(date_field.value) if date_field else None
    if incident is None:
        incident = next(
            (
                e.time.date()
                for e in doc.timeline
                if e.has_date and e.time and e.time.year != UNDATED.year
            ),
            None,
        )
    if incident is None:
        return
    days = (review - incident).days
    if days > options.late_days:
        yield field.hit(
            f"review held {days} days after the incident ({incident} to {review}): "
            f"hold it within {options.late_days} days, while memories and logs are fresh",
            f"schedule the review within {options.late_days} days of the incident",
        )
