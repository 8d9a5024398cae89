"""PM101 person-blame."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from models import Document, Hit, Severity
from rules.analysis.clauses import agent, is_negated, subjects
from rules.analysis.people import hyphen_name, is_person, is_word, nameish, someone_before
from rules.base import Near, rule
from rules.common import in_quotes, sentence_doc, sentences, split_sentences, words_of
from rules.lexicon import (
    ABSENCE_EVENTS,
    ALERT_NOUNS,
    BAD_ADJECTIVES,
    BELIEF_FORMS,
    BLAMED_SUBJECTS,
    BYPASS_FORMS,
    CAUSE_VERBS,
    DECISION_VERBS,
    DESTRUCTIVE_VERBS,
    DISMISS_FORMS,
    ENVIRONMENTS,
    EXPOSED_WORDS,
    FAULT_COMPOUNDS,
    FAULT_NOUNS,
    FINDING_VERBS,
    GROUP_SUBJECTS,
    HARMED_WORDS,
    HYPHEN_SLIPS,
    IDIOM_OBJECTS,
    INTRODUCE_VERBS,
    LAPSE_VERBS,
    LAPSED_OUTCOMES,
    LEAVE_FORMS,
    LET_FORMS,
    MISTAKE_ADVERBS,
    OPEN_TO_PEOPLE,
    PERSON_PRONOUNS,
    PRODUCT_NAMES,
    REMOVAL_VERBS,
    ROLE_NOUNS,
    SAFEGUARDS,
    SANCTIONED_WORDS,
    SELF_APPROVE_FORMS,
    SIT_FORMS,
    SLEEP_FORMS,
    WITHOUT_OBJECTS,
    forms,
)

_REMEDIAL = frozenset(
    "stale duplicate old unused orphaned stuck leaked compromised temporary test noisy "
    "obsolete redundant dangling expired malicious extra".split()
)
_PLANNED = frozenset("agreed planned instructs instructed documented scheduled".split())
_HYPOTHETICAL = frozenset({"if", "unless", "whether", "whenever"})
_QUALIFIERS = {"by": {"accident", "mistake", "error"}, "without": WITHOUT_OBJECTS}
_FAIL_TO = forms("fail fails failed failing neglect neglects neglected neglecting")
_POSSESSIVES = forms("'s ’s his her my their")
#: Common nouns that blame only next to a person ("Kai's error", "a failure by the DBA").
_ERRORS = forms("error errors failure failures")
#: Failure verbs that also name deliberate work: they need evidence (see `_harmful`).
_DELIBERATE = REMOVAL_VERBS | forms(
    "skip skips skipped skipping break breaks broke broken breaking"
)
#: Lapse forms that are never nouns: a verb even when the small model tags it as one
#: ("Ravi forgets to bump ...").
_ONLY_VERBS = frozenset(
    w
    for w in LAPSE_VERBS
    if w.startswith(("forg", "overl", "mis", "ign")) and not w.startswith("miss")
)
_ON_PURPOSE = frozenset({"deliberately", "intentionally", "purposely", "knowingly"})
_GENERIC = frozenset({"a", "an", "any", "every", "each"})
#: Words that make the sentence before a "they" about more than one person.
_GROUPED = frozenset(GROUP_SUBJECTS | {"and", "both", "with", "team", "engineers"})
#: How far after a verb its bad or harmed object may sit ("pushed a bad config",
#: "dropped the whole production table"): the trigger patterns and the rule agree on it.
WINDOW = 4
#: Secrets sit further off ("pasted the service-account key"): hyphens are tokens.
SECRET_WINDOW = 6
#: Committing or posting a secret is a failure whatever the adjectives.
SECRET_WORDS = forms(
    "key keys secret secrets password passwords token tokens credential credentials api-key apikey"
)
_LEAK_VERBS = forms(
    "commit commits committed committing push pushed pushes paste pasted post posted "
    "upload uploaded share shared leak leaked leaks expose exposed check checked"
)
_FREEZE = forms("freeze freezes")
_DURING = frozenset({"during", "in", "despite", "through", "mid", "amid", "into"})
_HYPHEN_FORMS = frozenset(f"{p}-{v}" for p, vs in HYPHEN_SLIPS.items() for v in vs)


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
    | _HYPHEN_FORMS
    | {f"{c}-up" for c in FAULT_COMPOUNDS}
    | {"by accident", "by mistake", "by error", "blame", "the wrong"}
    | BYPASS_FORMS
) - {"broken"}
#: "error" alone is everywhere in post-mortems ("error rate"): it blames next to a person.
ERROR_OF_PERSON = (
    Near(_ERRORS, _POSSESSIVES, before=3),  # "Kai's error", "his careless error"
    Near(_ERRORS, frozenset({"by", "on", "of"}), after=1),  # "an error by the DBA"
)
#: Words one of which a sentence needs before its parse is worth walking.
WORDS = frozenset(
    LAPSE_VERBS | REMOVAL_VERBS | MISTAKE_ADVERBS | FAULT_NOUNS | BAD_ADJECTIVES | HARMED_WORDS
    | CAUSE_VERBS | _FAIL_TO | SECRET_WORDS | FAULT_COMPOUNDS | set(HYPHEN_SLIPS) | LET_FORMS
    | LEAVE_FORMS | DISMISS_FORMS | SLEEP_FORMS | SIT_FORMS | BYPASS_FORMS | BELIEF_FORMS
    | _FREEZE | SELF_APPROVE_FORMS
    | {"by", "without", "blame", "instead", "on", "down", "fault", "responsible"}
)  # fmt: skip
CAUSED_BY_SOMEONE = Near(CAUSE_VERBS, after=5, test=_caused_by_someone)  # "caused by Jordan"
SOMEONE_CAUSED = Near(CAUSE_VERBS, before=1, test=lambda _, t: nameish(t))  # "Dave caused"
SOMEONE_FAILED_TO = Near(_FAIL_TO, frozenset({"to"}), after=1, test=lambda v, _: someone_before(v))
HAD_BROKEN = Near(frozenset({"broken"}), frozenset({"had", "has", "have", "'ve"}), before=2)
WITHOUT = Near(frozenset({"without"}), WITHOUT_OBJECTS, after=3)  # "without a canary"
LET_LAPSE = Near(LET_FORMS, LAPSED_OUTCOMES, after=8)  # "let the registration expire"
LEFT_OPEN = Near(LEAVE_FORMS, EXPOSED_WORDS, after=6)  # "left port 9200 open"
DISMISSED = Near(DISMISS_FORMS, ALERT_NOUNS, after=4)  # "dismissed the disk alert"
SLEPT_THROUGH = Near(SLEEP_FORMS, frozenset({"through"}), after=1)
SAT_ON = Near(SIT_FORMS, frozenset({"on"}), after=1)
OWN_CHANGE = Near(frozenset({"own"}), SELF_APPROVE_FORMS, before=3)  # "approved his own PR"
THINKING = Near(BELIEF_FORMS, ENVIRONMENTS, before=10)  # "on the production cluster, thinking"
IN_FREEZE = Near(_FREEZE, INTRODUCE_VERBS, before=10)  # "shipped v7.2 during the freeze"
IS_ON = Near(frozenset({"on"}), frozenset({"is", "was", "'s"}), before=1)  # "is on Bram"
DOWN_TO = Near(frozenset({"down"}), frozenset({"to"}), after=1)  # "was down to Ines"
AT_FAULT = Near(frozenset({"fault"}), frozenset({"at"}), before=1)  # "was at fault"
RESPONSIBLE_FOR = Near(frozenset({"responsible"}), frozenset({"for"}), after=1)
_DESTRUCTIVE_FORMS = forms(
    "delete deletes deleted deleting drop drops dropped dropping wipe wipes wiped wiping "
    "overwrite overwrites overwrote overwritten overwriting nuke nukes nuked nuking purge "
    "purges purged purging truncate truncates truncated truncating destroy destroys "
    "destroyed destroying reboot reboots rebooted rebooting restart restarts restarted "
    "restarting kill kills killed killing terminate terminates terminated terminating "
    "detach detaches detached detaching revoke revokes revoked revoking disable disables "
    "disabled disabling reset resets resetting remove removes removed removing flush "
    "flushes flushed flushing"
)
#: "instead of" blames only with an environment or a destructive step in the sentence
#: (see `_instead`); most "instead of"s in post-mortems are neither.
INSTEAD = Near(frozenset({"instead"}), ENVIRONMENTS | _DESTRUCTIVE_FORMS, before=60, after=60)
NEAR = (
    *ERROR_OF_PERSON,
    INSTEAD,
    Near(SECRET_WORDS, _LEAK_VERBS, before=SECRET_WINDOW),  # "committed the API key"
    Near(BAD_ADJECTIVES, INTRODUCE_VERBS, before=WINDOW),  # "pushed a bad config"
    Near(HARMED_WORDS | BAD_ADJECTIVES, REMOVAL_VERBS, before=WINDOW),  # "dropped prod"
    SOMEONE_CAUSED,
    CAUSED_BY_SOMEONE,
    SOMEONE_FAILED_TO,
    HAD_BROKEN,
    WITHOUT,
    LET_LAPSE,
    LEFT_OPEN,
    DISMISSED,
    SLEPT_THROUGH,
    SAT_ON,
    OWN_CHANGE,
    THINKING,
    IN_FREEZE,
    IS_ON,
    DOWN_TO,
    AT_FAULT,
    RESPONSIBLE_FOR,
)


def _after(verb: Any, words: frozenset[str], window: int = WINDOW) -> list[Any]:
    """Tokens from `words` within the trigger window after the verb."""
    doc = verb.doc
    return [t for t in doc[verb.i + 1 : verb.i + 1 + window] if t.lower_ in words]


def compound_start(tok: Any) -> int | None:
    """Where a hyphenated verb starts: "bulk-deleted" is "bulk", "-", "deleted"."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or not doc[i - 2].is_lower or not doc[i - 2].is_alpha:
        return None
    if hyphen_prefix(tok) is not None or tok.tag_ in ("VBD", "VBN", "VBZ"):
        return i - 2
    return None


