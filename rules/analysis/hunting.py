"""The search for a culprit: words of searching ("identify who", "find out which",
"it is unclear who", "we have no idea who"), and clauses about a deed rather than a
roster, an owner or a helper ("who approved", "who is to blame"; not "who is on call",
"who owns the billing API", "who knows the tooling", "who to page")."""

from __future__ import annotations

from typing import Any

from rules.analysis.clauses import is_negated
from rules.lexicon import forms

#: Present-tense questions about a roster, ownership or skills, not about an event.
_ROSTER = frozenset(
    "own maintain approve get receive handle cover have know hold carry need want".split()
)
#: Who owns or maintains something is an ownership look-up in any tense: "identified who
#: owned the service" (decision 12).
_OWNERSHIP = frozenset("own maintain".split())
#: What happens to people, or their answer to a page, in any tense: "who received the
#: pages", "which engineer acknowledged first" find no culprit.
_UNDERGONE = frozenset(
    "receive get hear notice see attend join report acknowledge ack answer respond".split()
)
#: What asking who "has" or "knows" something looks up: a helper, not a culprit.
STATES = frozenset("have know own hold carry need want be".split())
#: "who was ..." that asks for a culprit: "to blame", "behind the wheel", "at the keyboard".
_CULPABLE = frozenset(
    "blame responsible fault behind accountable last keyboard wheel helm controls desk "
    "console terminal".split()
)
#: Verbs of searching: "find out who", "determine which engineer", "track down whoever".
HUNT_FORMS = forms(
    "find finds found finding determine determines determined determining identify "
    "identifies identified identifying establish establishes established establishing know "
    "knows knew known knowing see sees saw seen seeing figure figures figured figuring learn "
    "learns learned learnt learning track tracks tracked tracking ascertain ascertained "
    "discover discovered uncover uncovered name named pin work question unclear unknown "
    "ask asks asked asking idea clue clear identity say tell hunt search"
)
_PARTICLES = frozenset({"out", "down", "up"})
_OF_FOR = frozenset({"of", "for"})


def about_event(verb: Any) -> bool:
    """The clause asks about something done, not about a roster or a rule.

    "who can approve", "who is on call", "who owns the billing API", "who received the
    pages" and "who to pull in" look people up; "who approved", "who let this through",
    "who is to blame", "who was it?" look for a culprit.
    """
    kids = list(verb.children)
    if verb.tag_ == "MD" or any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in kids):
        return verb.lemma_ == "blame"  # "someone who could", "who to page"; "who to blame"
    if verb.lemma_ == "be":
        rest = {t.lower_ for t in verb.subtree}
        if rest & {"call", "on-call", "oncall"}:
            return False
        if verb.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids):
            return True  # "Who was it?" after a deed, and the cleft "Who was it that ...?"
        # "who is to blame", "who was the last person to touch nginx.conf", "who was at
        # the keyboard"
        return bool(rest & _CULPABLE)
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids):
        # "Who was affected?" asks about victims, not culprits; "who was logged in to the
        # bastion" asks who was at the controls.
        return verb.lemma_ in ("log", "sign") and any(c.lower_ in ("in", "on") for c in kids)
    if verb.lemma_ in _OWNERSHIP and not any(c.lower_ == "up" for c in kids):
        return False  # "who owned the service"; "who owned up to it" confesses a deed
    if verb.lemma_ == "find" and any(
        c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ" for c in kids
    ):
        return False  # feedback: "who found the new runbook easier to follow?"
    if verb.lemma_ in _UNDERGONE:  # ... unless a deed follows: "acknowledged and silenced"
        return any(c.dep_ == "conj" and c.lemma_ not in _UNDERGONE for c in verb.children)
    return not (verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _ROSTER)


