"""PM102 who-question."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models import Document, Hit, Severity
from rules.analysis.clauses import is_negated, subjects
from rules.analysis.people import is_person, is_role
from rules.base import Near, rule
from rules.common import in_quotes, sentences, words_of
from rules.lexicon import ROLE_NOUNS, forms

_WHO = frozenset({"who", "whom", "whoever", "whose"})
#: Present-tense questions about a roster, ownership or skills, not about an event.
_ROSTER = frozenset(
    "own maintain approve get receive handle cover have know hold carry need want".split()
)
#: What happens to people, or their answer to a page, in any tense: "who received the
#: pages", "which engineer acknowledged first" find no culprit.
_UNDERGONE = frozenset(
    "receive get hear notice see attend join report acknowledge ack answer respond".split()
)
#: What asking who "has" or "knows" something looks up: a helper, not a culprit.
_STATES = frozenset("have know own hold carry need want be".split())
#: "which engineer", "which team member": the role nouns (and plurals) a "which" can ask for.
_ROLES = ROLE_NOUNS | {f"{r}s" for r in ROLE_NOUNS} | {"individual", "one"}
_YOU = frozenset({"you", "us"})  # "which of you pushed ..."
#: "who was ..." that asks for a culprit: "to blame", "behind the wheel", "at the keyboard".
_CULPABLE = frozenset(
    "blame responsible fault behind accountable last keyboard wheel helm controls".split()
)
#: Verbs of searching: "find out who", "determine which engineer", "track down whoever".
_HUNT_FORMS = forms(
    "find finds found finding determine determines determined determining identify "
    "identifies identified identifying establish establishes established establishing know "
    "knows knew known knowing see sees saw seen seeing figure figures figured figuring learn "
    "learns learned learnt learning track tracks tracked tracking ascertain ascertained "
    "discover discovered uncover uncovered name named pin work question unclear unknown "
    "ask asks asked asking idea clue"
)
_ASK_FORMS = forms("ask asks asked asking question questioned questioning poll polled quiz quizzed")
_PARTICLES = frozenset({"out", "down", "up"})
_VENUES = frozenset("channel slack chat thread room bridge call standup meeting huddle".split())
_WORDS = _WHO | {"which", "responsible", "culprit", "culprits", "behind", "or", "whether", "if"}
ASKED = Near(_WHO | {"which"}, frozenset({"?"}), after=200)  # "Who approved this?"
HUNTED = Near(_WHO, _HUNT_FORMS, before=8)  # "we must identify who approved it"
WHICH = Near(frozenset({"which"}), frozenset(_ROLES) | _YOU, after=4)  # "which engineer ran it"
#: "Find the person responsible for letting the cert lapse."
RESPONSIBLE = Near(frozenset({"responsible", "culprit", "culprits"}), _HUNT_FORMS, before=4)
BEHIND = Near(frozenset({"behind"}), _HUNT_FORMS, before=6)  # "the name of the engineer behind"
#: "Whoever merged this, please own up", "... needs to come forward".
OWN_UP = Near(frozenset({"whoever"}), frozenset({"own", "forward", "confess"}), after=12)
#: "asked each engineer whether they had touched the load balancer"
ROLL_CALL = Near(frozenset({"whether", "if"}), _ASK_FORMS, before=8)
EITHER = Near(frozenset({"or"}), frozenset({"?"}), after=30)  # "Did Kai restart it, or did Jun?"
_TRACE = forms("trace traces traced tracing")
_SOMEONE = frozenset({"someone", "somebody", "whoever", "human", "individual", "person"})
TRACE = Near(_TRACE, frozenset(_ROLES) | _SOMEONE, after=12)  # "trace the change to a person"


def _clause_verb(tok: Any) -> Any:
    if tok.lower_ == "whose":
        return tok.head.head
    return tok.head


def _about_event(verb: Any) -> bool:
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
        return False  # "Who was affected?" asks about victims, not culprits
    if verb.lemma_ in _UNDERGONE:  # ... unless a deed follows: "acknowledged and silenced"
        return any(c.dep_ == "conj" and c.lemma_ not in _UNDERGONE for c in verb.children)
    return not (verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _ROSTER)


def _searching(node: Any) -> bool:
    """A word of searching: a verb ("identify"), "the name of", "it is unclear"."""
    if node.lower_ in _HUNT_FORMS and node.pos_ == "VERB":
        if node.lemma_ == "know" and (any(c.dep_ == "neg" for c in node.children) or _denied(node)):
            return True  # "we still don't know who", "nobody knows who": an open question
        return not is_negated(node) and not _denied(node)
    if node.lower_ in ("name", "question", "culprit") and node.pos_ == "NOUN":
        return True
    if node.lower_ in ("idea", "clue") and node.pos_ == "NOUN":
        return any(c.lower_ == "no" for c in node.children)  # "we have no idea who"
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


def _search(node: Any) -> Any | None:
    """`node` if it searches, unless the search is the subject of a denial."""
    if not _searching(node):
        return None
    head = node.head
    # A gerund before its verb with no comma between is its subject, whatever the parse.
    subject = node.dep_ in ("csubj", "nsubj") or (
        node.tag_ == "VBG" and node.i < head.i and "," not in head.doc[node.i : head.i].text
    )
    if subject and is_negated(head):
        return None  # "Finding out who pressed it would not have changed anything"
    return node


def _searcher(verb: Any) -> Any | None:
    """What sets out to find the clause: "identify who ...", "it is unclear who"."""
    node = verb
    for _ in range(5):
        if _search(node) is not None:
            return _search(node)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _hunted(verb: Any, wh: Any) -> bool:
    """The clause is a hunt; asking who "had" or "knew" something looks for help."""
    # "who knows the tooling": the "who" is the one who knows, not what is searched for.
    if wh.dep_ == "nsubj" and wh.head.i == verb.i:
        found = _searcher(verb.head) if verb.head.i != verb.i else None
    else:
        found = _searcher(verb)
    if found is None:
        # The small parser often loses the link: "to pin down which admin disabled MFA".
        i = wh.i - 1
        while i > 0 and wh.doc[i].lower_ in _PARTICLES:
            i -= 1
        prev = wh.doc[i] if i >= 0 and i < wh.i else None
        if prev is not None and prev.lower_ in _HUNT_FORMS:
            found = _search(prev)
    if found is None:
        return False
    return found.lemma_ != "ask" or (verb.lemma_ not in _STATES and verb.tag_ in ("VBD", "VBN"))


def _asks(sent: Any, tok: Any) -> bool:
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


def _venue(noun: Any) -> bool:
    """Where a question is asked: "in #eng", "on the bridge", "in the incident channel"."""
    if noun.i > 0 and noun.doc[noun.i - 1].text == "#":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on") and noun.lemma_ in _VENUES


def _who(sent: Any, tok: Any) -> bool:
    """ "who", "whom", "whose", "whoever" asking, or setting out to find, who did it."""
    low = tok.lower_
    verb = _clause_verb(tok)
    asked = _asks(sent, tok)
    negated = is_negated(verb) and not (asked and tok.dep_ == "nsubj")  # "Who didn't ...?"
    if negated or any(t.lower_ in ("neither", "nor") for t in sent[: tok.i]):
        return False
    # A hunt needs a searching word close before the "who", as the trigger does.
    near_hunt = HUNTED.found(sent, tok.i)
    if low == "whose":
        return verb.dep_ != "relcl" and (asked or (near_hunt and _hunted(verb, tok)))
    if not (_searching(verb) and tok.dep_ != "nsubj") and not _about_event(verb):
        return False  # ("we must find out who": the search itself may have a modal)
    if low == "whoever" and OWN_UP.found(sent, tok.i) and _owns_up(verb):
        return True
    if verb.dep_ == "relcl" and low != "whoever":
        antecedent = verb.head
        if _venue(antecedent):
            # "asking in #eng who ran it": the parser takes the channel for the antecedent.
            return asked or (near_hunt and _hunted(verb, tok))
        # The small parser hangs "Determine who ..." as a relative clause of the verb.
        return (
            asked
            or (near_hunt and antecedent.lower_ in _HUNT_FORMS and _search(antecedent))
            or (near_hunt and is_role(antecedent) and _hunted(antecedent, tok))
        )
    return asked or (near_hunt and _hunted(verb, tok))


def _of_people(tok: Any) -> bool:
    """ "which of you", "which of the engineers"."""
    return any(
        c.lower_ == "of" and any(p.lower_ in _YOU or is_role(p) for p in c.children)
        for c in tok.children
    )


def _which(sent: Any, tok: Any) -> bool:
    """ "which engineer ran it", "determine which employee ...", "which of you pushed"."""
    nxt = sent[tok.i + 1] if tok.i + 1 < len(sent) else None
    if tok.dep_ in ("det", "nmod") and tok.head.lower_ in _ROLES and is_role(tok.head):
        verb = tok.head.head
    elif nxt is not None and nxt.lower_ in _ROLES and nxt.dep_ == "nsubj" and is_role(nxt):
        verb = nxt.head  # "determine which employee exported": "which" read as an object
    elif _of_people(tok):
        verb = tok.head
    elif tok.dep_ == "det" and tok.head.lower_ == "one" and _of_people(tok.head):
        verb = tok.head.head  # "which one of you did this"
    else:
        return False
    return _about_event(verb) and (_asks(sent, tok) or _hunted(verb, tok))


def _culprit(tok: Any) -> bool:
    """ "Find the person responsible for ...", "the name of the engineer behind ..."."""
    people = [c for c in tok.children if c.dep_ == "nsubj"] + [tok.head]
    if tok.lower_ == "behind" and tok.i > 0:
        people.append(tok.doc[tok.i - 1])  # the parser often hangs "behind" on "name"
    # "the owner behind each alert" looks up an owner (decision 12)
    people = [p for p in people if is_role(p) and p.lemma_ not in ("owner", "maintainer")]
    return bool(people) and _searcher(tok) is not None


def _roll_call(tok: Any) -> bool:
    """ "asked each engineer in turn whether they had touched the load balancer"."""
    verb = asker = tok.head
    for _ in range(4):  # "asked ... whether", "questioned ... about whether"
        asker = asker.head
        if asker.lemma_ in ("ask", "question") or asker.head.i == asker.i:
            break
    if tok.dep_ != "mark" or asker.lemma_ not in ("ask", "question"):
        return False
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_ in _STATES or is_negated(verb):
        return False
    if not _about_event(verb) or not any(c.dep_ in ("dobj", "prep") for c in verb.children):
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
    if is_person(first) and first.dep_ in ("nsubj", "attr"):
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
    if not _about_event(verb) or is_negated(verb):
        return False
    firsts = {p.lower_ for p in firsts if is_person(p)}
    return any(is_person(p) and p.lower_ not in firsts for p in seconds) and bool(firsts)


def _traced(tok: Any) -> bool:
    """ "Trace the rogue `kubectl scale` back to a person" (not to a host or a botnet)."""
    if tok.pos_ != "VERB" or is_negated(tok):
        return False
    heads = [tok, *(c for c in tok.children if c.dep_ == "advmod")]
    for p in (t for h in heads for c in h.children if c.lower_ == "to" for t in c.children):
        some = p.lower_ in _SOMEONE or any(d.lower_ in ("a", "an", "any") for d in p.children)
        if p.dep_ == "pobj" and some and (p.lower_ in _SOMEONE or is_role(p)):
            return True
    return False


def _span(sent: Any, tok: Any) -> Any:
    """What a finding marks: "who approved", "Priya or Tomasz", "Trace ... to a person"."""
    if tok.lower_ == "or":
        head = tok.head
        if head.pos_ in ("VERB", "AUX"):
            return sent[head.left_edge.i : head.right_edge.i + 1]
        end = max(c.right_edge.i for c in head.children if c.dep_ == "conj")
        return sent[head.left_edge.i : end + 1]  # "Jun or Dana", not "... who restarted"
    if tok.lower_ in _TRACE:
        ends = [t.i for t in sent[tok.i :] if t.lower_ in _SOMEONE or t.lower_ in _ROLES]
        return sent[tok.i : ends[0] + 1] if ends else tok
    if tok.lower_ in ("behind", "responsible") and tok.i > 0 and is_role(sent[tok.i - 1]):
        return sent[tok.i - 1 : tok.i + 1]
    return sent[tok.i : tok.head.i + 1] if tok.head.i > tok.i else tok


def find_who(sent: Any) -> Iterator[Any]:
    """Tokens where the sentence asks, or sets out to find, who did something."""
    words = words_of(sent)
    if _WORDS.isdisjoint(words) and _TRACE.isdisjoint(words):
        return
    for tok in sent:
        low = tok.lower_
        if in_quotes(tok):
            continue
        if (
            (low in _WHO and _who(sent, tok))
            or (low == "which" and WHICH.found(sent, tok.i) and _which(sent, tok))
            or (RESPONSIBLE.found(sent, tok.i) and _culprit(tok))
            or (BEHIND.found(sent, tok.i) and _culprit(tok))
            or (ROLL_CALL.found(sent, tok.i) and _roll_call(tok))
            or (EITHER.found(sent, tok.i) and _either(sent, tok))
            or (TRACE.found(sent, tok.i) and _traced(tok))
        ):
            yield tok


@rule(
    "PM102",
    "who-question",
    severity=Severity.WARNING,
    near=(ASKED, HUNTED, WHICH, RESPONSIBLE, BEHIND, OWN_UP, ROLL_CALL, EITHER, TRACE),
)
def who_question(doc: Document, options: None) -> Iterator[Hit]:
    """The text asks, or sets out to find, who did something.

    ## Why is this bad?
    "Who broke prod?" turns a review into a hunt. Everyone learns to stay quiet, and the
    answer (a name) explains nothing about why the change was possible. Ask what
    happened and why it made sense at the time. The hunt takes many shapes: "which
    admin disabled MFA?", "we still don't know who ...", "did the DBA do it, or the
    on-call?", "whoever merged this, own up", questioning each engineer in turn, or
    tracing a change back to a person. Looking up a roster, an owner or a helper ("who
    is on call", "who owns the billing API", "who knows the repair tooling", "who to
    page") and setting the question aside are fine.

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
        # One finding per sentence: "Was it the DBA or the SRE who ...?" is one hunt.
        for tok in list(find_who(s.parse))[:1]:
            yield s.hit(
                doc,
                _span(s.parse, tok),
                "asks who did it: ask what happened and why it made sense at the time",
                "rewrite as a 'how' or 'what' question about the system, e.g. 'How did "
                "the change reach production without a canary?'",
            )
