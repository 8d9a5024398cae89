"""Verbs the small model misreads: hyphenated slips the tokenizer splits ("fat-fingered"
is "fat", "-", "fingered"), hyphenated verbs ("bulk-deleted"), and lapse verbs it
tags as nouns ("Ravi forgets to bump ...")."""

from __future__ import annotations

from typing import Any

from rules.lexicon import HYPHEN_SLIPS, LAPSE_VERBS

HYPHEN_FORMS = frozenset(f"{p}-{v}" for p, vs in HYPHEN_SLIPS.items() for v in vs)
#: Lapse forms that are never nouns: a verb even when the small model tags it as one
#: ("Ravi forgets to bump ...").
ONLY_VERBS = frozenset(
    w
    for w in LAPSE_VERBS
    if w.startswith(("forg", "overl", "mis", "ign")) and not w.startswith("miss")
)


def compound_start(tok: Any) -> int | None:
    """Where a hyphenated verb starts: "bulk-deleted" is "bulk", "-", "deleted"."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or not doc[i - 2].is_lower or not doc[i - 2].is_alpha:
        return None
    if hyphen_prefix(tok) is not None or tok.tag_ in ("VBD", "VBN", "VBZ"):
        return i - 2
    return None


def hyphen_prefix(tok: Any) -> int | None:
    """Where a hyphenated slip starts: "fat-fingered" is "fat", "-", "fingered"."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-":
        return None
    forms_ = HYPHEN_SLIPS.get(doc[i - 2].lower_)
    return i - 2 if forms_ and tok.lower_ in forms_ else None


def verb_like(tok: Any) -> bool:
    """A verb, or a lapse verb or hyphenated slip the tagger took for something else."""
    return tok.pos_ in ("VERB", "AUX") or tok.lower_ in ONLY_VERBS or hyphen_prefix(tok) is not None
