"""PM302 exhortation."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache
from typing import Any

from models import Document, Hit, Severity
from rules.action_words import (
    ATTENTION_NOUNS,
    ATTENTIVE,
    AUTOMATION,
    BEHAVIOUR_NOUNS,
    CHANGE_VERBS,
    GIVE,
    INATTENTIVE,
    LOOK_VERBS,
    MINDSET,
    READ_MANNER,
    READ_WHOLE,
    READABLES,
    RELIEF_NOUNS,
    RELIEF_VERBS,
    RESPONSE_VERBS,
    RULES_PEOPLE_KEEP,
    SAFEGUARDS,
    SPEED_WORDS,
    SYSTEM_PLACES,
    SYSTEM_VERBS,
    TREAT_AS,
)
from rules.analysis.clauses import negated_context
from rules.analysis.people import is_person
from rules.base import Near, rule
from rules.common import in_quotes, sentences
from rules.lexicon import PRODUCT_NAMES, WE

_CAREFUL = sorted(ATTENTIVE)
_MORE = {"IN": ["more", "extra", "very", "really", "especially", "particularly", "super"]}
_BE = {"IN": ["be", "stay", "remain", "keep"]}


def _w(*words: str) -> dict:
    return {"LOWER": {"IN": list(words)}}


#: Surface patterns only (no lemmas): exhortations use base forms ("be careful", "should
#: pay attention", "take care"), and the same patterns gate the parser, so both parse
#: modes see the same matches.
PATTERNS: dict[str, list[list[dict]]] = {
    "be careful": [
        [{"LOWER": _BE}, {"LOWER": _MORE, "OP": "?"}, _w(*_CAREFUL)],
        [{"LOWER": _BE}, _w("a"), _w("bit", "little", "lot"), _w("more"), _w(*_CAREFUL)],
        [{"LOWER": _BE}, _w("less", "so"), _w(*INATTENTIVE)],
        [_w("stop"), _w("being"), {"LOWER": {"IN": ["so", "as"]}, "OP": "?"}, _w(*INATTENTIVE)],
    ],
    "take care": [
        [_w("take"), _w("more", "extra", "greater", "special", "good"), _w("care")],
        [_w("take"), _w("care")],
        [_w("take"), _w("your", "our", "their", "the"), _w("time")],
    ],
    "pay attention": [
        [_w("pay"), _w("more", "closer", "extra", "better", "close", "careful"), _w("attention")],
        [_w("pay"), _w("attention", "heed")],
    ],
    "try harder": [[_w("try", "work"), _w("harder")], [_w("try"), _w("to"), _w("be")]],
    "exercise caution": [[_w("exercise"), {"LOWER": _MORE, "OP": "?"}, _w("caution")]],
    "make sure to": [[_w("make", "be"), _w("sure"), _w("to")]],
    "double-check": [[_w("double"), {"TEXT": "-", "OP": "?"}, _w("check")]],
    "think first": [[_w("think"), _w("before", "twice", "first")], [_w("slow"), _w("down")]],
    "keep an eye": [
        [
            _w("keep"),
            {"LOWER": {"IN": ["an", "a"]}, "OP": "?"},
            {"LOWER": {"IN": ["closer", "close", "careful"]}, "OP": "?"},
            _w("eye"),
        ]
    ],
    "remember to": [
        [_w("remember"), _w("to")],
        [_w("do", "don't"), _w("not", "n't"), _w("forget", "skip", "ignore", "assume", "rush")],
    ],
    "communicate better": [
        [
            _w("communicate"),
            {"LOWER": _MORE, "OP": "?"},
            _w("better", "clearly", "often", "openly", "proactively", "regularly"),
        ],
        [_w("avoid"), _w("mistakes")],
    ],
    "stop rushing": [
        [_w("stop"), _w("rushing", "skipping", "ignoring", "guessing", "assuming", "cutting")],
        [
            _w("stop"),
            _w("making"),
            _w("sloppy", "careless", "hasty", "rushed", "untested", "risky", "silly", "manual"),
        ],
    ],
    "take ownership": [
        [_w("take"), {"LOWER": _MORE, "OP": "?"}, _w("ownership", "responsibility")],
        [_w("own"), _w("your", "our", "their"), _w("deploys", "changes", "code", "work")],
        [_w("be"), {"LOWER": _MORE, "OP": "?"}, _w("accountable", "responsible")],
    ],
    "cut corners": [[_w("cut", "cutting"), _w("corners")]],
    "get better": [[_w("get", "do"), _w("better")]],
    "think it through": [
        [_w("without"), _w("thinking")],
        [_w("think"), _w("it", "things", "this", "changes"), _w("through")],
    ],
    "never again": [[_w("never"), _w("again")], [{"LOWER": "never", "IS_SENT_START": True}]],
    "make an effort": [
        [_w("put", "make"), _w("more", "an", "every", "extra", "some"), _w("effort")],
        [_w("try"), _w("not"), _w("to")],
        [_w("same"), _w("mistake", "mistakes")],
    ],
    "concentrate": [[_w("concentrate", "focus", "think", "look"), _w("harder", "more")]],
    "ask yourself": [[_w("ask", "remind"), _w("yourself", "yourselves", "ourselves")]],
    "don't be": [[_w("do"), _w("not", "n't"), _w("be")], [_w("you"), _w("do"), _w("not", "n't")]],
    "carefully": [[_w("carefully", "cautiously", "attentively")]],
    "has to stop": [
        [
            _w("has", "have", "needs", "need", "must"),
            {"LOWER": "to", "OP": "?"},
            _w("stop", "end"),
            {"IS_PUNCT": True},
        ]
    ],
    # The phrases below exhort only inside an instruction to people (`_instruction`).
    "check again": [
        [_w("triple", "second"), {"TEXT": "-", "OP": "?"}, _w("check", "guess")],
        [_w("proof"), {"TEXT": "-", "OP": "?"}, _w("read")],
        [_w("proofread", "memorise", "memorize")],
        [_w("check", "verify", "look", "read"), _w("twice")],
    ],
    "more care": [
        [_w("more", "greater", "extra"), _w(*ATTENTION_NOUNS)],
        [_w("less"), _w("haste")],
    ],
    "mindset": [[_w(*(set(MINDSET) - {"sense"}))], [_w("common", "good"), _w("sense")]],
    "manner": [[_w("closely", "seriously", "actually")], [_w("like"), _w("a"), _w("hawk")]],
    "idiom": [
        [_w("every"), _w("single"), _w("time")],
        [_w("head"), _w("in"), _w("the"), _w("game")],
        [_w("eye", "eyes"), _w("on"), _w("the"), _w("ball")],
        [_w("eyes"), _w("open", "peeled")],
        [_w("to"), _w("the"), _w("letter")],
        [_w("on"), _w("your", "our", "their"), _w("toes")],
    ],
    "speed": [[_w(*SPEED_WORDS)]],
    "take a breath": [
        [
            _w("take"),
            _w("a", "an"),
            {"LOWER": {"IN": ["deep", "extra", "quick", "short"]}, "OP": "?"},
            _w("breath", "moment", "beat", "pause", "second"),
        ],
        [_w("take"), _w("a"), _w("step"), _w("back")],
    ],
    "higher standard": [[_w("higher"), _w("standard", "standards", "bar")]],
    "attention": [[_w("attention")]],
    "no more": [[_w("no"), _w("more")]],
    "get careless": [[_w("get", "become", "grow"), _w(*INATTENTIVE)]],
}

#: Verbs that exhort with the right company: "Read the whole runbook", "Respect the
#: change freeze", "Mind the `--region` flag", "Treat every page as real", "Focus, people".
READ = Near(
    frozenset({"read", "re-read", "reread"}), READ_MANNER | READ_WHOLE | READABLES | {"before"},
    before=2, after=7,
)  # fmt: skip
RESPECT = Near(frozenset({"respect"}), RULES_PEOPLE_KEEP, after=4)
MIND = Near(frozenset({"mind"}), initial=True)
TREAT = Near(frozenset({"treat"}), TREAT_AS, after=8)
_AS = frozenset({"as", "like"})
FOCUS = Near(
    frozenset({"focus", "concentrate", "communicate", "remember"}),
    frozenset({",", "!", ".", ":"}),
    after=1,
)
VERBS_NEAR = (READ, RESPECT, MIND, TREAT, FOCUS)
_VERB_ANCHORS = frozenset().union(*(n.anchor for n in VERBS_NEAR))
_CUES = frozenset(
    "check again|more care|mindset|manner|idiom|speed|take a breath|higher standard|"
    "attention|no more|get careless".split("|")
)


def _phrases(pattern: list[dict]) -> list[str]:
    """Every word sequence a surface pattern matches (the trigger phrases for the gate).

    Punctuation constraints are dropped, so the phrases match a little more than the
    pattern: the gate may parse a sentence the rule then passes, never the reverse.
    """
    slots: list[list[str]] = []
    for tok in pattern:
        if "IS_PUNCT" in tok:
            continue
        value = tok.get("LOWER", tok.get("TEXT"))
        words = list(value["IN"]) if isinstance(value, dict) else [value]
        slots.append([*words, ""] if tok.get("OP") == "?" else words)
    return [" ".join(w for w in combo if w) for combo in itertools.product(*slots)]


GATE = frozenset(ph for pats in PATTERNS.values() for p in pats for ph in _phrases(p))


@cache
def _matcher(vocab: Any) -> Any:
    """The same phrases as the trigger gate, by norm ("don't" is "do not"), per pattern."""
    from spacy.matcher import PhraseMatcher

    from rules.common import tokenizer

    m = PhraseMatcher(vocab, attr="NORM")
    for key, pats in PATTERNS.items():
        m.add(key, [tokenizer().make_doc(ph) for p in pats for ph in _phrases(p)])
    return m


_NEGATIONS = frozenset({"not", "n't", "never"})
_PEOPLE = WE | {"you", "everyone", "everybody", "nobody"}


def _people(tok: Any) -> bool:
    return tok.lower_ in _PEOPLE or is_person(tok, plural_roles=True)


_REPORTING = frozenset({"ask", "tell", "advise", "instruct", "urge", "remind", "say"})


def _reported(span: Any) -> bool:
    """ "We used to ask people to be careful": an exhortation quoted, not made."""
    node = span.root
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_ in _REPORTING and (
            node.tag_ in ("VBD", "VBN") or node.head.lower_ == "used"
        ):
            return True
    return False


_OBLIGE = frozenset({"must", "should", "ought", "need", "needs", "shall", "gotta"})
_ASK = frozenset({"ask", "tell", "remind", "urge", "instruct", "encourage", "expect", "want"})
#: How people do things by themselves: "by slowing down", "by double-checking".
_HUMAN_MEANS = frozenset({"slow", "think", "take", "pause", "ask", "double", "triple", "pay",
                          "be", "stay", "keep", "remember"})  # fmt: skip
_BY = frozenset({"with", "by", "using", "through", "via"})
_DEMAND = frozenset({"need", "demand", "require", "deserve", "call", "want", "take"})
_SELVES = frozenset({"yourself", "yourselves", "ourselves", "themselves", "each"})
_OBJECTS = frozenset({"them", "us", "him", "her", "me"})
#: Words an imperative may come after: "Always double-check", "Please be careful".
_LEADS = frozenset({"always", "please", "never", "just", "also", "and", "then", "so", "ever"})


def _label(tok: Any) -> bool:
    """ "Action:", "Focus, people:": a label or a vocative, not the subject of the verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == ":"


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _label(c)]


