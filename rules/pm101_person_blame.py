"""PM101 person-blame."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from models import Document, Hit, Severity
from rules.base import Near, rule
from rules.common import (
    agent,
    in_quotes,
    is_negated,
    is_person,
    nameish,
    sentences,
    someone_before,
    subjects,
    words_of,
)
from rules.lexicon import (
    BAD_ADJECTIVES,
    CAUSE_VERBS,
    FAULT_NOUNS,
    HARMED_WORDS,
    INTRODUCE_VERBS,
    LAPSE_VERBS,
    MISTAKE_ADVERBS,
    REMOVAL_VERBS,
    WITHOUT_OBJECTS,
    forms,
)

_REMEDIAL = frozenset(
    "stale duplicate old unused orphaned stuck leaked compromised temporary test noisy "
    "obsolete redundant dangling expired malicious extra".split()
)
_PLANNED = frozenset("agreed planned instructs instructed documented scheduled".split())
_HYPOTHETICAL = frozenset({"if", "unless", "whether"})
_QUALIFIERS = {"by": {"accident", "mistake", "error"}, "without": WITHOUT_OBJECTS}
_FAIL_TO = forms("fail fails failed failing neglect neglects neglected neglecting")
_POSSESSIVES = forms("'s ’s his her my their")
_ERRORS = forms("error errors")
#: Failure verbs that also name deliberate work: they need evidence (see `_harmful`).
_DELIBERATE = REMOVAL_VERBS | forms(
    "skip skips skipped skipping break breaks broke broken breaking"
)
#: How far after a verb its bad or harmed object may sit ("pushed a bad config",
#: "dropped the whole production table"): the trigger patterns and the rule agree on it.
WINDOW = 4
#: Committing or posting a secret is a failure whatever the adjectives.
SECRET_WORDS = forms(
    "key keys secret secrets password passwords token tokens credential credentials api-key apikey"
)
_LEAK_VERBS = forms(
    "commit commits committed committing push pushed pushes paste pasted post posted "
    "upload uploaded share shared leak leaked leaks expose exposed check checked"
)


def _caused_by_someone(cause: Any, tok: Any) -> bool:
    """ "caused by the on-call engineer", "caused by Jordan": a person-like word after "by"."""
    doc = cause.doc
    return (
        cause.i + 1 < len(doc) and doc[cause.i + 1].lower_ == "by" and tok.i > cause.i + 1
        and nameish(tok)
    )  # fmt: skip


LEXICON = (
    LAPSE_VERBS
    | MISTAKE_ADVERBS
    | (FAULT_NOUNS - _ERRORS)
    | {"by accident", "by mistake", "by error", "blame"}
    | {f"without {w}" for w in WITHOUT_OBJECTS}
) - {"broken"}
#: "error" alone is everywhere in post-mortems ("error rate"): it blames next to a person.
ERROR_OF_PERSON = (
    Near(_ERRORS, _POSSESSIVES, before=3),  # "Kai's error", "his careless error"
    Near(_ERRORS, frozenset({"by", "on", "of"}), after=1),  # "an error by the DBA"
)
#: Words one of which a sentence needs before its parse is worth walking.
WORDS = frozenset(
    LAPSE_VERBS | REMOVAL_VERBS | MISTAKE_ADVERBS | FAULT_NOUNS | BAD_ADJECTIVES | HARMED_WORDS
    | CAUSE_VERBS | _FAIL_TO | SECRET_WORDS | {"by", "without", "blame"}
)  # fmt: skip
CAUSED_BY_SOMEONE = Near(CAUSE_VERBS, after=5, test=_caused_by_someone)  # "caused by Jordan"
SOMEONE_CAUSED = Near(CAUSE_VERBS, before=1, test=lambda _, t: nameish(t))  # "Dave caused"
SOMEONE_FAILED_TO = Near(_FAIL_TO, frozenset({"to"}), after=1, test=lambda v, _: someone_before(v))
HAD_BROKEN = Near(frozenset({"broken"}), frozenset({"had", "has", "have", "'ve"}), before=2)
NEAR = (
    *ERROR_OF_PERSON,
    Near(SECRET_WORDS, _LEAK_VERBS, before=WINDOW),  # "committed the API key"
    Near(BAD_ADJECTIVES, INTRODUCE_VERBS, before=WINDOW),  # "pushed a bad config"
    Near(HARMED_WORDS | BAD_ADJECTIVES, REMOVAL_VERBS, before=WINDOW),  # "dropped prod"
    SOMEONE_CAUSED,
    CAUSED_BY_SOMEONE,
    SOMEONE_FAILED_TO,
    HAD_BROKEN,
)


def _after(verb: Any, words: frozenset[str]) -> list[Any]:
    """Tokens from `words` within the trigger window after the verb."""
    doc = verb.doc
    return [t for t in doc[verb.i + 1 : verb.i + 1 + WINDOW] if t.lower_ in words]


def _qualified(verb: Any) -> bool:
    """The action is marked as a mistake: "accidentally", "by accident", "without testing"."""
    # Qualifiers hang from the verb or, misattached, from its object ("ran the migration
    # ... by accident"); they never come from another clause.
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "pobj", "prep"))]
    for h in heads:
        for c in h.children:
            if c.dep_ == "advmod" and c.lower_ in MISTAKE_ADVERBS:
                return True
            if c.dep_ == "prep" and c.lower_ in ("by", "without"):
                # Only the words right after the preposition count ("without testing"),
                # exactly as the trigger phrases are written.
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.i == c.i + 1]
                if any(o.lower_ in _QUALIFIERS[c.lower_] for o in objs):
                    return True
    return False


def _bad_object(verb: Any) -> bool:
    """ "pushed *a bad config*", "selected *the wrong cluster*": introducing something bad.

    Removing or fixing a bad thing ("removes invalid memberships", "cleaned up the wrong
    pods") is the opposite of a failure.
    """
    if verb.lower_ not in INTRODUCE_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "dative")]
    if any(o.lower_ in SECRET_WORDS for o in objs if o in _after(verb, SECRET_WORDS)):
        return verb.lower_ in _LEAK_VERBS  # "committed the AWS key to the public repo"
    return any(
        a.head in objs and a.dep_ in ("amod", "compound") for a in _after(verb, BAD_ADJECTIVES)
    )


def _harmful(verb: Any) -> bool:
    """Breaking, skipping or removing as a failure, not as clean-up or remediation.

    Timelines are full of people deleting stuck pods and stray versions to recover, so
    removals blame only with evidence: a wrong or valuable target right after the verb
    ("the production table", "the wrong partition"), and no sign of a remedy.
    """
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return False  # "dropped into a psql session", "skips to step 7"
    if verb.lower_.startswith("br") and any(
        c.lower_ in ("into", "down", "up", "out") for c in verb.children
    ):
        return False  # "broke the response into workstreams"
    subtree = {m.i for o in objs for m in o.subtree}
    if any(verb.doc[i].lower_ in _REMEDIAL for i in subtree):
        return False
    purpose = any(
        c.dep_ in ("advcl", "xcomp")
        and c.pos_ == "VERB"
        and any(m.lower_ in ("to", "so") for m in c.children)
        for c in verb.children
    )
    if purpose or any(t.lower_ in _PLANNED for t in verb.sent):
        return False
    if verb.lower_ in LAPSE_VERBS:
        return True  # "broke the build", "skipped the canary"
    return any(t.i in subtree for t in _after(verb, HARMED_WORDS | BAD_ADJECTIVES))


def _hypothetical(verb: Any) -> bool:
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL for c in v.children):
        return True
    modal = [c for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"]
    has_have = any(c.lower_ in ("have", "'ve") for c in v.children)
    return bool(modal) and not has_have


def _failure(verb: Any) -> bool:
    """The verb, as written, is a failure (only surface forms of the triggers count)."""
    low = verb.lower_
    if low in _FAIL_TO:
        return SOMEONE_FAILED_TO.found(verb.doc, verb.i)  # "Jun failed to escalate"
    if low == "broken" and not HAD_BROKEN.found(verb.doc, verb.i):
        return False  # "a broken build" describes; "had broken the build" blames
    if low in _DELIBERATE:
        return _qualified(verb) or _harmful(verb)
    if low in LAPSE_VERBS:
        return True
    if low in CAUSE_VERBS:
        return _cause(verb)
    return _qualified(verb) or _bad_object(verb)


def _cause(verb: Any) -> bool:
    """ "caused by Jordan", or "Dave caused ..." with the subject right before the verb."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "by":
        return CAUSED_BY_SOMEONE.found(doc, verb.i)
    if verb.i == 0:
        return False
    prev = doc[verb.i - 1]
    return prev.dep_ in ("nsubj", "nsubjpass") and SOMEONE_CAUSED.found(doc, verb.i)


def _error_next_to_person(tok: Any) -> bool:
    """ "error" with a possessive close before it, or "by"/"on"/"of" right after."""
    return any(n.found(tok.doc, tok.i) for n in ERROR_OF_PERSON)


def _part_of(noun: Any) -> Any:
    """ "on Søren's part", "on the part of the deploy engineer" name the person."""
    if noun.lower_ != "part":
        return noun
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), noun)
    return noun


