"""The shapes of hindsight about what people did: "should/could/would have" + participle
("we should have caught it", "we'd have noticed"), a past condition ("If we had
checked", "Had Dave checked the diff", "... had they read the notes"), a rhetorical
"Shouldn't the captain have looked ...?", and "failed to" (not an expectation about now,
"should have received the invite by now", nor an estimate, "could have been exposed");
and who hindsight can judge (a person, a role, or people collectively)."""

from __future__ import annotations

from typing import Any

from rules.analysis.clauses import agent, subjects
from rules.analysis.people import is_person, nameish, someone_before
from rules.base import Near
from rules.lexicon import (
    AVERTED_LEMMAS,
    BETTER_CHOICE,
    CHOICE_NOUNS,
    FAIL_TO,
    HINDSIGHT_ACTS,
    PEOPLE_WORK_LEMMAS,
    RETROSPECT,
    SUMMONED_LEMMAS,
    TEAM_FUNCTIONS,
    WE,
)

#: Modals of hindsight. "must have"/"might have" infer what happened; they judge nothing.
_HINDSIGHT = frozenset(
    {"should", "could", "would", "ought", "shouldn't", "couldn't", "wouldn't", "'d", "’d"}
)  # "we'd have noticed": before "have", "'d" is always "would"
#: People who act in a response, beyond the shared role nouns ("the release shepherd").
_MORE_ROLES = frozenset(
    "shepherd scribe coordinator liaison officer maintainer maintainers committer "
    "assignee requester squad crew".split()
)
#: What happens to people: "should have received the invite by now" is an expectation.
_UNDERGONE = frozenset({"receive", "get", "hear"})
_SENTENCE_END = frozenset({".", "?", "!", ":", ";"})
#: Words that can open the subject of an inverted "had": "had they read", "had the DBA".
_DETERMINERS = frozenset({"the", "our", "your", "their", "a", "an", "any", "one"})
HAVE = frozenset({"have", "'ve"})
_COORDINATORS = frozenset({"and", "but", "or", "then"})
_BETWEEN = _COORDINATORS | frozenset(
    "also clearly obviously probably definitely really certainly simply just still surely".split()
)


def _modal_after_someone(have: Any, modal: Any) -> bool:
    """A hindsight modal right after a word that can name people: "we should", "Kai could".

    Hindsight names who should have acted just before the modal; "clients would have
    seen" and "It should not have been possible" are not about the responders.
    """
    if modal.lower_ not in _HINDSIGHT:
        return False
    i = modal.i - 1
    while i > 0 and modal.doc[i].lower_ in _BETWEEN - _COORDINATORS:
        i -= 1
    return someone_before(modal) or (i >= 0 and modal.doc[i].lower_ in _MORE_ROLES)


def _inverts(had: Any) -> bool:
    """ "had they", "had the DBA": "had" followed by what may be its subject."""
    if had.i + 1 >= len(had.doc):
        return False
    nxt = had.doc[had.i + 1]
    return nameish(nxt) or nxt.lower_ in _DETERMINERS


