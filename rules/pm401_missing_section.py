"""PM401 missing-section."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from models import Document, Hit, Severity
from rules.base import rule

DEFAULT_REQUIRED = [
    "summary",
    "timeline",
    "root cause",
    "contributing factors",
    "what went well",
    "what could be improved",
    "action items",
]


class Options(BaseModel):
    """Options of PM401."""

    model_config = ConfigDict(extra="forbid")
    required: list[str] = DEFAULT_REQUIRED


@rule("PM401", "missing-section", severity=Severity.WARNING, options=Options)
def missing_section(doc: Document, options: Options) -> Iterator[Hit]:
    """A section every post-mortem needs is missing.

    ## Why is this bad?
    Each section answers a question the readers will ask: what happened (summary,
    timeline), why (root cause, contributing factors), what we learned (what went well,
    what could be improved) and what we will change (action items). A missing section
    usually means the question was never discussed, not that it had no answer.

    A section counts under any of its usual names ("Follow-ups" and "Remediation" are
    action items, "Lessons Learned" is what could be improved); the names are the
    `sections` setting. The document's own Severity field changes what is required: by
    default a missing section is an error for SEV0/SEV1, and SEV3 and below may skip
    contributing factors, what went well and what could be improved (the `policy`
    setting).

    ## Example
    ```markdown
    # Checkout outage

    ## Summary
    Checkout failed for 40 minutes.

    ## Action Items
    - [ ] Add a pool saturation alert - @alice - Due 2026-03-15
    ```

    Use instead:
    ```markdown {"rules": {"PM401": {"required": ["summary", "timeline", "action items"]}}}
    # Checkout outage

    ## Summary
    Checkout failed for 40 minutes.

    ## Timeline
    - 14:32 UTC Pool exhausted, checkout errors start

    ## Action Items
    - [ ] Add a pool saturation alert - @alice - Due 2026-03-15
    ```

    ## Options
    - `required` (default: summary, timeline, root cause, contributing factors, what
      went well, what could be improved, action items): the section kinds a post-mortem
      must have, named as in the `sections` table.
    """
    present = {s.own_kind for s in doc.sections}
    for kind in options.required:
        if kind.lower() not in present:
            heading = kind.title()
            yield doc.hit(
                f"missing section '{kind}': add a '## {heading}' section",
                f"add '## {heading}' with what the team found",
            )