def _people_subject(tok: Any) -> bool:
    """ "Reviewers", "everyone", "them", and "each of us", "all of the SREs"."""
    if _people(tok) or tok.lower_ in _OBJECTS:
        return True
    return any(_people(g) for c in tok.children if c.dep_ == "prep" for g in c.children)


def _verb_of(tok: Any) -> Any:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _opens(tok: Any) -> bool:
    """`tok` opens its sentence, or its clause after a label ("**Action:** be ..."), but
    for words like "Always" and "Please": there the small model often tags an imperative
    as a noun ("Memorise which tab is prod")."""
    for t in reversed(tok.doc[: tok.i]):
        if t.text in (":", "—"):
            return True
        if not (t.is_punct or t.lower_ in _LEADS):
            return False
    return True


def _instruction(tok: Any) -> bool:
    """`tok` sits in an instruction to people: an imperative ("Read the whole runbook"),
    an obligation on people ("Reviewers must actually read", "Each of us has to take"),
    a request made to people ("asking them to watch"), or a verbless slogan."""
    if _opens(tok):
        return True
    verb = _verb_of(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # "Less haste, more care."
    for _ in range(4):
        subjects = _subjects(verb)
        if subjects:
            if not any(_people_subject(s) for s in subjects):
                return False
            aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if aux & {"have", "'ve"}:
                return False  # "should have read the diff" is hindsight (PM103)
            obliged = bool(aux & _OBLIGE)
            nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
            to = nxt.lower_ == "to" or any(c.dep_ == "xcomp" for c in verb.children)
            return obliged or (to and verb.lemma_ in ("need", "have", "ought", "expect"))
        if verb.dep_ == "xcomp":
            head = verb.head
            asked = [c for c in head.children if c.dep_ == "dobj"]
            if head.lemma_ in _ASK and any(_people_subject(c) for c in asked):
                return True  # "Send the DBAs a note asking them to watch ..."
            verb = head
            continue
        if verb.dep_ == "conj":
            verb = verb.head
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        main = verb.dep_ in ("ROOT", "parataxis")  # not "Make the runbook respect ..."
        return verb.tag_ in ("VB", "VBP") and not infinitive and main
    return False


def _relieved(tok: Any) -> bool:
    """ "Remove the need to double-check the context", "relying on people to ...": the item
    takes the burden away or talks about depending on care."""
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in RELIEF_NOUNS and node.head.lemma_.lower() in RELIEF_VERBS:
            return True
        if node.lemma_.lower() in ("rely", "depend", "count"):
            return True  # "Relying on people to double-check regions is not a control"
    return False


def _in_code(tok: Any) -> bool:
    """The token is inside `inline code` in its sentence (one pass per sentence, cached)."""
    doc = tok.doc
    mask = doc.user_data.get("pmlint_cache_code")
    if mask is None:
        mask, inside = [], False
        for t in doc:
            mask.append(inside)
            if t.text == "`":
                inside = not inside
        doc.user_data["pmlint_cache_code"] = mask
    return mask[tok.i]


def _mechanism(sent: Any) -> bool:
    """The item names a change to a system: automation ("automatically"), a verb only a
    system does ("page when lag exceeds 30 s"), a place the change lives ("in CI", "in
    the SLO config"), or a colon followed by the change ("Mind the gap: alert when ...")."""
    for tok in sent:
        if tok.lower_ in AUTOMATION:
            return True
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SYSTEM_VERBS:
            return True
        place = tok.lower_ in SYSTEM_PLACES or (_in_code(tok) and tok.text != "`")
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "via", "into") and place:
            return True
        # A new safeguard ("with a lag alert"), not the thing handled with care ("be
        # careful with the deploy script").
        new = any(c.lower_ in ("a", "an", "new") for c in tok.children)
        tool = tok.lemma_.lower() in SAFEGUARDS and new
        if tok.dep_ == "pobj" and tok.head.lower_ in _BY and tool:
            return True  # "Keep an eye on replication with a lag alert at 30 s"
        if tok.dep_ == "nsubj" and (place or tok.lower_ in PRODUCT_NAMES):
            return True  # "...: the deploy pipeline now runs them with a lock"
        nxt = sent[tok.i + 1] if tok.i + 1 < len(sent) else None
        if tok.text in (":", ";") and nxt is not None and nxt.lower_ in CHANGE_VERBS:
            return True
        means = tok.lower_ == "by" and nxt is not None and nxt.tag_ == "VBG"
        if means and nxt.lemma_.lower() not in LOOK_VERBS | _HUMAN_MEANS:
            return True  # "Catch slow queries earlier by sampling `pg_stat_statements`"
    return False