def hyphen_prefix(tok: Any) -> int | None:
    """Where a hyphenated slip starts: "fat-fingered" is "fat", "-", "fingered"."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-":
        return None
    forms_ = HYPHEN_SLIPS.get(doc[i - 2].lower_)
    return i - 2 if forms_ and tok.lower_ in forms_ else None


def _qualified(verb: Any) -> bool:
    """The action is marked as a mistake: "accidentally", "by accident", "without testing"."""
    # Qualifiers hang from the verb or, misattached, from its object ("ran the migration
    # ... by accident"); they never come from another clause.
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "pobj", "prep"))]
    for h in heads:
        for c in h.children:
            if c.dep_ == "advmod" and c.lower_ in MISTAKE_ADVERBS:
                return True
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "without"):
                # "by mistake" right after the preposition; "without (a|any) canary" as
                # close as the trigger allows.
                reach = 1 if c.lower_ == "by" else 3
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.i - c.i <= reach]
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
    secrets = _after(verb, SECRET_WORDS, SECRET_WINDOW)
    if any(o.lower_ in SECRET_WORDS for o in objs if o in secrets):
        return verb.lower_ in _LEAK_VERBS  # "committed the AWS key to the public repo"
    return any(
        a.head in objs and a.dep_ in ("amod", "compound") for a in _after(verb, BAD_ADJECTIVES)
    )


def _purpose(verb: Any) -> bool:
    """ "... to stop the bleeding", "... so that writes kept flowing": done on purpose."""
    doc = verb.doc
    if "so" in words_of(doc) and any(
        t.lower_ == "so" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "that"
        for t in doc[verb.i + 1 :]
    ):
        return True  # the small model often misreads "so that" as a coordinator
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.pos_ in ("VERB", "AUX")
        and any(m.lower_ in ("to", "so") for m in c.children)
        for c in verb.children
    )


def _to_do(span: Any) -> bool:
    """ "... instead of the primary to avoid load": a purpose, however it is parsed."""
    return any(
        t.tag_ == "TO" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VB" for t in span
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
    if any(o.lemma_.lower() in IDIOM_OBJECTS for o in objs):
        return False  # "broke the news"
    subtree = {m.i for o in objs for m in o.subtree}
    if any(verb.doc[i].lower_ in _REMEDIAL for i in subtree):
        return False
    if _purpose(verb) or any(t.lower_ in _PLANNED for t in verb.sent):
        return False
    if verb.lower_ in LAPSE_VERBS:
        return True  # "broke the build", "skipped the canary"
    return any(t.i in subtree for t in _after(verb, HARMED_WORDS | BAD_ADJECTIVES))


def _hypothetical(verb: Any, start: int | None = None) -> bool:
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL for c in v.children):
        return True
    modal = [c for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"]
    has_have = any(c.lower_ in ("have", "'ve") for c in v.children)
    if modal and not has_have:
        return True
    # The small model misparses hyphenated verbs: read "If an engineer fat-fingers ..."
    # from the words, up to the clause's start.
    for t in reversed(verb.doc[: verb.i if start is None else start]):
        if t.text in (",", ";", ":"):
            break
        if t.lower_ in _HYPOTHETICAL:
            return True
    return False


def _on_purpose(verb: Any) -> bool:
    """ "nuked the CDN cache on purpose", "deliberately left the old path enabled"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _ON_PURPOSE:
            return True
        if c.lower_ == "on" and any(g.lower_ == "purpose" for g in c.children):
            return True
    return False


