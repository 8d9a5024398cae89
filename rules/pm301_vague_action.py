"""PM301 vague-action."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.analysis.vague_actions import OPEN, OPENING, PHRASAL, vague_verb
from rules.base import rule
from rules.common import sentences


@rule(
    "PM301",
    "vague-action",
    severity=Severity.WARNING,
    near=(OPENING, PHRASAL, OPEN),
    scope="actions",
)
def vague_action(doc: Document, options: None) -> Iterator[Hit]:
    """An action item's verb is vague and it names nothing concrete and checkable.

    ## Why is this bad?
    "Improve monitoring" cannot be finished: nobody can tell when it is done, so it
    never is, and the same incident comes back. An action names the component that
    changes, the change, and how done is checked: a metric and threshold, a ticket, a
    file, a command. A specific action that starts with a vague verb is fine
    ("Investigate and fix the file-handle leak in the uploader (INC-88)"). Goals without
    a change ("Make deploys safer", "Better runbooks") are vague too; placeholders (TBD),
    teams (SRE, QA) and areas (CI) do not make an item concrete.

    ## Example
    ```markdown
    ## Action Items
    - Improve monitoring - @alice - Due 2026-03-15
    ```

    Use instead:
    ```markdown
    ## Action Items
    - Page on `pg_pool_waiting > 5` for 2 minutes on the checkout database - @alice -
      Due 2026-03-15
    ```
    """
    items = {i.block: i for i in doc.action_items if i.block is not None}
    for s in sentences(doc, "PM301"):
        item = items.get(s.block)
        if item is None or item.done:
            continue
        verb = vague_verb(s, doc.blocks[s.block], item)
        if verb is not None:
            yield s.hit(
                doc,
                verb,
                f"vague action: '{verb.text}' names nothing checkable; say which component "
                "changes and how done is checked",
                "name the component, the change and the check, e.g. 'Alert when "
                "pool_waiting > 5 for 2 min on checkout-db (OPS-123)'",
            )