def _nothing(verb: Any) -> bool:
    """ "Kofi forgot nothing": a failure verb with a negative object denies the failure."""
    return any(c.dep_ == "dobj" and c.lower_ in ("nothing", "none") for c in verb.children)


def blame(sent: Any) -> list[tuple[Any, Any, str]]:
    """(person token, culprit token, what) for each place a person is blamed (cached)."""
    found = sent.user_data.get("pmlint_cache_blame")
    if found is None:
        found = [] if WORDS.isdisjoint(words_of(sent)) else list(_blame(sent))
        sent.user_data["pmlint_cache_blame"] = found
    return found


def _blame(sent: Any) -> Iterator[tuple[Any, Any, str]]:
    for tok in sent:
        if in_quotes(tok):
            continue
        if tok.pos_ in ("VERB", "AUX") and _failure(tok):
            if is_negated(tok) or _hypothetical(tok) or _nothing(tok):
                continue
            who = agent(tok) if tok.tag_ == "VBN" and agent(tok) is not None else None
            people = [who] if who is not None else [
                s for s in subjects(tok) if s.dep_ != "nsubjpass"
            ]  # fmt: skip
            for p in people:
                # "which team member pushed ..." asks; it names nobody (PM102's business).
                if any(c.lower_ in ("which", "what") for c in p.children):
                    continue
                if p is not None and is_person(p):
                    yield p, tok, tok.lower_
                    break
        elif (tok.lower_ in FAULT_NOUNS or tok.lower_ == "blame") and (
            tok.lower_ not in _ERRORS or _error_next_to_person(tok)
        ):
            # "Blame lies with Søren": the person hangs from the verb "blame" is subject of.
            holders = [tok, tok.head] if tok.lower_ == "blame" and tok.dep_ == "nsubj" else [tok]
            for c in (c for h in holders for c in h.children):
                person = None
                if c.dep_ == "poss":
                    person = c
                elif c.dep_ == "prep" and c.lower_ in ("by", "with", "on"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    for o in objs:
                        person = _part_of(o)
                if person is not None and is_person(person) and not is_negated(tok):
                    yield person, tok, tok.lower_
                    break


@rule(
    "PM101",
    "person-blame",
    severity=Severity.ERROR,
    lexicon=LEXICON,
    near=NEAR,
)
def person_blame(doc: Document, options: None) -> Iterator[Hit]:
    """A person is named as the agent of a failure.

    ## Why is this bad?
    "Dave pushed a bad config" ends the inquiry at Dave. The next person in Dave's seat
    would have done the same, because the system let them: the review did not catch it,
    the deploy did not check it, nothing warned. Naming the person also teaches everyone
    to hide their part next time. Describe what happened and what the system allowed.
    Normal response work ("Jun paged the database team") is fine; so are systems as the
    subjects of failures ("the autoscaler failed to add nodes").

    ## Example
    ```markdown
    ## Root Cause
    Dave forgot to renew the TLS certificate, so the API went down.
    ```

    Use instead:
    ```markdown
    ## Root Cause
    The TLS certificate was renewed by hand and nothing alerted before it expired, so
    the API went down.
    ```
    """
    for s in sentences(doc, "PM101"):
        seen = set()
        for person, culprit, what in blame(s.parse):
            if culprit.i in seen:
                continue
            seen.add(culprit.i)
            lo, hi = sorted((person.i, culprit.i))
            yield s.hit(
                doc,
                s.parse[lo : hi + 1],
                f"blames a person: '{person.text}' is named as the agent of '{what}'",
                "describe what the system allowed instead, e.g. 'the deploy pipeline "
                "accepted the config without a canary', not who did it",
            )