def _the_wrong(noun: Any) -> bool:
    """ "the wrong region": a mistaken target ("a wrong value" is only an erroneous one)."""
    doc = noun.doc
    return any(
        a.dep_ == "amod" and a.lower_ == "wrong" and a.i > 0 and doc[a.i - 1].lower_ == "the"
        for a in noun.children
    )


def _targets(verb: Any) -> list[Any]:
    """What the action was aimed at: objects, passive subjects, and objects of its
    prepositions ("failed over *the wrong region*", "clicked Delete on *production*")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _wrong_target(verb: Any) -> bool:
    """ "detached the wrong volume", "The wrong snapshot was restored by the DBA"."""
    if verb.lemma_ in FINDING_VERBS or verb.lemma_ == "be":
        return False
    return any(_the_wrong(t) for t in _targets(verb))


def _instead(verb: Any) -> bool:
    """ "ran the backfill against prod instead of the staging replica", "truncated the
    table instead of archiving it": the action was aimed at the wrong environment, or a
    destructive step was taken instead of a gentler one."""
    doc = verb.doc
    if "instead" not in words_of(doc):
        return False  # most sentences: no need to walk them for every verb
    for t in doc:
        if t.lower_ != "instead" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "of":
            continue
        owner = t
        while owner.pos_ not in ("VERB", "AUX") and owner.head.i != owner.i:
            owner = owner.head
        if owner.pos_ not in ("VERB", "AUX"):
            # Lost in a fragment ("Classic user error: the admin bulk-deleted users
            # instead of ..."): the nearest verb before it in the same clause.
            owner = _verb_before(doc, t.i) or owner
        if owner.i != verb.i:
            continue
        if verb.lemma_ in DECISION_VERBS or _purpose(verb) or _to_do(doc[t.i + 2 :]):
            return False  # "chose the primary instead of the standby": a decision
        alternative = doc[t.i + 2 : t.i + 4]
        if verb.lemma_ in DESTRUCTIVE_VERBS and any(a.tag_ == "VBG" for a in alternative):
            return True
        aimed = {m.lower_ for x in _targets(verb) for m in x.subtree}
        aimed |= {m.lower_ for m in doc[t.i + 2 : t.i + 6]}  # "... instead of the staging copy"
        return bool(aimed & ENVIRONMENTS)
    return False


def _verb_before(doc: Any, i: int) -> Any | None:
    for t in reversed(doc[:i]):
        if t.text in (",", ";", ":"):
            return None
        if t.pos_ == "VERB":
            return t
    return None


def _mistaken_belief(verb: Any) -> bool:
    """ "clicked Delete on the production cluster, thinking it was staging"."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.lower_ in BELIEF_FORMS and THINKING.found(verb.doc, c.i):
            inside = {m.i for m in c.subtree}
            aimed = [m for x in _targets(verb) for m in x.subtree if m.i not in inside]
            if any(m.lower_ in ENVIRONMENTS for m in aimed):
                return True
    return False


