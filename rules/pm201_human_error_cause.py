"""PM201 human-error-cause."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from models import Document, Hit, Severity
from rules.base import Near, rule
from rules.common import in_quotes, negated_context, sentences
from rules.lexicon import CAUSE_WORDS, HUMAN_ERROR_PHRASES
from rules.pm101_person_blame import blame

_MISTAKES = ["mistake", "mistakes", "error", "errors"]
_POSSESSIVES = ["'s", "’s", "his", "her", "my", "their"]
#: A person's mistake: "Kai's mistake", "an error by the DBA", "an error on Søren's part".
MISTAKE_OF_PERSON = (
    Near(frozenset(_MISTAKES), frozenset(_POSSESSIVES), before=3),
    Near(frozenset(_MISTAKES), frozenset({"by", "on", "of"}), after=1),
)


def _mistake_shape(tok: Any) -> bool:
    """The same shapes as the triggers, checked on the parsed sentence."""
    return any(n.found(tok.doc, tok.i) for n in MISTAKE_OF_PERSON)


@cache
def _matcher(vocab: Any) -> Any:
    from spacy.matcher import PhraseMatcher

    m = PhraseMatcher(vocab, attr="LOWER")
    m.add("HUMAN_ERROR", [vocab_doc(vocab, p) for p in HUMAN_ERROR_PHRASES])
    return m


def vocab_doc(vocab: Any, text: str) -> Any:
    """A tokenised phrase in `vocab` (for matchers built against the model's vocab)."""
    from spacy.tokens import Doc

    return Doc(vocab, words=text.split())


def _framed_as_cause(sent: Any, span: Any, root_cause: bool) -> bool:
    """The sentence offers the error as the cause (or sits in the Root Cause section)."""
    if root_cause:
        return True
    words = {t.lower_ for t in sent}
    if words & CAUSE_WORDS or "factor" in words:
        return True
    head = span.root
    while head.dep_ in ("pobj", "prep", "compound", "amod") and head.head.i != head.i:
        head = head.head  # "a classic case of pilot error"
    if head.dep_ in ("attr", "ROOT") or (
        head.dep_ == "nsubj" and head.head.lemma_ in ("lead", "cause")
    ):
        return True  # "It was human error", "Largely operator error, ...", "... led to"
    return head.head.lemma_ == "come" and bool(words & {"from", "down"})


def _general(span: Any) -> bool:
    """A general statement ("Human error is inevitable") or a modifier ("operator error log")."""
    root = span.root
    if root.dep_ == "compound":
        return True
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in span[0].lefts):
        return True  # "the Postgres operator error ..."
    head = root.head
    return (
        root.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.lower_ in ("inevitable", "normal", "unavoidable", "human") for c in head.children)
    )


def human_errors(sent: Any, root_cause: bool) -> Iterator[Any]:
    """Spans naming human error (or a person's mistake) as the cause."""
    for _, start, end in _matcher(sent.vocab)(sent):
        span = sent[start:end]
        if in_quotes(span[0]) or negated_context(span.root) or _general(span):
            continue
        if _framed_as_cause(sent, span, root_cause):
            yield span
    for person, culprit, _ in blame(sent):
        mistake = culprit.lower_ in _MISTAKES and _mistake_shape(culprit)
        if mistake and _framed_as_cause(sent, sent[culprit.i : culprit.i + 1], root_cause):
            lo, hi = sorted((person.i, culprit.i))
            yield sent[lo : hi + 1]


@rule(
    "PM201",
    "human-error-cause",
    severity=Severity.ERROR,
    lexicon=frozenset(HUMAN_ERROR_PHRASES),
    near=MISTAKE_OF_PERSON,
)
def human_error_cause(doc: Document, options: None) -> Iterator[Hit]:
    """Human error is given as the cause.

    ## Why is this bad?
    "Human error" is where an investigation stops, not where it should end. People
    make the same slips in the same conditions; the cause is in those conditions: the
    console that deletes with one click, the alert routed to an archived channel, the
    14-hour shift. Ask why the mistake was easy to make and hard to catch, and write
    that down. Mentioning the phrase to reject it ("this review does not treat operator
    error as a cause") is fine.

    ## Example
    ```markdown
    ## Root Cause
    Human error: the wrong cluster context was selected.
    ```

    Use instead:
    ```markdown
    ## Root Cause
    The CLI runs against whichever cluster context is active and does not show it in
    the prompt, so a command meant for staging ran against production.
    ```
    """
    for s in sentences(doc, "PM201"):
        block = doc.blocks[s.block]
        root_cause = doc.section_kind(block) == "root cause"
        for span in human_errors(s.parse, root_cause):
            yield s.hit(
                doc,
                span,
                "human error as a cause: ask why the mistake was easy to make and hard to "
                "catch, and name those conditions",
                "describe the conditions, e.g. 'the CLI does not show which cluster is "
                "active' instead of 'human error'",
            )
