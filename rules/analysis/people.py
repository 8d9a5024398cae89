"""Who a word names: a person's name, an @handle, a pronoun, a role ("the on-call", "our
DBA"), and the words that could name people before a sentence is parsed.

The small model tags many names as organisations and some roles as products, so these
checks combine the parse with word lists and the spelling of the word.
"""

from __future__ import annotations

from typing import Any

from rules.common import ensure_entities
from rules.lexicon import (
    DATE_WORDS,
    GROUP_SUBJECTS,
    NOT_PEOPLE,
    PERSON_PRONOUNS,
    PRODUCT_NAMES,
    ROLE_NOUNS,
    ROLE_PHRASES,
    TEAM_FUNCTIONS,
    WE,
    WORD_NAMES,
)


def _compound_text(token: Any) -> str:
    left = [c for c in token.lefts if c.dep_ in ("compound", "amod") or c.text == "-"]
    return " ".join([*(c.lower_ for c in left), token.lower_])


def is_role(token: Any, plural: bool = True) -> bool:
    """An individual role noun: "the engineer", "the on-call", "our DBA", "the intern"."""
    if token.lower_ == "on" and any(c.lower_ == "call" for c in token.children):
        return True  # "On-call should have ...": the parser makes "On" the subject
    doc = token.doc
    if token.lower_ == "call" and token.i >= 2 and doc[token.i - 1].text == "-":
        return doc[token.i - 2].lower_ == "on"  # "the on-call was ..."
    if token.pos_ not in ("NOUN", "PROPN") and token.lower_ not in ROLE_NOUNS:
        return False
    if not plural and token.tag_ in ("NNS", "NNPS"):
        return False
    lemma = token.lemma_.lower()
    if lemma in NOT_PEOPLE or token.lower_ in NOT_PEOPLE:
        return False
    if lemma in ROLE_NOUNS or token.lower_ in ROLE_NOUNS:
        # "Postgres operator", "Kubernetes operator": software, not a person.
        return not any(c.pos_ == "PROPN" and c.dep_ == "compound" for c in token.lefts)
    return _compound_text(token) in ROLE_PHRASES


def dictionary_of(doc: Any) -> frozenset[str]:
    """The English words the model knows (set on every parse by `linter.nlp`)."""
    return doc.user_data.get("pmlint_words") or frozenset()


def is_name(token: Any) -> bool:
    """A person's name: a capitalised proper noun that is not a product, or a PERSON entity.

    The small model tags many non-English names as organisations (Søren, Aleksandr), so
    an entity label only ever adds evidence. Mid-sentence capitals are names unless the
    word is a known product; a sentence-initial word must also not be an English word.
    """
    text = token.text
    if not text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return False
    if token.lower_ in PRODUCT_NAMES or any(c.isdigit() for c in text):
        return False
    if len(text) > 1 and (text.isupper() or any(c.isupper() for c in text[1:])):
        return False  # acronyms and CamelCase name things, not people
    spelled = _spelled_as_name(token)
    if spelled and not _near_number_or_date(token):
        return True  # no entity label could change the answer: skip the recogniser
    ensure_entities(token.doc)
    if token.ent_type_ == "PERSON":
        return True
    if token.ent_type_ in _NOT_NAMES:
        return False
    return spelled


#: Entity labels that make a capitalised word part of a date, time, amount or number.
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})
#: How far a number or date word can sit from a word in the same date or amount entity.
_ENTITY_REACH = 4


def _near_number_or_date(token: Any) -> bool:
    """A number or a date word is close enough that `token` could share its entity
    ("Black Friday", "Two Sigma", "Dave 2"); only then can the recogniser call a word
    spelled like a name something else."""
    doc = token.doc
    lo, hi = max(0, token.i - _ENTITY_REACH), min(len(doc), token.i + _ENTITY_REACH + 1)
    return any(
        t.like_num or t.lower_ in DATE_WORDS or any(c.isdigit() for c in t.text) for t in doc[lo:hi]
    )