def _phrasal(verb: Any) -> bool:
    """Lapses in two words: "let the domain expire", "left port 9200 open", "slept through
    four pages", "sat on it", "dismissed the alert", "bypassing the two-person rule",
    "approved his own PR", "shipped v7.2 during the freeze"."""
    low, doc = verb.lower_, verb.doc
    kids = list(verb.children)
    if low in LET_FORMS and LET_LAPSE.found(doc, verb.i):
        near = {m.i for m in verb.subtree if m.i > verb.i}
        return any(doc[i].lower_ in LAPSED_OUTCOMES for i in near if i - verb.i <= 8)
    if low in LEAVE_FORMS and LEFT_OPEN.found(doc, verb.i):
        if any(c.dep_ == "dobj" and c.lemma_.lower() in OPEN_TO_PEOPLE for c in kids):
            return False
        # "left port 9200 open", "left the bucket public" (read as its object)
        return any(c.lower_ in EXPOSED_WORDS and c.dep_ != "prep" for c in kids)
    if low in DISMISS_FORMS and DISMISSED.found(doc, verb.i):
        alert = any(c.dep_ == "dobj" and c.lower_ in ALERT_NOUNS for c in kids)
        return alert and not _known_noise(verb)
    if (low in SLEEP_FORMS and SLEPT_THROUGH.found(doc, verb.i)) or (
        low in SIT_FORMS and SAT_ON.found(doc, verb.i)
    ):
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("through", "on")]
        return any(g.lower_ in ALERT_NOUNS for p in preps for g in p.children)
    if low in BYPASS_FORMS:
        return any(c.dep_ == "dobj" and c.lower_ in SAFEGUARDS for c in kids)
    if low in SELF_APPROVE_FORMS:
        objs = [c for c in kids if c.dep_ == "dobj"]
        return any(
            a.lower_ == "own" and OWN_CHANGE.found(doc, a.i) for o in objs for a in o.children
        )
    if low in INTRODUCE_VERBS:
        for m in verb.subtree:
            if m.lower_ in _FREEZE and IN_FREEZE.found(doc, m.i):
                path = [a for a in m.ancestors if verb in a.ancestors or a == verb]
                if any(a.dep_ == "prep" and a.lower_ in _DURING for a in path):
                    return not any(t.lemma_ in SANCTIONED_WORDS for t in doc)
    return False


