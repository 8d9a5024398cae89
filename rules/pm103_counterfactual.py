"""PM103 counterfactual."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models import Document, Hit, Severity
from rules.base import Near, rule
from rules.common import (
    in_quotes,
    is_negated,
    is_person,
    sentences,
    someone_before,
    subjects,
    words_of,
)
from rules.lexicon import TEAM_FUNCTIONS, WE, forms

#: Modals of hindsight. "must have"/"might have" infer what happened; they judge nothing.
_HINDSIGHT = frozenset({"should", "could", "would", "ought", "shouldn't", "couldn't"})
_EXPECTATION = frozenset(
    "expect anticipate like prefer want hope think imagine guess assume predict see".split()
)
_QUESTION_WORDS = frozenset({"what", "whether", "which", "how"})
_FAIL_TO = forms("fail fails failed failing neglect neglects neglected neglecting")
_HAVE = frozenset({"have", "'ve"})

_COORDINATORS = frozenset({"and", "but", "or", "then"})
_BETWEEN = _COORDINATORS | frozenset(
    "also clearly obviously probably definitely really certainly simply just still surely".split()
)


def _modal_after_someone(have: Any, modal: Any) -> bool:
    """A hindsight modal right after a word that can name people: "we should", "Kai could".

    Hindsight names who should have acted just before the modal; "clients would have
    seen" and "It should not have been possible" are not about the responders.
    """
    return modal.lower_ in _HINDSIGHT and someone_before(modal)


_WORDS = _HAVE | {"had"} | _FAIL_TO
#: "We failed to see the warning", "The release manager neglected to check ...".
FAILED_TO = Near(_FAIL_TO, frozenset({"to"}), after=1, test=lambda verb, _: someone_before(verb))
MODAL_HAVE = Near(_HAVE, _HINDSIGHT, before=3, test=_modal_after_someone)  # "we should have"
INVERTED = Near(frozenset({"had"}), initial=True)  # "Had Dave checked the diff, ..."
IF_HAD = Near(frozenset({"had"}), frozenset({"if"}), before=10)  # "If only we had ..."


def _people(token: Any, modal: str) -> bool:
    """A person, a role, or people collectively ("we", "the team", "someone").

    "could have" states what was possible; it judges only a named person, a role or us,
    not "they" (often an attacker) or "anyone" (anyone with access could have ...).
    """
    if modal == "could" and token.lower_ in ("they", "them", "anyone", "anybody", "everyone"):
        return False
    return token.lower_ in WE | TEAM_FUNCTIONS or is_person(token, plural_roles=True)


def _modal(verb: Any) -> str:
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            return c.lower_.replace("n't", "")
    return ""


def _embedded_question(verb: Any) -> bool:
    """ "what someone should have done", "whether we should have failed over"."""
    return any(
        c.lower_ in _QUESTION_WORDS and c.dep_ in ("dobj", "mark", "advmod", "nsubj")
        for c in verb.children
    )


def _perfect_modal(verb: Any) -> bool:
    """should/could/would (or ought to) + have + past participle, in the active voice."""
    kids = list(verb.children)
    progressive = verb.tag_ == "VBG" and any(c.lower_ == "been" for c in kids)
    if (verb.tag_ != "VBN" and not progressive) or verb.lemma_ == "be":
        return False  # "should have drained", "should have been watching"
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.text == "-":
        return False  # "should have read-only access": an adjective, not a participle
    haves = [c for c in kids if c.dep_ == "aux" and c.lower_ in _HAVE]
    if not haves or not MODAL_HAVE.found(verb.doc, haves[0].i):
        return False
    if any(c.dep_ == "auxpass" for c in kids):
        return False  # "could have been exposed" estimates impact; it judges nobody
    modal = any(c.dep_ == "aux" and c.lower_ in _HINDSIGHT for c in kids)
    return modal or (verb.head.lower_ == "ought" and verb.dep_ == "xcomp")


def _conditional(verb: Any) -> bool:
    """ "If X had VBN" or "Had X VBN" (inverted), about what a person did not do."""
    # The tagger often reads the participle after an inverted "Had" as past tense.
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    had = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"]
    if not had:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    doc = verb.doc
    return ("if" in marks and IF_HAD.found(doc, had[0].i)) or INVERTED.found(doc, had[0].i)


def counterfactuals(sent: Any) -> Iterator[tuple[Any, Any]]:
    """(subject, verb) for each hindsight judgement about what people should have done."""
    if _WORDS.isdisjoint(words_of(sent)):
        return
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or in_quotes(verb) or is_negated(verb):
            continue
        hindsight = _perfect_modal(verb) or _conditional(verb)
        if not hindsight and verb.lower_ in _FAIL_TO:
            hindsight = FAILED_TO.found(verb.doc, verb.i)
        if not hindsight or _embedded_question(verb):
            continue
        modal = _modal(verb)
        if modal == "would" and verb.lemma_ in _EXPECTATION:
            continue  # "what we would have expected to see": an expectation, not a verdict
        for subj in subjects(verb) or subjects(verb.head):
            if _people(subj, modal):
                yield subj, verb
                break


@rule(
    "PM103",
    "counterfactual",
    severity=Severity.WARNING,
    near=(MODAL_HAVE, INVERTED, IF_HAD, FAILED_TO),
)
def counterfactual(doc: Document, options: None) -> Iterator[Hit]:
    """Hindsight about what people should have done.

    ## Why is this bad?
    "We should have caught this in staging" judges the past with knowledge nobody had
    at the time, and stops there. It hides the real question: what did people know,
    what were they trying to do, and why did their actions make sense to them? Those
    answers point at what to change. Counterfactuals about systems ("the rate limiter
    could have absorbed the burst") and decisions explained by what was known ("failing
    over would have meant losing the write queue") are fine.

    ## Example
    ```markdown
    ## What could be improved
    The on-call engineer should have escalated sooner.
    ```

    Use instead:
    ```markdown
    ## What could be improved
    The on-call engineer kept debugging for 40 minutes because the runbook has no
    escalation threshold; the first page gave no hint that the database was involved.
    ```
    """
    for s in sentences(doc, "PM103"):
        # One finding per sentence: "If we had deployed ..., we would have isolated ..."
        # is one piece of hindsight, not two.
        for subj, verb in list(counterfactuals(s.parse))[:1]:
            lo, hi = sorted((subj.i, verb.i))
            yield s.hit(
                doc,
                s.parse[lo : hi + 1],
                "hindsight: describe what was known and why the action made sense at the "
                "time, not what should have happened",
                "e.g. 'The alert named the cache, not the database, so responders kept "
                "debugging the cache' instead of 'we should have escalated sooner'",
            )
