"""Where a sentence gives human error as the cause: "human error", "operator error",
"pilot error" and the like offered as the cause, filed as the verdict ("Classification:
pilot error") or doing the damage ("Human error took the VPN down"); and a person's
mistake, oversight or slip-up given as the cause ("A blunder by the on-call DBA led to
..."). A phrase mentioned to reject it, a general statement ("human error is
inevitable") and a modifier ("operator error log") are not causes."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from rules.analysis.blame import blame
from rules.analysis.clauses import negated_context
from rules.base import Near
from rules.common import in_quotes
from rules.lexicon import CAUSE_WORDS, FAULT_COMPOUNDS, HUMAN_ERROR_PHRASES, POSSESSIVES

#: Fault nouns that make a person's act a mistake (decision 21: "oversight", "blunder",
#: "slip-up", "screw-up" are synonyms of "mistake", decision 33 a person's typo;
#: "negligence" and "fault" are not).
_MISTAKES = frozenset(
    "mistake mistakes error errors oversight oversights blunder blunders slip misstep typo "
    "typos".split()
)
_BY = frozenset({"by", "on", "of"})
#: A person's mistake: "Kai's mistake", "an error by the DBA", "an error on Søren's part",
#: "Kwesi's slip-up", "a screw-up on Dejan's end".
MISTAKE_OF_PERSON = (
    Near(_MISTAKES, POSSESSIVES, before=3),
    Near(_MISTAKES, _BY, after=1),
    Near(FAULT_COMPOUNDS, POSSESSIVES, before=3),
    Near(FAULT_COMPOUNDS, _BY, after=3),
)
#: Words that file the incident under a cause: "Category: pilot error", "RCA agreed".
_VERDICT = frozenset(
    "category categorised categorized classified classification verdict conclusion concluded "
    "rca finding findings determined tagged labelled labeled".split()
)


def _mistake_shape(culprit: Any) -> bool:
    """The same shapes as the triggers, checked on the parsed sentence."""
    doc, i = culprit.doc, culprit.i
    if culprit.lower_ in ("up", "ups"):
        i -= 2  # "slip-up": the trigger is on "slip"
    elif culprit.lower_ not in _MISTAKES:
        return False
    return any(n.found(doc, i) for n in MISTAKE_OF_PERSON)


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


def _cause_word(tok: Any) -> bool:
    """ "caused", "because", "root cause"; "down" and "lead" only as "down to", "led to"
    ("took down checkout" is a consequence; "the team lead" is a person)."""
    if tok.lower_ not in CAUSE_WORDS:
        return False
    if tok.lower_ in ("down", "lead", "led"):
        doc = tok.doc
        return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
    return True


def _framed_as_cause(sent: Any, span: Any, root_cause: bool) -> bool:
    """The sentence offers the error as the cause (or sits in the Root Cause section)."""
    if root_cause:
        return True
    words = {t.lower_ for t in sent}
    if words & _VERDICT or "factor" in words or any(_cause_word(t) for t in sent):
        return True
    head = span.root
    while head.dep_ in ("pobj", "prep", "compound", "amod") and head.head.i != head.i:
        if head.lower_ == "for" and head.head.pos_ == "VERB":
            return False  # "We looked hard for a human error": sought, not offered
        head = head.head  # "a classic case of pilot error"
    if head.dep_ in ("attr", "ROOT") or (
        head.dep_ == "nsubj" and head.head.lemma_ in ("lead", "cause")
    ):
        return True  # "It was human error", "Largely operator error, ...", "... led to"
    return head.head.lemma_ == "come" and bool(words & {"from", "down"})


def _did_it(span: Any) -> bool:
    """A listed term is enough when it did the damage ("Human error took the VPN down"),
    and "carelessness" always is (decisions 8 and 19)."""
    root = span.root
    if span.text.lower() == "carelessness":
        return True
    return root.dep_ == "nsubj" and root.head.tag_ == "VBD" and root.head.lemma_ != "be"


def _denied(root: Any) -> bool:
    """ "not human error", "found no operator error", "none of them is human error"."""
    return negated_context(root) or any(c.dep_ == "det" and c.lower_ == "no" for c in root.children)


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
        if in_quotes(span[0]) or _denied(span.root) or _general(span):
            continue
        if _framed_as_cause(sent, span, root_cause) or _did_it(span):
            yield span
    for person, culprit, _ in blame(sent):
        mistake = _mistake_shape(culprit)
        if mistake and _framed_as_cause(sent, sent[culprit.i : culprit.i + 1], root_cause):
            lo, hi = sorted((person.i, culprit.i))
            yield sent[lo : hi + 1]
