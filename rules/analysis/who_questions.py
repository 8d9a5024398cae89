"""Questions and hunts with "who" or "which": "Who approved this?", "We must identify
who pushed it", "which admin disabled MFA?", "which one of you did this",
"Whoever merged this, please own up"."""

from __future__ import annotations

from typing import Any

from rules.analysis.clauses import is_negated
from rules.analysis.hunting import (
    HUNT_FORMS,
    about_event,
    hunted,
    is_search_word,
    search_of,
    searcher,
)
from rules.analysis.people import is_role
from rules.base import Near
from rules.lexicon import ROLE_NOUNS

WHO = frozenset({"who", "whom", "whoever", "whose"})
#: "which engineer", "which team member": the role nouns (and plurals) a "which" can ask for.
ROLES = ROLE_NOUNS | {f"{r}s" for r in ROLE_NOUNS} | {"individual", "one", "call"}
_YOU = frozenset({"you", "us"})  # "which of you pushed ..."
_VENUES = frozenset("channel slack chat thread room bridge call standup meeting huddle".split())
ASKED = Near(WHO | {"which"}, frozenset({"?"}), after=200)  # "Who approved this?"
HUNTED = Near(WHO, HUNT_FORMS, before=8)  # "we must identify who approved it"
WHICH = Near(frozenset({"which"}), frozenset(ROLES) | _YOU, after=4)  # "which engineer ran it"
#: "Whoever merged this, please own up", "... needs to come forward".
OWN_UP = Near(frozenset({"whoever"}), frozenset({"own", "forward", "confess"}), after=12)
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
#: "Has anyone owned up to deleting the tag yet?", "Did anybody come forward?"
ANYONE_OWNED = Near(
    _ANYONE, frozenset({"own", "owned", "forward", "confess", "confessed"}), after=4
)
#: What "whose" asks about in a roster or ownership look-up, not a hunt (decision 12).
_ROSTER = frozenset({"turn", "shift", "rota", "rotation", "week", "job", "responsibility"})
#: What stands for its person: "which admin account removed MFA", "which SRE's laptop".
_PERSONAL = frozenset({"account", "accounts", "login", "laptop", "workstation", "terminal"})


def _clause_verb(tok: Any) -> Any:
    if tok.lower_ == "whose":
        return tok.head.head
    return tok.head


def is_question(sent: Any, tok: Any) -> bool:
    """The sentence is a question and `tok` is a "who"/"which" of it (the ASKED trigger)."""
    return sent.text.rstrip().endswith("?") and ASKED.found(sent, tok.i)


def _owns_up(verb: Any) -> bool:
    """ "Whoever merged this, please own up", "... needs to come forward"."""
    main = verb.head
    for v in [main, *(c for c in main.children if c.dep_ in ("xcomp", "conj", "ccomp"))]:
        words = {c.lower_ for c in v.children if c.dep_ in ("prt", "advmod")}
        if is_negated(v):
            continue
        if (v.lemma_ == "own" and "up" in words) or v.lemma_ == "confess":
            return True
        if v.lemma_ in ("come", "step") and "forward" in words:
            return True
    return False


def asks_anyone(sent: Any, tok: Any) -> bool:
    """ "Has anyone owned up to deleting the tag yet?": asking the culprit to confess."""
    if tok.dep_ != "nsubj" or not sent.text.rstrip().endswith("?"):
        return False
    verb = tok.head
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if is_negated(verb) or any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
        return False  # "Did anyone step forward to help?" asks for a volunteer
    return (
        (verb.lemma_ == "own" and "up" in words)
        or verb.lemma_ == "confess"
        or (verb.lemma_ in ("come", "step") and "forward" in words)
    )


def _venue(noun: Any) -> bool:
    """Where a question is asked: "in #eng", "on the bridge", "in the incident channel"."""
    if noun.i > 0 and noun.doc[noun.i - 1].text == "#":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on") and noun.lemma_ in _VENUES


