"""Sanctions by their shape (decision 26) and whom they hit: re-certifying, probation and
strikes, bans and suspensions, taking a person off a rota, notes in a person's review or
file, raising their conduct with their manager, making an example of them, a word with
them, docking their pay, telling them to try harder, sign-off on one person's work, and
taking away a person's rights or credentials."""

from __future__ import annotations

from typing import Any

from rules.analysis.exhortations import exhortations
from rules.analysis.people import is_person, nameish
from rules.analysis.targets import people_among
from rules.base import Near
from rules.lexicon import (
    AGAIN_VERBS,
    APPROVALS,
    BOSSES,
    CONDUCT,
    CONFESSIONS,
    DOCK,
    DUTIES,
    MORE_RIGHTS,
    NOTE_VERBS,
    PAY,
    PERSONNEL,
    PRAISE,
    RAISE_VERBS,
    RECORDS,
    REDO_VERBS,
    SANCTION_NOUNS,
    SANCTION_VERBS,
    TELL,
    UNASSIGN_VERBS,
    WELFARE,
    WORK,
    forms,
)

RIGHT_NOUNS = frozenset({"rights", "access", "privileges", "permissions"}) | MORE_RIGHTS
_REMOVE = frozenset(
    "take revoke remove suspend restrict pull strip limit lose cut disable withdraw".split()
)
_POSSESSIVE = frozenset({"'s", "’s", "his", "her", "their"})
#: A person's rights: "Sebastián's deploy rights", "his prod access".
RIGHTS = Near(RIGHT_NOUNS, _POSSESSIVE, before=3)
#: A person's review, file, conduct or manager: "Note it in Arjun's next review".
THEIRS = Near(RECORDS | CONDUCT | BOSSES, _POSSESSIVE, before=4)
#: "Make an example of X", "have a word with X".
EXAMPLE = Near(frozenset({"example"}), frozenset({"make", "made", "making"}), before=2)
WORD = Near(frozenset({"word"}), frozenset({"with"}), after=1)
#: "Limit Rahul to staging", "limit the intern to read-only": limiting a person (not
#: "limit concurrency to 5"); "limit" alone is too common in action items to trigger.
LIMIT_FORMS = forms("limit limits limited limiting")
LIMITED = Near(LIMIT_FORMS, after=2, test=lambda a, t: _limited_person(a, t))
#: "Brief the night operators again": a person put through something again.
AGAIN = Near(frozenset({"again"}), AGAIN_VERBS, before=10)
#: Words the new shapes (`sanctioned`) start from.
SANCTION_SHAPES = (
    REDO_VERBS
    | SANCTION_NOUNS
    | SANCTION_VERBS
    | UNASSIGN_VERBS
    | DOCK
    | TELL
    | APPROVALS
    | CONFESSIONS
)


#: Per-person supervision: "Have the team lead check Felipe's Terraform plans before
#: apply" (decision 26), checking one person's work as a standing gate.
CHECK_FORMS = forms("check checks review reviews approve approves vet vets inspect inspects")
CHECKED = Near(CHECK_FORMS, _POSSESSIVE, after=3)
_THEIR_WORK = WORK | frozenset({"plans", "diffs", "runs", "commands"})


def _supervised(verb: Any) -> list[Any]:
    """The person whose work (plural: all of it) is checked before each action."""
    # "before apply", "before merging", "before they run"; not "before the release" (the
    # parser may hang the clause on another verb)
    before = [t for t in verb.doc[verb.i + 1 :] if t.lower_ == "before"]
    if not any(b.dep_ == "mark" or any(g.pos_ == "VERB" for g in b.children) for b in before):
        return []
    work = [
        o for o in verb.children
        if o.dep_ == "dobj" and o.lower_ in _THEIR_WORK and o.tag_ in ("NNS", "NNPS")
    ]  # fmt: skip
    # "Felipe's Terraform plans": the possessive may hang on a compound
    return [p for o in work for p in o.lefts if p.dep_ == "poss" and is_person(p)] + [
        p for o in work for c in o.lefts if c.dep_ == "compound" for p in c.children
        if p.dep_ == "poss" and is_person(p)
    ]  # fmt: skip


