"""PM310 punitive-action."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models import ActionItem, Document, Hit, Severity
from rules.action_words import (
    APPROVALS,
    BOSSES,
    CONDUCT,
    DOCK,
    DUTIES,
    ENFORCED_GATES,
    MORE_RIGHTS,
    NOTE_VERBS,
    OPEN_TRAINING,
    PAY,
    PERSONNEL,
    PRAISE,
    RAISE_VERBS,
    RECORDS,
    REDO_VERBS,
    SANCTION_NOUNS,
    SANCTION_VERBS,
    TELL,
    TRAINEE_WORDS,
    TRAINING_MATERIAL,
    UNASSIGN_VERBS,
    WELFARE,
    WORK,
)
from rules.analysis.clauses import negated_context
from rules.analysis.exhortations import exhortations
from rules.analysis.people import is_person
from rules.base import Near, rule
from rules.common import Sentence, in_quotes, sentences
from rules.lexicon import PRODUCT_NAMES, PUNITIVE_VERBS, ROLE_NOUNS, TEAM_FUNCTIONS

_REVIEW = frozenset({"reviewer", "approver", "approval", "sign", "signoff", "sign-off",
                     "supervision", "review"})  # fmt: skip
_TARGET_PRONOUNS = frozenset({"them", "him", "her", "they", "he", "she"})
#: Talking with a team is collaboration; retraining or warning a team is corrective.
_DIALOGUE = frozenset({"talk", "speak", "conversation", "chat", "1:1", "one-on-one"})
#: Training the target attends: its subject is the target ("X to redo the certification").
_TRAINING = (
    frozenset(
        "training course courses certification recertification exam bootcamp class retake "
        "redo recertify re-certify".split()
    )
    | TRAINEE_WORDS
)
#: Words whose target may be anywhere in the item ("Escalate to HR: the on-call ...").
_WHOLE_ITEM = frozenset({"hr"})
_RIGHTS = frozenset({"rights", "access", "privileges", "permissions"}) | MORE_RIGHTS
_REMOVE = frozenset(
    "take revoke remove suspend restrict pull strip limit lose cut disable withdraw".split()
)
_POSSESSIVE = frozenset({"'s", "’s", "his", "her", "their"})
_TOOLS = frozenset({"bot", "bots", "tool", "script", "job", "cron", "pipeline", "alert", "system"})
#: A person's rights: "Sebastián's deploy rights", "his prod access".
RIGHTS = Near(_RIGHTS, _POSSESSIVE, before=3)
#: A person's review, file, conduct or manager: "Note it in Arjun's next review".
THEIRS = Near(RECORDS | CONDUCT | BOSSES, _POSSESSIVE, before=4)
#: "Make an example of X", "have a word with X".
EXAMPLE = Near(frozenset({"example"}), frozenset({"make", "made", "making"}), before=2)
WORD = Near(frozenset({"word"}), frozenset({"with"}), after=1)
#: Words the new shapes (`_sanction`) start from.
_SHAPES = REDO_VERBS | SANCTION_NOUNS | SANCTION_VERBS | UNASSIGN_VERBS | DOCK | TELL | APPROVALS


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
    if tok.head.i == trigger.i and tok.dep_ in ("compound", "nmod", "amod"):
        return False  # "the on-call onboarding course" is for them, not a sanction
    direct = tok.head.i == trigger.i or tok.head.head.i == trigger.i
    if tok.lower_ in _TARGET_PRONOUNS:
        return direct
    if teams and tok.lemma_.lower() == "team" and tok.dep_ != "compound":
        return True  # "Send the networking team back through the training"
    return is_person(tok, plural_roles=True) or _role_group(tok) or _function_role(tok)


def _function_role(tok: Any) -> bool:
    """ "the QA contractors", "the Ops engineers": a role named with its function (which
    `is_role` reads like "Postgres operator", a product)."""
    lefts = [c for c in tok.lefts if c.dep_ == "compound"]
    functions = lefts and all(c.lower_ in TEAM_FUNCTIONS for c in lefts)
    return bool(functions) and tok.lemma_.lower() in ROLE_NOUNS


def _role_group(tok: Any) -> bool:
    """ "everyone on the database rota" names a role group (bare "everyone" does not)."""
    if tok.lower_ not in ("everyone", "everybody", "all", "anyone"):
        return False
    places = [g for p in tok.children if p.dep_ == "prep" for g in p.children]
    return any(g.lower_ in DUTIES for g in places)


def _targets(trigger: Any) -> list[Any]:
    """People in the reach of a punitive word (not its subject, unless they are the ones
    sent to training; not an indefinite role)."""
    base = _reach(trigger)
    low = trigger.lower_
    teams = low not in _DIALOGUE
    if trigger.dep_ in ("compound", "nmod") and is_person(trigger.head, plural_roles=True):
        return [trigger.head]  # the tagger reads "Retrain Jun", "Coach Ravi" as one name
    if trigger.dep_ in ("compound", "nmod"):
        base = _reach(trigger.head)  # "Put Tariq on a performance improvement plan"
    if low in _WHOLE_ITEM:
        base = trigger.sent.root  # "Escalate to HR: the on-call ignored three pages"
    skip = {base.i, trigger.i}
    if low in TRAINEE_WORDS and trigger.pos_ == "VERB" and trigger.tag_ != "VBG":
        # "Pair Jordan with a senior", "The junior DBA must pair with ...", "Have Ines
        # shadow ...": the one paired is the subject or object, not the partner.
        causer = [trigger.head] if trigger.head.lemma_ in ("have", "make", "get") else []
        roles = ("nsubj", "nsubjpass", "dobj")
        near = [c for h in (trigger, *causer) for c in h.children if c.dep_ in roles]
        return [t for t in near if t.i != trigger.i and _target(t, trigger, teams)]
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


def _tool(tok: Any) -> bool:
    code = sum(t.text == "`" for t in tok.doc[: tok.i]) % 2 == 1
    return code or tok.lower_ in _TOOLS or tok.lower_ in PRODUCT_NAMES or tok.text[1:2].isupper()


def _automated(trigger: Any) -> bool:
    """ "Have the deploy bot remind the PR author when ...", "Make `prodctl` warn the
    operator whenever ...": a tool acting on a condition."""
    if any(t.lower_ in ("whenever", *ENFORCED_GATES) for t in trigger.sent):
        return True  # "... whenever X", "a CODEOWNERS review", "branch protection"
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    causer = verb.head if verb.head.lemma_ in ("make", "have", "let", "get") else None
    if causer is not None and any(c.dep_ == "dobj" and _tool(c) for c in causer.children):
        return True  # the parser reads "Make `prodctl` warn" as object + dependent verb
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and _tool(c) and not is_person(c, plural_roles=True):
            return True  # "PagerDuty to remind ...", not "The junior DBA must pair ..."
        conditional = c.dep_ == "advcl" and any(
            m.lower_ in ("when", "whenever", "if") for m in c.children
        )
        if conditional and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children):
            return True  # "... when a P1 is unacknowledged" (not "coach X on when to escalate")
    return False


