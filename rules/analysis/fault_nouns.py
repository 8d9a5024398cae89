"""A person's fault noun: "Kai's mistake", "an error by the DBA", "a blunder on Søren's
part", "Noor's slip-up". "error" and "failure" alone are everywhere in post-mortems
("error rate"), so they count only next to a person."""

from __future__ import annotations

from typing import Any

from rules.base import Near
from rules.lexicon import FAULT_COMPOUNDS, FAULT_NOUNS, POSSESSIVES, forms

#: Common nouns that blame only next to a person ("Kai's error", "a failure by the DBA",
#: "a typo by Drew"); a typo in a file with no person is an artifact's (decision 33).
ERRORS = forms("error errors failure failures typo typos")
#: "error" alone is everywhere in post-mortems ("error rate"): it blames next to a person.
ERROR_OF_PERSON = (
    Near(ERRORS, POSSESSIVES, before=3),  # "Kai's error", "his careless error"
    Near(ERRORS, frozenset({"by", "on", "of"}), after=1),  # "an error by the DBA"
)


def error_next_to_person(tok: Any) -> bool:
    """ "error" with a possessive close before it, or "by"/"on"/"of" right after."""
    return any(n.found(tok.doc, tok.i) for n in ERROR_OF_PERSON)


def part_of(noun: Any) -> Any:
    """ "on Søren's part", "on the part of the deploy engineer", "on Dejan's end"."""
    if noun.lower_ not in ("part", "end", "side"):
        return noun
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), noun)
    return noun


def fault_noun(tok: Any) -> bool:
    """A fault noun: "mistake", "blunder", "oversight", or the "up" of "slip-up"."""
    doc, i = tok.doc, tok.i
    if tok.lower_ in ("up", "ups") and i >= 2 and doc[i - 1].text == "-":
        return doc[i - 2].lower_ in FAULT_COMPOUNDS
    return tok.lower_ in FAULT_NOUNS and not (i + 1 < len(doc) and doc[i + 1].text == "-")
