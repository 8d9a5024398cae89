"""PM103 counterfactual."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models import Document, Hit, Severity
from rules.analysis.clauses import is_negated, subjects
from rules.analysis.people import is_person, nameish, someone_before
from rules.base import Near, rule
from rules.common import in_quotes, sentences, words_of
from rules.lexicon import TEAM_FUNCTIONS, WE, forms

#: Modals of hindsight. "must have"/"might have" infer what happened; they judge nothing.
_HINDSIGHT = frozenset(
    {"should", "could", "would", "ought", "shouldn't", "couldn't", "wouldn't", "'d", "’d"}
)  # "we'd have noticed": before "have", "'d" is always "would"
#: People who act in a response, beyond the shared role nouns ("the deploy captain").
_MORE_ROLES = frozenset(
    "captain captains shepherd scribe coordinator liaison officer maintainer "
    "maintainers committer assignee requester squad crew ic ics".split()
)
#: What happens to people: "should have received the invite by now" is an expectation.
_UNDERGONE = frozenset({"receive", "get", "hear"})
_EXPECTATION = frozenset(
    "expect anticipate like prefer want hope think imagine guess assume predict see".split()
)
_QUESTION_WORDS = frozenset({"what", "whether", "which", "how"})
_REPORTING = frozenset("say write claim suggest argue state conclude assert".split())
_SENTENCE_END = frozenset({".", "?", "!", ":", ";"})
#: Words that can open the subject of an inverted "had": "had they read", "had the DBA".
_DETERMINERS = frozenset({"the", "our", "your", "their", "a", "an", "any", "one"})
_FAIL_TO = forms("fail fails failed failing neglect neglects neglected neglecting")
_HAVE = frozenset({"have", "'ve"})

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


def _inversion(had: Any) -> bool:
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


_WORDS = _HAVE | {"had"} | _FAIL_TO
#: "We failed to see the warning", "The release manager neglected to check ...".
FAILED_TO = Near(_FAIL_TO, frozenset({"to"}), after=1, test=lambda verb, _: someone_before(verb))
MODAL_HAVE = Near(_HAVE, _HINDSIGHT, before=3, test=_modal_after_someone)  # "we should have"
INVERTED = Near(frozenset({"had"}), initial=True)  # "Had Dave checked the diff, ..."
#: "The team would have seen it had they read the notes": "had" + subject, mid-sentence.
LATE_HAD = Near(
    frozenset({"had"}), _HINDSIGHT | {"might"}, before=15, test=lambda h, _: _inverts(h)
)
#: "Shouldn't the deploy captain have looked ...?": a rhetorical question asserts.
ASKED_HAVE = Near(_HAVE, _HINDSIGHT, before=6, test=lambda _, modal: _opens_negated(modal))
IF_HAD = Near(frozenset({"had"}), frozenset({"if"}), before=10)  # "If only we had ..."


def _people(token: Any, modal: str) -> bool:
    """A person, a role, or people collectively ("we", "the team", "someone").

    "could have" states what was possible; it judges only a named person, a role or us,
    not "they" (often an attacker) or "anyone" (anyone with access could have ...).
    """
    if modal == "could" and token.lower_ in ("they", "them", "anyone", "anybody", "everyone"):
        return False
    if token.lower_ in _MORE_ROLES and token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.lower_ in WE | TEAM_FUNCTIONS or is_person(token, plural_roles=True)


def _modal(verb: Any) -> str:
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            low = c.lower_.replace("n't", "")
            return "would" if low in ("'d", "’d") else low
    return ""


def _embedded_question(verb: Any) -> bool:
    """ "what someone should have done", "whether we should have failed over".

    A pseudo-cleft that answers itself ("What the team should have done is drain
    traffic first") is a verdict, not a question.
    """
    head = verb.head
    if verb.dep_ in ("csubj", "csubjpass") and not is_negated(head):
        if head.lemma_ == "be" and any(
            c.dep_ in ("xcomp", "attr", "ccomp") and c.pos_ == "VERB" for c in head.children
        ):
            return False
        if head.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in head.children):
            return False  # "... was run the migration": the parser reads "was" as passive
    return any(
        c.lower_ in _QUESTION_WORDS and c.dep_ in ("dobj", "mark", "advmod", "nsubj")
        for c in verb.children
    )


def _rhetorical(verb: Any) -> bool:
    """ "Shouldn't the captain have looked ...?": the question asserts; nothing is negated."""
    doc = verb.doc
    modal = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in _HINDSIGHT]
    return (
        bool(modal)
        and doc.text.rstrip().endswith("?")
        and ASKED_HAVE.found(doc, next(c.i for c in verb.children if c.lower_ in _HAVE))
        and all(c.i == modal[0].i + 1 for c in verb.children if c.dep_ == "neg")
    )


def _perfect_modal(verb: Any) -> bool:
    """should/could/would (or ought to) + have + past participle, in the active voice."""
    kids = list(verb.children)
    progressive = verb.tag_ == "VBG" and any(c.lower_ == "been" for c in kids)
    if (verb.tag_ != "VBN" and not progressive) or verb.lemma_ == "be":
        return False  # "should have drained", "should have been watching"
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.text == "-":
        return False  # "should have read-only access": an adjective, not a participle
    haves = [c for c in kids if c.dep_ == "aux" and c.lower_ in _HAVE]
    if not haves or not (
        MODAL_HAVE.found(verb.doc, haves[0].i) or ASKED_HAVE.found(verb.doc, haves[0].i)
    ):
        return False
    if verb.lemma_ in _UNDERGONE or any(
        c.lower_ == "by" and any(n.lower_ == "now" for n in c.children) for c in kids
    ):
        return False  # "should have received the invite by now": an expectation
    if any(c.dep_ == "auxpass" for c in kids):
        return False  # "could have been exposed" estimates impact; it judges nobody
    modal = any(c.dep_ == "aux" and c.lower_ in _HINDSIGHT for c in kids)
    return modal or (verb.head.lower_ == "ought" and verb.dep_ == "xcomp")


def _conditional(verb: Any) -> bool:
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
    if verb.lemma_ == "be" or not LATE_HAD.found(verb.doc, had.i) or not _inversion(had):
        return False
    if had.nbor().lower_ not in ("they", "them"):
        return True
    # "they" names people only if the hindsight before it is about people.
    for main in verb.doc[: had.i]:
        kids = [c.lower_ for c in main.children if c.dep_ == "aux"]
        if main.tag_ == "VBN" and _HAVE.intersection(kids) and _HINDSIGHT.intersection(kids):
            return any(_people(s, "") for s in subjects(main))
    return False


def _condition_subjects(doc: Any) -> list[Any]:
    """The subjects of a sentence's past conditions: "if the queue had kept growing",
    "had the alert fired" (read from the words: the parser often garbles them)."""
    out = []
    for had in doc:
        if had.lower_ != "had":
            continue
        if IF_HAD.found(doc, had.i):
            start = max(t.i for t in doc[: had.i] if t.lower_ == "if") + 1
            span = doc[start : had.i]
        elif INVERTED.found(doc, had.i) or (LATE_HAD.found(doc, had.i) and _inversion(had)):
            verbs = [t.i for t in doc[had.i + 1 :] if t.pos_ in ("VERB", "AUX")]
            span = doc[had.i + 1 : verbs[0] if verbs else had.i + 1]
        else:
            continue
        nouns = [t for t in span if t.dep_ in ("nsubj", "nsubjpass")] or [
            t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON")
        ][-1:]
        out += nouns
    return out


def _system_condition(verb: Any) -> bool:
    """ "If the queue had kept growing, responders would have shed load": the outcome
    hangs on a system, so the sentence describes a plan or an impact, not a verdict."""
    subj = _condition_subjects(verb.doc)
    return bool(subj) and not any(_people(s, "") for s in subj)


def _lost_subject(verb: Any) -> list[Any]:
    """ "@o.bakare should have been tailing ...": the parser reads some @handles as
    auxiliaries, or drops them."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    first = min([verb.i, *(c.i for c in auxes)])
    prev = verb.doc[first - 1] if first > 0 else None
    handles = [c for c in [prev, *auxes] if c is not None and c.text.startswith("@")]
    return handles[:1]


def _quoted_from_a_record(verb: Any) -> bool:
    """ "The first draft said the IC should have paged sooner": a record's words, under
    discussion, not the review's own verdict."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ not in _REPORTING:
        return False
    said_by = subjects(head)
    return bool(said_by) and not any(_people(s, "") for s in said_by)


def counterfactuals(sent: Any) -> Iterator[tuple[Any, Any]]:
    """(subject, verb) for each hindsight judgement about what people should have done."""
    if _WORDS.isdisjoint(words_of(sent)):
        return
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or in_quotes(verb):
            continue
        if is_negated(verb) and not _rhetorical(verb):
            continue
        hindsight = _perfect_modal(verb) or _conditional(verb)
        if not hindsight and verb.lower_ in _FAIL_TO:
            hindsight = FAILED_TO.found(verb.doc, verb.i)
        if not hindsight or _embedded_question(verb) or _quoted_from_a_record(verb):
            continue
        modal = _modal(verb)
        if modal == "would" and (verb.lemma_ in _EXPECTATION or _system_condition(verb)):
            continue  # "what we would have expected to see": an expectation, not a verdict
        for subj in subjects(verb) or subjects(verb.head) or _lost_subject(verb):
            if _people(subj, modal):
                yield subj, verb
                break


@rule(
    "PM103",
    "counterfactual",
    severity=Severity.WARNING,
    near=(MODAL_HAVE, ASKED_HAVE, INVERTED, LATE_HAD, IF_HAD, FAILED_TO),
)
def counterfactual(doc: Document, options: None) -> Iterator[Hit]:
    """Hindsight about what people should have done.

    ## Why is this bad?
    "We should have caught this in staging" judges the past with knowledge nobody had
    at the time, and stops there. It hides the real question: what did people know,
    what were they trying to do, and why did their actions make sense to them? Those
    answers point at what to change. Hindsight comes as "should have", "we'd have
    noticed", "had they read the notes", "Shouldn't the captain have looked ...?" and
    "What the team should have done is ...". Counterfactuals about systems ("the rate
    limiter could have absorbed the burst", "if the queue had kept growing, responders
    would have shed load"), decisions explained by what was known ("failing over would
    have meant losing the write queue") and expectations about now ("should have
    received the invite by now") are fine.

    ## Example
    ```markdown
    ## What could be improved
    The on-call engineer should have escalated sooner.
    ```

    Use instead:
    ```markdown
    ## What could be improved
    The on-call engineer kept debugging for 40 minutes because the runbook has no
    escalation threshold; the first page gave no hint that the database was involved.
    ```
    """
    for s in sentences(doc, "PM103"):
        # One finding per sentence: "If we had deployed ..., we would have isolated ..."
        # is one piece of hindsight, not two.
        for subj, verb in list(counterfactuals(s.parse))[:1]:
            lo, hi = sorted((subj.i, verb.i))
            yield s.hit(
                doc,
                s.parse[lo : hi + 1],
                "hindsight: describe what was known and why the action made sense at the "
                "time, not what should have happened",
                "e.g. 'The alert named the cache, not the database, so responders kept "
                "debugging the cache' instead of 'we should have escalated sooner'",
            )
