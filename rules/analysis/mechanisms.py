"""Whether an action item names a mechanism rather than something people must do: a
change to a system (automation, a verb only a system does, the place the change lives,
a new safeguard, a "how" after a colon), or a tool acting on a condition ("Have the
deploy bot remind the PR author when ...")."""

from __future__ import annotations

from typing import Any

from rules.analysis.people import is_person
from rules.base import lower_words
from rules.lexicon import (
    AUTOMATION,
    CHANGE_VERBS,
    ENFORCED_GATES,
    LOOK_VERBS,
    NEW_SAFEGUARDS,
    PRODUCT_NAMES,
    SYSTEM_PLACES,
    SYSTEM_VERBS,
)

#: How people do things by themselves: "by slowing down", "by double-checking".
_HUMAN_MEANS = frozenset({"slow", "think", "take", "pause", "ask", "double", "triple", "pay",
                          "be", "stay", "keep", "remember"})  # fmt: skip
_BY = frozenset({"with", "by", "using", "through", "via"})
#: Words a token that is neither a verb nor a "pobj"/"nsubj" must be to count.
_STARTS = AUTOMATION | {":", ";", "by"}
_TOOLS = frozenset({"bot", "bots", "tool", "script", "job", "cron", "pipeline", "alert", "system"})


def _in_code(tok: Any) -> bool:
    """The token is inside `inline code` in its sentence (one pass per sentence, cached)."""
    doc = tok.doc
    mask = doc.user_data.get("pmlint_cache_code")
    if mask is None:
        mask, inside = [], False
        for low in lower_words(doc):
            mask.append(inside)
            if low == "`":
                inside = not inside
        doc.user_data["pmlint_cache_code"] = mask
    return mask[tok.i]


def names_mechanism(sent: Any) -> bool:
    """The item names a change to a system: automation ("automatically"), a verb only a
    system does ("page when lag exceeds 30 s"), a place the change lives ("in CI", "in
    the SLO config"), or a colon followed by the change ("Mind the gap: alert when ...")."""
    from spacy.attrs import DEP, POS
    from spacy.symbols import VERB

    # Read from arrays, so only tokens some test below can use become Token objects.
    strings = sent.vocab.strings
    places = (strings["pobj"], strings["nsubj"])
    arrays = sent.to_array([POS, DEP]).tolist()
    for i, (low, (pos, dep)) in enumerate(zip(lower_words(sent), arrays, strict=True)):
        if not (low in _STARTS or pos == VERB or dep in places):
            continue
        tok = sent[i]
        if low in AUTOMATION:
            return True
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SYSTEM_VERBS:
            return True
        dep = tok.dep_
        if dep in ("pobj", "nsubj"):  # (cheap tests first: most tokens are neither)
            place = low in SYSTEM_PLACES or (_in_code(tok) and tok.text != "`")
            head = tok.head.lower_
            if dep == "pobj" and head in ("in", "via", "into") and place:
                return True
            # A new safeguard ("with a lag alert"), not the thing handled with care ("be
            # careful with the deploy script").
            tool = dep == "pobj" and head in _BY and tok.lemma_.lower() in NEW_SAFEGUARDS
            if tool and any(c.lower_ in ("a", "an", "new") for c in tok.children):
                return True  # "Keep an eye on replication with a lag alert at 30 s"
            if dep == "nsubj" and (place or low in PRODUCT_NAMES):
                return True  # "...: the deploy pipeline now runs them with a lock"
        if tok.text in (":", ";") or low == "by":
            nxt = sent[tok.i + 1] if tok.i + 1 < len(sent) else None
            if nxt is not None and low != "by" and nxt.lower_ in CHANGE_VERBS:
                return True
            means = low == "by" and nxt is not None and nxt.tag_ == "VBG"
            if means and nxt.lemma_.lower() not in LOOK_VERBS | _HUMAN_MEANS:
                return True  # "Catch slow queries earlier by sampling `pg_stat_statements`"
    return False


def _tool(tok: Any, code: frozenset[int] = frozenset()) -> bool:
    return (
        _in_code(tok)
        or tok.i in code
        or tok.lower_ in _TOOLS
        or tok.lower_ in PRODUCT_NAMES
        or tok.text[1:2].isupper()
    )


def automated(trigger: Any, code: frozenset[int] = frozenset()) -> bool:
    """ "Have the deploy bot remind the PR author when ...", "Make `prodctl` warn the
    operator whenever ...": a tool acting on a condition. `code`: the indices of tokens
    that were inline code in the source (the parsed text has no backticks)."""
    if any(t.lower_ in ("whenever", *ENFORCED_GATES) for t in trigger.sent):
        return True  # "... whenever X", "a CODEOWNERS review", "branch protection"
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    causer = verb.head if verb.head.lemma_ in ("make", "have", "let", "get") else None
    if causer is not None and any(c.dep_ == "dobj" and _tool(c, code) for c in causer.children):
        return True  # the parser reads "Make `prodctl` warn" as object + dependent verb
    for c in verb.children:
        tool = _tool(c, code) and not is_person(c, plural_roles=True)
        if c.dep_ in ("nsubj", "nsubjpass") and tool:
            return True  # "PagerDuty to remind ...", not "The junior DBA must pair ..."
        conditional = c.dep_ == "advcl" and any(
            m.lower_ in ("when", "whenever", "if") for m in c.children
        )
        if conditional and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children):
            return True  # "... when a P1 is unacknowledged" (not "coach X on when to escalate")
    return False
