"""PM310 punitive-action."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.analysis.punishments import punishments
from rules.analysis.sanctions import (
    AGAIN,
    CHECKED,
    EXAMPLE,
    LIMITED,
    RIGHT_NOUNS,
    RIGHTS,
    SANCTION_SHAPES,
    THEIRS,
    WORD,
)
from rules.base import rule
from rules.common import sentences
from rules.lexicon import PUNITIVE_VERBS, REDO_VERBS, TRAINEE_WORDS


@rule(
    "PM310",
    "punitive-action",
    severity=Severity.ERROR,
    lexicon=(PUNITIVE_VERBS - RIGHT_NOUNS)
    | SANCTION_SHAPES
    | TRAINEE_WORDS
    | {"re-" + v for v in REDO_VERBS},
    near=(RIGHTS, THEIRS, EXAMPLE, WORD, LIMITED, CHECKED, AGAIN),
    scope="actions",
)
def punitive_action(doc: Document, options: None) -> Iterator[Hit]:
    """An action item targets a person instead of a system.

    The target is a named person, an @handle as object, a role or a role group ("the
    on-call", "all DBAs", "everyone on the database rota"). Punitive actions include
    retraining, re-certifying, reminding, coaching, mentoring or warning them; per-person
    supervision, shadowing, pairing or sign-off on their work; probation, strikes, notes
    in their performance review or personnel file; bans, suspensions, docked pay, taking
    away their rights or credentials or taking them off a rota; raising their conduct with
    their manager or HR; "have a word with" or "make an example of" them; and telling a
    role to try harder. Tools and bots acting on a condition, rules for everyone,
    onboarding or optional training, welfare (at the person's request, time to rest) and
    recognition are not punitive.

    ## Why is this bad?
    "Retrain Jun", "remind the on-call", "put the release manager under supervision":
    these actions punish, and everyone reading the post-mortem learns that speaking up
    costs. They also change nothing for the next person in the same seat. Change the
    system the person worked in: the tool, the check, the runbook, the alert.
    Supportive actions (a debrief, time off) and training a model are fine.

    ## Example
    ```markdown
    ## Action Items
    - Retrain Jun on Terraform state handling - @eng-manager - Due 2026-09-01
    ```

    Use instead:
    ```markdown
    ## Action Items
    - Make `terraform apply` refuse to run on a stale state lock - @jun - Due 2026-09-01
    ```
    """
    items = {i.block: i for i in doc.action_items if i.block is not None}
    for s in sentences(doc, "PM310"):
        for trigger, target in punishments(s.parse, s, doc, items.get(s.block)):
            lo, hi = sorted((trigger.i, target.i))
            yield s.hit(
                doc,
                s.parse[lo : hi + 1],
                f"punitive: the action targets '{target.text}' instead of a system",
                "change what the person worked with (tool, check, runbook, alert) so the "
                "next person in that seat is protected too",
            )
