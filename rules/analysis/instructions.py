"""Instructions to people: an imperative ("Read the whole runbook"), an obligation on
people ("Reviewers must actually read the diff"), a request made to them ("asking them
to watch"), a verbless slogan ("Less haste, more care"); and the ways an item only
reports one ("We used to ask people to be careful") or lifts the burden ("Remove the
need to double-check")."""

from __future__ import annotations

from typing import Any

from rules.analysis.people import is_person
from rules.lexicon import RELIEF_NOUNS, RELIEF_VERBS, WE

_PEOPLE = WE | {"you", "everyone", "everybody", "nobody"}


def names_people(tok: Any) -> bool:
    """People: "we", "you", "everyone", a person or a role (plural too)."""
    return tok.lower_ in _PEOPLE or is_person(tok, plural_roles=True)


_REPORTING = frozenset({"ask", "tell", "advise", "instruct", "urge", "remind", "say"})


def reported(span: Any) -> bool:
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


_OBLIGE = frozenset({"must", "should", "ought", "need", "needs", "shall", "gotta"})
_ASK = frozenset({"ask", "tell", "remind", "urge", "instruct", "encourage", "expect", "want"})
_OBJECTS = frozenset({"them", "us", "him", "her", "me"})
#: Words an imperative may come after: "Always double-check", "Please be careful".
_LEADS = frozenset({"always", "please", "never", "just", "also", "and", "then", "so", "ever"})


def _label(tok: Any) -> bool:
    """ "Action:", "Focus, people:": a label or a vocative, not the subject of the verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == ":"


def unlabelled_subjects(verb: Any) -> list[Any]:
    """The verb's subjects, but for labels and vocatives ("Focus, people:")."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _label(c)]


def _people_subject(tok: Any) -> bool:
    """ "Reviewers", "everyone", "them", and "each of us", "all of the SREs"."""
    if names_people(tok) or tok.lower_ in _OBJECTS:
        return True
    return any(names_people(g) for c in tok.children if c.dep_ == "prep" for g in c.children)


def verb_of(tok: Any) -> Any:
    """The nearest verb at or above a word in the parse (or the root of its sentence)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _opens(tok: Any) -> bool:
    """`tok` opens its sentence, or its clause after a label ("**Action:** be ..."), but
    for words like "Always" and "Please": there the small model often tags an imperative
    as a noun ("Memorise which tab is prod")."""
    for t in reversed(tok.doc[: tok.i]):
        if t.text in (":", "—"):
            return True
        if not (t.is_punct or t.lower_ in _LEADS):
            return False
    return True


def in_instruction(tok: Any) -> bool:
    """`tok` sits in an instruction to people: an imperative ("Read the whole runbook"),
    an obligation on people ("Reviewers must actually read", "Each of us has to take"),
    a request made to people ("asking them to watch"), or a verbless slogan."""
    if _opens(tok):
        return True
    verb = verb_of(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # "Less haste, more care."
    for _ in range(4):
        subjects = unlabelled_subjects(verb)
        if subjects:
            if not any(_people_subject(s) for s in subjects):
                return False
            aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if aux & {"have", "'ve"}:
                return False  # "should have read the diff" is hindsight (PM103)
            obliged = bool(aux & _OBLIGE)
            nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
            to = nxt.lower_ == "to" or any(c.dep_ == "xcomp" for c in verb.children)
            return obliged or (to and verb.lemma_ in ("need", "have", "ought", "expect"))
        if verb.dep_ == "xcomp":
            head = verb.head
            asked = [c for c in head.children if c.dep_ == "dobj"]
            if head.lemma_ in _ASK and any(_people_subject(c) for c in asked):
                return True  # "Send the DBAs a note asking them to watch ..."
            verb = head
            continue
        if verb.dep_ == "conj":
            verb = verb.head
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        main = verb.dep_ in ("ROOT", "parataxis")  # not "Make the runbook respect ..."
        return verb.tag_ in ("VB", "VBP") and not infinitive and main
    return False


def relieved(tok: Any) -> bool:
    """ "Remove the need to double-check the context", "relying on people to ...": the item
    takes the burden away or talks about depending on care."""
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in RELIEF_NOUNS and node.head.lemma_.lower() in RELIEF_VERBS:
            return True
        if node.lemma_.lower() in ("rely", "depend", "count"):
            return True  # "Relying on people to double-check regions is not a control"
    return False
