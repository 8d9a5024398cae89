"""Reading a clause of a parsed sentence: whether a word or its clause is negated, and
who does a verb (its subjects, the agent of a passive)."""

from __future__ import annotations

from typing import Any


def is_negated(token: Any) -> bool:
    """The word is negated ("did not forget", "never skipped", "not a human mistake").

    A verb that completes another ("did not try to establish") shares its negation; a
    clause that merely hangs from a negated one ("if X had ..., it would never have")
    does not.
    """
    heads = [token]
    if token.dep_ in ("xcomp", "aux", "auxpass", "acomp") or token.pos_ == "NOUN":
        heads.append(token.head)
    return any(
        c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for t in heads for c in t.children
    )


def _negative_subject(token: Any) -> bool:
    """ "none of them is human error", "nobody was careless", "no engineer ..."."""
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("none", "nothing", "neither", "nobody", "no one"):
                return True
            if any(d.dep_ == "det" and d.lower_ == "no" and not _no_more(d) for d in c.children):
                return True
    return False


def _no_more(det: Any) -> bool:
    """ "No more lazy change tickets: ..." bans what happened; it does not deny it."""
    doc = det.doc
    return det.i + 1 < len(doc) and doc[det.i + 1].lower_ == "more"


def _negates(node: Any, token: Any, subject: bool) -> bool:
    """A negation on `node` that applies to `token`: it comes first ("not careless"), or
    `token` is (in) the subject of what is negated ("Sloppiness is not a root cause",
    "Asking people to try harder has never fixed ..."). A later contrast ("a lazy hack,
    not a fix") does not negate the word."""
    negs = [c for c in node.children if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't")]
    return any(n.i < token.i or subject for n in negs)


_CLIMB = frozenset(
    "ccomp xcomp acomp attr conj advcl amod pobj prep dobj nsubj nsubjpass csubj".split()
)


def negated_context(token: Any, depth: int = 3) -> bool:
    """The word, or a clause it is part of, is negated: "We do not think anyone was careless"."""
    node = token
    subject = token.dep_ in ("nsubj", "nsubjpass", "csubj")
    for _ in range(depth):
        heads = [node, node.head] if node.dep_ in ("xcomp", "aux", "auxpass", "acomp") else [node]
        if any(_negates(h, token, subject) for h in heads) or _negative_subject(node):
            return True
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return False
        subject = subject or node.dep_ in ("nsubj", "nsubjpass", "csubj")
        node = node.head
    return _negates(node, token, subject)


def subjects(verb: Any) -> list[Any]:
    """The subjects of a verb, following conjunctions and xcomp/aux chains upward."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    head = verb
    steps = 0
    # "Bilal had every chance to stop it and should have taken it": climb conj, xcomp and
    # acl links (through the noun an acl hangs from) to the clause that has the subject.
    while not found and steps < 4 and head.dep_ in ("conj", "xcomp", "advcl", "acl", "dobj"):
        came_from = head
        head = head.head
        steps += 1
        if came_from.dep_ == "xcomp":
            # Object control: in "causing prow to use ...", "asked Dave to deploy ...", the
            # object of the governing verb is the one who acts.
            controller = [c for c in head.children if c.dep_ == "dobj" and c.i < came_from.i]
            if controller:
                found = controller
                break
        found = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    reduced = verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ != "VERB"
    if not found and reduced and not any(c.dep_ == "agent" for c in verb.children):
        # "The platform lead neglected to announce ...": the parser reads the verb as a
        # reduced relative clause of its subject.
        found = [verb.head]
    if not found and verb.i > 0 and verb.dep_ == "ROOT":
        # The small parser sometimes loses the subject after a timestamp ("At 09:10 Dave
        # forgot ..."): fall back to the noun right before the verb.
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in ("PROPN", "NOUN", "PRON") and (
            prev.dep_ in ("compound", "npadvmod", "nmod") or _stray_subject(prev, verb)
        ):
            found = [prev]
    out = []
    for s in found:
        out.append(s)
        out.extend(c for c in s.children if c.dep_ == "conj")
        out.extend(c for c in s.children if c.dep_ == "appos")
    return out


def _stray_subject(noun: Any, verb: Any) -> bool:
    """ "The secondary on-call failed to ...": the parser hangs the subject's adjective on
    the verb and the noun on a preposition under it ("secondary" -> "on" -> "call")."""
    if noun.dep_ != "pobj":
        return False
    chain = [a for a in noun.ancestors if a.i != verb.i and verb in a.ancestors]
    return (
        bool(chain)
        and chain[-1].head.i == verb.i
        and all(a.pos_ in ("ADP", "ADJ") and a.i < noun.i for a in chain)
    )


def agent(verb: Any) -> Any | None:
    """The person-or-thing in "was missed *by the engineer*"."""
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None
