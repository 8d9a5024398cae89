"""Lapses in two words: "let the domain expire", "left port 9200 open", "dismissed the
alert", "slept through four pages", "sat on it", "bypassing the two-person rule",
"approved his own PR", "shipped v7.2 during the freeze". Each trigger pairs the verb
with its companion; the parse then checks the two belong together."""

from __future__ import annotations

from typing import Any

from rules.analysis.benign import known_noise
from rules.base import Near
from rules.lexicon import (
    ALERT_NOUNS,
    BYPASS_FORMS,
    DISMISS_FORMS,
    EXPOSED_WORDS,
    INTRODUCE_VERBS,
    LAPSED_OUTCOMES,
    LEAVE_FORMS,
    LET_FORMS,
    OPEN_TO_PEOPLE,
    SAFEGUARDS,
    SANCTIONED_WORDS,
    SELF_APPROVE_FORMS,
    SIT_FORMS,
    SLEEP_FORMS,
    forms,
)

FREEZE = forms("freeze freezes")
_DURING = frozenset({"during", "in", "despite", "through", "mid", "amid", "into"})
LET_LAPSE = Near(LET_FORMS, LAPSED_OUTCOMES, after=8)  # "let the registration expire"
LEFT_OPEN = Near(LEAVE_FORMS, EXPOSED_WORDS, after=6)  # "left port 9200 open"
DISMISSED = Near(DISMISS_FORMS, ALERT_NOUNS, after=4)  # "dismissed the disk alert"
SLEPT_THROUGH = Near(SLEEP_FORMS, frozenset({"through"}), after=1)
SAT_ON = Near(SIT_FORMS, frozenset({"on"}), after=1)
OWN_CHANGE = Near(frozenset({"own"}), SELF_APPROVE_FORMS, before=3)  # "approved his own PR"
IN_FREEZE = Near(FREEZE, INTRODUCE_VERBS, before=10)  # "shipped v7.2 during the freeze"
#: The verbs some branch of `phrasal_lapse` starts from.
_VERBS = (
    LET_FORMS | LEAVE_FORMS | DISMISS_FORMS | SLEEP_FORMS | SIT_FORMS | BYPASS_FORMS
    | SELF_APPROVE_FORMS | INTRODUCE_VERBS
)  # fmt: skip


def phrasal_lapse(verb: Any) -> bool:
    """Lapses in two words: "let the domain expire", "left port 9200 open", "slept through
    four pages", "sat on it", "dismissed the alert", "bypassing the two-person rule",
    "approved his own PR", "shipped v7.2 during the freeze"."""
    low, doc = verb.lower_, verb.doc
    if low not in _VERBS:
        return False  # most verbs: no need to build their children
    kids = list(verb.children)
    if low in LET_FORMS and LET_LAPSE.found(doc, verb.i):
        near = {m.i for m in verb.subtree if m.i > verb.i}
        return any(doc[i].lower_ in LAPSED_OUTCOMES for i in near if i - verb.i <= 8)
    if low in LEAVE_FORMS and LEFT_OPEN.found(doc, verb.i):
        if any(c.dep_ == "dobj" and c.lemma_.lower() in OPEN_TO_PEOPLE for c in kids):
            return False
        # "left port 9200 open", "left the bucket public" (read as its object)
        return any(c.lower_ in EXPOSED_WORDS and c.dep_ != "prep" for c in kids)
    if low in DISMISS_FORMS and DISMISSED.found(doc, verb.i):
        alert = any(c.dep_ == "dobj" and c.lower_ in ALERT_NOUNS for c in kids)
        return alert and not known_noise(verb)
    if (low in SLEEP_FORMS and SLEPT_THROUGH.found(doc, verb.i)) or (
        low in SIT_FORMS and SAT_ON.found(doc, verb.i)
    ):
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("through", "on")]
        return any(g.lower_ in ALERT_NOUNS for p in preps for g in p.children)
    if low in BYPASS_FORMS:
        return any(c.dep_ == "dobj" and c.lower_ in SAFEGUARDS for c in kids)
    if low in SELF_APPROVE_FORMS:
        objs = [c for c in kids if c.dep_ == "dobj"]
        return any(
            a.lower_ == "own" and OWN_CHANGE.found(doc, a.i) for o in objs for a in o.children
        )
    if low in INTRODUCE_VERBS:
        for m in verb.subtree:
            if m.lower_ in FREEZE and IN_FREEZE.found(doc, m.i):
                path = [a for a in m.ancestors if verb in a.ancestors or a == verb]
                if any(a.dep_ == "prep" and a.lower_ in _DURING for a in path):
                    return not any(t.lemma_ in SANCTIONED_WORDS for t in doc)
    return False