def inversion(had: Any) -> bool:
    """ "had they read", "had the alert named": a subject after "had", then a participle
    (read from the words: the parser often takes the object before "had" for its subject).
    "the DBA had the keys" has no participle, and no condition."""
    doc = had.doc
    if doc[had.i + 1].lower_ in ("we", "they", "he", "she", "i"):
        return True
    verbs = [t for t in doc[had.i + 1 : had.i + 6] if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and verbs[0].tag_ in ("VBN", "VBD")


def _opens_negated(modal: Any) -> bool:
    """ "Shouldn't ...", "Couldn't ...": a modal that opens its sentence, negated."""
    doc = modal.doc
    opens = modal.i == 0 or doc[modal.i - 1].text in _SENTENCE_END
    return opens and modal.i + 1 < len(doc) and doc[modal.i + 1].lower_ in ("n't", "not")


#: "We failed to see the warning", "The release manager neglected to check ...".
FAILED_TO = Near(FAIL_TO, frozenset({"to"}), after=1, test=lambda verb, _: someone_before(verb))
MODAL_HAVE = Near(HAVE, _HINDSIGHT, before=3, test=_modal_after_someone)  # "we should have"
INVERTED = Near(frozenset({"had"}), initial=True)  # "Had Dave checked the diff, ..."
#: "The team would have seen it had they read the notes": "had" + subject, mid-sentence.
LATE_HAD = Near(
    frozenset({"had"}), _HINDSIGHT | {"might"}, before=15, test=lambda h, _: _inverts(h)
)
#: "Shouldn't the deploy captain have looked ...?": a rhetorical question asserts.
ASKED_HAVE = Near(HAVE, _HINDSIGHT, before=6, test=lambda _, modal: _opens_negated(modal))
IF_HAD = Near(frozenset({"had"}), frozenset({"if"}), before=10)  # "If only we had ..."
#: "The schema change should have been reviewed by someone": a passive modal perfect.
#: "could/would have been" estimates impact ("could have been exposed"); it judges nobody.
PASSIVE_HAVE = Near(frozenset({"been"}), frozenset({"should", "shouldn't", "ought"}), before=3)
#: "ideally the secondary would have been pulled in": "ideally" makes "would" a verdict.
IDEAL_HAVE = Near(
    frozenset({"been"}),
    frozenset({"would"}),
    before=3,
    test=lambda _, would: any(
        t.lower_ == "ideally" for t in would.doc[max(0, would.i - 8) : would.i]
    ),
)
#: "the reviewer might have spotted it with a second read": hindsight when a means follows.
MIGHT_HAVE = Near(HAVE, frozenset({"might"}), before=3, test=lambda _, modal: someone_before(modal))
_ONE = frozenset({"a", "an", "another", "one"})


def _untaken(act: Any, modal: Any) -> bool:
    """ "A quick look ... would have", "Wouldn't a second pair of eyes ... have": an
    indefinite step, then a modal perfect."""
    doc = act.doc
    if not _ONE.intersection(t.lower_ for t in doc[max(0, act.i - 3) : act.i]):
        return False
    start = modal.i + 1 if modal.i > act.i else act.i
    return any(t.lower_ in HAVE for t in doc[start : start + 8])


TRIED_HAVE = Near(HINDSIGHT_ACTS, _HINDSIGHT, before=4, after=8, test=_untaken)
#: "A better response would have been to ...": a verdict on a choice not made.
BETTER_HAVE = Near(BETTER_CHOICE, HAVE, after=6)
#: "in retrospect", "in hindsight", "Looking back, ...".
RETRO = Near(RETROSPECT)
#: "Looking back, ..." as a sentence adverb; "Looking back at the timeline, we needed to
#: restart three services" only reads the record.
LOOKING_BACK = Near(
    frozenset({"back"}),
    frozenset({"looking"}),
    before=1,
    test=lambda back, _: back.i + 1 < len(back.doc) and back.doc[back.i + 1].text == ",",
)


def people_subject(token: Any, modal: str) -> bool:
    """A person, a role, or people collectively ("we", "the team", "someone").

    "could have" states what was possible; it judges only a named person, a role or us,
    not "they" (often an attacker) or "anyone" (anyone with access could have ...).
    """
    if modal == "could" and token.lower_ in ("they", "them", "anyone", "anybody", "everyone"):
        return False
    if token.lower_ in _MORE_ROLES and token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.lower_ in WE | TEAM_FUNCTIONS or is_person(token, plural_roles=True)


def rhetorical(verb: Any) -> bool:
    """ "Shouldn't the captain have looked ...?": the question asserts; nothing is negated."""
    doc = verb.doc
    modal = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in _HINDSIGHT]
    # "Shouldn't we have a runbook?": "have" is the verb itself, not an auxiliary.
    have = next((c for c in verb.children if c.lower_ in HAVE), None)
    return (
        bool(modal)
        and have is not None
        and doc.text.rstrip().endswith("?")
        and ASKED_HAVE.found(doc, have.i)
        and all(c.i == modal[0].i + 1 for c in verb.children if c.dep_ == "neg")
    )