def _missed_event(verb: Any) -> bool:
    """ "Sara missed the whole incident": not there, not a lapse."""
    return verb.lemma_ == "miss" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ABSENCE_EVENTS for c in verb.children
    )


def _known_noise(verb: Any) -> bool:
    """ "ignores the flapping alert, a known false positive": ignoring noise as agreed."""
    if verb.lemma_ not in ("ignore", "dismiss"):
        return False
    words = [m.lower_ for c in verb.children if c.dep_ == "dobj" for m in c.subtree]
    return any(t.lower_ == "known" for t in verb.doc) or ("false", "positive") in set(
        pairwise(words)
    )


def _failure(verb: Any) -> bool:
    """The verb, as written, is a failure (only surface forms of the triggers count)."""
    low = verb.lower_
    if _on_purpose(verb):
        return False
    if _wrong_target(verb) or _instead(verb) or _mistaken_belief(verb) or _phrasal(verb):
        return True
    if hyphen_prefix(verb) is not None:
        return True  # "fat-fingered", "rubber-stamped"
    if low in _FAIL_TO:
        return SOMEONE_FAILED_TO.found(verb.doc, verb.i)  # "Jun failed to escalate"
    if low == "broken" and not HAD_BROKEN.found(verb.doc, verb.i):
        return False  # "a broken build" describes; "had broken the build" blames
    if low in _DELIBERATE:
        return _qualified(verb) or _harmful(verb)
    if low in LAPSE_VERBS:
        return not _missed_event(verb) and not _known_noise(verb)
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
    """ "on Søren's part", "on the part of the deploy engineer", "on Dejan's end"."""
    if noun.lower_ not in ("part", "end", "side"):
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


