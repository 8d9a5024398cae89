"""PM202 shallow-five-whys."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from models import Document, Hit, Severity
from rules.analysis.blame import blame
from rules.analysis.human_error import human_errors
from rules.analysis.people import is_person
from rules.base import rule
from rules.common import sentences


class Options(BaseModel):
    """Options of PM202."""

    model_config = ConfigDict(extra="forbid")
    min_whys: int = Field(3, ge=1)


def stops_at_a_person(sent: Any) -> bool:
    """The answer ends the chain at a person: a person is the actor, or the cause is
    "human error"."""
    if list(human_errors(sent, root_cause=True)) or blame(sent):
        return True
    # "Because the engineer did not check the diff": a person is the answer's actor.
    return any(
        tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and is_person(tok) for tok in sent
    )


@rule(
    "PM202",
    "shallow-five-whys",
    severity=Severity.WARNING,
    options=Options,
    scope="whys",
    always=True,
)
def shallow_five_whys(doc: Document, options: Options) -> Iterator[Hit]:
    """A 5-whys chain is too short, or its last answer stops at a person.

    ## Why is this bad?
    The point of asking "why" repeatedly is to get past the first, human-shaped answer
    to the conditions that made it likely. A chain of two whys rarely gets there, and a
    chain that ends at "the engineer did not check" or "human error" has stopped exactly
    where the useful questions start: why was the check easy to skip, and what would
    have caught it? Keep asking until the answer is something you can change.

    ## Example
    ```markdown
    ## 5 Whys
    1. Why did the site go down? Because the certificate expired.
    2. Why did it expire? Because the on-call engineer forgot to renew it.
    ```

    Use instead:
    ```markdown
    ## 5 Whys
    1. Why did the site go down? Because the certificate expired.
    2. Why did it expire? Because renewal was a manual, yearly task.
    3. Why was it manual? Because the domain predates our cert-manager setup.
    4. Why was it not migrated? Because nothing lists certificates outside cert-manager.
    ```

    ## Options
    - `min_whys` (default 3): the fewest answered whys a chain may have.
    """
    answered = [w for w in doc.whys if w.answer.strip()]
    if not doc.whys:
        return
    if len(answered) < options.min_whys:
        yield doc.whys[0].hit(
            f"5 whys stops after {len(answered)} answer(s): keep asking until the answer is a "
            f"condition you can change (at least {options.min_whys})",
            "ask 'why' of the last answer again",
        )
    last = answered[-1] if answered else None
    if last is None or last.block is None:
        return
    for s in sentences(doc, "PM202"):
        if s.block == last.block and stops_at_a_person(s.parse):
            yield last.hit(
                "5 whys ends at a person or 'human error': ask why the action was easy to "
                "take and hard to catch",
                "add a why about the condition: what made the slip likely, what failed to catch it",
            )
            return