def _spelled_as_name(token: Any) -> bool:
    """Without entity labels: a capitalised word mid-sentence that is not a label or a team,
    or a sentence-initial one that is not an English word."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    after_slash = token.i > 0 and doc[token.i - 1].text == "/"
    if (nxt is not None and nxt.text in (":", "/")) or after_slash:
        return False  # "Inefficient Logging:" is a label; "Rune/Platform" a team
    if any(c.dep_ == "compound" and _thing(c) for c in token.children):
        return False  # "PyPI Security", "AWS Support": an organisation
    # After a timestamp, a bullet or a label ("14:32 Graph shows", "MEDIUM Develop rules")
    # a capital is as uninformative as at the start of a sentence.
    prev = doc[token.i - 1] if token.i > 0 else None
    first = (
        prev is None
        or token.is_sent_start
        or prev.is_punct
        or any(c.isdigit() for c in prev.text)
        or (prev.is_alpha and prev.text.isupper() and len(prev.text) > 1)
        or prev.lower_ in ("am", "pm", "utc", "gmt")
    )
    return not first or not is_word(token) or _word_name_subject(token)


def _word_name_subject(token: Any) -> bool:
    """ "Chase rebooted both members", "Bill pushes the hotfix": a name that is also a
    word, as the subject of a finite verb ("Chase the provider", "Will the webhook ..."
    and "Mark the incident resolved" have none)."""
    return (
        token.lower_ in WORD_NAMES and token.tag_ == "NNP" and token.dep_ == "nsubj"
        and token.head.tag_ in ("VBD", "VBZ") and token.head.i > token.i
    )  # fmt: skip


def hyphen_name(token: Any) -> bool:
    """The second part of a hyphenated name the tokenizer split: "woo" in "Hyun-woo"."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or not token.is_alpha or token.text[:1].isupper():
        return False
    first = doc[i - 2]
    if not (first.is_alpha and first.text[:1].isupper()):
        return False
    # "the secondary, Mi-rae, had ...": after a comma "Mi" reads like a sentence start,
    # but a proper-noun pair whose second part is no English word is a name.
    return is_name(first) or (first.pos_ == token.pos_ == "PROPN" and not is_word(token))


def is_word(token: Any) -> bool:
    """The token is an ordinary English word (in any inflection the model knows)."""
    words = dictionary_of(token.doc)
    low = token.lower_
    return (
        low in words or token.lemma_.lower() in words or (low.endswith("s") and low[:-1] in words)
    )


def _thing(token: Any) -> bool:
    text = token.text
    return token.lower_ in PRODUCT_NAMES or (
        len(text) > 1 and (text.isupper() or any(c.isupper() for c in text[1:]))
    )


PEOPLE_WORDS = (
    WE | PERSON_PRONOUNS | ROLE_NOUNS | {f"{r}s" for r in ROLE_NOUNS} | {"call"} | TEAM_FUNCTIONS
)
_COORDINATORS = frozenset({"and", "but", "or", "then"})
_BETWEEN = _COORDINATORS | frozenset(
    "also clearly obviously probably definitely really certainly simply just still surely "
    "never again repeatedly".split()
)


def nameish(tok: Any) -> bool:
    """Could name people, seen without a parse: a role, a pronoun, "we", an @handle, or a
    capitalised word that is not a function word ("It", "This")."""
    text = tok.text
    return (
        tok.lower_ in PEOPLE_WORDS
        or text.startswith("@")
        or (text[:1].isupper() and not tok.is_stop)
    )


def someone_before(tok: Any) -> bool:
    """The words right before `tok` could be its (human) subject: "we should", "Kai
    failed", "Søren saw it and should"; adverbs in between are skipped."""
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and doc[i].lower_ in _BETWEEN:
        if doc[i].lower_ in _COORDINATORS:
            return True  # the subject is the first verb's
        i -= 1
    return i >= 0 and nameish(doc[i])


def is_person(token: Any, *, plural_roles: bool = False, pronouns: bool = True) -> bool:
    """One identifiable person: a name, an @handle, a personal pronoun or a role."""
    low = token.lower_
    if low in GROUP_SUBJECTS:
        return False
    if token.text.startswith("@") and len(token.text) > 1:
        return "/" not in token.text  # @org/team is a group
    if any(c.text.startswith("@") for c in token.lefts if c.dep_ == "compound"):
        return True  # "@jordan-lee" is split at the hyphen
    if low in ("who", "that") and token.head.dep_ == "relcl":
        return is_person(token.head.head, plural_roles=plural_roles, pronouns=pronouns)
    if pronouns and low in PERSON_PRONOUNS:
        return True
    return is_name(token) or is_role(token, plural=plural_roles)
