"""PM310 punitive-action."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models import ActionItem, Document, Hit, Severity
from rules.base import Near, rule
from rules.common import Sentence, in_quotes, is_person, negated_context, sentences
from rules.lexicon import PRODUCT_NAMES, PUNITIVE_VERBS

_REVIEW = frozenset({"reviewer", "approver", "approval", "sign", "signoff", "sign-off",
                     "supervision", "review"})  # fmt: skip
_TARGET_PRONOUNS = frozenset({"them", "him", "her", "they", "he", "she"})
#: Talking with a team is collaboration; retraining or warning a team is corrective.
_DIALOGUE = frozenset({"talk", "speak", "conversation", "chat", "1:1", "one-on-one"})
#: Training the target attends: its subject is the target ("X to redo the certification").
_TRAINING = frozenset(
    "training course courses certification recertification exam bootcamp class retake "
    "redo recertify re-certify".split()
)
#: Words whose target may be anywhere in the item ("Escalate to HR: the on-call ...").
_WHOLE_ITEM = frozenset({"hr"})
_RIGHTS = frozenset({"rights", "access", "privileges", "permissions"})
_REMOVE = frozenset(
    "take revoke remove suspend restrict pull strip limit lose cut disable withdraw".split()
)
_TOOLS = frozenset({"bot", "bots", "tool", "script", "job", "cron", "pipeline", "alert", "system"})
#: A person's rights: "Sebastián's deploy rights", "his prod access".
RIGHTS = Near(_RIGHTS, frozenset({"'s", "’s", "his", "her", "their"}), before=3)


def _owner_span(item: ActionItem | None) -> tuple[int, int]:
    return (item.owner.start, item.owner.end) if item and item.owner else (-1, -1)


def _reach(trigger: Any) -> Any:
    """The phrase a punitive word governs: its verb for a noun ("send a reminder to X",
    "put X under supervision"), its noun for an adjective ("a disciplinary review for X")."""
    if trigger.dep_ == "amod":
        return trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj"):
        head = trigger.head
        while head.dep_ == "prep" or head.pos_ == "ADV":
            head = head.head  # "send the team back through the training"
        return head if head.pos_ == "VERB" else trigger
    return trigger


def _target(tok: Any, trigger: Any, teams: bool) -> bool:
    """A named person, a role (plural too) or, for corrective actions, a team of people."""
    if any(d.lower_ in ("a", "an", "another", "any") for d in tok.children if d.dep_ == "det"):
        return False  # "require a second approver" names a policy, not a person
    direct = tok.head.i == trigger.i or tok.head.head.i == trigger.i
    if tok.lower_ in _TARGET_PRONOUNS:
        return direct
    if teams and tok.lemma_.lower() == "team" and tok.dep_ != "compound":
        return True  # "Send the networking team back through the training"
    return is_person(tok, plural_roles=True)


def _targets(trigger: Any) -> list[Any]:
    """People in the reach of a punitive word (not its subject, unless they are the ones
    sent to training; not an indefinite role)."""
    base = _reach(trigger)
    low = trigger.lower_
    teams = low not in _DIALOGUE
    if trigger.dep_ in ("compound", "nmod") and is_person(trigger.head, plural_roles=True):
        return [trigger.head]  # the tagger reads "Retrain Jun", "Coach Ravi" as one name
    if trigger.dep_ in ("compound", "nmod"):
        base = trigger.head
    if low in _WHOLE_ITEM:
        base = trigger.sent.root  # "Escalate to HR: the on-call ignored three pages"
    skip = {base.i, trigger.i}
    if low not in _TRAINING:
        # The subject acts ("Kwame's manager to supervise ..."); a trainee's does not.
        skip |= {c.i for c in base.children if c.dep_ in ("nsubj", "nsubjpass")}
    # A misparsed training word ("an external Postgres course" read as an adverb) has no
    # phrase of its own: its item is about sending someone to it.
    whole = low in _WHOLE_ITEM or (low in _TRAINING and trigger.pos_ not in ("NOUN", "VERB"))
    return [
        tok
        for tok in (trigger.sent if whole else base.subtree)
        if tok.i not in skip and _target(tok, trigger, teams)
    ]


def _automated(trigger: Any) -> bool:
    """ "Have the deploy bot remind the PR author when ...": a tool acting on a condition."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in _TOOLS or c.lower_ in PRODUCT_NAMES or c.text[1:2].isupper()
        ):
            return True
        conditional = c.dep_ == "advcl" and any(
            m.lower_ in ("when", "whenever", "if") for m in c.children
        )
        if conditional and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children):
            return True  # "... when a P1 is unacknowledged" (not "coach X on when to escalate")
    return False


def _punitive(trigger: Any) -> bool:
    if trigger.lower_ not in PUNITIVE_VERBS:
        return False  # only the surface forms that trigger the parse
    lemma = trigger.lemma_.lower()
    if lemma in ("need", "require"):
        # "need a second reviewer", "require the intern to get sign-off", "require all of
        # Yusuf's SQL to be reviewed"; not "need to streamline our pipelines".
        objs = [c for c in trigger.children if c.dep_ == "dobj"]
        review = any(t.lemma_.lower() in _REVIEW for o in objs for t in o.subtree)
        clause = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
        reviewed = any(c.lemma_ in ("review", "approve", "supervise", "check") for c in clause)
        return review or reviewed or (bool(objs) and bool(clause))
    if lemma == "improvement":
        return trigger.head.lemma_ == "plan"
    if trigger.lower_ in _RIGHTS:
        return RIGHTS.found(trigger.doc, trigger.i) and _removed(trigger)
    return not _automated(trigger)


def _removed(noun: Any) -> bool:
    """ "Take away Sebastián's deploy rights", "revoke María's prod access"."""
    head = noun.head
    for _ in range(3):
        if head.lemma_.lower() in _REMOVE:
            return True
        head = head.head
    before = noun.doc[max(0, noun.i - 5) : noun.i]
    return any(t.lemma_.lower() in _REMOVE for t in before)


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
            return  # one finding per action item


@rule(
    "PM310",
    "punitive-action",
    severity=Severity.ERROR,
    lexicon=PUNITIVE_VERBS - _RIGHTS,
    near=(RIGHTS,),
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
