"""PM302 exhortation."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from models import Document, Hit, Severity
from rules.base import rule
from rules.common import in_quotes, negated_context, sentences
from rules.lexicon import EXHORTATIONS

_CAREFUL = [
    "careful",
    "cautious",
    "vigilant",
    "alert",
    "diligent",
    "disciplined",
    "thorough",
    "mindful",
    "aware",
    "attentive",
    "focused",
    "focussed",
]
_MORE = {"IN": ["more", "extra", "very", "really", "especially", "particularly", "super"]}
PATTERNS: dict[str, list[list[dict]]] = {
    "be careful": [[{"LEMMA": "be"}, {"LOWER": _MORE, "OP": "?"}, {"LOWER": {"IN": _CAREFUL}}]],
    "stay alert": [
        [
            {"LEMMA": {"IN": ["stay", "remain", "keep"]}},
            {"LOWER": _MORE, "OP": "?"},
            {"LOWER": {"IN": _CAREFUL}},
        ]
    ],
    "take care": [
        [
            {"LEMMA": "take"},
            {"LOWER": {"IN": ["more", "extra", "greater", "special"]}, "OP": "?"},
            {"LOWER": "care"},
        ],
        [{"LEMMA": "take"}, {"LOWER": {"IN": ["your", "our", "their", "the"]}}, {"LOWER": "time"}],
    ],
    "pay attention": [
        [
            {"LEMMA": "pay"},
            {"LOWER": {"IN": ["more", "closer", "extra", "better", "close"]}, "OP": "?"},
            {"LOWER": "attention"},
        ]
    ],
    "try harder": [
        [{"LEMMA": {"IN": ["try", "work"]}}, {"LOWER": "harder"}],
        [{"LEMMA": "try"}, {"LOWER": "to"}, {"LEMMA": "be"}],
    ],
    "exercise caution": [
        [{"LEMMA": "exercise"}, {"LOWER": _MORE, "OP": "?"}, {"LOWER": "caution"}]
    ],
    "make sure to": [[{"LEMMA": "make"}, {"LOWER": "sure"}, {"LOWER": "to"}]],
    "double-check": [[{"LOWER": "double"}, {"TEXT": "-", "OP": "?"}, {"LEMMA": "check"}]],
    "think first": [
        [{"LEMMA": "think"}, {"LOWER": {"IN": ["before", "twice", "first"]}}],
        [{"LEMMA": "slow"}, {"LOWER": "down"}],
    ],
    "keep an eye": [
        [
            {"LEMMA": "keep"},
            {"LOWER": {"IN": ["an", "a"]}, "OP": "?"},
            {"LOWER": {"IN": ["closer", "close", "careful"]}, "OP": "?"},
            {"LOWER": "eye"},
        ]
    ],
    "remember to": [
        [{"LEMMA": "remember"}, {"LOWER": "to"}],
        [
            {"LOWER": {"IN": ["do", "don't"]}},
            {"LOWER": {"IN": ["not", "n't"]}},
            {"LEMMA": {"IN": ["forget", "skip", "ignore"]}},
        ],
    ],
    "communicate better": [
        [{"LEMMA": "communicate"}, {"LOWER": "better"}],
        [{"LEMMA": "avoid"}, {"LEMMA": "mistake"}],
    ],
    "carefully": [[{"LOWER": {"IN": ["carefully", "cautiously", "attentively"]}}]],
    "has to stop": [
        [
            {"LEMMA": {"IN": ["have", "need", "must"]}},
            {"LOWER": "to", "OP": "?"},
            {"LEMMA": "stop"},
            {"IS_PUNCT": True},
        ]
    ],
}


@cache
def _matcher(vocab: Any) -> Any:
    from spacy.matcher import Matcher

    m = Matcher(vocab)
    for key, pats in PATTERNS.items():
        m.add(key, pats)
    return m


def exhortations(sent: Any) -> Iterator[Any]:
    """Spans that ask people to try harder instead of changing a system."""
    for _, start, end in _matcher(sent.vocab)(sent):
        span = sent[start:end]
        head = span.root
        if in_quotes(span[0]) or (head.lower_ != "skip" and negated_context(head)):
            continue
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
    lexicon=frozenset(EXHORTATIONS) | {"has to stop", "have to stop", "must stop", "needs to stop"},
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
