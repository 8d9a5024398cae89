"""PM302 exhortation."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache
from typing import Any

from models import Document, Hit, Severity
from rules.base import rule
from rules.common import in_quotes, is_person, negated_context, sentences
from rules.lexicon import WE

_CAREFUL = ["careful", "cautious", "vigilant", "alert", "diligent", "disciplined", "thorough",
            "mindful", "aware", "attentive", "focused", "focussed"]  # fmt: skip
_MORE = {"IN": ["more", "extra", "very", "really", "especially", "particularly", "super"]}
_BE = {"IN": ["be", "stay", "remain", "keep"]}


def _w(*words: str) -> dict:
    return {"LOWER": {"IN": list(words)}}


#: Surface patterns only (no lemmas): exhortations use base forms ("be careful", "should
#: pay attention", "take care"), and the same patterns gate the parser, so both parse
#: modes see the same matches.
PATTERNS: dict[str, list[list[dict]]] = {
    "be careful": [[{"LOWER": _BE}, {"LOWER": _MORE, "OP": "?"}, _w(*_CAREFUL)]],
    "take care": [
        [_w("take"), _w("more", "extra", "greater", "special", "good"), _w("care")],
        [_w("take"), _w("care")],
        [_w("take"), _w("your", "our", "their", "the"), _w("time")],
    ],
    "pay attention": [
        [_w("pay"), _w("more", "closer", "extra", "better", "close", "careful"), _w("attention")],
        [_w("pay"), _w("attention")],
    ],
    "try harder": [[_w("try", "work"), _w("harder")], [_w("try"), _w("to"), _w("be")]],
    "exercise caution": [[_w("exercise"), {"LOWER": _MORE, "OP": "?"}, _w("caution")]],
    "make sure to": [[_w("make"), _w("sure"), _w("to")]],
    "double-check": [[_w("double"), {"TEXT": "-", "OP": "?"}, _w("check")]],
    "think first": [[_w("think"), _w("before", "twice", "first")], [_w("slow"), _w("down")]],
    "keep an eye": [
        [
            _w("keep"),
            {"LOWER": {"IN": ["an", "a"]}, "OP": "?"},
            {"LOWER": {"IN": ["closer", "close", "careful"]}, "OP": "?"},
            _w("eye"),
        ]
    ],
    "remember to": [
        [_w("remember"), _w("to")],
        [_w("do", "don't"), _w("not", "n't"), _w("forget", "skip", "ignore")],
    ],
    "communicate better": [
        [
            _w("communicate"),
            {"LOWER": _MORE, "OP": "?"},
            _w("better", "clearly", "often", "openly", "proactively", "regularly"),
        ],
        [_w("avoid"), _w("mistakes")],
    ],
    "stop rushing": [
        [_w("stop"), _w("rushing", "skipping", "ignoring", "guessing", "assuming", "cutting")],
        [
            _w("stop"),
            _w("making"),
            _w("sloppy", "careless", "hasty", "rushed", "untested", "risky", "silly", "manual"),
        ],
    ],
    "take ownership": [
        [_w("take"), {"LOWER": _MORE, "OP": "?"}, _w("ownership", "responsibility")],
        [_w("own"), _w("your", "our", "their"), _w("deploys", "changes", "code", "work")],
        [_w("be"), {"LOWER": _MORE, "OP": "?"}, _w("accountable", "responsible")],
    ],
    "cut corners": [[_w("cut", "cutting"), _w("corners")]],
    "get better": [[_w("get", "do"), _w("better")]],
    "think it through": [
        [_w("without"), _w("thinking")],
        [_w("think"), _w("it", "things", "this", "changes"), _w("through")],
    ],
    "never again": [[_w("never"), _w("again")], [{"LOWER": "never", "IS_SENT_START": True}]],
    "make an effort": [
        [_w("put", "make"), _w("more", "an", "every", "extra", "some"), _w("effort")],
        [_w("try"), _w("not"), _w("to")],
        [_w("same"), _w("mistake", "mistakes")],
    ],
    "concentrate": [[_w("concentrate", "focus", "think", "look"), _w("harder", "more")]],
    "ask yourself": [[_w("ask"), _w("yourself", "yourselves")]],
    "don't be": [[_w("do"), _w("not", "n't"), _w("be")], [_w("you"), _w("do"), _w("not", "n't")]],
    "carefully": [[_w("carefully", "cautiously", "attentively")]],
    "has to stop": [
        [
            _w("has", "have", "needs", "need", "must"),
            {"LOWER": "to", "OP": "?"},
            _w("stop"),
            {"IS_PUNCT": True},
        ]
    ],
}


def _phrases(pattern: list[dict]) -> list[str]:
    """Every word sequence a surface pattern matches (the trigger phrases for the gate).

    Punctuation constraints are dropped, so the phrases match a little more than the
    pattern: the gate may parse a sentence the rule then passes, never the reverse.
    """
    slots: list[list[str]] = []
    for tok in pattern:
        if "IS_PUNCT" in tok:
            continue
        value = tok.get("LOWER", tok.get("TEXT"))
        words = list(value["IN"]) if isinstance(value, dict) else [value]
        slots.append([*words, ""] if tok.get("OP") == "?" else words)
    return [" ".join(w for w in combo if w) for combo in itertools.product(*slots)]


GATE = frozenset(ph for pats in PATTERNS.values() for p in pats for ph in _phrases(p))


@cache
def _matcher(vocab: Any) -> Any:
    """The same phrases as the trigger gate, by norm ("don't" is "do not"), per pattern."""
    from spacy.matcher import PhraseMatcher

    from rules.common import tokenizer

    m = PhraseMatcher(vocab, attr="NORM")
    for key, pats in PATTERNS.items():
        m.add(key, [tokenizer().make_doc(ph) for p in pats for ph in _phrases(p)])
    return m


_NEGATIONS = frozenset({"not", "n't", "never"})
_PEOPLE = WE | {"you", "everyone", "everybody", "nobody"}


def _people(tok: Any) -> bool:
    return tok.lower_ in _PEOPLE or is_person(tok, plural_roles=True)


_REPORTING = frozenset({"ask", "tell", "advise", "instruct", "urge", "remind", "say"})


def _reported(span: Any) -> bool:
    """ "We used to ask people to be careful": an exhortation quoted, not made."""
    node = span.root
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_ in _REPORTING and (
            node.tag_ in ("VBD", "VBN") or node.head.lower_ == "used"
        ):
            return True
    return False


def exhortations(sent: Any) -> Iterator[Any]:
    """Spans that ask people to try harder instead of changing a system."""
    strings = sent.vocab.strings
    for match, start, end in _matcher(sent.vocab)(sent):
        key, span = strings[match], sent[start:end]
        if key == "has to stop" and (end >= len(sent) or not sent[end].is_punct):
            continue  # "has to stop." ends a demand; "has to stop the job" names a system
        if span.text.lower() == "never" and start != 0:
            continue  # a command starts its sentence: "Never deploy on a Friday"
        head = span.root
        # A negation inside the phrase, or on an imperative, is the exhortation itself
        # ("Don't forget to ...", "Don't cut corners").
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        imperative = not subject and verb.dep_ in ("ROOT", "conj")
        negated = not any(t.lower_ in _NEGATIONS for t in span) and negated_context(head)
        if in_quotes(span[0]) or (negated and not imperative) or _reported(span):
            continue
        if span.text.lower() == "never" and (end >= len(sent) or sent[end].tag_ != "VB"):
            continue  # "Never deploy on a Friday" commands; "never happened" reports
        if subject and not any(_people(s) for s in subject):
            continue  # "The cleanup script will never again run against prod"
        if span[0].lower_ == "take" and any(t.like_num or any(c.isdigit() for c in t.text)
                                            for t in sent):  # fmt: skip
            continue  # "Take ownership of legacy-cron ... (ORG-12)" is a concrete task
        if span[-1].lower_ == "down" and end < len(sent) and sent[end].pos_ in ("DET", "PRON"):
            continue  # "Slow down the rollout" changes a system
        if span[0].lower_ in ("carefully", "cautiously", "attentively"):
            verb = span[0].head
            imperative = verb.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
            )
            if not imperative:
                continue
        yield span


@rule(
    "PM302",
    "exhortation",
    severity=Severity.ERROR,
    lexicon=GATE,
    scope="lessons",
)
def exhortation(doc: Document, options: None) -> Iterator[Hit]:
    """An action item or lesson asks people to try harder instead of changing a system.

    ## Why is this bad?
    "Be more careful" is not an action: nobody can do it on purpose, check that it was
    done, or tell when it is finished, and the people involved were already trying. The
    next tired engineer at 03:00 will be exactly as careful. Change what they work with:
    a confirmation that names the cluster, a check in CI, an alert that routes to a
    phone.

    ## Example
    ```markdown
    ## Action Items
    - Be more careful when running scripts against production - @dave - Due 2026-03-15
    ```

    Use instead:
    ```markdown
    ## Action Items
    - Make `prodctl` print the target cluster and require typing its name before a
      destructive command - @dave - Due 2026-03-15
    ```
    """
    for s in sentences(doc, "PM302"):
        for span in exhortations(s.parse):
            yield s.hit(
                doc,
                span,
                f"exhortation: '{span.text}' asks people to try harder; change the system",
                "name a change to tools or process that makes the slip hard to make, e.g. "
                "'require typing the cluster name before delete'",
            )
