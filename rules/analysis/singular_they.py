"""A "they" that can only be one person: "Kai was on call that night. They ignored the
first three pages." The sentence before is read from its words alone (it may not have
been parsed)."""

from __future__ import annotations

from typing import Any

from rules.analysis.benign import hypothetical
from rules.analysis.clauses import is_negated
from rules.analysis.failure import is_failure
from rules.analysis.people import dictionary_of
from rules.analysis.verb_forms import verb_like
from rules.common import sentence_doc, split_sentences, words_of
from rules.lexicon import GROUP_SUBJECTS, PRODUCT_NAMES, ROLE_NOUNS

#: Words that make the sentence before a "they" about more than one person.
_GROUPED = frozenset(GROUP_SUBJECTS | {"and", "both", "with", "team", "engineers"})


def singular_they(sent: Any, before: str) -> list[tuple[Any, Any, str]]:
    """ "Kai was on call that night. They ignored the first three pages.": a "they" that
    can only be the one person the sentence before introduced."""
    if "they" not in words_of(sent) or not _one_person(before, dictionary_of(sent)):
        return []
    return [
        (tok, tok.head, tok.head.lower_)
        for tok in sent
        if tok.lower_ == "they" and tok.dep_ == "nsubj" and verb_like(tok.head)
        and is_failure(tok.head) and not (is_negated(tok.head) or hypothetical(tok.head))
    ]  # fmt: skip


def _one_person(text: str, dictionary: frozenset[str]) -> bool:
    """The last sentence of `text` is about one person, named first: "Kai was on call".

    Read from the words alone (that sentence may not have been parsed): a name that is
    not an English word, or "the"/"our" and a role, and no second name or group."""
    spans = split_sentences(text)
    if not spans:
        return False
    start, end = spans[-1]
    words = [t for t in sentence_doc(text) if start <= t.idx < end and not t.is_punct]
    first = words[0] if words else None
    # "Our contractor, Dana, ...": "our" before a role names one of us
    grouped = [t for t in words if t.lower_ in _GROUPED and not (t is first and t.lower_ == "our")]
    if len(words) < 2 or grouped:
        return False
    second = words[1]
    if len(words) > 3 and words[2].lower_ in ("'s", "’s") and words[3].lower_ in ROLE_NOUNS:
        second = words[3]  # "Our vendor's engineer, Alexis, ..."
    # "The DBAs were on call" is more than one person (decision 39)
    if first.lower_ in ("the", "our") and second.lower_ in ROLE_NOUNS - {"dbas"}:
        named = [second]
    elif first.is_title and not first.is_stop and first.lower_ not in dictionary:
        named = [first]
    else:
        return False
    rest = [t for t in words if t.i > named[0].i and t.i not in _apposed(named[0])]
    return first.lower_ not in PRODUCT_NAMES and not any(
        t.is_title and not t.is_stop and t.lower_ not in dictionary for t in rest
    )


def _apposed(role: Any) -> set[int]:
    """ "Our contractor, Dana, had admin rights": the name set off by commas after a role
    is the same person, not a second one."""
    doc = role.doc
    i = role.i
    if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 3].text == ",":
        return {i + 2} if doc[i + 2].is_title else set()
    return set()