def fault_noun(tok: Any) -> bool:
    """A fault noun: "mistake", "blunder", "oversight", or the "up" of "slip-up"."""
    doc, i = tok.doc, tok.i
    if tok.lower_ in ("up", "ups") and i >= 2 and doc[i - 1].text == "-":
        return doc[i - 2].lower_ in FAULT_COMPOUNDS
    return tok.lower_ in FAULT_NOUNS and not (i + 1 < len(doc) and doc[i + 1].text == "-")


def _is_person(tok: Any) -> bool:
    """One identifiable person. "whoever" and "neither reviewer" name nobody, and a
    who-hunt is PM102's business."""
    if tok.lower_ in ("whoever", "neither", "nobody") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children
    ):
        return False
    if is_person(tok) or hyphen_name(tok):
        return True
    # "Emily's slip-up": the small model tags some possessive names as adverbs.
    text = tok.text
    return (
        tok.dep_ == "poss" and text[:1].isupper() and text[1:].islower()
        and tok.lower_ not in PRODUCT_NAMES and not is_word(tok)
    )  # fmt: skip


def _subject_before(sent: Any, start: int) -> Any | None:
    """The person right before a verb the parser lost ("@n.haddad forgot ...",
    "Oluwaseun fat-fingered ..."): a handle, a name, a pronoun or a role."""
    i = start - 1
    while i >= 0 and sent[i].pos_ == "ADV" and sent[i].lower_ not in _HYPOTHETICAL:
        i -= 1
    if i < 0:
        return None
    tok = sent[i]
    if tok.dep_ in ("dobj", "pobj", "poss", "attr", "appos") and not tok.text.startswith("@"):
        return None
    if tok.text.startswith("@") or tok.lower_ in PERSON_PRONOUNS or _is_person(tok):
        return tok
    return None


def _cleft(p: Any) -> Any:
    """ "He was the one who broke staging", "It was the DBA who truncated ...": the
    person the cleft sentence puts in focus."""
    if p.lower_ not in ("who", "that"):
        return p
    clause = p.head
    if clause.dep_ == "relcl":
        one = clause.head
        if one.lower_ in ("one", "person", "guy") and one.dep_ == "attr":
            subj = [c for c in one.head.children if c.dep_ == "nsubj"]
            return subj[0] if subj else p
    elif clause.dep_ == "ccomp" and clause.head.lemma_ == "be":
        focus = [c for c in clause.head.children if c.dep_ == "attr" and c.i < p.i]
        return focus[0] if focus else p
    return p


def _generic(p: Any, verb: Any) -> bool:
    """ "An engineer who forgets the flag now gets a prompt": anyone, not someone."""
    noun = p.head.head if p.lower_ in ("who", "that") and p.head.dep_ == "relcl" else p
    indefinite = any(c.dep_ == "det" and c.lower_ in _GENERIC for c in noun.children)
    return indefinite and verb.tag_ in ("VBZ", "VBP", "VB")


def _framing(tok: Any) -> Any | None:
    """ "That one is on Bram", "The outage was down to Ines": the person blamed."""
    doc = tok.doc
    if tok.lower_ in ("fault", "blame", "responsible"):
        return _verdict(tok)
    if tok.lower_ == "on" and IS_ON.found(doc, tok.i):
        be = doc[tok.i - 1]
    elif tok.lower_ == "to" and tok.i > 0 and DOWN_TO.found(doc, tok.i - 1):
        be = doc[tok.i - 2] if tok.i > 1 else tok
    else:
        return None
    if be.lemma_ != "be" or any(c.dep_ in ("xcomp", "ccomp") for c in be.children):
        return None  # "It is on Jun to decide" hands over a task
    subj = [c for c in be.children if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in BLAMED_SUBJECTS for s in subj):
        return None
    person = next((g for g in tok.children if g.dep_ == "pobj"), None)
    return person if person is not None and _is_person(person) else None


