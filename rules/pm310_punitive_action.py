"""PM310 punitive-action."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models import ActionItem, Document, Hit, Severity
from rules.base import rule
from rules.common import Sentence, in_quotes, is_person, negated_context, sentences
from rules.lexicon import PUNITIVE_VERBS

_REVIEW = frozenset({"reviewer", "approver", "approval", "sign", "signoff", "sign-off",
                     "supervision", "review"})  # fmt: skip
_TARGET_PRONOUNS = frozenset({"them", "him", "her", "they", "he", "she"})


def _owner_span(item: ActionItem | None) -> tuple[int, int]:
    return (item.owner.start, item.owner.end) if item and item.owner else (-1, -1)


def _reach(trigger: Any) -> Any:
    """The phrase a punitive word governs: its verb for a noun ("send a reminder to X",
    "put X under supervision"), its noun for an adjective ("a disciplinary review for X")."""
    if trigger.dep_ == "amod":
        return trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj"):
        head = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        return head if head.pos_ == "VERB" else trigger
    return trigger


def _targets(trigger: Any) -> list[Any]:
    """People in the reach of a punitive word (not its subject, not an indefinite role)."""
    base = _reach(trigger)
    if trigger.dep_ == "compound" and is_person(trigger.head, plural_roles=True):
        return [trigger.head]  # the tagger reads "Retrain Jun", "Coach Ravi" as one name
    if trigger.dep_ == "compound":
        base = trigger.head
    skip = {base.i, trigger.i} | {c.i for c in base.children if c.dep_ in ("nsubj", "nsubjpass")}
    found = []
    for tok in base.subtree:
        if tok.i in skip:
            continue
        if any(d.lower_ in ("a", "an", "another", "any") for d in tok.children if d.dep_ == "det"):
            continue  # "require a second approver" names a policy, not a person
        direct = tok.head.i == trigger.i or tok.head.head.i == trigger.i
        if (tok.lower_ in _TARGET_PRONOUNS and direct) or is_person(tok, plural_roles=True):
            found.append(tok)
    return found


def _punitive(trigger: Any) -> bool:
    if trigger.lower_ not in PUNITIVE_VERBS:
        return False  # only the surface forms that trigger the parse
    lemma = trigger.lemma_.lower()
    if lemma in ("need", "require"):
        # "need a second reviewer", "require the intern to get sign-off"; not "need to
        # streamline our pipelines".
        objs = [c for c in trigger.children if c.dep_ == "dobj"]
        review = any(o.lemma_.lower() in _REVIEW for o in objs)
        steered = bool(objs) and any(c.dep_ == "xcomp" for c in trigger.children)
        return review or steered
    if lemma == "improvement":
        return trigger.head.lemma_ == "plan"
    return True


def punishments(sent: Any, s: Sentence, doc: Document, item: ActionItem | None):
    """(trigger, target) pairs where an action targets a person instead of a system."""
    block = doc.blocks[s.block]
    lo, hi = _owner_span(item)
    for tok in sent:
        if in_quotes(tok) or not _punitive(tok) or negated_context(tok):
            continue
        for target in _targets(tok):
            pos = block.source_offset(s.start + target.idx)
            if lo <= pos < hi and target.head.i != tok.i:
                continue  # the item's owner does the work; "Remind @kai" is still a target
            yield tok, target
            break


@rule(
    "PM310",
    "punitive-action",
    severity=Severity.ERROR,
    lexicon=PUNITIVE_VERBS,
    scope="actions",
)
def punitive_action(doc: Document, options: None) -> Iterator[Hit]:
    """An action item targets a person instead of a system.

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
