"""Which hindsight is a verdict on people: its subject is a person, a role or "we", and
it is not a question ("what someone should have done"), an expectation ("what we would
have expected to see"), an outcome that hangs on a system ("If the queue had kept
growing, responders would have shed load") or a record's words under discussion ("The
first draft said the IC should have paged")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rules.analysis.benign import undergone
from rules.analysis.clauses import is_negated, subjects
from rules.analysis.hindsight import (
    FAILED_TO,
    HAVE,
    IF_HAD,
    INVERTED,
    LATE_HAD,
    better_choice,
    conditional,
    inversion,
    passive_hindsight,
    people_subject,
    perfect_modal,
    rhetorical,
    untaken_step,
)
from rules.common import in_quotes, words_of
from rules.lexicon import FAIL_TO, RETROSPECT

_EXPECTATION = frozenset(
    "expect anticipate like prefer want hope think imagine guess assume predict see".split()
)
_QUESTION_WORDS = frozenset({"what", "whether", "which", "how"})
_REPORTING = frozenset("say write claim suggest argue state conclude assert".split())
_WORDS = HAVE | {"had", "back"} | FAIL_TO | RETROSPECT  # "in retrospect", "looking back"


def _modal(verb: Any) -> str:
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            low = c.lower_.replace("n't", "")
            return "would" if low in ("'d", "’d") else low
    return ""


def _embedded_question(verb: Any) -> bool:
    """ "what someone should have done", "whether we should have failed over".

    A pseudo-cleft that answers itself ("What the team should have done is drain
    traffic first") is a verdict, not a question.
    """
    if verb.dep_ == "xcomp" and verb.head.lower_ == "ought":
        verb = verb.head  # "What the release team ought to have done was hold the train"
    head = verb.head
    if verb.dep_ in ("csubj", "csubjpass") and not is_negated(head):
        if head.lemma_ == "be" and any(
            c.dep_ in ("xcomp", "attr", "ccomp") and c.pos_ == "VERB" for c in head.children
        ):
            return False
        if head.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in head.children):
            return False  # "... was run the migration": the parser reads "was" as passive
    # "Escalating sooner is what the on-call should have done": an action answers it
    # ("The question is what we should have done" stays a question).
    if (
        verb.dep_ == "ccomp" and head.lemma_ == "be" and not is_negated(head)
        and any(c.pos_ == "VERB" and c.i < head.i for c in head.children)
    ):  # fmt: skip
        return False
    return any(
        c.lower_ in _QUESTION_WORDS and c.dep_ in ("dobj", "mark", "advmod", "nsubj")
        for c in verb.children
    )


def _condition_subjects(doc: Any) -> list[Any]:
    """The subjects of a sentence's past conditions: "if the queue had kept growing",
    "had the alert fired" (read from the words: the parser often garbles them)."""
    out = []
    for had in doc:
        if had.lower_ != "had":
            continue
        if IF_HAD.found(doc, had.i):
            start = max(t.i for t in doc[: had.i] if t.lower_ == "if") + 1
            span = doc[start : had.i]
        elif INVERTED.found(doc, had.i) or (LATE_HAD.found(doc, had.i) and inversion(had)):
            verbs = [t.i for t in doc[had.i + 1 :] if t.pos_ in ("VERB", "AUX")]
            span = doc[had.i + 1 : verbs[0] if verbs else had.i + 1]
        else:
            continue
        nouns = [t for t in span if t.dep_ in ("nsubj", "nsubjpass")] or [
            t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON")
        ][-1:]
        out += nouns
    return out


def _system_condition(verb: Any) -> bool:
    """ "If the queue had kept growing, responders would have shed load": the outcome
    hangs on a system, so the sentence describes a plan or an impact, not a verdict."""
    subj = _condition_subjects(verb.doc)
    return bool(subj) and not any(people_subject(s, "") for s in subj)


def _without(verb: Any) -> bool:
    """ "Without the status page, support would have had no way to reach customers": an
    estimate of what a missing thing would have cost, not a verdict."""
    return any(c.dep_ == "prep" and c.lower_ == "without" for c in verb.children)


def _lost_subject(verb: Any) -> list[Any]:
    """ "@o.bakare should have been tailing ...": the parser reads some @handles as
    auxiliaries, or drops them."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    first = min([verb.i, *(c.i for c in auxes)])
    prev = verb.doc[first - 1] if first > 0 else None
    handles = [c for c in [prev, *auxes] if c is not None and c.text.startswith("@")]
    return handles[:1]


def _quoted_from_a_record(verb: Any) -> bool:
    """ "The first draft said the IC should have paged sooner": a record's words, under
    discussion, not the review's own verdict."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ not in _REPORTING:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False  # "It's fair to say the reviewer might have spotted it": a hedge
    said_by = subjects(head)
    return bool(said_by) and not any(people_subject(s, "") for s in said_by)


def counterfactuals(sent: Any) -> Iterator[tuple[Any, Any]]:
    """(subject, verb) for each hindsight judgement about what people should have done."""
    if _WORDS.isdisjoint(words_of(sent)):
        return
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or in_quotes(verb):
            continue
        step = untaken_step(verb)
        if step is not None:
            yield step, verb  # "A quick look at the calendar would have saved a weekend"
            continue
        if is_negated(verb) and not rhetorical(verb):
            continue
        chooser = better_choice(verb)
        if chooser is not None:
            yield chooser, verb  # "A better response would have been to fail over first"
            continue
        who = passive_hindsight(verb)
        if who is not None and not _embedded_question(verb) and not _quoted_from_a_record(verb):
            yield who, verb  # "should have been reviewed by someone": no person as subject
            continue
        hindsight = perfect_modal(verb) or conditional(verb)
        if not hindsight and verb.lower_ in FAIL_TO:
            hindsight = FAILED_TO.found(verb.doc, verb.i) and not undergone(verb)
        if not hindsight or _embedded_question(verb) or _quoted_from_a_record(verb):
            continue
        modal = _modal(verb)
        if modal == "would" and (
            verb.lemma_ in _EXPECTATION or _system_condition(verb) or _without(verb)
        ):
            continue  # "what we would have expected to see": an expectation, not a verdict
        for subj in subjects(verb) or subjects(verb.head) or _lost_subject(verb):
            if people_subject(subj, modal):
                yield subj, verb
                break