def asks_who(sent: Any, tok: Any) -> bool:
    """ "who", "whom", "whose", "whoever" asking, or setting out to find, who did it."""
    low = tok.lower_
    verb = _clause_verb(tok)
    asked = is_question(sent, tok)
    negated = is_negated(verb) and not (asked and tok.dep_ == "nsubj")  # "Who didn't ...?"
    if negated or any(t.lower_ in ("neither", "nor") for t in sent[: tok.i]):
        return False
    # A hunt needs a searching word close before the "who", as the trigger does.
    near_hunt = HUNTED.found(sent, tok.i)
    if low == "whose":
        if tok.head.lemma_.lower() in _ROSTER:
            return False  # "Whose turn is it to take the pager?": a roster look-up
        if verb.dep_ == "relcl":
            # "Open question: whose laptop pushed it?", "identify the engineer whose change
            # set off the page"; not "the engineer whose change fixed it".
            ante = verb.head
            if verb.tag_ not in ("VBD", "VBN") or ante.lemma_ in ("owner", "maintainer"):
                return False  # "identify the owner whose team runs it": a look-up
            return (asked or near_hunt) and (
                searcher(ante) is not None or (is_role(ante) and hunted(ante, tok))
            )
        return asked or (near_hunt and hunted(verb, tok))
    if not (is_search_word(verb) and tok.dep_ != "nsubj") and not about_event(verb):
        return False  # ("we must find out who": the search itself may have a modal)
    if low == "whoever" and OWN_UP.found(sent, tok.i) and _owns_up(verb):
        return True
    if verb.dep_ == "relcl" and low != "whoever":
        antecedent = verb.head
        if _venue(antecedent):
            # "asking in #eng who ran it": the parser takes the channel for the antecedent.
            return asked or (near_hunt and hunted(verb, tok))
        # The small parser hangs "Determine who ..." as a relative clause of the verb.
        return (
            asked
            or (near_hunt and antecedent.lower_ in HUNT_FORMS and search_of(antecedent))
            or (near_hunt and is_role(antecedent) and hunted(antecedent, tok))
        )
    return asked or (near_hunt and hunted(verb, tok))


def _of_people(tok: Any) -> bool:
    """ "which of you", "which of the engineers"."""
    return any(
        c.lower_ == "of" and any(p.lower_ in _YOU or is_role(p) for p in c.children)
        for c in tok.children
    )


def asks_which(sent: Any, tok: Any) -> bool:
    """ "which engineer ran it", "determine which employee ...", "which of you pushed"."""
    nxt = sent[tok.i + 1] if tok.i + 1 < len(sent) else None
    if tok.dep_ in ("det", "nmod") and tok.head.lower_ in ROLES and is_role(tok.head):
        verb = tok.head.head
    elif (
        nxt is not None
        and nxt.lower_ in ROLES
        and tok.i + 2 < len(sent)
        and sent[tok.i + 2].lower_ in _PERSONAL
        and sent[tok.i + 2].dep_ in ("nsubj", "nsubjpass")
    ):
        verb = sent[tok.i + 2].head  # "which admin account removed the MFA requirement"
    elif nxt is not None and nxt.lower_ in ROLES and nxt.dep_ == "nsubj" and is_role(nxt):
        verb = nxt.head  # "determine which employee exported": "which" read as an object
    elif tok.dep_ == "nsubj" and any(
        is_role(t) for t in sent[tok.i + 1 : min(tok.i + 4, tok.head.i)]
    ):
        verb = tok.head  # "which on-call silenced ...": the role hung on a preposition
    elif _of_people(tok):
        verb = tok.head
        if verb.i < tok.i and is_search_word(verb):
            # "pin down which of the two DBAs kicked off the vacuum": the deed hangs from
            # the search verb.
            deeds = [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > tok.i]
            verb = deeds[0] if deeds else verb
    elif tok.dep_ == "det" and tok.head.lower_ == "one" and _of_people(tok.head):
        verb = tok.head.head  # "which one of you did this"
    else:
        return False
    return about_event(verb) and (is_question(sent, tok) or hunted(verb, tok))
