"""The phrases that ask people for care, attention or effort: "be more careful", "pay
attention", "double-check", "take ownership", "no more ignoring ...".

Each phrase is a surface pattern. Its expansions are the trigger gate of PM302 (`GATE`),
and a `PhraseMatcher` finds the same phrases in a parsed sentence (`matcher`). The
phrases keyed in `INSTRUCTION_CUES` exhort only inside an instruction to people, which
`rules.analysis.exhortations` checks.
"""

from __future__ import annotations

import itertools
from functools import cache
from typing import Any

from rules.lexicon import (
    ATTENTION_NOUNS,
    ATTENTIVE,
    HEDGE_ADVERBS,
    INATTENTIVE,
    MINDSET,
    SPEED_WORDS,
)

_CAREFUL = sorted(ATTENTIVE)
_MORE = {"IN": ["more", "extra", "very", "really", "especially", "particularly", "super"]}
_BE = {"IN": ["be", "stay", "remain", "keep"]}
HEDGES = sorted(HEDGE_ADVERBS)


def _w(*words: str) -> dict:
    return {"LOWER": {"IN": list(words)}}


#: Surface patterns only (no lemmas): exhortations use base forms ("be careful", "should
#: pay attention", "take care"), and the same patterns gate the parser, so both parse
#: modes see the same matches.
PATTERNS: dict[str, list[list[dict]]] = {
    "be careful": [
        [{"LOWER": _BE}, {"LOWER": _MORE, "OP": "?"}, _w(*_CAREFUL)],
        [{"LOWER": _BE}, _w("a"), _w("bit", "little", "lot"), _w("more"), _w(*_CAREFUL)],
        [{"LOWER": _BE}, _w("less", "so"), _w(*INATTENTIVE)],
        [_w("stop"), _w("being"), {"LOWER": {"IN": ["so", "as"]}, "OP": "?"}, _w(*INATTENTIVE)],
    ],
    "take care": [
        [_w("take"), _w("more", "extra", "greater", "special", "good"), _w("care")],
        [_w("take"), _w("care")],
        [_w("take"), _w("your", "our", "their", "the"), _w("time")],
    ],
    "pay attention": [
        [_w("pay"), _w("more", "closer", "extra", "better", "close", "careful"), _w("attention")],
        [_w("pay"), _w("attention", "heed")],
    ],
    "try harder": [[_w("try", "work"), _w("harder")], [_w("try"), _w("to"), _w("be")]],
    "exercise caution": [[_w("exercise"), {"LOWER": _MORE, "OP": "?"}, _w("caution")]],
    "make sure to": [[_w("make", "be"), _w("sure"), _w("to")]],
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
        [
            _w("do", "don't"),
            _w("not", "n't"),
            _w("forget", "skip", "ignore", "assume", "rush", "trust", "sit"),
        ],
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
        [_w("hold"), _w("each", "one"), _w("other", "another"), _w("accountable")],
        [_w("own"), _w("the"), _w("outcome", "outcomes", "consequences")],
    ],
    # decision 38: "Increase awareness of ...", "Reinforce the importance of following ..."
    "awareness": [
        [
            _w("increase", "raise", "build", "boost", "improve", "promote", "spread"),
            _w("awareness"),
        ],
        [
            _w("reinforce", "stress", "emphasise", "emphasize", "reiterate", "underline"),
            _w("the"),
            _w("importance"),
        ],
    ],
    "make sure people": [
        [
            _w("make", "ensure"),
            {"LOWER": "sure", "OP": "?"},
            _w("people", "everyone", "everybody", "engineers", "reviewers", "responders"),
        ],
    ],
    "slogan": [
        [_w("measure"), _w("twice")],
        [_w("no"), _w("shortcuts", "excuses")],
    ],
    "cut corners": [[_w("cut", "cutting"), _w("corners")]],
    "get better": [[_w("get", "do"), _w("better")]],
    "think it through": [
        [_w("without"), _w("thinking")],
        [_w("think"), _w("it", "things", "this", "changes"), _w("through")],
    ],
    "never again": [[_w("never"), _w("again")], [{"LOWER": "never", "IS_SENT_START": True}]],
    "always": [[{"LOWER": "always", "IS_SENT_START": True}]],
    "make an effort": [
        [_w("put", "make"), _w("more", "an", "every", "extra", "some"), _w("effort")],
        [_w("try"), _w("not"), _w("to")],
        [_w("same"), _w("mistake", "mistakes")],
    ],
    "concentrate": [[_w("concentrate", "focus", "think", "look"), _w("harder", "more")]],
    "ask yourself": [[_w("ask", "remind"), _w("yourself", "yourselves", "ourselves")]],
    "don't be": [[_w("do"), _w("not", "n't"), _w("be")], [_w("you"), _w("do"), _w("not", "n't")]],
    "carefully": [[_w("carefully", "cautiously", "attentively")]],
    "has to stop": [
        [
            _w("has", "have", "needs", "need", "must"),
            {"LOWER": "to", "OP": "?"},
            _w("stop", "end"),
            {"IS_PUNCT": True},
        ]
    ],
    # The phrases below exhort only inside an instruction to people (`in_instruction`).
    "check again": [
        [_w("triple", "second"), {"TEXT": "-", "OP": "?"}, _w("check", "guess")],
        [_w("proof"), {"TEXT": "-", "OP": "?"}, _w("read")],
        [_w("proofread", "memorise", "memorize")],
        [_w("check", "verify", "look", "read"), _w("twice")],
    ],
    "more care": [
        [_w("more", "greater", "extra"), _w(*ATTENTION_NOUNS)],
        [_w("less"), _w("haste")],
    ],
    "mindset": [[_w(*(set(MINDSET) - {"sense"}))], [_w("common", "good"), _w("sense")]],
    "manner": [
        [_w("closely", "seriously", "actually")],
        [_w("more", "less"), _w("strictly", "loosely", "casually")],
        [_w("like"), _w("a"), _w("hawk")],
    ],
    "idiom": [
        [_w("every"), _w("single"), _w("time")],
        [_w("head"), _w("in"), _w("the"), _w("game")],
        [_w("eye", "eyes"), _w("on"), _w("the"), _w("ball")],
        [_w("eyes"), _w("open", "peeled")],
        [_w("to"), _w("the"), _w("letter")],
        [_w("on"), _w("your", "our", "their"), _w("toes")],
    ],
    "speed": [[_w(*SPEED_WORDS)]],
    "take a breath": [
        [
            _w("take"),
            _w("a", "an"),
            {"LOWER": {"IN": ["deep", "extra", "quick", "short"]}, "OP": "?"},
            _w("breath", "moment", "beat", "pause", "second"),
        ],
        [_w("take"), _w("a"), _w("step"), _w("back")],
    ],
    "higher standard": [[_w("higher"), _w("standard", "standards", "bar")]],
    "attention": [[_w("attention")]],
    "no more": [[_w("no"), _w("more")]],
    # "Don't merge on red, ever": a prohibition people must keep, pressed home
    "ever": [[{"IS_PUNCT": True}, _w("ever")]],
    "get careless": [[_w("get", "become", "grow"), _w(*INATTENTIVE)]],
    "you": [[_w(*HEDGES), _w("you")], [_w("you"), _w(*HEDGES)]],
}

INSTRUCTION_CUES = frozenset(
    "check again|more care|mindset|manner|idiom|speed|take a breath|higher standard|"
    "attention|no more|get careless|you|ever".split("|")
)


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
def matcher(vocab: Any) -> Any:
    """The same phrases as the trigger gate, by norm ("don't" is "do not"), per pattern."""
    from spacy.matcher import PhraseMatcher

    from rules.common import tokenizer

    m = PhraseMatcher(vocab, attr="NORM")
    for key, pats in PATTERNS.items():
        m.add(key, [tokenizer().make_doc(ph) for p in pats for ph in _phrases(p)])
    return m
