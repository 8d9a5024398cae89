"""What makes an action, as written, a failure: a lapse verb ("forgot", "skipped",
"clobbered"), "failed to", an action marked as a mistake ("by accident", "without a
canary"), introducing something bad ("pushed a bad config", "committed the API key"),
removing something valuable ("dropped the production table"), causing the outage, a
wrong target or a two-word lapse. Deliberate and imagined actions are not failures."""

from __future__ import annotations

from typing import Any

from rules.analysis.benign import (
    known_noise,
    missed_event,
    on_purpose,
    purpose,
    to_do,
    undergone,
)
from rules.analysis.clauses import is_negated
from rules.analysis.lapse_phrases import phrasal_lapse
from rules.analysis.people import nameish, someone_before
from rules.analysis.verb_forms import hyphen_prefix
from rules.analysis.wrong_target import instead_of, mistaken_belief, wrong_target
from rules.base import Near
from rules.common import words_of
from rules.lexicon import (
    BAD_ADJECTIVES,
    CAUSE_VERBS,
    CHECK_LEMMAS,
    FAIL_TO,
    GO_AHEAD_LEMMAS,
    HARMED_WORDS,
    IDIOM_OBJECTS,
    INTRODUCE_VERBS,
    LAPSE_VERBS,
    MISTAKE_ADVERBS,
    REMOVAL_VERBS,
    RESTORE_FORMS,
    TOLD_FORMS,
    UNDO_WORDS,
    WARNING_SIGNS,
    WITHOUT_OBJECTS,
    forms,
)

_REMEDIAL = frozenset(
    "stale duplicate old unused orphaned stuck leaked compromised temporary test noisy "
    "obsolete redundant dangling expired malicious extra".split()
)
_PLANNED = frozenset("agreed planned instructs instructed documented scheduled".split())
QUALIFIERS = {"by": {"accident", "mistake", "error"}, "without": WITHOUT_OBJECTS}
#: A sentence needs one of these before `_qualified` can find anything in it.
_QUALIFIER_WORDS = MISTAKE_ADVERBS.union(*QUALIFIERS.values())
#: Failure verbs that also name deliberate work: they need evidence (see `_harmful`).
_DELIBERATE = REMOVAL_VERBS | forms(
    "skip skips skipped skipping break breaks broke broken breaking"
)
#: How far after a verb its bad or harmed object may sit ("pushed a bad config",
#: "dropped the whole production table"): the trigger patterns and the rule agree on it.
WINDOW = 4
#: Secrets sit further off ("pasted the service-account key"): hyphens are tokens.
SECRET_WINDOW = 6
#: Committing or posting a secret is a failure whatever the adjectives.
SECRET_WORDS = forms(
    "key keys secret secrets password passwords token tokens credential credentials api-key apikey"
)
LEAK_VERBS = forms(
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


CAUSED_BY_SOMEONE = Near(CAUSE_VERBS, after=5, test=_caused_by_someone)  # "caused by Jordan"
SOMEONE_CAUSED = Near(CAUSE_VERBS, before=1, test=lambda _, t: nameish(t))  # "Dave caused"
SOMEONE_FAILED_TO = Near(FAIL_TO, frozenset({"to"}), after=1, test=lambda v, _: someone_before(v))
HAD_BROKEN = Near(frozenset({"broken"}), frozenset({"had", "has", "have", "'ve"}), before=2)
WITHOUT = Near(frozenset({"without"}), WITHOUT_OBJECTS, after=3)  # "without a canary"
#: "Restore the records that @t.osei overwrote": a removal an action item puts back.
PUT_BACK = Near(RESTORE_FORMS, REMOVAL_VERBS, after=8)
#: "switched off log shipping and never turned it back on": a change left in place.
NEVER_UNDONE = Near(frozenset({"never"}), UNDO_WORDS, after=4)
TOLD_NOBODY = Near(TOLD_FORMS, frozenset({"nobody", "no"}), after=1)  # "and told nobody"
_LEFT_WORDS = TOLD_FORMS | {"never"}
#: "did not open the migration file before approving it": a check left out. The
#: contractions name "n't" for the block filter, which sees "didn't" as "didn", "t".
CHECKED_FIRST = Near(
    frozenset({"before"}),
    frozenset({"not", "n't", "never", "didn't", "hadn't", "doesn't", "don't"}),
    before=8,
)
DESPITE = Near(frozenset({"despite"}), WARNING_SIGNS, after=5)  # "despite three warnings"


def _after(verb: Any, words: frozenset[str], window: int = WINDOW) -> list[Any]:
    """Tokens from `words` within the trigger window after the verb."""
    doc = verb.doc
    return [t for t in doc[verb.i + 1 : verb.i + 1 + window] if t.lower_ in words]


def _qualified(verb: Any) -> bool:
    """The action is marked as a mistake: "accidentally", "by accident", "without testing"."""
    if words_of(verb.doc).isdisjoint(_QUALIFIER_WORDS):
        return False  # most verbs: no qualifier anywhere, so no need to walk the parse
    # Qualifiers hang from the verb or, misattached, from its object ("ran the migration
    # ... by accident"); they never come from another clause.
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "pobj", "prep"))]
    # "edited by Mr. Haddad to point at the live bucket, apparently by mistake": the
    # parser hangs the qualifier on the infinitive that completes the action
    heads += [
        c for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)
    ]  # fmt: skip
    heads += _lost_clause(verb)
    heads += _command_verbs(verb)
    for h in heads:
        for c in h.children:
            if c.dep_ == "advmod" and c.lower_ in MISTAKE_ADVERBS:
                return True
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "without"):
                # "by mistake" right after the preposition; "without (a|any) canary" as
                # close as the trigger allows.
                reach = 1 if c.lower_ == "by" else 3
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.i - c.i <= reach]
                if any(o.lower_ in QUALIFIERS[c.lower_] for o in objs):
                    return True
    return False