def _punitive(trigger: Any) -> bool:
    if trigger.lower_ not in PUNITIVE_VERBS | TRAINEE_WORDS | _RIGHTS:
        return False  # only the surface forms that trigger the parse
    if any(t.lower_ in ENFORCED_GATES for t in trigger.sent):
        return False  # "Require a CODEOWNERS review from the DBA team": a gate for everyone
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
    if trigger.lower_ in _TRAINING and _open_training(trigger):
        return False
    return not _automated(trigger)


def _open_training(trigger: Any) -> bool:
    """Training for everyone or material for newcomers (decision 27): "Add the drill to
    the on-call onboarding course", "the training deck for new hires", "office hours where
    SREs can pair with developers"."""
    if any(t.lower_ in OPEN_TRAINING for t in trigger.sent):
        return True
    if trigger.dep_ == "compound" and trigger.head.lower_ in TRAINING_MATERIAL:
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may") for c in trigger.children)


def _removed(noun: Any) -> bool:
    """ "Take away Sebastián's deploy rights", "revoke María's prod access", "the intern's
    kubectl access goes read-only"."""
    after = noun.doc[noun.i + 1 : noun.i + 5]
    if any(t.lower_ in ("read-only", "readonly") for t in after) or any(
        a.lower_ == "read" and b.text == "-" and c.lower_ == "only"
        for a, b, c in zip(after, after[1:], after[2:], strict=False)
    ):
        return True
    head = noun.head
    for _ in range(3):
        if head.lemma_.lower() in _REMOVE:
            return True
        head = head.head
    before = noun.doc[max(0, noun.i - 5) : noun.i]
    return any(t.lemma_.lower() in _REMOVE for t in before)