def _verdict(tok: Any) -> Any | None:
    """ "Kai is to blame", "The engineer was at fault", "Priya was responsible for the
    outage" (not "for the billing service", which is ownership)."""
    doc, be = tok.doc, tok.head
    if tok.lower_ == "fault":
        be = be.head if AT_FAULT.found(doc, tok.i) and be.lower_ == "at" else tok
    elif tok.lower_ == "blame":
        if tok.dep_ != "xcomp" or not any(c.lower_ == "to" for c in tok.children):
            return None
    else:
        if not RESPONSIBLE_FOR.found(doc, tok.i) or tok.dep_ != "acomp":
            return None
        objs = [g for c in tok.children if c.lower_ == "for" for g in c.children]
        if not any(o.lemma_.lower() in BLAMED_SUBJECTS for o in objs):
            return None
    if be.lemma_ != "be" or is_negated(be):
        return None
    person = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return person if person is not None and _is_person(person) else None


def _singular_they(sent: Any, before: str) -> list[tuple[Any, Any, str]]:
    """ "Kai was on call that night. They ignored the first three pages.": a "they" that
    can only be the one person the sentence before introduced."""
    if "they" not in words_of(sent) or not _one_person(before, _dictionary_of(sent)):
        return []
    return [
        (tok, tok.head, tok.head.lower_)
        for tok in sent
        if tok.lower_ == "they" and tok.dep_ == "nsubj" and _verb_like(tok.head)
        and _failure(tok.head) and not (is_negated(tok.head) or _hypothetical(tok.head))
    ]  # fmt: skip


def _dictionary_of(sent: Any) -> frozenset[str]:
    return sent.user_data.get("pmlint_words") or frozenset()


def _one_person(text: str, dictionary: frozenset[str]) -> bool:
    """The last sentence of `text` is about one person, named first: "Kai was on call".

    Read from the words alone (that sentence may not have been parsed): a name that is
    not an English word, or "the"/"our" and a role, and no second name or group."""
    spans = split_sentences(text)
    if not spans:
        return False
    start, end = spans[-1]
    words = [t for t in sentence_doc(text) if start <= t.idx < end and not t.is_punct]
    if len(words) < 2 or any(t.lower_ in _GROUPED for t in words):
        return False
    first, second = words[0], words[1]
    if first.lower_ in ("the", "our") and second.lower_ in ROLE_NOUNS:
        named = [second]
    elif first.is_title and not first.is_stop and first.lower_ not in dictionary:
        named = [first]
    else:
        return False
    rest = [t for t in words if t.i > named[0].i]
    return first.lower_ not in PRODUCT_NAMES and not any(
        t.is_title and not t.is_stop and t.lower_ not in dictionary for t in rest
    )


def blame(sent: Any) -> list[tuple[Any, Any, str]]:
    """(person token, culprit token, what) for each place a person is blamed (cached)."""
    found = sent.user_data.get("pmlint_cache_blame")
    if found is None:
        found = [] if WORDS.isdisjoint(words_of(sent)) else list(_blame(sent))
        sent.user_data["pmlint_cache_blame"] = found
    return found


def _verb_like(tok: Any) -> bool:
    return (
        tok.pos_ in ("VERB", "AUX") or tok.lower_ in _ONLY_VERBS or hyphen_prefix(tok) is not None
    )