def _lost_clause(verb: Any) -> list[Any]:
    """ "Pradeep ran `terraform apply` without ...": the parser reads the verb as a modifier
    of the command it runs, and hangs what qualifies the action on the command's verb."""
    if verb.dep_ != "compound" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    node = verb.head
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    return [node.head] if node.dep_ in ("nsubj", "dobj") and node.head.i != node.i else []


def _command_verbs(verb: Any) -> list[Any]:
    """ "ran kubectl apply without ...": the command's own verb ("apply") hangs loose from
    the verb that ran it, with only the command's name in between."""
    if verb.lower_ not in INTRODUCE_VERBS:
        return []
    doc = verb.doc
    return [
        c for c in verb.children
        if c.dep_ in ("dep", "ccomp") and c.pos_ == "VERB" and 1 < c.i - verb.i <= 3
        and all(t.pos_ in ("NOUN", "PROPN") for t in doc[verb.i + 1 : c.i])
    ]  # fmt: skip


def skipped_check(verb: Any) -> bool:
    """ "The reviewer did not open the migration file before approving it", "didn't read
    the migration before running it": the negated check is the failure."""
    if "before" not in words_of(verb.doc) or verb.lemma_ not in CHECK_LEMMAS:
        return False
    if not is_negated(verb):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "before" and CHECKED_FIRST.found(verb.doc, c.i)
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )  # fmt: skip


def _never_undone(verb: Any) -> bool:
    """ "Frank switched off log shipping and never turned it back on", "The alarm was
    muted by the night operator and never unmuted", "reverted the fix and told nobody":
    the first action is the failure, because its author left it in place unannounced."""
    if words_of(verb.doc).isdisjoint(_LEFT_WORDS):
        return False
    for c in verb.children:
        if c.dep_ not in ("conj", "dep") or c.i < verb.i:
            continue
        kids = list(c.children)
        if any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
            continue  # "... and it never came back": another subject, another story
        # "unmuted" undoes by itself; "back" only with an object: "turned *it* back on",
        # not "never looked back"
        undoes = c.lower_ in UNDO_WORDS or any(k.dep_ == "dobj" for k in kids)
        if undoes and any(n.lower_ == "never" and NEVER_UNDONE.found(c.doc, n.i) for n in kids):
            return True
        if c.lower_ in TOLD_FORMS and TOLD_NOBODY.found(c.doc, c.i):
            return True  # "quietly reverted the fix and told nobody"
    return False


def _despite_warnings(verb: Any) -> bool:
    """ "Dawn carried on despite three warnings", "signed off the build despite the red
    smoke tests": going ahead past a warning sign. Choosing so, or doing it for a purpose,
    is a decision ("Despite the warnings, the IC held the primary to protect writes")."""
    if "despite" not in words_of(verb.doc) or verb.lemma_ not in GO_AHEAD_LEMMAS:
        return False
    if purpose(verb) or to_do(verb.doc[verb.i + 1 :]):
        return False
    return any(
        c.dep_ == "prep" and DESPITE.found(verb.doc, c.i)
        and any(m.lower_ in WARNING_SIGNS for m in c.subtree)
        for c in verb.children
    )  # fmt: skip