def perfect_modal(verb: Any) -> bool:
    """should/could/would (or ought to) + have + past participle, in the active voice."""
    kids = list(verb.children)
    progressive = verb.tag_ == "VBG" and any(c.lower_ == "been" for c in kids)
    if (verb.tag_ != "VBN" and not progressive) or verb.lemma_ == "be":
        return False  # "should have drained", "should have been watching"
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.text == "-":
        return False  # "should have read-only access": an adjective, not a participle
    haves = [c for c in kids if c.dep_ == "aux" and c.lower_ in HAVE]
    might = bool(haves) and MIGHT_HAVE.found(verb.doc, haves[0].i) and _by_means(verb)
    if not haves or not (
        MODAL_HAVE.found(verb.doc, haves[0].i) or ASKED_HAVE.found(verb.doc, haves[0].i) or might
    ):
        return False
    if verb.lemma_ in _UNDERGONE or any(
        c.lower_ == "by" and any(n.lower_ == "now" for n in c.children) for c in kids
    ):
        return False  # "should have received the invite by now": an expectation
    if any(c.dep_ == "auxpass" for c in kids):
        return False  # "could have been exposed" estimates impact; it judges nobody
    if progressive and _since(verb) and any(c.lower_ in ("could", "might") for c in kids):
        return False  # "We could have been serving a revoked cert since June": a possibility
    modal = any(c.dep_ == "aux" and c.lower_ in _HINDSIGHT for c in kids)
    return modal or might or (verb.head.lower_ == "ought" and verb.dep_ == "xcomp")


def _by_means(verb: Any) -> bool:
    """ "might have spotted the loop with a second read", "might well have avoided it by
    waiting": what a step not taken would have averted. "Oksana might have run the purge"
    only guesses what happened (decision 31)."""
    if verb.lemma_ not in AVERTED_LEMMAS:
        return False
    for c in (c for c in verb.children if c.dep_ == "prep"):
        if c.lower_ == "by" and any(g.tag_ == "VBG" for g in c.children):
            return True  # "by waiting until Monday"
        objects = [p for p in c.children if p.dep_ == "pobj"]
        if c.lower_ == "with" and any(a.dep_ == "amod" for p in objects for a in p.children):
            return True  # "with a second read"
    return False


def untaken_step(verb: Any) -> Any | None:
    """ "A quick look at the calendar would have saved everyone a weekend", "Wouldn't a
    second pair of eyes have caught it?": a step people did not take, and what it would
    have averted. Returns the step."""
    if verb.tag_ != "VBN" or verb.lemma_ not in AVERTED_LEMMAS:
        return None
    kids = list(verb.children)
    modals = [c for c in kids if c.dep_ == "aux" and c.lower_ in _HINDSIGHT]
    if not modals or not any(c.dep_ == "aux" and c.lower_ in HAVE for c in kids):
        return None
    if any(c.dep_ == "neg" for c in kids) and not (
        verb.doc.text.rstrip().endswith("?") and _opens_negated(modals[0])
    ):
        return None
    steps = [c for c in kids if c.dep_ == "nsubj" and c.lemma_ in HINDSIGHT_ACTS]
    return next((s for s in steps if TRIED_HAVE.found(verb.doc, s.i)), None)


def _retrospect(doc: Any) -> bool:
    return any(RETRO.found(doc, t.i) or LOOKING_BACK.found(doc, t.i) for t in doc)


