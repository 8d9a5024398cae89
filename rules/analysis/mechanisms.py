"""Whether an action item names a mechanism, a change to a system, rather than
something people must do: automation, a verb only a system does, the place the change
lives, a new safeguard, or a "how" after a colon."""

from __future__ import annotations

from typing import Any

from rules.action_words import (
    AUTOMATION,
    CHANGE_VERBS,
    LOOK_VERBS,
    SAFEGUARDS,
    SYSTEM_PLACES,
    SYSTEM_VERBS,
)
from rules.lexicon import PRODUCT_NAMES

#: How people do things by themselves: "by slowing down", "by double-checking".
_HUMAN_MEANS = frozenset({"slow", "think", "take", "pause", "ask", "double", "triple", "pay",
                          "be", "stay", "keep", "remember"})  # fmt: skip
_BY = frozenset({"with", "by", "using", "through", "via"})


def _in_code(tok: Any) -> bool:
    """The token is inside `inline code` in its sentence (one pass per sentence, cached)."""
    doc = tok.doc
    mask = doc.user_data.get("pmlint_cache_code")
    if mask is None:
        mask, inside = [], False
        for t in doc:
            mask.append(inside)
            if t.text == "`":
                inside = not inside
        doc.user_data["pmlint_cache_code"] = mask
    return mask[tok.i]


def names_mechanism(sent: Any) -> bool:
    """The item names a change to a system: automation ("automatically"), a verb only a
    system does ("page when lag exceeds 30 s"), a place the change lives ("in CI", "in
    the SLO config"), or a colon followed by the change ("Mind the gap: alert when ...")."""
    for tok in sent:
        if tok.lower_ in AUTOMATION:
            return True
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SYSTEM_VERBS:
            return True
        place = tok.lower_ in SYSTEM_PLACES or (_in_code(tok) and tok.text != "`")
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "via", "into") and place:
            return True
        # A new safeguard ("with a lag alert"), not the thing handled with care ("be
        # careful with the deploy script").
        new = any(c.lower_ in ("a", "an", "new") for c in tok.children)
        tool = tok.lemma_.lower() in SAFEGUARDS and new
        if tok.dep_ == "pobj" and tok.head.lower_ in _BY and tool:
            return True  # "Keep an eye on replication with a lag alert at 30 s"
        if tok.dep_ == "nsubj" and (place or tok.lower_ in PRODUCT_NAMES):
            return True  # "...: the deploy pipeline now runs them with a lock"
        nxt = sent[tok.i + 1] if tok.i + 1 < len(sent) else None
        if tok.text in (":", ";") and nxt is not None and nxt.lower_ in CHANGE_VERBS:
            return True
        means = tok.lower_ == "by" and nxt is not None and nxt.tag_ == "VBG"
        if means and nxt.lemma_.lower() not in LOOK_VERBS | _HUMAN_MEANS:
            return True  # "Catch slow queries earlier by sampling `pg_stat_statements`"
    return False