def _cue(key: str, span: Any) -> bool:
    """Whether a phrase that exhorts only in an instruction to people does so here."""
    sent, first, root = span.doc, span[0], span.root
    if key not in ("no more", "get careless") and negated_context(first):
        return False  # "Don't memorise ...": negation undoes the exhortation, except the
        # ones about carelessness ("Don't get complacent")
    if key == "take a breath" and span[-1].dep_ in ("compound", "amod", "nmod"):
        return False  # "Take a moment-in-time snapshot"
    if key in ("check again", "idiom", "take a breath", "get careless"):
        return _instruction(first)
    if key == "more care":
        # "Less haste, more care", "Plan reviews demand more diligence"; not a report
        # ("The runbook needed more care; we rewrote it").
        verb = _verb_of(root)
        demand = verb.lemma_.lower() in _DEMAND and verb.tag_ in ("VBZ", "VBP")
        return demand or _instruction(root)
    if key == "mindset":
        nxt = sent[span.end] if span.end < len(sent) else None
        if span[-1].dep_ == "compound" or (nxt is not None and nxt.pos_ == "NOUN"):
            return False  # "the common sense defaults", "a habit tracker"
        verbs = MINDSET.get(span[-1].lower_, frozenset())
        # The verb by the parse, or just before the noun ("Exercise sound judgement" is
        # sometimes read as one noun phrase).
        near = [t for t in sent[max(0, span.start - 3) : span.start] if t.lemma_.lower() in verbs]
        verb = near[0] if near else _verb_of(root)
        return verb.lemma_.lower() in verbs and _instruction(verb)
    if key == "manner":
        verb = _verb_of(first)
        wanted = ("take",) if first.lower_ == "seriously" else LOOK_VERBS
        return verb.lemma_.lower() in wanted and _instruction(verb)
    if key == "speed":
        verb = _verb_of(first)
        return verb.lemma_.lower() in RESPONSE_VERBS and _instruction(verb)
    if key == "higher standard":
        verb = _verb_of(root)
        held = [c for c in verb.children if c.dep_ == "dobj"]
        selves = any(c.lower_ in _SELVES or _people(c) for c in held)
        return verb.lemma_ == "hold" and selves and _instruction(verb)
    if key == "attention":
        verb = _verb_of(root)
        return verb.lemma_.lower() in GIVE and _instruction(verb)
    if key == "no more":
        lead = span.start == 0 or sent[span.start - 1].text in (":", "—", ";", "-")
        return lead and span.end < len(sent) and sent[span.end].tag_ == "VBG"
    return False