def better_choice(verb: Any) -> Any | None:
    """ "A better response would have been to fail over first", "The safer path, in
    retrospect, was for the DBA to wait", "Looking back, we needed to call the vendor
    sooner": a verdict on a choice people did not make. Returns its subject."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    if verb.lemma_ == "need" and verb.tag_ == "VBD":
        to_do = [c for c in kids if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
        if any(a.lower_ == "to" for c in to_do for a in c.children) and _retrospect(verb.doc):
            return next((c for c in subjects(verb) if people_subject(c, "")), None)
        return None
    if verb.lemma_ != "be" or any(c.dep_ in ("acomp", "attr") for c in kids):
        return None  # "The right call would have been hard to make": about the call
    choice = [
        c
        for c in kids
        if c.dep_ == "nsubj"
        and c.lemma_ in CHOICE_NOUNS
        and any(a.lower_ in BETTER_CHOICE for a in c.children)
    ]
    acts = [
        c
        for c in kids
        if c.dep_ in ("xcomp", "advcl", "ccomp")
        and c.pos_ == "VERB"
        and any(a.lower_ == "to" for a in c.children)
    ]
    if not choice or not acts:
        return None
    modal = any(c.lower_ in _HINDSIGHT for c in kids) and any(c.lower_ in HAVE for c in kids)
    better = next(a for a in choice[0].children if a.lower_ in BETTER_CHOICE)
    if (modal and BETTER_HAVE.found(verb.doc, better.i)) or _retrospect(verb.doc):
        return choice[0]
    return None


def _since(verb: Any) -> bool:
    """The state runs back from a point: "since the June rotation", "all along"."""
    return any(
        c.lower_ == "since" or (c.lower_ == "along" and c.dep_ == "advmod") for c in verb.children
    )


def passive_hindsight(verb: Any) -> Any | None:
    """ "The schema change should have been reviewed (by someone from the data team)":
    hindsight about people's work with no person as subject (decision 34). Returns the
    person agent, or the participle itself when it names people's work; "The alert should
    have been sent to the secondary" is about a system."""
    if verb.tag_ != "VBN":
        return None
    been = [c for c in verb.children if c.dep_ == "auxpass" and c.lower_ == "been"]
    doc = verb.doc
    if not been or not (PASSIVE_HAVE.found(doc, been[0].i) or IDEAL_HAVE.found(doc, been[0].i)):
        return None
    who = agent(verb)
    if who is not None:
        return who if people_subject(who, "") else None
    for by in (c for c in verb.children if c.dep_ == "agent"):
        # "followed to the letter by whoever was on call": the parser makes a clause of it
        return next((t for t in by.subtree if t.lower_ == "whoever"), None)
    if verb.lemma_.lower() in SUMMONED_LEMMAS:
        # "the secondary would have been pulled in": people brought into the response
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return verb if any(is_person(p, plural_roles=True) for p in patients) else None
    return verb if verb.lemma_.lower() in PEOPLE_WORK_LEMMAS else None


def conditional(verb: Any) -> bool:
    """ "If X had VBN" or "Had X VBN" (inverted), about what a person did not do."""
    # The tagger often reads the participle after an inverted "had" as past tense (or
    # base form: "had they read").
    if verb.tag_ not in ("VBN", "VBD", "VB") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    doc = verb.doc
    had = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"]
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    first = had[0].i if had and verb.tag_ != "VB" else -1
    if first >= 0 and (("if" in marks and IF_HAD.found(doc, first)) or INVERTED.found(doc, first)):
        return True
    # Mid-sentence, the parser may not even attach the "had" to its verb.
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    before = subj[0].left_edge.i - 1 if subj else -1
    return before >= 0 and doc[before].lower_ == "had" and _late_inversion(verb, doc[before])


def _late_inversion(verb: Any, had: Any) -> bool:
    """ "The team would have seen it had they read the notes", about the main subject."""
    if verb.lemma_ == "be" or not LATE_HAD.found(verb.doc, had.i) or not inversion(had):
        return False
    if had.nbor().lower_ not in ("they", "them"):
        return True
    # "they" names people only if the hindsight before it is about people.
    for main in verb.doc[: had.i]:
        kids = [c.lower_ for c in main.children if c.dep_ == "aux"]
        if main.tag_ == "VBN" and HAVE.intersection(kids) and _HINDSIGHT.intersection(kids):
            return any(people_subject(s, "") for s in subjects(main))
    return False
