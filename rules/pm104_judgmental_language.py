"""PM104 judgmental-language."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from models import Document, Hit, Severity
from rules.analysis.clauses import is_negated, negated_context
from rules.analysis.people import is_person
from rules.base import Near, rule
from rules.common import in_quotes, sentences, words_of
from rules.lexicon import (
    FAILURE_LEMMAS,
    HEDGE_ADVERBS,
    JUDGMENT_WORDS,
    TECHNICAL_DUMB,
    TECHNICAL_LAX,
    TECHNICAL_LAZY,
    WE,
)

_PEOPLE_WORDS = WE | {"nobody", "no one", "noone", "you"}
#: Words that are jargon, not judgement, next to these nouns.
_TECHNICAL = {
    "lazy": TECHNICAL_LAZY,
    "lazily": TECHNICAL_LAZY,
    "sloppy": frozenset({"quorum", "quorums"}),
    "dumb": TECHNICAL_DUMB,
    "lax": TECHNICAL_LAX,
}
#: Judgements that take two words or more: "a rookie mistake", "amateur hour".
JUDGMENT_PHRASES = (
    "half-baked",
    "bone-headed",
    "asleep at the wheel",
    "asleep at the switch",
    "rookie mistake",
    "rookie mistakes",
    "rookie error",
    "rookie errors",
    "rookie move",
    "amateur hour",
    "amateur-hour",
    "amateur move",
    "amateur mistake",
)
_BAD_WORK = frozenset(
    "wrong bad broken rushed careless sloppy insufficient inadequate incorrect poor "
    "skimmed ignored missed thrown cobbled slapped hacked botched".split()
)
#: Work that, obviously never done, judges whoever skipped it ("obviously never run").
_DILIGENCE = frozenset("test run review check read verify validate try look consult".split())
_NEUTRAL_ABOUT = frozenset({"cause", "strategy", "question", "answer", "explanation"})
#: Calling, labelling: a judgement word they govern is mentioned, often to reject it
#: ("Calling Ahmed careless would be unfair"), when they are a gerund or an infinitive.
_NAMING = frozenset("call label brand describe term dub deem consider".split())
#: "clearly laid out the options": how clearly something was put, praise of the work.
_CLARITY = frozenset(
    "lay label explain describe document write communicate state outline present mark "
    "summarise summarize articulate annotate define list separate".split()
)
#: A contract's "gross negligence" or a customer's "negligence claim" is law, not a
#: judgement the review makes.
_LEGAL = frozenset(
    "contract contracts liability liable clause claim claims lawsuit legal indemnity counsel "
    "attorney damages court litigation".split()
)
#: Cowboys are people; "Cowboy" the Erlang server is not: the word judges how work is done.
_COWBOY_WORK = frozenset(
    "deploy deploys deployment deployments change changes fix fixes coding engineering "
    "attitude culture approach behaviour behavior ops move moves hack hacks release push "
    "merge".split()
)
_COWBOY = frozenset({"cowboy", "cowboys"})
#: "The approvals were a joke": scorn as a predicate.
_SCORN = frozenset({"joke", "farce", "shambles", "disgrace", "travesty"})
SCORN = Near(_SCORN, frozenset({"a", "an", "complete", "total", "absolute"}), before=2)


def _judgment_word(tok: Any) -> bool:
    """careless, sloppy, lazy, negligent... about people or their work."""
    if tok.lower_ not in JUDGMENT_WORDS:
        return False
    doc = tok.doc
    technical = _TECHNICAL.get(tok.lower_, frozenset())
    prev = doc[tok.i - 1].lower_ if tok.i else ""
    if (
        tok.head.lower_ in technical
        or any(c.lower_ in technical for c in tok.children)
        or prev in technical
    ):
        return False  # lazy loading, lazy evaluation, sloppy quorum, dumb pipes, SameSite=Lax
    nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-":
        return False  # "a careless-looking action"
    if tok.lower_.startswith("negligen") and any(t.lower_ in _LEGAL for t in doc):
        return False  # "liability except for gross negligence", "a negligence claim"
    if _mentioned(tok) or _nobody(tok):
        return False
    if negated_context(tok) and not _imperative_be(tok.head):
        # "We do not think anyone was careless"; "Sloppiness is not a root cause". But
        # "Don't be lazy about ..." still calls people lazy.
        return False
    head = tok.head
    return not (head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_ in _NEUTRAL_ABOUT for c in head.children
    ))  # fmt: skip


def _mentioned(tok: Any) -> bool:
    """ "Calling Ahmed careless would be unfair", "It would be wrong to call the decision
    irresponsible", "Labelling people as careless hides ...": the word is named, not used."""
    node = tok
    for _ in range(3):
        node = node.head
        if node.lemma_ in _NAMING and node.pos_ == "VERB":
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            return node.tag_ == "VBG" or infinitive
        if node.head.i == node.i:
            break
    return False


def _nobody(tok: Any) -> bool:
    """ "found no one acting recklessly": the manner of an act nobody did."""
    verb = tok.head if tok.dep_ == "advmod" else None
    return verb is not None and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lower_ in ("nobody", "none") or any(d.lower_ == "no" for d in c.children))
        for c in verb.children
    )