def _people(tokens: Any, trigger: Any) -> list[Any]:
    return [t for t in tokens if t.i != trigger.i and _target(t, trigger, True)]


def _objects(verb: Any) -> list[Any]:
    """The direct object of a verb, and whoever owns it when it is their rights, duties or
    work ("Suspend @aoife's pager duties"; not "Dismiss the engineer's stale alerts")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    theirs = _RIGHTS | DUTIES | WORK
    return objs + [
        p for o in objs if o.lemma_.lower() in theirs for p in o.children if p.dep_ == "poss"
    ]


def _sanction(tok: Any) -> list[Any]:
    """Targets of the sanctions named in decision 26: re-certifying, probation and
    strikes, bans and suspensions, taking a person off a rota, a person's review, file,
    conduct or manager, making an example of them, a word with them, docking their pay,
    telling them to try harder, and sign-off on one person's work."""
    sent, low = tok.doc, tok.lower_
    if {t.lower_ for t in sent} & PRAISE:
        return []
    if low in REDO_VERBS:  # "Re-certify Bogdan": the parser splits "Re-"; read what follows
        redo = tok.i >= 2 and sent[tok.i - 1].text == "-" and sent[tok.i - 2].lower_ == "re"
        end = next((t.i for t in sent[tok.i + 1 :] if t.pos_ in ("ADP", "SCONJ")), len(sent))
        heads = (tok, tok.head, tok.head.head)  # "The on-call DBA must re-certify"
        subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
        return _people([*sent[tok.i + 1 : end], *subjects], tok) if redo else []
    if low in SANCTION_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        # Probation and strikes are sanctions wherever the person sits in the item (the
        # parser often hangs "on probation" from a relative clause); a "strike team" is not.
        return [] if tok.dep_ == "compound" else _people(sent, tok)
    misread = tok.dep_ in ("compound", "nmod") and tok.head.i == tok.i + 1
    misread = misread and is_person(tok.head, plural_roles=True)
    if misread and low in SANCTION_VERBS:
        return [tok.head]  # the tagger reads "Ban Lorenzo" as one name
    nouns = APPROVALS | RECORDS | CONDUCT | BOSSES | {"example", "word"}
    # An imperative the tagger read as a name still has its object ("Suspend Yuki").
    verbal = tok.pos_ == "VERB" or any(c.dep_ == "dobj" for c in tok.children)
    if not verbal and low not in nouns:
        return []
    if low in SANCTION_VERBS:
        return _people(_objects(tok), tok)
    if low in UNASSIGN_VERBS:
        if {t.lower_ for t in sent} & WELFARE:
            return []  # "Take Bogdan off next week's rota at his request"
        off = [c for c in tok.subtree if c.lower_ in ("from", "off", "out", "away")]
        duty = any(t.lower_ in DUTIES for c in off for t in c.subtree)
        away = [t for c in off if c.lower_ == "from" for t in c.children if t.dep_ == "pobj"]
        return _people(_objects(tok), tok) if duty else _people(away, tok)
    if low in DOCK:
        pay = any(o.lower_ in PAY for o in _objects(tok))
        return _people(tok.subtree, tok) if pay else []
    if low in TELL:  # "Tell the support engineers they must escalate faster" (decision 30)
        told = _objects(tok) + [
            t for c in tok.children if c.lower_ == "to" for t in c.children if t.dep_ == "pobj"
        ]
        people = _people(told, tok)
        return people if people and any(exhortations(sent)) else []
    if low in APPROVALS:  # "Put Meera's deploys behind a manual approval from her lead"
        # The author of the work: "Meera's deploys", "nothing from Rafaela ships".
        owned = [t for t in sent if t.dep_ == "poss" and t.head.lemma_.lower() in WORK]
        by = [
            sent[t.i + 1]
            for t in sent[1:-1]
            if t.lower_ in ("from", "by") and sent[t.i - 1].lemma_.lower() in WORK
        ]
        return [t for t in owned + by if is_person(t, plural_roles=True)]
    if low == "example":  # "Make an example of Yevgenia"
        of = [c for c in tok.children if c.lower_ == "of"]
        made = EXAMPLE.found(sent, tok.i)
        return _people([t for c in of for t in c.children], tok) if made else []
    if low == "word":  # "have a word with the night-shift operator"
        with_ = sent[tok.i + 1] if WORD.found(sent, tok.i) else None
        return _people(with_.children, tok) if with_ is not None else []
    if not THEIRS.found(sent, tok.i) or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    if tok.dep_ == "compound":
        return []  # "Kai's review comments" are comments
    owners = [c for c in tok.children if c.dep_ == "poss" and is_person(c, plural_roles=True)]
    verb = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    # The verb by the parse, and the item's first word: the tagger often reads an opening
    # imperative as part of a name ("Report Sam's conduct", "Flag Rohan's behaviour").
    verbs = {verb.lemma_.lower()} - {low} | {sent[0].lower_}
    if low in BOSSES:  # "Escalate to Nkechi's manager", "Have the intern's manager go over"
        return owners if verbs & RAISE_VERBS else []
    noted = bool(verbs & NOTE_VERBS) or any(t.lower_ == "hr" for t in sent)
    if low in RECORDS:
        # A person's performance review or personnel file, not their code review ("Address
        # the comments in Kai's review") or a file they own ("Kai's config file").
        kinds = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        personnel = bool(kinds & PERSONNEL) and kinds <= PERSONNEL | {"next", "-"}
        return owners if personnel or (noted and kinds <= {"next"}) else []
    return owners if noted else []  # a person's conduct, raised or flagged (not described)


