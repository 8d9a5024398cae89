"""Words and idioms that grade people or their work: judgement words ("careless",
"sloppy", "negligent"), idioms ("half-baked", "asleep at the wheel", "cowboy deploys",
"the approvals were a joke"), "should have known", and judging hedges
(`rules.analysis.hedges`). Technical senses ("lazy loading", "dumb pipes"), legal terms,
and a judgement named to reject it ("It would be unfair to call the reviewer sloppy")
are not judgements."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from rules.analysis.clauses import negated_context
from rules.analysis.hedges import judging_hedge
from rules.analysis.people import is_person
from rules.base import Near
from rules.common import in_quotes, words_of
from rules.lexicon import (
    HEDGE_ADVERBS,
    JUDGMENT_WORDS,
    PERSON_PRONOUNS,
    TECHNICAL_DUMB,
    TECHNICAL_LAX,
    TECHNICAL_LAZY,
    UNMET_COMPETENCE,
    WE,
)

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
    "half-hearted",
    "half-assed",
    "ham-fisted",
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
    "slapped together",
    "slapped-together",
    "phoning it in",
    "phoned it in",
    "phone it in",
    "phones it in",
    # decision 41
    "thrown together",
    "thrown-together",
    "nobody with any sense",
    "no one with any sense",
    "anyone with any sense",
    "anybody with any sense",
    "have no business",
    "has no business",
    "had no business",
)
#: "you have no business approving it" judges; "had no business impact" does not.
_NO_BUSINESS = frozenset({"being", "to"})
#: "phoned it in at 09:10" reports a call; "was phoning it in for most of it" judges.
_CALLED_IN = frozenset({"at", "to", "from", "via", "by", "through", "around"})
_NEUTRAL_ABOUT = frozenset({"cause", "strategy", "question", "answer", "explanation"})
#: Calling, labelling: a judgement word they govern is mentioned, often to reject it
#: ("Calling Ahmed careless would be unfair"), when they are a gerund or an infinitive.
_NAMING = frozenset("call label brand describe term dub deem consider".split())
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
) | frozenset({"style", "hotfix", "hotfixes"})  # "Cowboy-style hotfixes straight to prod"
COWBOY = frozenset({"cowboy", "cowboys"})
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


def _not_competent(tok: Any) -> bool:
    """ "The contractor was not competent to run the upgrade": competence denied to people
    (not "Responders were not incompetent", which rejects the judgement)."""
    if tok.lower_ not in UNMET_COMPETENCE or tok.dep_ != "acomp" or in_quotes(tok):
        return False
    verb = tok.head
    people = any(
        c.dep_ == "nsubj" and (is_person(c, plural_roles=True) or c.lower_ in WE | PERSON_PRONOUNS)
        for c in verb.children
    )
    return people and any(c.dep_ == "neg" for c in (*verb.children, *tok.children))


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
    if tok.lower_ not in COWBOY or negated_context(tok):
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


_WORDS = (
    JUDGMENT_WORDS | HEDGE_ADVERBS | COWBOY | _SCORN | UNMET_COMPETENCE
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
        if (
            sent[start].lower_.startswith("phon")
            and end < len(sent)
            and (sent[end].lower_ in _CALLED_IN or sent[end].like_num)
        ):
            continue
        if sent[end - 1].lower_ == "business" and (
            end >= len(sent) or (sent[end].tag_ != "VBG" and sent[end].lower_ not in _NO_BUSINESS)
        ):
            continue
        nxt = sent[end].lower_ if end < len(sent) else ""
        if sent[end - 1].lower_ == "together" and nxt == "with":
            continue  # "exceptions thrown together with the stack trace"
        if sent[end - 1].lower_ == "sense":
            if nxt != "of" and not in_quotes(sent[start]):
                yield sent[start:end]  # "nobody with any sense would ...": the "no" is the jibe
            continue
        if not in_quotes(sent[start]) and not negated_context(sent[start:end].root):
            yield sent[start:end]
    for tok in sent:
        if tok.lower_ not in _WORDS or in_quotes(tok):
            continue
        if (
            _judgment_word(tok) or judging_hedge(tok) or _should_have_known(tok) or _cowboy(tok)
            or _scorn(tok) or _not_competent(tok)
        ):  # fmt: skip
            yield tok
