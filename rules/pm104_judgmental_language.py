"""PM104 judgmental-language."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from models import Document, Hit, Severity
from rules.base import Near, rule
from rules.common import (
    in_quotes,
    is_negated,
    is_person,
    negated_context,
    sentences,
    words_of,
)
from rules.lexicon import FAILURE_LEMMAS, HEDGE_ADVERBS, JUDGMENT_WORDS, TECHNICAL_LAZY, WE

_PEOPLE_WORDS = WE | {"nobody", "no one", "noone", "you"}
#: Words that are jargon, not judgement, next to these nouns.
_TECHNICAL = {
    "lazy": TECHNICAL_LAZY,
    "lazily": TECHNICAL_LAZY,
    "sloppy": frozenset({"quorum", "quorums"}),
}
#: Judgements that take two words: "a rookie mistake", "amateur hour".
JUDGMENT_PHRASES = (
    "rookie mistake",
    "rookie mistakes",
    "rookie error",
    "rookie errors",
    "rookie move",
    "amateur hour",
    "amateur-hour",
    "amateur move",
    "amateur mistake",
)
_BAD_WORK = frozenset(
    "wrong bad broken rushed careless sloppy insufficient inadequate incorrect poor "
    "skimmed ignored missed".split()
)
_NEUTRAL_ABOUT = frozenset({"cause", "strategy", "question", "answer", "explanation"})


def _judgment_word(tok: Any) -> bool:
    """careless, sloppy, lazy, negligent... about people or their work."""
    if tok.lower_ not in JUDGMENT_WORDS:
        return False
    technical = _TECHNICAL.get(tok.lower_, frozenset())
    if tok.head.lower_ in technical or any(c.lower_ in technical for c in tok.children):
        return False  # lazy loading, lazy evaluation, sloppy quorum
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == "-":
        return False  # "a careless-looking action"
    if negated_context(tok) and not _imperative_be(tok.head):
        # "We do not think anyone was careless"; "Sloppiness is not a root cause". But
        # "Don't be lazy about ..." still calls people lazy.
        return False
    head = tok.head
    return not (head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_ in _NEUTRAL_ABOUT for c in head.children
    ))  # fmt: skip


def _imperative_be(verb: Any) -> bool:
    return verb.lemma_ == "be" and not any(c.dep_ in ("nsubj", "expl") for c in verb.children)


def _people_subject(verb: Any) -> bool:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in _PEOPLE_WORDS or is_person(s, plural_roles=True) for s in subj)


def _hedge(tok: Any) -> bool:
    """ "clearly"/"obviously" passing judgement on people, not describing evidence."""
    if tok.lower_ not in HEDGE_ADVERBS:
        return False
    doc, head = tok.doc, tok.head
    # A sentence adverb set off by a comma ("Obviously, you don't ...", "..., obviously.")
    # comments on the whole sentence, negated or not.
    comma = (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",") or (
        tok.i > 0 and doc[tok.i - 1].text == ","
    )
    if is_negated(head) and not comma:
        return False
    if head.lower_ in _BAD_WORK and (head.pos_ == "ADJ" or head.dep_ == "amod"):
        return True  # "obviously wrong query", "obviously rushed change"
    if head.pos_ not in ("VERB", "AUX") or (tok.i > head.i and head.lemma_ != "be" and not comma):
        return False  # "described the impact clearly" praises how work was done
    if _people_subject(head):
        return True
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive and (head.lemma_ in FAILURE_LEMMAS or head.lower_ in _BAD_WORK)


_WORDS = JUDGMENT_WORDS | HEDGE_ADVERBS | {"known", "rookie", "amateur"}
SHOULD_HAVE_KNOWN = Near(frozenset({"known"}), frozenset({"should", "ought"}), before=4)


def _should_have_known(tok: Any) -> bool:
    if tok.tag_ != "VBN" or not SHOULD_HAVE_KNOWN.found(tok.doc, tok.i):
        return False
    kids = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(kids & {"should", "ought"}) and bool(kids & {"have", "'ve"})


@cache
def _phrases(vocab: Any) -> Any:
    from spacy.matcher import PhraseMatcher

    from rules.common import tokenizer

    m = PhraseMatcher(vocab, attr="LOWER")
    m.add("JUDGMENT", [tokenizer().make_doc(p) for p in JUDGMENT_PHRASES])
    return m


def judgments(sent: Any) -> Iterator[Any]:
    """Tokens (or two-word spans) that judge people or their work."""
    if _WORDS.isdisjoint(words_of(sent)):
        return
    for _, start, end in _phrases(sent.vocab)(sent):
        if not in_quotes(sent[start]) and not negated_context(sent[start:end].root):
            yield sent[start:end]
    for tok in sent:
        if tok.lower_ not in _WORDS or in_quotes(tok):
            continue
        if _judgment_word(tok) or _hedge(tok) or _should_have_known(tok):
            yield tok


@rule(
    "PM104",
    "judgmental-language",
    severity=Severity.WARNING,
    lexicon=JUDGMENT_WORDS | HEDGE_ADVERBS | frozenset(JUDGMENT_PHRASES),
    near=(SHOULD_HAVE_KNOWN,),
)
def judgmental_language(doc: Document, options: None) -> Iterator[Hit]:
    """Judgement words about people or their work.

    ## Why is this bad?
    "Careless", "sloppy", "negligent", "obviously", "should have known": these words
    grade people instead of explaining events, and they are always written in
    hindsight. Readers stop asking why the action made sense at the time, and the people
    involved stop telling you. Describe the action and its context plainly. "Clearly" or
    "obviously" about evidence ("the logs clearly show the spike") is fine.

    ## Example
    ```markdown
    ## What happened
    The reviewer clearly skimmed the diff, and the change was sloppy.
    ```

    Use instead:
    ```markdown
    ## What happened
    The diff was 1,400 lines; the destroy of the bucket was on line 1,212, below the
    fold of the review tool.
    ```
    """
    for s in sentences(doc, "PM104"):
        for tok in judgments(s.parse):
            yield s.hit(
                doc,
                tok,
                f"judgmental: '{tok.text}' grades people; describe the action and its context",
                "state what happened and what made it likely, e.g. 'the diff was 1,400 "
                "lines long' instead of 'the review was sloppy'",
            )