_NEARS = (THEIRS, EXAMPLE, WORD)
_NEAR_ANCHORS = frozenset().union(*(n.anchor for n in _NEARS))


def punishments(sent: Any, s: Sentence, doc: Document, item: ActionItem | None):
    """(trigger, target) pairs where an action targets a person instead of a system."""
    block = doc.blocks[s.block]
    lo, hi = _owner_span(item)
    if any(t.lower_ in ("whoever", "regardless") for t in sent):
        return  # "... whoever the author": a gate for everyone
    for tok in sent:
        punitive = _punitive(tok)
        shaped = not punitive and (
            tok.lower_ in _SHAPES
            or (tok.lower_ in _NEAR_ANCHORS and any(n.found(sent, tok.i) for n in _NEARS))
        )
        if not (punitive or shaped) or in_quotes(tok) or negated_context(tok):
            continue
        targets = _targets(tok) if punitive else [] if _automated(tok) else _sanction(tok)
        for target in targets:
            pos = block.source_offset(s.start + target.idx)
            owned = target.dep_ == "poss" and target.head.head.i == tok.i  # "@aoife's duties"
            direct = tok.i == target.head.i or tok.head.i == target.i or owned
            if lo <= pos < hi and not direct:
                continue  # the item's owner does the work; "Remind @kai" is still a target
            yield tok, target
            return  # one finding per action item


@rule(
    "PM310",
    "punitive-action",
    severity=Severity.ERROR,
    lexicon=(PUNITIVE_VERBS - _RIGHTS) | _SHAPES | TRAINEE_WORDS | {"re-" + v for v in REDO_VERBS},
    near=(RIGHTS, THEIRS, EXAMPLE, WORD),
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
