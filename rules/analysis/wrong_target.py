"""An action aimed at the wrong place: "detached the wrong volume", "ran the backfill
against prod instead of the staging replica", a destructive step "instead of" a gentler
one, "clicked Delete on the production cluster, thinking it was staging"."""

from __future__ import annotations

from typing import Any

from rules.analysis.benign import purpose, to_do
from rules.base import Near
from rules.common import words_of
from rules.lexicon import (
    BELIEF_FORMS,
    DECISION_VERBS,
    DESTRUCTIVE_VERBS,
    ENVIRONMENTS,
    FINDING_VERBS,
    INTENDED_WORDS,
    MISTAKING_FORMS,
    WHOLE_SET,
    forms,
)

_DESTRUCTIVE_FORMS = forms(
    "delete deletes deleted deleting drop drops dropped dropping wipe wipes wiped wiping "
    "overwrite overwrites overwrote overwritten overwriting nuke nukes nuked nuking purge "
    "purges purged purging truncate truncates truncated truncating destroy destroys "
    "destroyed destroying reboot reboots rebooted rebooting restart restarts restarted "
    "restarting kill kills killed killing terminate terminates terminated terminating "
    "detach detaches detached detaching revoke revokes revoked revoking disable disables "
    "disabled disabling reset resets resetting remove removes removed removing flush "
    "flushes flushed flushing"
)
#: "instead of" blames only with an environment or a destructive step in the sentence
#: (see `instead_of`); most "instead of"s in post-mortems are neither.
INSTEAD = Near(frozenset({"instead"}), ENVIRONMENTS | _DESTRUCTIVE_FORMS, before=60, after=60)
#: "instead of" and "rather than" are the same contrast, but "rather than" is too common
#: in prose to trigger a parse on an environment word: it counts in the whole-for-part
#: shape only ("cordoned all six nodes rather than the two listed").
_CONTRAST = {"instead": "of", "rather": "than"}
WHOLE_INSTEAD = Near(frozenset(_CONTRAST), WHOLE_SET, before=8)
THINKING = Near(BELIEF_FORMS, ENVIRONMENTS, before=10)  # "on the production cluster, thinking"
MISTAKING = Near(MISTAKING_FORMS, frozenset({"for", "with"}), after=3)  # "mistaking it for"
#: "instead of the intended 24m", "typed /8 where /28 was intended".
INSTEAD_INTENDED = Near(frozenset({"instead"}), INTENDED_WORDS, after=3)
WHERE_INTENDED = Near(frozenset({"intended"}), frozenset({"where"}), before=8)
_BELIEF_WORDS = BELIEF_FORMS | MISTAKING_FORMS | {"intended"}


def _the_wrong(noun: Any) -> bool:
    """ "the wrong region": a mistaken target ("a wrong value" is only an erroneous one)."""
    doc = noun.doc
    return any(
        a.dep_ == "amod" and a.lower_ == "wrong" and a.i > 0 and doc[a.i - 1].lower_ == "the"
        for a in noun.children
    )


def _targets(verb: Any) -> list[Any]:
    """What the action was aimed at: objects, passive subjects, and objects of its
    prepositions ("failed over *the wrong region*", "clicked Delete on *production*")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def wrong_target(verb: Any) -> bool:
    """ "detached the wrong volume", "The wrong snapshot was restored by the DBA"."""
    if "wrong" not in words_of(verb.doc) or verb.lemma_ in FINDING_VERBS or verb.lemma_ == "be":
        return False  # (most sentences have no "wrong": no need to walk the verb's children)
    return any(_the_wrong(t) for t in _targets(verb))


def instead_of(verb: Any) -> bool:
    """ "ran the backfill against prod instead of the staging replica", "truncated the
    table instead of archiving it": the action was aimed at the wrong environment, or a
    destructive step was taken instead of a gentler one."""
    doc = verb.doc
    if words_of(doc).isdisjoint(_CONTRAST):
        return False  # most sentences: no need to walk them for every verb
    for t in doc:
        if t.lower_ not in _CONTRAST or t.i + 1 >= len(doc):
            continue
        if doc[t.i + 1].lower_ != _CONTRAST[t.lower_]:
            continue
        owner = t
        while owner.pos_ not in ("VERB", "AUX") and owner.head.i != owner.i:
            owner = owner.head
        if owner.pos_ not in ("VERB", "AUX"):
            # Lost in a fragment ("Classic user error: the admin bulk-deleted users
            # instead of ..."): the nearest verb before it in the same clause.
            owner = _verb_before(doc, t.i) or owner
        if owner.i != verb.i:
            continue
        if verb.lemma_ in DECISION_VERBS or purpose(verb) or to_do(doc[t.i + 2 :]):
            return False  # "chose the primary instead of the standby": a decision
        if WHOLE_INSTEAD.found(doc, t.i) and _whole_for_part(verb, doc[t.i + 2 : t.i + 5]):
            return True
        if t.lower_ == "rather":
            continue
        if INSTEAD_INTENDED.found(doc, t.i):
            return True  # "silenced it for 24h instead of the intended 24m"
        alternative = doc[t.i + 2 : t.i + 4]
        if verb.lemma_ in DESTRUCTIVE_VERBS and any(a.tag_ == "VBG" for a in alternative):
            return True
        aimed = {m.lower_ for x in _targets(verb) for m in x.subtree}
        aimed |= {m.lower_ for m in doc[t.i + 2 : t.i + 6]}  # "... instead of the staging copy"
        return bool(aimed & ENVIRONMENTS)
    return False


def _whole_for_part(verb: Any, alternative: Any) -> bool:
    """ "rebooted both etcd members at once instead of one at a time", "cordoned all six
    nodes rather than the two listed in the ticket": the whole set where a counted part
    was meant."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    whole = any(
        d.lower_ in WHOLE_SET and d.dep_ in ("det", "predet", "amod")
        for o in objs
        for d in o.children
    )
    return whole and any(a.like_num for a in alternative)


def _verb_before(doc: Any, i: int) -> Any | None:
    for t in reversed(doc[:i]):
        if t.text in (",", ";", ":"):
            return None
        if t.pos_ == "VERB":
            return t
    return None


def _clause_of(token: Any) -> Any | None:
    """The verb whose clause a word is part of."""
    for t in (token, *token.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def mistaken_belief(verb: Any) -> bool:
    """ "clicked Delete on the production cluster, thinking it was staging", "scaled
    `checkout` to zero, mistaking it for `checkout-canary`", "typed /8 where /28 was
    intended"."""
    doc = verb.doc
    words = words_of(doc)
    if words.isdisjoint(_BELIEF_WORDS):
        return False  # most sentences: no need to walk the verb's clauses
    for c in verb.children:
        if c.dep_ == "advcl" and c.lower_ in MISTAKING_FORMS and MISTAKING.found(doc, c.i):
            return True
    if "intended" in words and any(
        r.dep_ == "relcl" and WHERE_INTENDED.found(doc, r.i) and _clause_of(r.head) == verb
        for r in doc
    ):
        return True  # "typed /8 where /28 was intended": a value put where another belonged
    for c in verb.children:
        if c.dep_ == "advcl" and c.lower_ in BELIEF_FORMS and THINKING.found(verb.doc, c.i):
            inside = {m.i for m in c.subtree}
            aimed = [m for x in _targets(verb) for m in x.subtree if m.i not in inside]
            if any(m.lower_ in ENVIRONMENTS for m in aimed):
                return True
    return False