def _cowboy(tok: Any) -> bool:
    """ "cowboy deploys", "a cowboy attitude", "the cowboys on the platform team"."""
    if tok.lower_ not in _COWBOY or negated_context(tok):
        return False
    if tok.head.lemma_.lower() in _COWBOY_WORK or tok.head.lower_ in _COWBOY_WORK:
        return True
    return tok.text.islower() and tok.dep_ in ("attr", "nsubj", "pobj", "dobj")


def _scorn(tok: Any) -> bool:
    """ "The approvals on that PR were a joke"."""
    return (
        tok.lower_ in _SCORN and tok.dep_ == "attr" and tok.head.lemma_ == "be"
        and SCORN.found(tok.doc, tok.i) and not negated_context(tok)
    )  # fmt: skip


def _imperative_be(verb: Any) -> bool:
    return verb.lemma_ == "be" and not any(c.dep_ in ("nsubj", "expl") for c in verb.children)


def _people_subject(verb: Any) -> bool:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lower_ in _PEOPLE_WORDS
        or is_person(s, plural_roles=True)
        or (s.lower_ == "one" and any(d.lower_ == "no" for d in s.children))  # "no one"
        for s in subj
    )


def _hedge(tok: Any) -> bool:
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
    if is_negated(head) and not comma:
        return False
    if head.lower_ in _BAD_WORK and (head.pos_ == "ADJ" or head.dep_ == "amod"):
        return True  # "obviously wrong query", "obviously rushed change"
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


_WORDS = (
    JUDGMENT_WORDS | HEDGE_ADVERBS | _COWBOY | _SCORN
    | {"known"} | {p.split()[0].split("-")[0] for p in JUDGMENT_PHRASES}
)  # fmt: skip
SHOULD_HAVE_KNOWN = Near(frozenset({"known"}), frozenset({"should", "ought"}), before=4)


def _should_have_known(tok: Any) -> bool:
    if tok.tag_ != "VBN" or not SHOULD_HAVE_KNOWN.found(tok.doc, tok.i):
        return False
    kids = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if tok.dep_ == "xcomp" and tok.head.lower_ == "ought":
        kids.add("ought")  # "ought to have known": the parser makes "ought" the head
    return bool(kids & {"should", "ought"}) and bool(kids & {"have", "'ve"})


@cache
def _phrases(vocab: Any) -> Any:
    from spacy.matcher import PhraseMatcher

    from rules.common import tokenizer

    m = PhraseMatcher(vocab, attr="LOWER")
    m.add("JUDGMENT", [tokenizer().make_doc(p) for p in JUDGMENT_PHRASES])
    return m


def judgments(sent: Any) -> Iterator[Any]:
    """Tokens (or two-word spans) that judge people or their work."""
    if _WORDS.isdisjoint(words_of(sent)):
        return
    for _, start, end in _phrases(sent.vocab)(sent):
        if not in_quotes(sent[start]) and not negated_context(sent[start:end].root):
            yield sent[start:end]
    for tok in sent:
        if tok.lower_ not in _WORDS or in_quotes(tok):
            continue
        if (
            _judgment_word(tok) or _hedge(tok) or _should_have_known(tok) or _cowboy(tok)
            or _scorn(tok)
        ):  # fmt: skip
            yield tok


@rule(
    "PM104",
    "judgmental-language",
    severity=Severity.WARNING,
    lexicon=JUDGMENT_WORDS | HEDGE_ADVERBS | _COWBOY | frozenset(JUDGMENT_PHRASES),
    near=(SHOULD_HAVE_KNOWN, SCORN),
)
def judgmental_language(doc: Document, options: None) -> Iterator[Hit]:
    """Judgement words about people or their work.

    ## Why is this bad?
    "Careless", "sloppy", "negligent", "obviously", "should have known": these words
    grade people instead of explaining events, and they are always written in
    hindsight. Readers stop asking why the action made sense at the time, and the people
    involved stop telling you. Describe the action and its context plainly.

    Flagged: judgement words ("careless", "shoddy", "slapdash", "cavalier", "lax",
    "unprofessional"), idioms ("half-baked", "asleep at the wheel", "cowboy deploys",
    "the test plan was a joke"), "clearly" or "obviously" about what people did ("the
    change was clearly slapped together", "obviously never tested"), and "should/ought
    to have known". Fine: "clearly" or "obviously" about evidence ("the logs clearly
    show the spike") or as praise ("clearly explained the trade-offs"), technical senses
    ("lazy loading", "dumb pipes", `SameSite=Lax`, "lazy consensus"), legal terms
    ("gross negligence" in a contract), and a judgement named to reject it ("It would be
    unfair to call the reviewer sloppy", "nobody acted recklessly").

    ## Example
    ```markdown
    ## What happened
    The reviewer clearly skimmed the diff, and the change was sloppy.
    ```

    Use instead:
    ```markdown
    ## What happened
    The diff was 1,400 lines; the destroy of the bucket was on line 1,212, below the
    fold of the review tool.
    ```
    """
    for s in sentences(doc, "PM104"):
        for tok in judgments(s.parse):
            yield s.hit(
                doc,
                tok,
                f"judgmental: '{tok.text}' grades people; describe the action and its context",
                "state what happened and what made it likely, e.g. 'the diff was 1,400 "
                "lines long' instead of 'the review was sloppy'",
            )
