"""PM408 unknown-severity."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from models import Document, Hit, Severity
from rules.base import rule

DEFAULT_SCALE = [
    *(f"SEV{n}" for n in range(5)),
    *(f"P{n}" for n in range(5)),
    "critical",
    "high",
    "medium",
    "low",
]
# The same reading as `linter.selection.severity_level`, which the severity policy uses:
# "SEV-1", "Sev 1", "Severity 1" and "sev_1" are SEV1; "p 2" is P2; else the first word.
_LEVEL = re.compile(r"\s*(?P<family>sev(?:erity)?|p)[\s_-]*(?P<n>\d)\b", re.I)
_WORD = re.compile(r"\s*([A-Za-z]+)")


def canonical(value: str) -> str | None:
    """'SEV1', 'P2' or a lower-case word for a severity value; None if it has neither."""
    m = _LEVEL.match(value)
    if m:
        family = "P" if m.group("family").lower() == "p" else "SEV"
        return f"{family}{m.group('n')}"
    word = _WORD.match(value)
    return word.group(1).lower() if word else None


class Options(BaseModel):
    """Options of PM408."""

    model_config = ConfigDict(extra="forbid")
    scale: list[str] = DEFAULT_SCALE


@rule("PM408", "unknown-severity", severity=Severity.WARNING, options=Options)
def unknown_severity(doc: Document, options: Options) -> Iterator[Hit]:
    """The Severity is not on the severity scale.

    ## Why is this bad?
    Severity decides who is paged, how fast the review happens, and which incidents
    are compared with which. A value off the scale ("Major", "Bad", "2") cannot be
    compared, and pmlint's severity policy (stricter checks for SEV0/SEV1) cannot
    apply it.

    Case does not matter, and "SEV-1", "Sev 1" and "Severity 1" are all SEV1;
    text after the level is fine ("SEV2 (customer-facing)").

    ## Example
    ```markdown
    Severity: Major
    ```

    Use instead:
    ```markdown
    Severity: SEV2 (major: customer-facing, degraded)
    ```

    ## Options
    - `scale` (default SEV0-SEV4, P0-P4, critical, high, medium, low): the accepted
      severity values.
    """
    field = doc.summary.get("severity")
    if field is None:
        return
    accepted = {canonical(s) for s in options.scale} - {None}
    if canonical(field.value) in accepted:
        return
    shown = ", ".join(options.scale[:5]) + (", ..." if len(options.scale) > 5 else "")
    yield field.hit(
        f"severity '{field.value}' is not on the scale: use one of {shown}",
        f"use a level from the scale, e.g. '{options.scale[0]}'",
    )
