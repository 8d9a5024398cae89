"""Where a sentence asks, or sets out to find, who did something: "who" and "which"
questions (`rules.analysis.who_questions`), "the person responsible", "the engineer
behind it", asking each engineer in turn whether they did it, "Did Kai restart it, or
did Jun?", and tracing a change back to a person."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rules.analysis.clauses import is_negated, subjects
from rules.analysis.hunting import HUNT_FORMS, STATES, about_event, search_of, searcher
from rules.analysis.people import is_person, is_role
from rules.analysis.who_questions import (
    ANYONE_OWNED,
    ROLES,
    WHICH,
    WHO,
    asks_anyone,
    asks_which,
    asks_who,
    is_question,
)
from rules.base import Near, lower_words
from rules.common import in_quotes, words_of
from rules.lexicon import forms

_ASK_FORMS = forms("ask asks asked asking question questioned questioning poll polled quiz quizzed")
#: Questioning people: what makes "find the culprit" a hunt for a person.
_INTERVIEW = frozenset("interview question ask poll quiz grill".split())
_WORDS = WHO | {"which", "responsible", "culprit", "culprits", "behind", "or", "whether", "if"}
_WORDS |= {"anyone", "anybody", "someone", "somebody", "whodunnit", "whodunit", "name"}
#: "Find the person responsible for letting the cert lapse."
RESPONSIBLE = Near(frozenset({"responsible", "culprit", "culprits"}), HUNT_FORMS, before=4)
BEHIND = Near(frozenset({"behind"}), HUNT_FORMS, before=6)  # "the name of the engineer behind"
#: "asked each engineer whether they had touched the load balancer"
ROLL_CALL = Near(frozenset({"whether", "if"}), _ASK_FORMS, before=8)
EITHER = Near(frozenset({"or"}), frozenset({"?"}), after=30)  # "Did Kai restart it, or did Jun?"
#: "trace the change back to a person", "attribute the commit to an individual", "narrow
#: it down to one person".
_TRACE = forms(
    "trace traces traced tracing attribute attributes attributed attributing narrow narrows "
    "narrowed narrowing"
)
_SOMEONE = frozenset({"someone", "somebody", "whoever", "human", "individual", "person"})
_WHODUNNIT = frozenset({"whodunnit", "whodunit"})
WHODUNNIT = Near(_WHODUNNIT)  # "Whodunnit, then?"
#: "Somebody paused the mirror, and leadership would like a name by Monday."
NAME_WANTED = Near(
    frozenset({"name"}),
    forms("like want wants wanted need needs demand demands demanded"),
    before=3,
    test=lambda name, _: any(t.lower_ in ("someone", "somebody") for t in name.doc),
)
#: "trace the change to a person", "narrowed it down to three people"
TRACE = Near(_TRACE, frozenset(ROLES) | _SOMEONE | {"people"}, after=12)

#: The words `find_who` starts from: what a question or search for a person hangs on.
_ANCHORS = WHO.union(
    {"which"},
    *(n.anchor for n in (RESPONSIBLE, BEHIND, ROLL_CALL, EITHER, TRACE, ANYONE_OWNED)),
    *(n.anchor for n in (WHODUNNIT, NAME_WANTED)),
)


def _culprit(tok: Any) -> bool:
    """ "Find the person responsible for ...", "the name of the engineer behind ..."."""
    if tok.lower_ in ("culprit", "culprits") and tok.dep_ == "dobj":
        # "interviewing everyone with prod access to find the culprit"; bisecting commits
        # "to find the culprit" looks for a change, so people must be questioned.
        asked = any(t.lemma_ in _INTERVIEW for t in tok.doc)
        return asked and search_of(tok.head) is not None
    people = [c for c in tok.children if c.dep_ == "nsubj"] + [tok.head]
    if tok.lower_ == "behind" and tok.i > 0:
        people.append(tok.doc[tok.i - 1])  # the parser often hangs "behind" on "name"
    # "the owner behind each alert" looks up an owner (decision 12)
    people = [p for p in people if is_role(p) and p.lemma_ not in ("owner", "maintainer")]
    return bool(people) and searcher(tok) is not None


def _roll_call(tok: Any) -> bool:
    """ "asked each engineer in turn whether they had touched the load balancer"."""
    verb = asker = tok.head
    for _ in range(4):  # "asked ... whether", "questioned ... about whether"
        asker = asker.head
        if asker.lemma_ in ("ask", "question") or asker.head.i == asker.i:
            break
    if tok.dep_ != "mark" or asker.lemma_ not in ("ask", "question"):
        return False
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_ in STATES or is_negated(verb):
        return False
    if not about_event(verb) or not any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return False  # "whether they had touched the load balancer", not "had eaten"
    if not any(s.lower_ in ("they", "he", "she", "you") for s in subjects(verb)):
        return False
    for c in asker.children:
        group = c.lower_ in ("everyone", "everybody", "each") or any(
            d.lower_ in ("each", "every", "all") for d in c.children
        )
        if c.dep_ == "dobj" and (group or (c.tag_ == "NNS" and is_role(c))):
            return True
    return False


def _either(sent: Any, tok: Any) -> bool:
    """ "Did the DBA promote the replica, or did the on-call?": a choice of culprits."""
    if tok.dep_ != "cc" or not sent.text.rstrip().endswith("?"):
        return False
    first = tok.head
    if first.dep_ == "agent":
        # "Was the freeze lifted by the IC or by the release manager?"
        verb = first.head
        firsts = [c for c in first.children if c.dep_ == "pobj"]
        seconds = [p for b in first.children if b.dep_ == "conj" for p in b.children]
    elif is_person(first) and first.dep_ in ("nsubj", "attr"):
        verb, seconds = first.head, [c for c in first.children if c.dep_ == "conj"]
        firsts = [first]
    elif first.pos_ in ("VERB", "AUX"):
        verb, firsts = first, [c for c in first.children if c.dep_ == "nsubj"]
        seconds = []
        for v in (c for c in first.children if c.dep_ == "conj" and c.i > tok.i):
            own = [c for c in v.children if c.dep_ == "nsubj"]
            seconds += own or [c for c in v.children if c.dep_ in ("dobj", "attr")]
    else:
        return False
    if not about_event(verb) or is_negated(verb):
        return False
    firsts = {p.lower_ for p in firsts if is_person(p)}
    return any(is_person(p) and p.lower_ not in firsts for p in seconds) and bool(firsts)


def _traced(tok: Any) -> bool:
    """ "Trace the rogue `kubectl scale` back to a person" (not to a host or a botnet)."""
    if tok.pos_ != "VERB" or is_negated(tok):
        return False
    # "to" may hang from the particle or the object: "trace the leaked token to the person"
    heads = [tok, *(c for c in tok.children if c.dep_ in ("advmod", "dobj"))]
    for p in (t for h in heads for c in h.children if c.lower_ == "to" for t in c.children):
        some = p.lower_ in _SOMEONE or any(d.lower_ in ("a", "an", "any") for d in p.children)
        # "narrowed the bad push down to three people": a count of people
        counted = (
            p.lemma_ in ("person", "people")
            and any(d.dep_ == "nummod" for d in p.children)
            and all(about_event(d) for d in p.children if d.dep_ == "relcl")
        )  # not "two people who can sign off"
        if p.dep_ == "pobj" and (counted or (some and (p.lower_ in _SOMEONE or is_role(p)))):
            return True
    return False


def _name_wanted(sent: Any, tok: Any) -> bool:
    """ "Somebody paused the mirror, and leadership would like a name": a name wanted for an
    unknown doer, not a name for a thing ("we need a name for the new cluster")."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_ not in ("like", "want", "need", "demand"):
        return False
    if is_negated(verb) or not any(c.lower_ in ("a", "the") for c in tok.children):
        return False
    if any(c.dep_ in ("prep", "compound", "amod", "relcl", "acl") for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False  # "we need a name for it": the parser hangs "for" on the verb
    return any(
        t.lower_ in ("someone", "somebody") and t.dep_ == "nsubj" and t.head.tag_ == "VBD"
        for t in sent
    )


def hunt_span(sent: Any, tok: Any) -> Any:
    """What a finding marks: "who approved", "Priya or Tomasz", "Trace ... to a person"."""
    if tok.lower_ == "or":
        head = tok.head
        if head.pos_ in ("VERB", "AUX"):
            return sent[head.left_edge.i : head.right_edge.i + 1]
        end = max(c.right_edge.i for c in head.children if c.dep_ == "conj")
        return sent[head.left_edge.i : end + 1]  # "Jun or Dana", not "... who restarted"
    if tok.lower_ in _TRACE:
        ends = [t.i for t in sent[tok.i :] if t.lower_ in _SOMEONE or t.lower_ in ROLES]
        return sent[tok.i : ends[0] + 1] if ends else tok
    if tok.lower_ in ("behind", "responsible") and tok.i > 0 and is_role(sent[tok.i - 1]):
        return sent[tok.i - 1 : tok.i + 1]
    return sent[tok.i : tok.head.i + 1] if tok.head.i > tok.i else tok


def find_who(sent: Any) -> Iterator[Any]:
    """Tokens where the sentence asks, or sets out to find, who did something."""
    words = words_of(sent)
    if _WORDS.isdisjoint(words) and _TRACE.isdisjoint(words):
        return
    for i, low in enumerate(lower_words(sent)):
        if low not in _ANCHORS:
            continue  # every test below starts from one of these words
        tok = sent[i]
        if in_quotes(tok):
            continue
        if (
            (low in WHO and asks_who(sent, tok))
            # "Which of the three on-call engineers let ...?": a question reaches its role
            # past the WHICH window, and the question mark already triggered the parse.
            or (
                low == "which"
                and (WHICH.found(sent, tok.i) or is_question(sent, tok))
                and asks_which(sent, tok)
            )
            or (RESPONSIBLE.found(sent, tok.i) and _culprit(tok))
            or (BEHIND.found(sent, tok.i) and _culprit(tok))
            or (ROLL_CALL.found(sent, tok.i) and _roll_call(tok))
            or (EITHER.found(sent, tok.i) and _either(sent, tok))
            or (TRACE.found(sent, tok.i) and _traced(tok))
            or (ANYONE_OWNED.found(sent, tok.i) and asks_anyone(sent, tok))
            or (WHODUNNIT.found(sent, tok.i) and not is_negated(tok))
            or (NAME_WANTED.found(sent, tok.i) and _name_wanted(sent, tok))
        ):
            yield tok