def _verb_cue(tok: Any) -> bool:
    """ "Read the whole runbook", "Respect the change freeze", "Mind the flag", "Treat
    every page as real", "Focus, people": verbs that exhort with the right company."""
    low, sent = tok.lower_, tok.doc
    if low in FOCUS.anchor:
        return tok.i == 0 and FOCUS.found(sent, tok.i)
    if tok.pos_ != "VERB" and not (tok.i == 0 and low == "mind"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if low == "mind":
        return tok.i == 0 and bool(objects) and tok.dep_ == "ROOT"
    if not _instruction(tok) or negated_context(tok):
        return False
    if low == "respect":
        return any(o.lower_ in RULES_PEOPLE_KEEP for o in objects)
    if low == "treat":
        after = sent[tok.i + 1 : tok.i + 9]
        return any(t.lower_ in _AS for t in after) and TREAT.found(sent, tok.i)
    manner = [c for c in tok.children if c.lower_ in READ_MANNER or c.lower_ == "before"]
    manner += [
        c for c in tok.children if c.lower_ == "in" for g in c.children if g.lower_ == "full"
    ]
    docs = [o for o in objects if o.lower_ in READABLES]
    whole = any(c.lower_ in READ_WHOLE for o in docs for c in o.children)
    return any(m.lower_ != "before" for m in manner) or (bool(docs) and (whole or bool(manner)))


def exhortations(sent: Any) -> Iterator[Any]:
    """Spans that ask people to try harder instead of changing a system."""
    if _mechanism(sent):
        return
    seen: set[int] = set()
    for span in _exhortations(sent):
        if not seen.intersection(range(span.start, span.end)):
            seen.update(range(span.start, span.end))
            yield span


def _exhortations(sent: Any) -> Iterator[Any]:
    strings = sent.vocab.strings
    for match, start, end in _matcher(sent.vocab)(sent):
        key, span = strings[match], sent[start:end]
        if in_quotes(span[0]) or _reported(span) or _relieved(span[0]):
            continue
        if key in _CUES:
            if _cue(key, span):
                yield span
            continue
        if key == "has to stop" and (end >= len(sent) or not sent[end].is_punct):
            continue  # "has to stop." ends a demand; "has to stop the job" names a system
        if span.text.lower() == "never" and start != 0:
            continue  # a command starts its sentence: "Never deploy on a Friday"
        head = span.root
        # A negation inside the phrase, or on an imperative, is the exhortation itself
        # ("Don't forget to ...", "Don't cut corners").
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        subject = _subjects(verb)
        imperative = not subject and verb.dep_ in ("ROOT", "conj")
        negated = not any(t.lower_ in _NEGATIONS for t in span) and negated_context(head)
        if negated and not imperative:
            continue
        if span.text.lower() == "never":
            nxt = next((t for t in sent[end:] if t.lower_ not in (",", "ever")), None)
            if nxt is None or nxt.tag_ != "VB":
                continue  # "Never, ever deploy on a Friday" commands; "never happened" reports
        if key == "has to stop" and all(s.lower_ in BEHAVIOUR_NOUNS for s in subject):
            subject = []  # "Sloppiness with canary settings has to end."
        if subject and not any(_people(s) for s in subject):
            continue  # "The cleanup script will never again run against prod"
        if span[0].lower_ == "take" and any(t.like_num or any(c.isdigit() for c in t.text)
                                            for t in sent):  # fmt: skip
            continue  # "Take ownership of legacy-cron ... (ORG-12)" is a concrete task
        if span[-1].lower_ == "down" and end < len(sent) and sent[end].pos_ in ("DET", "PRON"):
            continue  # "Slow down the rollout" changes a system
        if span[0].lower_ in ("carefully", "cautiously", "attentively"):
            verb = span[0].head
            imperative = verb.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
            )
            if not imperative:
                continue
        yield span
    for tok in sent:
        near = tok.lower_ in _VERB_ANCHORS and any(n.found(sent, tok.i) for n in VERBS_NEAR)
        if near and not in_quotes(tok) and _verb_cue(tok):
            yield sent[tok.i : tok.i + 1]


