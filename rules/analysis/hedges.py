"""Hedges that judge: "clearly" and "obviously" about what people did ("the reviewer
clearly skimmed the diff", "the change was clearly slapped together", "obviously never
run"), not describing evidence ("the logs clearly show the spike") or praising how work
was done ("clearly laid out the options")."""

from __future__ import annotations

from typing import Any

from rules.analysis.clauses import is_negated
from rules.analysis.people import is_person
from rules.lexicon import FAILURE_LEMMAS, HEDGE_ADVERBS, WE

_PEOPLE_WORDS = WE | {"nobody", "no one", "noone", "you"}
_BAD_WORK = frozenset(
    "wrong bad broken rushed careless sloppy insufficient inadequate incorrect poor "
    "skimmed ignored missed thrown cobbled slapped hacked botched untested unreviewed".split()
)
#: Work that, obviously never done, judges whoever skipped it ("obviously never run").
_DILIGENCE = frozenset("test run review check read verify validate try look consult".split())
#: "clearly laid out the options": how clearly something was put, praise of the work.
_CLARITY = frozenset(
    "lay label explain describe document write communicate state outline present mark "
    "summarise summarize articulate annotate define list separate set spell".split()
)


#: What a thing done "clearly was": a token effort ("a rubber stamp", "a formality") or a
#: poor decision ("a bad call", "the wrong choice").
_TOKEN_EFFORTS = frozenset("stamp formality afterthought guess gamble shortcut".split())
_DECISIONS = frozenset("call decision choice idea move judgement judgment".split())
_POOR = frozenset("bad poor wrong terrible questionable dubious risky reckless".split())


def _verdict(pred: Any) -> bool:
    """The predicate of "X was clearly ..." grades what people did."""
    if pred.dep_ != "attr":
        return False
    if pred.lemma_.lower() in _TOKEN_EFFORTS:
        return True
    return pred.lemma_.lower() in _DECISIONS and any(
        c.dep_ == "amod" and c.lower_ in _POOR for c in pred.children
    )


def _people_subject(verb: Any) -> bool:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":  # "people who plainly had no idea": the one "who" stands for
        subj = [verb.head if s.lower_ in ("who", "that") else s for s in subj]
    return any(
        s.lower_ in _PEOPLE_WORDS
        or is_person(s, plural_roles=True)
        or (s.lower_ == "one" and any(d.lower_ == "no" for d in s.children))  # "no one"
        for s in subj
    )


def judging_hedge(tok: Any) -> bool:
    """ "clearly"/"obviously" passing judgement on people, not describing evidence."""
    if tok.lower_ not in HEDGE_ADVERBS:
        return False
    doc, head = tok.doc, tok.head
    # A sentence adverb set off by a comma ("Obviously, you don't ...", "..., obviously.")
    # comments on the whole sentence, negated or not.
    comma = (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",") or (
        tok.i > 0 and doc[tok.i - 1].text == ","
    )
    passive = any(c.dep_ == "auxpass" for c in head.children)
    if passive and head.lemma_ in _DILIGENCE and is_negated(head):
        return True  # "The script was obviously never run before it hit prod"
    # A norm put to "you" ("you do not aim ..."), not what a tool lets you do ("cannot see")
    you = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in head.children) and not any(
        c.tag_ == "MD" for c in head.children
    )
    if is_negated(head) and head.lemma_ in _DILIGENCE and _people_subject(head):
        return True  # "The DBA obviously didn't read the migration before running it"
    if is_negated(head) and not comma and not you:
        return False  # but "You obviously do not aim a load test at prod" still lectures
    if head.lower_ in _BAD_WORK and (head.pos_ == "ADJ" or head.dep_ == "amod"):
        return True  # "obviously wrong query", "obviously rushed change"
    if head.lemma_ == "be" and not is_negated(head) and any(_verdict(c) for c in head.children):
        return True  # "Clearly the design review was a rubber stamp"
    if head.pos_ not in ("VERB", "AUX") or (tok.i > head.i and head.lemma_ != "be" and not comma):
        return False  # "described the impact clearly" praises how work was done
    if (
        tok.lower_ in ("clearly", "plainly") and head.lemma_ in _CLARITY and not comma
        and not any(t.lower_ in _BAD_WORK for t in head.subtree)
    ):  # fmt: skip
        return False  # "Mariam clearly laid out the three options" praises it too
    if _people_subject(head):
        return True
    return passive and (head.lemma_ in FAILURE_LEMMAS or head.lower_ in _BAD_WORK)
