"""Punitive words and the people they reach: retraining, reminding, coaching, warning,
supervision, shadowing and pairing, training a person must attend, sign-off or review
a person must get, and rights taken away; not onboarding or optional training, nor a
tool or a rule for everyone."""

from __future__ import annotations

from typing import Any

from rules.analysis.mechanisms import automated
from rules.analysis.people import is_person
from rules.analysis.sanctions import RIGHT_NOUNS, RIGHTS, removed
from rules.analysis.targets import is_target
from rules.lexicon import (
    ENFORCED_GATES,
    NEW_SAFEGUARDS,
    OPEN_TRAINING,
    PUNITIVE_VERBS,
    ROLE_NOUNS,
    TRAINEE_WORDS,
    TRAINING_MATERIAL,
    WELFARE,
)

_REVIEW = frozenset({"reviewer", "approver", "approval", "sign", "signoff", "sign-off",
                     "supervision", "review"})  # fmt: skip
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


def _reach(trigger: Any) -> Any:
    """The phrase a punitive word governs: its verb for a noun ("send a reminder to X",
    "put X under supervision"), its noun for an adjective ("a disciplinary review for X")."""
    if trigger.dep_ == "amod":
        return trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj"):
        head = trigger.head
        # "send the team back through the training", "Place the SRE involved on a plan"
        while head.dep_ == "prep" or head.pos_ == "ADV" or _participle(head):
            if _participle(head) and head.dep_ == "acl" and head.head.dep_ == "dobj":
                head = head.head  # the person the participle picks out: on to their verb
            head = head.head
        return head if head.pos_ == "VERB" else trigger
    return trigger


def _participle(tok: Any) -> bool:
    """ "the SRE involved": a participle that picks out the person, not the action."""
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and tok.head.i != tok.i


def targets_of(trigger: Any) -> list[Any]:
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
        return [t for t in near if t.i != trigger.i and is_target(t, trigger, teams)]
    if low not in _TRAINING:
        # The subject acts ("Kwame's manager to supervise ..."); a trainee's does not.
        skip |= {c.i for c in base.children if c.dep_ in ("nsubj", "nsubjpass")}
    # A misparsed training word ("an external Postgres course" read as an adverb) has no
    # phrase of its own: its item is about sending someone to it.
    whole = low in _WHOLE_ITEM or (low in _TRAINING and trigger.pos_ not in ("NOUN", "VERB"))
    return [
        tok
        for tok in (trigger.sent if whole else base.subtree)
        if tok.i not in skip and is_target(tok, trigger, teams)
    ]


def is_punitive(trigger: Any, code: frozenset[int] = frozenset()) -> bool:
    """A punitive word used punitively (not a gate for everyone, open training or a tool;
    `code` holds the tokens that were inline code, such as a tool's name)."""
    if trigger.lower_ not in PUNITIVE_VERBS | TRAINEE_WORDS | RIGHT_NOUNS:
        return False  # only the surface forms that trigger the parse
    if any(t.lower_ in ENFORCED_GATES for t in trigger.sent):
        return False  # "Require a CODEOWNERS review from the DBA team": a gate for everyone
    if trigger.lower_ in _WHOLE_ITEM and any(t.lower_ in WELFARE for t in trigger.sent):
        return False  # "Have HR send the EAP leaflet to the on-call team": welfare
    lemma = trigger.lemma_.lower()
    if lemma in ("need", "require"):
        # "need a second reviewer", "require the intern to get sign-off", "require all of
        # Yusuf's SQL to be reviewed"; not "need to streamline our pipelines".
        objs = [c for c in trigger.children if c.dep_ == "dobj"]
        review = any(t.lemma_.lower() in _REVIEW for o in objs for t in o.subtree)
        clause = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
        reviewed = any(c.lemma_ in ("review", "approve", "supervise", "check") for c in clause)
        if for_everyone(trigger.sent):
            return False  # "Require a senior's sign-off ... for all authors"
        return review or reviewed or (bool(objs) and bool(clause))
    if lemma == "improvement":
        return trigger.head.lemma_ == "plan"
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in NEW_SAFEGUARDS:
        return False  # "a reminder banner in the deploy UI": what a tool shows
    if trigger.lower_ in RIGHT_NOUNS:
        return RIGHTS.found(trigger.doc, trigger.i) and removed(trigger)
    if trigger.lower_ in _TRAINING and _open_training(trigger):
        return False
    return not automated(trigger, code)


_ALL = frozenset({"all", "every", "each", "any"})


def for_everyone(sent: Any) -> bool:
    """ "... for all authors", "for every engineer", "for everyone": a rule for all."""
    for tok in sent:
        if tok.dep_ != "pobj" or tok.head.lower_ != "for":
            continue
        if tok.lower_ in ("everyone", "everybody", "all"):
            return True
        every = tok.tag_ in ("NNS", "NN") and any(c.lower_ in _ALL for c in tok.children)
        if every and (is_person(tok, plural_roles=True) or tok.lemma_.lower() in ROLE_NOUNS):
            return True
    return False


def _open_training(trigger: Any) -> bool:
    """Training for everyone or material for newcomers (decision 27): "Add the drill to
    the on-call onboarding course", "the training deck for new hires", "office hours where
    SREs can pair with developers"."""
    if any(t.lower_ in OPEN_TRAINING for t in trigger.sent):
        return True
    if trigger.dep_ == "compound" and trigger.head.lower_ in TRAINING_MATERIAL:
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may") for c in trigger.children)
