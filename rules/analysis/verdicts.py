"""Framings that hand an outcome to a person: "That outage is on Marek", "The data loss
was down to Pia", "Kai is to blame", "The engineer was at fault", "Priya was
responsible for the outage" (not "for the billing service", which is ownership)."""

from __future__ import annotations

from typing import Any

from rules.analysis.clauses import is_negated
from rules.analysis.culprits import identified_person
from rules.base import Near
from rules.lexicon import BLAMED_SUBJECTS

IS_ON = Near(frozenset({"on"}), frozenset({"is", "was", "'s"}), before=1)  # "is on Bram"
DOWN_TO = Near(frozenset({"down"}), frozenset({"to"}), after=1)  # "was down to Ines"
AT_FAULT = Near(frozenset({"fault"}), frozenset({"at"}), before=1)  # "was at fault"
RESPONSIBLE_FOR = Near(frozenset({"responsible"}), frozenset({"for"}), after=1)


def framed_person(tok: Any) -> Any | None:
    """ "That one is on Bram", "The outage was down to Ines": the person blamed."""
    doc = tok.doc
    if tok.lower_ in ("fault", "blame", "responsible"):
        return _verdict(tok)
    if tok.lower_ == "on" and IS_ON.found(doc, tok.i):
        be = doc[tok.i - 1]
    elif tok.lower_ == "to" and tok.i > 0 and DOWN_TO.found(doc, tok.i - 1):
        be = doc[tok.i - 2] if tok.i > 1 else tok
    else:
        return None
    if be.lemma_ != "be" or any(c.dep_ in ("xcomp", "ccomp") for c in be.children):
        return None  # "It is on Jun to decide" hands over a task
    subj = [c for c in be.children if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in BLAMED_SUBJECTS for s in subj):
        return None
    person = next((g for g in tok.children if g.dep_ == "pobj"), None)
    return person if person is not None and identified_person(person) else None


def _verdict(tok: Any) -> Any | None:
    """ "Kai is to blame", "The engineer was at fault", "Priya was responsible for the
    outage" (not "for the billing service", which is ownership)."""
    doc, be = tok.doc, tok.head
    if tok.lower_ == "fault":
        be = be.head if AT_FAULT.found(doc, tok.i) and be.lower_ == "at" else tok
    elif tok.lower_ == "blame":
        if tok.dep_ != "xcomp" or not any(c.lower_ == "to" for c in tok.children):
            return None
    else:
        if not RESPONSIBLE_FOR.found(doc, tok.i) or tok.dep_ != "acomp":
            return None
        objs = [g for c in tok.children if c.lower_ == "for" for g in c.children]
        if not any(o.lemma_.lower() in BLAMED_SUBJECTS for o in objs):
            return None
    if be.lemma_ != "be" or is_negated(be):
        return None
    person = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return person if person is not None and identified_person(person) else None