@rule(
    "PM302",
    "exhortation",
    severity=Severity.ERROR,
    lexicon=GATE,
    near=VERBS_NEAR,
    scope="lessons",
)
def exhortation(doc: Document, options: None) -> Iterator[Hit]:
    """An action item or lesson asks people to try harder instead of changing a system.

    It reads instructions to people (imperatives, "must"/"should"/"need to" with a person
    or role as subject, requests made to them, verbless slogans) that ask for attention,
    care, diligence or a habit: "be more careful", "triple-check", "read the whole
    runbook", "stay sharp", "use common sense", "make a habit of", "take X more
    seriously", "escalate faster", "no more ignoring pages". An item that names a
    mechanism is a system change and passes: automation ("automatically", "by sampling
    ..."), a system acting ("page when lag exceeds 30 s", "the pipeline now runs them"), a
    place the change lives ("in CI", "in the SLO config") or a colon followed by the
    change ("Mind the gap: alert when ...").

    ## Why is this bad?
    "Be more careful" is not an action: nobody can do it on purpose, check that it was
    done, or tell when it is finished, and the people involved were already trying. The
    next tired engineer at 03:00 will be exactly as careful. Change what they work with:
    a confirmation that names the cluster, a check in CI, an alert that routes to a
    phone.

    ## Example
    ```markdown
    ## Action Items
    - Be more careful when running scripts against production - @dave - Due 2026-03-15
    ```

    Use instead:
    ```markdown
    ## Action Items
    - Make `prodctl` print the target cluster and require typing its name before a
      destructive command - @dave - Due 2026-03-15
    ```
    """
    for s in sentences(doc, "PM302"):
        for span in exhortations(s.parse):
            yield s.hit(
                doc,
                span,
                f"exhortation: '{span.text}' asks people to try harder; change the system",
                "name a change to tools or process that makes the slip hard to make, e.g. "
                "'require typing the cluster name before delete'",
            )