def is_search_word(node: Any) -> bool:
    """A word of searching: a verb ("identify"), "the name of", "it is unclear"."""
    if node.lemma_ in ("say", "tell") and node.pos_ == "VERB":
        # "We still can't say for sure which on-call ...": as "we don't know which"
        can = any(c.dep_ == "aux" and c.lemma_ in ("can", "could") for c in node.children)
        return can and any(c.dep_ == "neg" for c in node.children)
    if node.lower_ in HUNT_FORMS and node.pos_ == "VERB":
        if node.lemma_ == "know" and (any(c.dep_ == "neg" for c in node.children) or _denied(node)):
            return True  # "we still don't know who", "nobody knows who": an open question
        return not is_negated(node) and not _denied(node)
    if node.lower_ in ("name", "question", "culprit", "hunt", "search") and node.pos_ == "NOUN":
        return True
    if node.lower_ in ("unclear", "unknown") and node.dep_ not in ("acomp", "attr", "amod"):
        return True  # a terse note: "Unclear who ran `DROP SCHEMA`, asking around"
    if node.lower_ in ("idea", "clue") and node.pos_ == "NOUN":
        return any(c.lower_ == "no" for c in node.children)  # "we have no idea who"
    if node.lower_ == "identity" and node.pos_ == "NOUN":
        return _open_identity(node)
    if node.lemma_ in ("be", "remain", "seem", "stay") and is_negated(node):
        # "It is still not entirely clear who decided ...": as "unclear who"
        return any(c.lower_ == "clear" and c.dep_ == "acomp" for c in node.children)
    return node.lemma_ in ("be", "remain", "seem", "stay") and any(
        c.lower_ in ("question", "unclear", "unknown")
        for c in node.children
        if c.dep_ in ("acomp", "attr", "nsubj")
    )


def _open_identity(noun: Any) -> bool:
    """ "establish the identity of whoever ...", "the identity of the engineer who ... is
    not yet known": sought or unknown, not recorded ("the audit log records the identity
    of the engineer who ran it")."""
    head = noun.head
    if head.lemma_ in ("know", "be", "remain"):
        return is_negated(head) or any(c.lower_ in ("unknown", "unclear") for c in head.children)
    return head.lower_ in HUNT_FORMS and head.pos_ == "VERB" and not is_negated(head)


def _denied(verb: Any) -> bool:
    """ "Neither the timeline nor the action items name who ran it": a negative subject."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            words = {t.lower_ for t in c.subtree}
            if words & {"neither", "nothing", "none", "nobody"} or "no" in words:
                return True
    return False


def _nothing(verb: Any) -> bool:
    """The verb's object denies it any worth: "tells you nothing", "achieves little"."""
    return any(c.dep_ == "dobj" and c.lower_ in ("nothing", "little") for c in verb.children)


def search_of(node: Any) -> Any | None:
    """`node` if it searches, unless the search is the subject of a denial."""
    if not is_search_word(node):
        return None
    head = node.head
    # A gerund before its verb with no comma between is its subject, whatever the parse.
    subject = node.dep_ in ("csubj", "nsubj") or (
        node.tag_ == "VBG" and node.i < head.i and "," not in head.doc[node.i : head.i].text
    )
    if subject and (is_negated(head) or _nothing(head)):
        # "Finding out who pressed it would not have changed anything", "Asking who
        # pushed the button tells you nothing"
        return None
    return node


def searcher(verb: Any) -> Any | None:
    """What sets out to find the clause: "identify who ...", "it is unclear who"."""
    node = verb
    for _ in range(5):
        if search_of(node) is not None:
            return search_of(node)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def hunted(verb: Any, wh: Any) -> bool:
    """The clause is a hunt; asking who "had" or "knew" something looks for help."""
    # "who knows the tooling": the "who" is the one who knows, not what is searched for.
    if wh.dep_ == "nsubj" and wh.head.i == verb.i:
        found = searcher(verb.head) if verb.head.i != verb.i else None
    else:
        found = searcher(verb)
    if found is None:
        # The small parser often loses the link: "to pin down which admin disabled MFA".
        # "Get a name for whoever approved it", "the name of whoever ran it": a search
        # noun before a preposition.
        i = wh.i - 1
        while i > 0 and (wh.doc[i].lower_ in _PARTICLES or wh.doc[i].lower_ in _OF_FOR):
            i -= 1
        prev = wh.doc[i] if i >= 0 and i < wh.i else None
        if prev is not None and prev.lower_ in HUNT_FORMS:
            found = search_of(prev)
    if found is None:
        return False
    return found.lemma_ != "ask" or (verb.lemma_ not in STATES and verb.tag_ in ("VBD", "VBN"))