def _bad_object(verb: Any) -> bool:
    """ "pushed *a bad config*", "selected *the wrong cluster*": introducing something bad.

    Removing or fixing a bad thing ("removes invalid memberships", "cleaned up the wrong
    pods") is the opposite of a failure.
    """
    if verb.lower_ not in INTRODUCE_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "dative")]
    secrets = _after(verb, SECRET_WORDS, SECRET_WINDOW)
    if any(o.lower_ in SECRET_WORDS for o in objs if o in secrets):
        return verb.lower_ in LEAK_VERBS  # "committed the AWS key to the public repo"
    # "pushed *a bad config*", or the state it went out in: "pushed the config untested"
    return any(
        (a.head in objs and a.dep_ in ("amod", "compound")) or _depictive(verb, a)
        for a in _after(verb, BAD_ADJECTIVES)
    )


def _depictive(verb: Any, adj: Any) -> bool:
    """ "pushed the config untested", "shipped the hotfix unreviewed and untested": the
    state the object went out in (the parser may take the adjective for the object)."""
    while adj.dep_ == "conj" and adj.head.i != adj.i:
        adj = adj.head
    between = verb.doc[verb.i + 1 : adj.i]
    return (
        adj.head.i == verb.i and adj.pos_ in ("ADJ", "VERB")
        and any(t.pos_ in ("NOUN", "PROPN") for t in between)
    )  # fmt: skip


def _harmful(verb: Any) -> bool:
    """Breaking, skipping or removing as a failure, not as clean-up or remediation.

    Timelines are full of people deleting stuck pods and stray versions to recover, so
    removals blame only with evidence: a wrong or valuable target right after the verb
    ("the production table", "the wrong partition"), and no sign of a remedy.
    """
    # "the dashboards that Ngozi deleted": a relative pronoun stands for the noun it follows
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ("that", "which")]
    if not objs:
        return _put_back(verb)  # not "dropped into a psql session", "skips to step 7"
    if verb.lower_.startswith("br") and any(
        c.lower_ in ("into", "down", "up", "out") for c in verb.children
    ):
        return False  # "broke the response into workstreams"
    if any(o.lemma_.lower() in IDIOM_OBJECTS for o in objs):
        return False  # "broke the news"
    subtree = {m.i for o in objs for m in o.subtree}
    if any(verb.doc[i].lower_ in _REMEDIAL for i in subtree):
        return False
    if purpose(verb) or any(t.lower_ in _PLANNED for t in verb.sent):
        return False
    if verb.lower_ in LAPSE_VERBS:
        return True  # "broke the build", "skipped the canary"
    return any(t.i in subtree for t in _after(verb, HARMED_WORDS | BAD_ADJECTIVES))


def _put_back(verb: Any) -> bool:
    """ "Restore the records that @t.osei overwrote", "Recover the dashboards Sandy
    deleted": the removal's target is the object of an action that puts it back."""
    if verb.dep_ not in ("relcl", "acl", "advcl") or verb.lower_ not in REMOVAL_VERBS:
        return False
    head = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
    if any(t.lower_ in _REMEDIAL for t in verb.doc[head.i : verb.i]):
        return False  # "Recreate the stale pods that Kai deleted": clean-up, undone
    return head.lower_ in RESTORE_FORMS and PUT_BACK.found(verb.doc, head.i)


def is_failure(verb: Any) -> bool:
    """The verb, as written, is a failure (only surface forms of the triggers count)."""
    low = verb.lower_
    if on_purpose(verb):
        return False
    if wrong_target(verb) or instead_of(verb) or mistaken_belief(verb) or phrasal_lapse(verb):
        return True
    if _despite_warnings(verb) or _never_undone(verb) or skipped_check(verb):
        return True
    if hyphen_prefix(verb) is not None:
        return True  # "fat-fingered", "rubber-stamped"
    if low in FAIL_TO:
        # "Jun failed to escalate"; "Alice failed to receive the page" is no lapse of hers
        return SOMEONE_FAILED_TO.found(verb.doc, verb.i) and not undergone(verb)
    if low == "broken" and not HAD_BROKEN.found(verb.doc, verb.i):
        return False  # "a broken build" describes; "had broken the build" blames
    if low in _DELIBERATE:
        return _qualified(verb) or _harmful(verb)
    if low in LAPSE_VERBS:
        return not missed_event(verb) and not known_noise(verb)
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