def _limited_person(limit: Any, tok: Any) -> bool:
    """ "Limit Rahul", "limit the intern": a person right after "limit", or after "the"."""
    between = limit.doc[limit.i + 1 : tok.i]
    return nameish(tok) and not tok.is_stop and all(t.lower_ in ("the", "our") for t in between)


def removed(noun: Any) -> bool:
    """ "Take away Sebastián's deploy rights", "revoke María's prod access", "the intern's
    kubectl access goes read-only"."""
    after = noun.doc[noun.i + 1 : noun.i + 5]
    if any(t.lower_ in ("read-only", "readonly") for t in after) or any(
        a.lower_ == "read" and b.text == "-" and c.lower_ == "only"
        for a, b, c in zip(after, after[1:], after[2:], strict=False)
    ):
        return True
    head = noun.head
    for _ in range(3):
        if head.lemma_.lower() in _REMOVE:
            return True
        head = head.head
    before = noun.doc[max(0, noun.i - 5) : noun.i]
    return any(t.lemma_.lower() in _REMOVE for t in before)


def _objects(verb: Any) -> list[Any]:
    """The direct object of a verb, and whoever owns it when it is their rights, duties or
    work ("Suspend @aoife's pager duties"; not "Dismiss the engineer's stale alerts")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    theirs = RIGHT_NOUNS | DUTIES | WORK
    return objs + [
        p for o in objs if o.lemma_.lower() in theirs for p in o.children if p.dep_ == "poss"
    ]


def sanctioned(tok: Any) -> list[Any]:
    """Targets of the sanctions named in decision 26: re-certifying, probation and
    strikes, bans and suspensions, taking a person off a rota, a person's review, file,
    conduct or manager, making an example of them, a word with them, docking their pay,
    telling them to try harder, and sign-off on one person's work."""
    sent, low = tok.doc, tok.lower_
    if {t.lower_ for t in sent} & PRAISE:
        return []
    if low in REDO_VERBS:  # "Re-certify Bogdan": the parser splits "Re-"; read what follows
        redo = tok.i >= 2 and sent[tok.i - 1].text == "-" and sent[tok.i - 2].lower_ == "re"
        # up to the first preposition, but the "on" of "on-call" is part of a word
        end = next(
            (
                t.i
                for t in sent[tok.i + 1 :]
                if t.pos_ in ("ADP", "SCONJ")
                and not (t.i + 1 < len(sent) and sent[t.i + 1].text == "-")
            ),
            len(sent),
        )
        heads = (tok, tok.head, tok.head.head)  # "The on-call DBA must re-certify"
        subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
        return people_among([*sent[tok.i + 1 : end], *subjects], tok) if redo else []
    if low == "again" and AGAIN.found(sent, tok.i):
        verb = tok.head  # "Enrol the support leads in the course again"
        if verb.pos_ == "VERB" and verb.lower_ in AGAIN_VERBS:
            return people_among(_objects(verb), tok)
        # The tagger often reads an opening imperative as a name ("Book the new hire
        # onto the course again"): whoever comes between it and "again".
        return people_among(sent[1 : tok.i], tok) if sent[0].lower_ in AGAIN_VERBS else []
    if low in CONFESSIONS and tok.pos_ == "NOUN":
        # "Require a written apology from the engineer"; a "personal statement" (not a
        # status-page statement or an apology to customers from nobody in particular)
        kinds = {c.lower_ for c in tok.children if c.dep_ == "amod"}
        if low == "statement" and "personal" not in kinds:
            return []
        froms = [t for c in tok.children if c.lower_ == "from" for t in c.children]
        writer = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "the DBA to write"
        asked = [c for c in tok.head.head.children if c.dep_ == "dobj"]  # "Ask the DBA to"
        return people_among(froms + writer + asked, tok)
    if low in SANCTION_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        # Probation and strikes are sanctions wherever the person sits in the item (the
        # parser often hangs "on probation" from a relative clause); a "strike team" is not.
        return [] if tok.dep_ == "compound" else people_among(sent, tok)
    misread = tok.dep_ in ("compound", "nmod") and tok.head.i == tok.i + 1
    misread = misread and is_person(tok.head, plural_roles=True)
    limit = low in LIMIT_FORMS and LIMITED.found(sent, tok.i)
    if misread and (low in SANCTION_VERBS or limit):
        return [tok.head]  # the tagger reads "Ban Lorenzo" as one name
    if low in CHECK_FORMS and tok.pos_ == "VERB" and CHECKED.found(sent, tok.i):
        return _supervised(tok)  # (a noun "review" may be a person's record, below)
    nouns = APPROVALS | RECORDS | CONDUCT | BOSSES | {"example", "word"}
    # An imperative the tagger read as a name still has its object ("Suspend Yuki").
    verbal = tok.pos_ == "VERB" or any(c.dep_ == "dobj" for c in tok.children)
    if not verbal and low not in nouns:
        return []
    if low in SANCTION_VERBS or limit:
        swapped = any(c.lower_ in ("with", "by") for c in tok.children)
        if tok.lemma_.lower() == "replace" and swapped:
            return []  # "Replace the manual approver with a policy check"
        return people_among(_objects(tok), tok)
    if low in UNASSIGN_VERBS:
        if {t.lower_ for t in sent} & WELFARE:
            return []  # "Take Bogdan off next week's rota at his request"
        off = [c for c in tok.subtree if c.lower_ in ("from", "off", "out", "away")]
        duty = any(t.lower_ in DUTIES for c in off for t in c.subtree)
        away = [t for c in off if c.lower_ == "from" for t in c.children if t.dep_ == "pobj"]
        return people_among(_objects(tok), tok) if duty else people_among(away, tok)
    if low in DOCK:
        pay = any(o.lower_ in PAY for o in _objects(tok))
        return people_among(tok.subtree, tok) if pay else []
    if low in TELL:  # "Tell the support engineers they must escalate faster" (decision 30)
        told = _objects(tok) + [
            t for c in tok.children if c.lower_ == "to" for t in c.children if t.dep_ == "pobj"
        ]
        people = people_among(told, tok)
        return people if people and any(exhortations(sent)) else []
    if low in APPROVALS:  # "Put Meera's deploys behind a manual approval from her lead"
        # The author of the work: "Meera's deploys", "nothing from Rafaela ships".
        owned = [t for t in sent if t.dep_ == "poss" and t.head.lemma_.lower() in WORK]
        by = [
            sent[t.i + 1]
            for t in sent[1:-1]
            if t.lower_ in ("from", "by") and sent[t.i - 1].lemma_.lower() in WORK
        ]
        return [t for t in owned + by if is_person(t, plural_roles=True)]
    if low == "example":  # "Make an example of Yevgenia"
        of = [c for c in tok.children if c.lower_ == "of"]
        made = EXAMPLE.found(sent, tok.i)
        return people_among([t for c in of for t in c.children], tok) if made else []
    if low == "word":  # "have a word with the night-shift operator"
        with_ = sent[tok.i + 1] if WORD.found(sent, tok.i) else None
        return people_among(with_.children, tok) if with_ is not None else []
    if not THEIRS.found(sent, tok.i) or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    if tok.dep_ == "compound":
        return []  # "Kai's review comments" are comments
    owners = [c for c in tok.children if c.dep_ == "poss" and is_person(c, plural_roles=True)]
    verb = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    # The verb by the parse, and the item's first word: the tagger often reads an opening
    # imperative as part of a name ("Report Sam's conduct", "Flag Rohan's behaviour").
    verbs = {verb.lemma_.lower()} - {low} | {sent[0].lower_}
    if low in BOSSES:  # "Escalate to Nkechi's manager", "Have the intern's manager go over"
        return owners if verbs & RAISE_VERBS else []
    noted = bool(verbs & NOTE_VERBS) or any(t.lower_ == "hr" for t in sent)
    if low in RECORDS:
        # A person's performance review or personnel file, not their code review ("Address
        # the comments in Kai's review") or a file they own ("Kai's config file").
        kinds = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        personnel = bool(kinds & PERSONNEL) and kinds <= PERSONNEL | {"next", "-"}
        return owners if personnel or (noted and kinds <= {"next"}) else []
    return owners if noted else []  # a person's conduct, raised or flagged (not described)
