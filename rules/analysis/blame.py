"""Where a sentence blames a person: a person named as the agent of a failure, a person's
fault noun, or a framing that hands the outcome to them. PM101 reports these; PM201
and PM202 read them too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rules.analysis.benign import hypothetical, negative_object
from rules.analysis.clauses import is_negated
from rules.analysis.culprits import culprits, generic, identified_person
from rules.analysis.failure import SECRET_WORDS, is_failure, skipped_check
from rules.analysis.fault_nouns import ERRORS, error_next_to_person, fault_noun, part_of
from rules.analysis.lapse_phrases import FREEZE
from rules.analysis.verb_forms import ONLY_VERBS, compound_start, verb_like
from rules.analysis.verdicts import framed_person
from rules.base import lower_words
from rules.common import in_quotes, words_of
from rules.lexicon import (
    BAD_ADJECTIVES,
    BELIEF_FORMS,
    BYPASS_FORMS,
    CAUSE_VERBS,
    DISMISS_FORMS,
    FAIL_TO,
    FAULT_COMPOUNDS,
    FAULT_NOUNS,
    HARMED_WORDS,
    HYPHEN_SLIPS,
    LAPSE_VERBS,
    LEAVE_FORMS,
    LET_FORMS,
    MISTAKE_ADVERBS,
    MISTAKING_FORMS,
    REMOVAL_VERBS,
    SELF_APPROVE_FORMS,
    SIT_FORMS,
    SLEEP_FORMS,
    TOLD_FORMS,
)

#: Words one of which a sentence needs before its parse is worth walking.
WORDS = frozenset(
    LAPSE_VERBS | REMOVAL_VERBS | MISTAKE_ADVERBS | FAULT_NOUNS | BAD_ADJECTIVES | HARMED_WORDS
    | CAUSE_VERBS | FAIL_TO | SECRET_WORDS | FAULT_COMPOUNDS | set(HYPHEN_SLIPS) | LET_FORMS
    | LEAVE_FORMS | DISMISS_FORMS | SLEEP_FORMS | SIT_FORMS | BYPASS_FORMS | BELIEF_FORMS
    | FREEZE | SELF_APPROVE_FORMS
    | {"by", "without", "blame", "instead", "rather", "on", "down", "fault", "responsible"}
    | {"despite", "intended", "never", "before"} | MISTAKING_FORMS | TOLD_FORMS
)  # fmt: skip


def blame(sent: Any) -> list[tuple[Any, Any, str]]:
    """(person token, culprit token, what) for each place a person is blamed (cached)."""
    found = sent.user_data.get("pmlint_cache_blame")
    if found is None:
        found = [] if WORDS.isdisjoint(words_of(sent)) else list(_blame(sent))
        sent.user_data["pmlint_cache_blame"] = found
    return found


#: Words a token must be (unless it is a verb or follows a hyphen) for any branch of
#: `_blame` to use it: framings, fault nouns and the verbs the tagger may miss.
_CANDIDATES = (
    frozenset({"fault", "blame", "responsible", "on", "to", "up", "ups"}) | ONLY_VERBS | FAULT_NOUNS
)


def _candidates(sent: Any) -> list[int]:
    """The tokens any branch of `_blame` can use: verbs, the `_CANDIDATES` words, and words
    after a hyphen. Read from arrays, so the rest never become Token objects."""
    from spacy.attrs import POS
    from spacy.symbols import AUX, VERB

    lows = lower_words(sent)
    pos = sent.to_array([POS])
    return [
        i
        for i, low in enumerate(lows)
        if pos[i] in (VERB, AUX) or low in _CANDIDATES or (i >= 1 and lows[i - 1] == "-")
    ]


def _blame(sent: Any) -> Iterator[tuple[Any, Any, str]]:
    for i in _candidates(sent):
        tok = sent[i]
        if in_quotes(tok):
            continue
        person = framed_person(tok)
        if person is not None:
            yield person, tok, tok.lower_
            continue
        if verb_like(tok) and is_failure(tok):
            start = compound_start(tok)
            negated = is_negated(tok) and not skipped_check(tok)
            if negated or hypothetical(tok, start) or negative_object(tok):
                continue
            what = tok.lower_ if start is None else sent[start : tok.i + 1].text
            for p in culprits(tok):
                # "which team member pushed ..." asks; it names nobody (PM102's business).
                if any(c.lower_ in ("which", "what") for c in p.children):
                    continue
                if identified_person(p) and not generic(p, tok):
                    yield p, tok, what
                    break
        elif (fault_noun(tok) or tok.lower_ == "blame") and (
            tok.lower_ not in ERRORS or error_next_to_person(tok)
        ):
            # "Blame lies with Søren": the person hangs from the verb "blame" is subject of;
            # "it was pilot error by the DBA": from the copula.
            holders = [tok]
            if (tok.lower_ == "blame" and tok.dep_ == "nsubj") or tok.dep_ == "attr":
                holders.append(tok.head)
            if tok.lower_ in ("up", "ups"):
                holders.append(sent[tok.i - 2])  # "slip-up": the parser may hang it on "slip"
            kids = [c for h in holders for c in h.children]
            nxt = sent[tok.i + 1] if tok.i + 1 < len(sent) else None
            if nxt is not None and nxt.lower_ in ("by", "on") and nxt not in kids:
                kids.append(nxt)  # "down to a mistake by the on-call": "by" hung on the verb
            for c in kids:
                person = None
                if c.dep_ == "poss":
                    person = c
                elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with", "on"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    for o in objs:
                        person = part_of(o)
                if person is not None and identified_person(person) and not is_negated(tok):
                    what = tok.lower_ if tok.lower_ not in ("up", "ups") else (
                        sent[tok.i - 2 : tok.i + 1].text
                    )  # fmt: skip
                    yield person, tok, what
                    break
