"""PM102 who-question."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models import Document, Hit, Severity
from rules.base import Near, rule
from rules.common import in_quotes, is_negated, is_role, sentences, words_of
from rules.lexicon import ROLE_NOUNS, forms

_WHO = frozenset({"who", "whom", "whoever", "whose"})
#: Present-tense questions about a roster or ownership, not about an event.
_ROSTER = frozenset({"own", "maintain", "approve", "get", "receive", "handle", "cover"})
#: "which engineer", "which team member": the role nouns (and plurals) a "which" can ask for.
_ROLES = sorted(ROLE_NOUNS | {f"{r}s" for r in ROLE_NOUNS} | {"individual", "one"})
#: Verbs of searching: "find out who", "determine which engineer", "track down whoever".
_HUNT_FORMS = forms(
    "find finds found finding determine determines determined determining identify "
    "identifies identified identifying establish establishes established establishing know "
    "knows knew known knowing see sees saw seen seeing figure figures figured figuring learn "
    "learns learned learnt learning track tracks tracked tracking ascertain ascertained "
    "discover discovered uncover uncovered name named pin work question unclear unknown"
)
_WORDS = _WHO | {"which", "responsible", "culprit", "culprits"}
ASKED = Near(_WHO | {"which"}, frozenset({"?"}), after=200)  # "Who approved this?"
HUNTED = Near(_WHO, _HUNT_FORMS, before=8)  # "we must identify who approved it"
WHICH = Near(frozenset({"which"}), frozenset(_ROLES), after=4)  # "which engineer ran it"
#: "Find the person responsible for letting the cert lapse."
RESPONSIBLE = Near(frozenset({"responsible", "culprit", "culprits"}), _HUNT_FORMS, before=4)


def _clause_verb(tok: Any) -> Any:
    if tok.lower_ == "whose":
        return tok.head.head
    return tok.head


def _about_event(verb: Any) -> bool:
    """The clause asks about something done, not about a roster or a rule.

    "who can approve", "who is on call", "who owns the billing API" and "who gets
    paged" look people up; "who approved", "who let this through", "who is to blame"
    look for a culprit.
    """
    if verb.tag_ == "MD" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "someone who could", "who can approve"
    if verb.lemma_ == "be":
        rest = {t.lower_ for t in verb.subtree}
        if rest & {"call", "on-call", "oncall"}:
            return False
        # "who is to blame", "who was the last person to touch nginx.conf"
        return bool(rest & {"blame", "responsible", "fault", "behind", "accountable", "last"})
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "Who was affected?" asks about victims, not culprits
    return not (verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _ROSTER)


def _searching(node: Any) -> bool:
    """A word of searching: a verb ("identify"), "the name of", "it is unclear"."""
    if node.lower_ in _HUNT_FORMS and node.pos_ == "VERB":
        return not is_negated(node) and not _denied(node)
    if node.lower_ in ("name", "question", "culprit") and node.pos_ == "NOUN":
        return True
    return node.lemma_ in ("be", "remain", "seem", "stay") and any(
        c.lower_ in ("question", "unclear", "unknown")
        for c in node.children
        if c.dep_ in ("acomp", "attr", "nsubj")
    )


def _denied(verb: Any) -> bool:
    """ "Neither the timeline nor the action items name who ran it": a negative subject."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            words = {t.lower_ for t in c.subtree}
            if words & {"neither", "nothing", "none", "nobody"} or "no" in words:
                return True
    return False


def _hunted(verb: Any) -> bool:
    """The clause is what someone sets out to find: "identify who ...", "it is unclear who"."""
    if _searching(verb):
        return True  # "we must find out who": the "who" hangs from the search itself
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if _searching(node):
            return True
    return False


def _asks(sent: Any, tok: Any) -> bool:
    return sent.text.rstrip().endswith("?") and ASKED.found(sent, tok.i)


def find_who(sent: Any) -> Iterator[Any]:
    """Tokens where the sentence asks, or sets out to find, who did something."""
    if _WORDS.isdisjoint(words_of(sent)):
        return
    for tok in sent:
        low = tok.lower_
        if low not in _WORDS or in_quotes(tok):
            continue
        if low in _WHO:
            verb = _clause_verb(tok)
            if is_negated(verb) or any(t.lower_ in ("neither", "nor") for t in sent[: tok.i]):
                continue
            asked = _asks(sent, tok)
            # A hunt needs a searching word close before the "who", as the trigger does.
            near_hunt = HUNTED.found(sent, tok.i)
            if low == "whose":
                if verb.dep_ != "relcl" and (asked or (near_hunt and _hunted(verb))):
                    yield tok
                continue
            if not _searching(verb) and not _about_event(verb):
                continue  # ("we must find out who": the search itself may have a modal)
            if verb.dep_ == "relcl" and low != "whoever":
                antecedent = verb.head
                # The small parser hangs "Determine who ..." as a relative clause of the verb.
                if (
                    asked
                    or (near_hunt and antecedent.lower_ in _HUNT_FORMS)
                    or (near_hunt and is_role(antecedent) and _hunted(antecedent))
                ):
                    yield tok
            elif asked or (near_hunt and _hunted(verb)):
                yield tok
        elif RESPONSIBLE.found(sent, tok.i):
            # "Find the person responsible for ...": a person noun and a search around it.
            people = [c for c in tok.children if c.dep_ == "nsubj"] + [tok.head]
            if any(is_role(p) for p in people) and (_searching(tok.head) or _hunted(tok)):
                yield tok
        elif (
            WHICH.found(sent, tok.i)
            and tok.dep_ in ("det", "nmod")
            and tok.head.lower_ in _ROLES
            and is_role(tok.head)
        ):
            verb = tok.head.head
            if _about_event(verb) and (_asks(sent, tok) or _hunted(verb)):
                yield tok


@rule(
    "PM102",
    "who-question",
    severity=Severity.WARNING,
    near=(ASKED, HUNTED, WHICH, RESPONSIBLE),
)
def who_question(doc: Document, options: None) -> Iterator[Hit]:
    """The text asks, or sets out to find, who did something.

    ## Why is this bad?
    "Who broke prod?" turns a review into a hunt. Everyone learns to stay quiet, and the
    answer (a name) explains nothing about why the change was possible. Ask what
    happened and why it made sense at the time. Looking up a roster ("who is on call",
    "who owns the billing API") is fine.

    ## Example
    ```markdown
    ## What happened
    Who approved this change? We must identify who pushed it.
    ```

    Use instead:
    ```markdown
    ## What happened
    How did the change get approved without a canary? The review checklist has no
    capacity item, so nothing prompted the question.
    ```
    """
    for s in sentences(doc, "PM102"):
        for tok in find_who(s.parse):
            yield s.hit(
                doc,
                s.parse[tok.i : tok.head.i + 1] if tok.head.i > tok.i else tok,
                "asks who did it: ask what happened and why it made sense at the time",
                "rewrite as a 'how' or 'what' question about the system, e.g. 'How did "
                "the change reach production without a canary?'",
            )
