"""No sentence shape makes a rule raise: a rule bug would leave a whole file unchecked.

The labelled set and the corpus exercise the rules on real wording; this walks the
grammatical corners around their triggers (modals with and without negation, "have"
as a main verb or an auxiliary, questions, every kind of subject), in both parse modes.
"""

from __future__ import annotations

import itertools

import pytest

from linter.engine import lint_text
from models import Config

MODALS = ["should", "could", "would", "must", "might"]
NEGATIONS = ["", "n't", " not"]
SUBJECTS = ["we", "the team", "Dave", "they", "the on-call engineer", "@kai", "nobody"]
PREDICATES = [
    "have a runbook for this",
    "have checked the replica",
    "have been paged sooner",
    "have known about the freeze",
    "have",
    "failed to escalate",
]
SECTIONS = ["Root Cause", "Action Items", "Lessons Learned", "Timeline"]


def _sentences():
    for modal, neg, subj, pred in itertools.product(MODALS, NEGATIONS, SUBJECTS, PREDICATES):
        if neg == "n't" and modal in ("might",):
            continue
        yield f"{modal.capitalize()}{neg} {subj} {pred}?"
        yield f"{subj[0].upper()}{subj[1:]} {modal}{neg} {pred}."


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("full_parse", [False, True], ids=["default", "full-parse"])
def test_no_sentence_shape_makes_a_rule_raise(section: str, full_parse: bool) -> None:
    body = "\n".join(f"- {s}" for s in _sentences())
    lint_text(f"## {section}\n\n{body}\n", Config(full_parse=full_parse))
