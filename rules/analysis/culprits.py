"""Who did a failing action: the agent of a passive ("dropped by the DBA"), the subject
(through clefts: "It was the DBA who truncated ..."), or the person right before a verb
the parser lost; and whether that is one identifiable person, not anyone ("An engineer
who forgets the flag now gets a prompt") and not a who-hunt (PM102's business)."""

from __future__ import annotations

from typing import Any

from rules.analysis.benign import HYPOTHETICAL
from rules.analysis.clauses import agent, subjects
from rules.analysis.failure import QUALIFIERS
from rules.analysis.people import hyphen_name, is_person, is_word
from rules.analysis.verb_forms import compound_start
from rules.lexicon import PERSON_PRONOUNS, PRODUCT_NAMES

_GENERIC = frozenset({"a", "an", "any", "every", "each"})


def identified_person(tok: Any) -> bool:
    """One identifiable person. "whoever" and "neither reviewer" name nobody, and a
    who-hunt is PM102's business."""
    if tok.lower_ in ("whoever", "neither", "nobody") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children
    ):
        return False
    if is_person(tok) or hyphen_name(tok):
        return True
    # "Emily's slip-up": the small model tags some possessive names as adverbs.
    text = tok.text
    return (
        tok.dep_ == "poss" and text[:1].isupper() and text[1:].islower()
        and tok.lower_ not in PRODUCT_NAMES and not is_word(tok)
    )  # fmt: skip


def _subject_before(sent: Any, start: int) -> Any | None:
    """The person right before a verb the parser lost ("@n.haddad forgot ...",
    "Oluwaseun fat-fingered ..."): a handle, a name, a pronoun or a role."""
    i = start - 1
    while i >= 0 and sent[i].pos_ == "ADV" and sent[i].lower_ not in HYPOTHETICAL:
        i -= 1
    if i < 0:
        return None
    tok = sent[i]
    if tok.dep_ in ("dobj", "pobj", "poss", "attr", "appos") and not tok.text.startswith("@"):
        return None
    if tok.text.startswith("@") or tok.lower_ in PERSON_PRONOUNS or identified_person(tok):
        return tok
    return None


def _cleft(p: Any) -> Any:
    """ "He was the one who broke staging", "It was the DBA who truncated ...": the
    person the cleft sentence puts in focus."""
    if p.lower_ not in ("who", "that"):
        return p
    clause = p.head
    if clause.dep_ == "relcl":
        one = clause.head
        if one.lower_ in ("one", "person", "guy") and one.dep_ == "attr":
            subj = [c for c in one.head.children if c.dep_ == "nsubj"]
            return subj[0] if subj else p
    elif clause.dep_ == "ccomp" and clause.head.lemma_ == "be":
        focus = [c for c in clause.head.children if c.dep_ == "attr" and c.i < p.i]
        return focus[0] if focus else p
    return p


def generic(p: Any, verb: Any) -> bool:
    """ "An engineer who forgets the flag now gets a prompt": anyone, not someone."""
    noun = p.head.head if p.lower_ in ("who", "that") and p.head.dep_ == "relcl" else p
    indefinite = any(c.dep_ == "det" and c.lower_ in _GENERIC for c in noun.children)
    return indefinite and verb.tag_ in ("VBZ", "VBP", "VB")


def culprits(tok: Any) -> list[Any]:
    """Who did the failing action `tok`: the agent of a passive, else its subjects, else
    the person right before it when the parser lost the subject."""
    who = agent(tok) if tok.tag_ == "VBN" else None
    if who is not None and who.lower_ in QUALIFIERS["by"]:
        who = None  # "purged by mistake": not an agent
    if who is not None:
        return [who]
    people = [_cleft(s) for s in subjects(tok) if s.dep_ != "nsubjpass"]
    if tok.dep_ == "acl" and not people and identified_person(tok.head):
        people = [tok.head]  # "the logs that Arnav purged by mistake"
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if not passive and not any(identified_person(p) for p in people):
        start = compound_start(tok)
        # "the records that @t.osei overwrote": the handle, mistagged, leaves only "that"
        relative = all(p.lower_ in ("that", "which") for p in people)
        if start is not None or tok.pos_ not in ("VERB", "AUX") or not people or relative:
            before = _subject_before(tok.doc, tok.i if start is None else start)
            if before is not None:
                people = [before]
    return people