def _culprits(tok: Any) -> list[Any]:
    """Who did the failing action `tok`: the agent of a passive, else its subjects, else
    the person right before it when the parser lost the subject."""
    who = agent(tok) if tok.tag_ == "VBN" else None
    if who is not None and who.lower_ in _QUALIFIERS["by"]:
        who = None  # "purged by mistake": not an agent
    if who is not None:
        return [who]
    people = [_cleft(s) for s in subjects(tok) if s.dep_ != "nsubjpass"]
    if tok.dep_ == "acl" and not people and _is_person(tok.head):
        people = [tok.head]  # "the logs that Arnav purged by mistake"
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if not passive and not any(_is_person(p) for p in people):
        start = compound_start(tok)
        if start is not None or tok.pos_ not in ("VERB", "AUX") or not people:
            before = _subject_before(tok.doc, tok.i if start is None else start)
            if before is not None:
                people = [before]
    return people


#: Words a token must be (unless it is a verb or follows a hyphen) for any branch of
#: `_blame` to use it: framings, fault nouns and the verbs the tagger may miss.
_CANDIDATES = (
    frozenset({"fault", "blame", "responsible", "on", "to", "up", "ups"})
    | _ONLY_VERBS
    | FAULT_NOUNS
)


def _blame(sent: Any) -> Iterator[tuple[Any, Any, str]]:
    for tok in sent:
        hyphened = tok.i >= 1 and sent[tok.i - 1].text == "-"
        if tok.pos_ not in ("VERB", "AUX") and tok.lower_ not in _CANDIDATES and not hyphened:
            continue  # cheap skip: no branch below can use this token
        if in_quotes(tok):
            continue
        person = _framing(tok)
        if person is not None:
            yield person, tok, tok.lower_
            continue
        if _verb_like(tok) and _failure(tok):
            start = compound_start(tok)
            if is_negated(tok) or _hypothetical(tok, start) or _nothing(tok):
                continue
            what = tok.lower_ if start is None else sent[start : tok.i + 1].text
            for p in _culprits(tok):
                # "which team member pushed ..." asks; it names nobody (PM102's business).
                if any(c.lower_ in ("which", "what") for c in p.children):
                    continue
                if _is_person(p) and not _generic(p, tok):
                    yield p, tok, what
                    break
        elif (fault_noun(tok) or tok.lower_ == "blame") and (
            tok.lower_ not in _ERRORS or _error_next_to_person(tok)
        ):
            # "Blame lies with Søren": the person hangs from the verb "blame" is subject of;
            # "it was pilot error by the DBA": from the copula.
            holders = [tok]
            if (tok.lower_ == "blame" and tok.dep_ == "nsubj") or tok.dep_ == "attr":
                holders.append(tok.head)
            if tok.lower_ in ("up", "ups"):
                holders.append(sent[tok.i - 2])  # "slip-up": the parser may hang it on "slip"
            for c in (c for h in holders for c in h.children):
                person = None
                if c.dep_ == "poss":
                    person = c
                elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with", "on"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    for o in objs:
                        person = _part_of(o)
                if person is not None and _is_person(person) and not is_negated(tok):
                    what = tok.lower_ if tok.lower_ not in ("up", "ups") else (
                        sent[tok.i - 2 : tok.i + 1].text
                    )  # fmt: skip
                    yield person, tok, what
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

    A failure is a lapse ("forgot", "missed", "fat-fingered", "clobbered", "let the
    certificate expire", "slept through the pager"), an action marked as a mistake ("the
    wrong volume", "against prod instead of staging", "by mistake", "without a canary",
    "during the change freeze", "bypassing branch protection"), a person's fault noun
    ("Kai's mistake", "Noor's slip-up"), or a framing that hands the outcome to someone
    ("That outage is on Marek", "The data loss was down to Pia", "Kai was at fault").
    The agent is a name, an @handle, "he", "she" or "I", a "they" right after one named
    person, or one person's role, also as the agent of a passive ("the wrong table was
    dropped by the DBA"). Normal response work ("Jun paged the database team"), "we" and
    "the team", systems as the subjects of failures ("the autoscaler failed to add
    nodes"), deliberate actions ("purged the cache on purpose") and generic
    hypotheticals ("If someone fat-fingers a replica count, ...") are fine.

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
        before = doc.blocks[s.block].text[: s.start]
        for person, culprit, what in [*blame(s.parse), *_singular_they(s.parse, before)]:
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
