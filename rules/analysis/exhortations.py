"""Where an action item or lesson asks people to try harder instead of changing a system.

A matched phrase (`rules.analysis.exhortation_phrases`) or a verb with the right company
("Read the whole runbook", "Respect the change freeze", "Treat every page as real")
counts when it is not quoted, reported or negated, the cue phrases only inside an
instruction to people, and not at all in an item that names a mechanism.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rules.analysis.clauses import negated_context
from rules.analysis.exhortation_phrases import INSTRUCTION_CUES, matcher
from rules.analysis.instructions import (
    in_instruction,
    names_people,
    relieved,
    reported,
    unlabelled_subjects,
    verb_of,
)
from rules.analysis.judgments import JUDGMENT_PHRASES
from rules.analysis.mechanisms import names_mechanism
from rules.base import Near, lower_words
from rules.common import in_quotes
from rules.lexicon import (
    BEHAVIOUR_NOUNS,
    GIVE,
    INATTENTIVE,
    JUDGMENT_WORDS,
    LOOK_VERBS,
    MINDSET,
    READ_MANNER,
    READ_WHOLE,
    READABLES,
    RESPONSE_VERBS,
    RULES_PEOPLE_KEEP,
    TREAT_AS,
)

#: Verbs that exhort with the right company: "Read the whole runbook", "Respect the
#: change freeze", "Mind the `--region` flag", "Treat every page as real", "Focus, people".
READ = Near(
    frozenset({"read", "re-read", "reread"}), READ_MANNER | READ_WHOLE | READABLES | {"before"},
    before=2, after=7,
)  # fmt: skip
_KEEP = frozenset({"respect", "honour", "honor", "obey"})  # "Honour code freezes"
RESPECT = Near(_KEEP, RULES_PEOPLE_KEEP, after=4)
MIND = Near(frozenset({"mind"}), initial=True)
TREAT = Near(frozenset({"treat"}), TREAT_AS, after=8)
#: "If something pages, assume it's real": "Treat every page as real" said another way.
ASSUME = Near(frozenset({"assume"}), TREAT_AS, after=6)
_AS = frozenset({"as", "like"})
FOCUS = Near(
    frozenset({"focus", "concentrate", "communicate", "remember"}),
    frozenset({",", "!", ".", ":"}),
    after=1,
)
VERBS_NEAR = (READ, RESPECT, MIND, TREAT, ASSUME, FOCUS)
_VERB_ANCHORS = frozenset().union(*(n.anchor for n in VERBS_NEAR))

_NEGATIONS = frozenset({"not", "n't", "never"})
_LEADS = frozenset({"always", "just", "please", "and", "so"})
_YOUR_STATES = frozenset({"need", "have", "want", "be"})
_DEMAND = frozenset({"need", "demand", "require", "deserve", "call", "want", "take"})
_SELVES = frozenset({"yourself", "yourselves", "ourselves", "themselves", "each"})


def _cue(key: str, span: Any) -> bool:
    """Whether a phrase that exhorts only in an instruction to people does so here."""
    sent, first, root = span.doc, span[0], span.root
    if key not in ("no more", "get careless", "ever") and negated_context(first):
        return False  # "Don't memorise ...": negation undoes the exhortation, except the
        # ones about carelessness ("Don't get complacent")
    if key == "take a breath" and span[-1].dep_ in ("compound", "amod", "nmod"):
        return False  # "Take a moment-in-time snapshot"
    if key in ("check again", "idiom", "take a breath", "get careless"):
        return in_instruction(first)
    if key == "more care":
        # "Less haste, more care", "Plan reviews demand more diligence"; not a report
        # ("The runbook needed more care; we rewrote it").
        verb = verb_of(root)
        demand = verb.lemma_.lower() in _DEMAND and verb.tag_ in ("VBZ", "VBP")
        return demand or in_instruction(root)
    if key == "mindset":
        nxt = sent[span.end] if span.end < len(sent) else None
        if span[-1].dep_ == "compound" or (nxt is not None and nxt.pos_ == "NOUN"):
            return False  # "the common sense defaults", "a habit tracker"
        verbs = MINDSET.get(span[-1].lower_, frozenset())
        # The verb by the parse, or just before the noun ("Exercise sound judgement" is
        # sometimes read as one noun phrase).
        near = [t for t in sent[max(0, span.start - 3) : span.start] if t.lemma_.lower() in verbs]
        verb = near[0] if near else verb_of(root)
        return verb.lemma_.lower() in verbs and in_instruction(verb)
    if key == "manner":
        verb = verb_of(first)
        wanted = ("take",) if first.lower_ == "seriously" else LOOK_VERBS
        return verb.lemma_.lower() in wanted and in_instruction(verb)
    if key == "speed":
        verb = verb_of(first)
        return verb.lemma_.lower() in RESPONSE_VERBS and in_instruction(verb)
    if key == "higher standard":
        verb = verb_of(root)
        held = [c for c in verb.children if c.dep_ == "dobj"]
        selves = any(c.lower_ in _SELVES or names_people(c) for c in held)
        return verb.lemma_ == "hold" and selves and in_instruction(verb)
    if key == "attention":
        verb = verb_of(root)
        return verb.lemma_.lower() in GIVE and in_instruction(verb)
    if key == "no more":
        # "No more ignoring low-priority pages", "No more lazy change tickets: ..."
        lead = span.start == 0 or sent[span.start - 1].text in (":", "—", ";", "-")
        nxt = sent[span.end] if span.end < len(sent) else None
        careless = nxt is not None and nxt.lower_ in INATTENTIVE | JUDGMENT_WORDS
        rest = sent[span.end : span.end + 5].text.lower()
        careless = careless or any(rest.startswith(p) for p in JUDGMENT_PHRASES)  # half-baked
        return lead and nxt is not None and (nxt.tag_ == "VBG" or careless)
    if key == "ever":
        # "Don't merge on red, ever", "Never skip the canary, ever": an imperative
        # prohibition with "ever" set off after it (not "the worst outage ever")
        never = sent[0].lower_ == "never"
        prohibits = never or [t.lower_ for t in sent[:2]] in (["do", "n't"], ["do", "not"])
        verb = verb_of(sent[1 if never else 2]) if len(sent) > 2 else None
        return (
            span.start > 0 and sent[span.start - 1].text == ","
            and prohibits and verb is not None
            and verb.dep_ == "ROOT" and not unlabelled_subjects(verb)
        )  # fmt: skip
    if key == "you":
        # "Obviously you test restores before you need them": a norm put to "you" (not
        # what you have or need, nor what you can or could have done)
        you = span[-1] if span[-1].lower_ == "you" else span[0]
        verb = you.head
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        return (
            you.dep_ == "nsubj"
            and verb.tag_ in ("VBP", "VB")
            and verb.lemma_ not in _YOUR_STATES
            and not aux & {"have", "'ve", "can", "could", "would"}
        )
    return False


def _verb_cue(tok: Any) -> bool:
    """ "Read the whole runbook", "Respect the change freeze", "Mind the flag", "Treat
    every page as real", "Focus, people": verbs that exhort with the right company."""
    low, sent = tok.lower_, tok.doc
    if low in FOCUS.anchor:
        # "Focus, people.", "Always remember: prod is not staging."
        leads = all(t.lower_ in _LEADS for t in sent[: tok.i])
        return leads and FOCUS.found(sent, tok.i)
    if tok.pos_ != "VERB" and not (tok.i == 0 and low == "mind"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if low == "mind":
        return tok.i == 0 and bool(objects) and tok.dep_ == "ROOT"
    if not in_instruction(tok) or negated_context(tok):
        return False
    if low in _KEEP:
        return any(o.lower_ in RULES_PEOPLE_KEEP for o in objects)
    if low == "treat":
        after = sent[tok.i + 1 : tok.i + 9]
        return any(t.lower_ in _AS for t in after) and TREAT.found(sent, tok.i)
    if low == "assume":
        said = [c for c in tok.children if c.dep_ == "ccomp"]
        return any(
            p.dep_ in ("acomp", "attr") and p.lower_ in TREAT_AS for c in said for p in c.children
        )
    manner = [c for c in tok.children if c.lower_ in READ_MANNER or c.lower_ == "before"]
    # "Read the alert before you silence it": "before" marks a clause, not a child
    manner += [
        m for c in tok.children if c.dep_ == "advcl" for m in c.children
        if m.dep_ == "mark" and m.lower_ == "before"
    ]  # fmt: skip
    manner += [
        c for c in tok.children if c.lower_ == "in" for g in c.children if g.lower_ == "full"
    ]
    docs = [o for o in objects if o.lower_ in READABLES]
    whole = any(c.lower_ in READ_WHOLE for o in docs for c in o.children)
    return any(m.lower_ != "before" for m in manner) or (bool(docs) and (whole or bool(manner)))


#: What people are given, not asked to do: "make sure everyone has access".
_GIVEN = frozenset({"have", "get", "receive", "gain", "be"})


def _people_act(people: Any) -> bool:
    """ "Make sure people read the full plan": people as the subject of what they do."""
    verb = people.head
    return people.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_ not in _GIVEN


_ALWAYS_CARE = frozenset({"run", "remember", "double", "validate", "ask", "think", "pause"})


def _commanded(adverb: Any) -> bool:
    """ "Always sanity-check ...": the adverb opens a command (an imperative root)."""
    verb = adverb.head
    nxt = adverb.nbor(1) if adverb.i + 1 < len(adverb.doc) else None
    if nxt is None or nxt.text == "-" or verb.dep_ != "ROOT" or verb.i == adverb.i:
        return False
    # Care people take each time: check, verify, read, dry-run, remember; not "Always
    # find out who made the change" (a who-hunt) or what a system does
    care = verb.lemma_.lower() in LOOK_VERBS | _ALWAYS_CARE
    return care and not unlabelled_subjects(verb)


def exhortations(sent: Any) -> Iterator[Any]:
    """Spans that ask people to try harder instead of changing a system."""
    if names_mechanism(sent):
        return
    seen: set[int] = set()
    for span in _exhortations(sent):
        if not seen.intersection(range(span.start, span.end)):
            seen.update(range(span.start, span.end))
            yield span


def _exhortations(sent: Any) -> Iterator[Any]:
    strings = sent.vocab.strings
    for match, start, end in matcher(sent.vocab)(sent):
        key, span = strings[match], sent[start:end]
        if in_quotes(span[0]) or reported(span) or relieved(span[0]):
            continue
        if key in INSTRUCTION_CUES:
            if _cue(key, span):
                yield span
            continue
        if key == "slogan":
            yield span  # "Measure twice, cut once": a slogan is the exhortation itself
            continue
        if key == "make sure people" and not _people_act(span[-1]):
            continue  # "Make sure everyone on the rota has the permissions" is access
        if key == "get better" and end < len(sent) and sent[end].pos_ == "NOUN":
            continue  # "Get better insight into the queues" asks for a tool, not effort
        if key == "has to stop" and (end >= len(sent) or not sent[end].is_punct):
            continue  # "has to stop." ends a demand; "has to stop the job" names a system
        if key == "always" and not (start == 0 and _commanded(span[0])):
            continue  # "Always, always dry-run first"; not "Always-on replicas ..."
        if span.text.lower() == "never" and start != 0:
            continue  # a command starts its sentence: "Never deploy on a Friday"
        head = span.root
        # A negation inside the phrase, or on an imperative, is the exhortation itself
        # ("Don't forget to ...", "Don't cut corners").
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        subject = unlabelled_subjects(verb)
        imperative = not subject and verb.dep_ in ("ROOT", "conj")
        if key == "get better" and not subject and verb.dep_ == "xcomp":
            subject = unlabelled_subjects(verb.head)  # "Our testing needs to get better"
        negated = not any(t.lower_ in _NEGATIONS for t in span) and negated_context(head)
        if negated and not imperative:
            continue
        if span.text.lower() == "never":
            nxt = next((t for t in sent[end:] if t.lower_ not in (",", "ever")), None)
            if nxt is None or nxt.tag_ != "VB":
                continue  # "Never, ever deploy on a Friday" commands; "never happened" reports
        if key == "has to stop" and all(s.lower_ in BEHAVIOUR_NOUNS for s in subject):
            subject = []  # "Sloppiness with canary settings has to end."
        if subject and not any(names_people(s) for s in subject):
            continue  # "The cleanup script will never again run against prod"
        if span[0].lower_ == "take" and any(t.like_num or any(c.isdigit() for c in t.text)
                                            for t in sent):  # fmt: skip
            continue  # "Take ownership of legacy-cron ... (ORG-12)" is a concrete task
        after = sent[end].pos_ if end < len(sent) else ""
        if span[-1].lower_ == "down" and after in ("DET", "PRON", "NOUN", "PROPN", "NUM"):
            continue  # "Slow down the rollout" changes a system
        if span[0].lower_ in ("carefully", "cautiously", "attentively"):
            verb = span[0].head
            imperative = verb.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
            )
            if not imperative:
                continue
        yield span
    # By index: only the anchors become Token objects.
    for i, low in enumerate(lower_words(sent)):
        near = low in _VERB_ANCHORS and any(n.found(sent, i) for n in VERBS_NEAR)
        if near and not in_quotes(sent[i]) and _verb_cue(sent[i]):
            yield sent[i : i + 1]
