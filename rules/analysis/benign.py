"""When a verb that can name a failure names none: the action was done on purpose or for
a purpose ("purged the cache on purpose", "... to stop the bleeding"), only imagined
("If someone fat-fingers a replica count, ..."), ignoring known noise, missing an event
one was absent from, or denied by its object ("forgot nothing")."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from rules.common import words_of
from rules.lexicon import ABSENCE_EVENTS, NOISE_RULEBOOKS, UNDERGONE_LEMMAS

HYPOTHETICAL = frozenset({"if", "unless", "whether", "whenever"})
_ON_PURPOSE = frozenset({"deliberately", "intentionally", "purposely", "knowingly"})
_PURPOSE_WORDS = _ON_PURPOSE | {"purpose"}


def purpose(verb: Any) -> bool:
    """ "... to stop the bleeding", "... so that writes kept flowing": done on purpose."""
    doc = verb.doc
    if "so" in words_of(doc) and any(
        t.lower_ == "so" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "that"
        for t in doc[verb.i + 1 :]
    ):
        return True  # the small model often misreads "so that" as a coordinator
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.pos_ in ("VERB", "AUX")
        and any(m.lower_ in ("to", "so") for m in c.children)
        for c in verb.children
    )


def to_do(span: Any) -> bool:
    """ "... instead of the primary to avoid load": a purpose, however it is parsed."""
    return any(
        t.tag_ == "TO" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VB" for t in span
    )


def hypothetical(verb: Any, start: int | None = None) -> bool:
    """Only imagined: its clause opens with "if", "unless", "whether" or "whenever" (by
    the parse, or by the words before `start`, where a hyphenated verb begins), or it
    has a modal without "have" ("would forget", not "should have forgotten")."""
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL for c in v.children):
        return True
    modal = [c for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"]
    has_have = any(c.lower_ in ("have", "'ve") for c in v.children)
    if modal and not has_have:
        return True
    # The small model misparses hyphenated verbs: read "If an engineer fat-fingers ..."
    # from the words, up to the clause's start.
    for t in reversed(verb.doc[: verb.i if start is None else start]):
        if t.text in (",", ";", ":"):
            break
        if t.lower_ in HYPOTHETICAL:
            return True
    return False


def on_purpose(verb: Any) -> bool:
    """ "nuked the CDN cache on purpose", "deliberately left the old path enabled"."""
    if words_of(verb.doc).isdisjoint(_PURPOSE_WORDS):
        return False  # most verbs: no need to walk their children
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _ON_PURPOSE:
            return True
        if c.lower_ == "on" and any(g.lower_ == "purpose" for g in c.children):
            return True
    return False


def missed_event(verb: Any) -> bool:
    """ "Sara missed the whole incident": not there, not a lapse."""
    return verb.lemma_ == "miss" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ABSENCE_EVENTS for c in verb.children
    )


def undergone(fail: Any) -> bool:
    """ "Alice failed to receive the page", "failed to see the alert": what failed is
    something that should have happened to the person, not an action of theirs ("failed
    to see the warning *as* an error" is a judgement they made)."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in UNDERGONE_LEMMAS
        and not any(g.lower_ == "as" for g in c.children)
        for c in fail.children
    )  # fmt: skip


def known_noise(verb: Any) -> bool:
    """ "ignores the flapping alert, a known false positive", "Under the noise policy, the
    IC ignored ...": ignoring noise as agreed."""
    if verb.lemma_ not in ("ignore", "dismiss"):
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("under", "per", "following")
        and any(m.lemma_.lower() in NOISE_RULEBOOKS for m in c.subtree)
        for c in verb.children
    ):
        return True
    words = [m.lower_ for c in verb.children if c.dep_ == "dobj" for m in c.subtree]
    return any(t.lower_ == "known" for t in verb.doc) or ("false", "positive") in set(
        pairwise(words)
    )


def negative_object(verb: Any) -> bool:
    """ "Kofi forgot nothing": a failure verb with a negative object denies the failure."""
    return any(c.dep_ == "dobj" and c.lower_ in ("nothing", "none") for c in verb.children)
