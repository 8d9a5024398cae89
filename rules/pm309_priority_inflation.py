"""PM309 priority-inflation."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from models import Document, Hit, Severity
from rules.analysis.action_items import action_items_hit
from rules.base import rule
from rules.vocabulary import PRIORITY_WORDS


class Options(BaseModel):
    """Options of PM309."""

    model_config = ConfigDict(extra="forbid")
    max_top_priority: int = Field(5, ge=1)


def rank(norm: str | None) -> tuple[str, int] | None:
    """(scale, rank) of a normalised priority, lower rank = more urgent; None if unknown."""
    if norm is None:
        return None
    if m := re.fullmatch(r"P(\d)", norm):
        return "P", int(m.group(1))
    return ("word", PRIORITY_WORDS.index(norm)) if norm in PRIORITY_WORDS else None


@rule("PM309", "priority-inflation", severity=Severity.WARNING, options=Options)
def priority_inflation(doc: Document, options: Options) -> Iterator[Hit]:
    """Too many action items share the top priority.

    ## Why is this bad?
    When everything is P1, nothing is: the priority stops telling anyone which item to do
    first, and the one that prevents a repeat waits in the same queue as the rest.

    The top priority is the most urgent one the document uses: the lowest `Pn`, or the
    highest word in critical > urgent > high > medium > normal > low. Only open items
    count. Mixed scales are judged one scale at a time, never converted into each other
    (teams disagree on whether P1 means "critical" or "high"): a document with 6 items
    at P1 and 3 marked "critical" is reported for its P1s only. Values off both scales
    ("must have") are ignored. The finding sits on the action-items heading.

    ## Example
    ```markdown {"rules": {"PM309": {"max_top_priority": 2}}}
    ## Action Items
    - [ ] [P1] Add an alert on pool saturation
    - [ ] [P1] Raise the pool size
    - [ ] [P1] Rename the dashboard
    ```

    Use instead:
    ```markdown {"rules": {"PM309": {"max_top_priority": 2}}}
    ## Action Items
    - [ ] [P1] Add an alert on pool saturation
    - [ ] [P1] Raise the pool size
    - [ ] [P3] Rename the dashboard
    ```

    ## Options
    - `max_top_priority` (default 5): the most open items that may share the top priority.
    """
    limit = options.max_top_priority
    norms = [i.priority.norm for i in doc.action_items if i.priority and not i.done]
    ranks = [r for norm in norms if (r := rank(norm))]
    per_scale = Counter(ranks)
    for scale in sorted({s for s, _ in ranks}):
        top = min(n for s, n in ranks if s == scale)
        count = per_scale[(scale, top)]
        if count > limit:
            label = f"P{top}" if scale == "P" else PRIORITY_WORDS[top]
            yield action_items_hit(
                doc,
                f"{count} open action items share the top priority {label} (max {limit}): "
                f"keep {label} for the few that prevent a repeat",
                f"lower the priority of the items that can wait beyond the first {limit}",
            )
