"""Shared helpers for the language rules: sentences, people, negation, quotation.

Sentences are split cheaply (spaCy's English tokenizer and rule-based sentencizer, no
model), so every rule and both engine modes see the same sentences. Parsed sentences
come from the engine (`linter.nlp`), which runs the model only where a rule can fire.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from linter.memo import memo
from models import Block, Document, Hit
from rules.lexicon import (
    GROUP_SUBJECTS,
    NOT_PEOPLE,
    PERSON_PRONOUNS,
    PRODUCT_NAMES,
    ROLE_NOUNS,
    ROLE_PHRASES,
    TEAM_FUNCTIONS,
    WE,
)


@cache
def _blank() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def tokenizer() -> Any:
    """The English tokenizer with the sentencizer (no statistical model)."""
    return _blank()


@memo(4096)
def sentence_doc(text: str) -> Any:
    """`text` tokenised and split into sentences (line breaks read as spaces); cached."""
    return _blank()(text.replace("\n", " "))


@memo(4096)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the sentences of `text`."""
    doc = sentence_doc(text)
    spans = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return tuple(spans)


_A_WORD = re.compile(r"\S*[^\W_]\S*")


@memo(16384)
def word_count(text: str) -> int:
    """Words as a reader counts them: whitespace-separated runs with a letter or digit."""
    return len(_A_WORD.findall(text))


@dataclass
class Sentence:
    """One sentence of one block, and (when the engine parsed it) its spaCy parse."""

    block: int
    start: int
    end: int
    text: str
    quote: bool = False
    parse: Any = None
    codes: frozenset[str] = field(default_factory=frozenset)

    def hit(self, doc: Document, what: Any, message: str, suggestion: str | None = None) -> Hit:
        """A hit over a token or span of this sentence's parse (or the whole sentence)."""
        block: Block = doc.blocks[self.block]
        if what is None:
            return block.hit(message, suggestion, start=self.start, end=self.end)
        first, last = (what, what) if not hasattr(what, "start_char") else (what[0], what[-1])
        start = self.start + first.idx
        end = self.start + last.idx + len(last.text)
        return block.hit(message, suggestion, start=start, end=end)


def sentences(doc: Document, code: str) -> list[Sentence]:
    """The sentences the engine prepared for rule `code`."""
    return doc.language(code)


# --- reading a parse ---------------------------------------------------------------


def is_negated(token: Any) -> bool:
    """The word is negated ("did not forget", "never skipped", "not a human mistake").

    A verb that completes another ("did not try to establish") shares its negation; a
    clause that merely hangs from a negated one ("if X had ..., it would never have")
    does not.
    """
    heads = [token]
    if token.dep_ in ("xcomp", "aux", "auxpass", "acomp") or token.pos_ == "NOUN":
        heads.append(token.head)
    return any(
        c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for t in heads for c in t.children
    )


def _negative_subject(token: Any) -> bool:
    """ "none of them is human error", "nobody was careless", "no engineer ..."."""
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("none", "nothing", "neither", "nobody", "no one"):
                return True
            if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return True
    return False


def _negates(node: Any, token: Any, subject: bool) -> bool:
    """A negation on `node` that applies to `token`: it comes first ("not careless"), or
    `token` is (in) the subject of what is negated ("Sloppiness is not a root cause",
    "Asking people to try harder has never fixed ..."). A later contrast ("a lazy hack,
    not a fix") does not negate the word."""
    negs = [c for c in node.children if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't")]
    return any(n.i < token.i or subject for n in negs)


_CLIMB = frozenset(
    "ccomp xcomp acomp attr conj advcl amod pobj prep dobj nsubj nsubjpass csubj".split()
)


def negated_context(token: Any, depth: int = 3) -> bool:
    """The word, or a clause it is part of, is negated: "We do not think anyone was careless"."""
    node = token
    subject = token.dep_ in ("nsubj", "nsubjpass", "csubj")
    for _ in range(depth):
        heads = [node, node.head] if node.dep_ in ("xcomp", "aux", "auxpass", "acomp") else [node]
        if any(_negates(h, token, subject) for h in heads) or _negative_subject(node):
            return True
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return False
        subject = subject or node.dep_ in ("nsubj", "nsubjpass", "csubj")
        node = node.head
    return _negates(node, token, subject)


def forget_derived(doc: Any) -> None:
    """Drop what rules cached on a parsed sentence (benchmarks measure cold evaluation)."""
    for key in [k for k in doc.user_data if str(k).startswith("pmlint_cache_")]:
        del doc.user_data[key]


def words_of(doc: Any) -> frozenset[str]:
    """The lower-case words of a parsed sentence (cached): a rule skips a sentence with
    none of its words before walking the parse."""
    words = doc.user_data.get("pmlint_cache_words")
    if words is None:
        words = frozenset(t.lower_ for t in doc)
        doc.user_data["pmlint_cache_words"] = words
    return words


_QUOTES = frozenset("“”\"‘’'")


def in_quotes(token: Any) -> bool:
    """The token sits between a pair of quotation marks in its sentence."""
    doc = token.doc
    mask = doc.user_data.get("pmlint_cache_quoted")
    if mask is None:
        # One pass per parsed sentence: inside after an odd number of quote marks.
        mask, inside = [], False
        for t in doc:
            if t.text in _QUOTES:
                inside = not inside
                mask.append(False)
            else:
                mask.append(inside)
        doc.user_data["pmlint_cache_quoted"] = mask
    return mask[token.i]


def ensure_entities(doc: Any) -> None:
    """Run the named-entity recogniser on a parsed sentence, once, when first needed."""
    if not doc.user_data.get("pmlint_ner_done"):
        ner = doc.user_data.get("pmlint_ner")
        if ner is not None:
            ner(doc)
        doc.user_data["pmlint_ner_done"] = True


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


def _dictionary(doc: Any) -> frozenset[str]:
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
    ensure_entities(token.doc)
    if token.ent_type_ == "PERSON":
        return True
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"):
        return False
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
    return not first or not is_word(token)


def hyphen_name(token: Any) -> bool:
    """The second part of a hyphenated name the tokenizer split: "woo" in "Hyun-woo"."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or not token.is_alpha or token.text[:1].isupper():
        return False
    first = doc[i - 2]
    return first.is_alpha and first.text[:1].isupper() and is_name(first)


def is_word(token: Any) -> bool:
    """The token is an ordinary English word (in any inflection the model knows)."""
    words = _dictionary(token.doc)
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


def subjects(verb: Any) -> list[Any]:
    """The subjects of a verb, following conjunctions and xcomp/aux chains upward."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    head = verb
    steps = 0
    # "Bilal had every chance to stop it and should have taken it": climb conj, xcomp and
    # acl links (through the noun an acl hangs from) to the clause that has the subject.
    while not found and steps < 4 and head.dep_ in ("conj", "xcomp", "advcl", "acl", "dobj"):
        came_from = head
        head = head.head
        steps += 1
        if came_from.dep_ == "xcomp":
            # Object control: in "causing prow to use ...", "asked Dave to deploy ...", the
            # object of the governing verb is the one who acts.
            controller = [c for c in head.children if c.dep_ == "dobj" and c.i < came_from.i]
            if controller:
                found = controller
                break
        found = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    reduced = verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ != "VERB"
    if not found and reduced and not any(c.dep_ == "agent" for c in verb.children):
        # "The platform lead neglected to announce ...": the parser reads the verb as a
        # reduced relative clause of its subject.
        found = [verb.head]
    if not found and verb.i > 0 and verb.dep_ == "ROOT":
        # The small parser sometimes loses the subject after a timestamp ("At 09:10 Dave
        # forgot ..."): fall back to the noun right before the verb.
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in ("PROPN", "NOUN", "PRON") and prev.dep_ in ("compound", "npadvmod", "nmod"):
            found = [prev]
    out = []
    for s in found:
        out.append(s)
        out.extend(c for c in s.children if c.dep_ == "conj")
        out.extend(c for c in s.children if c.dep_ == "appos")
    return out


def agent(verb: Any) -> Any | None:
    """The person-or-thing in "was missed *by the engineer*"."""
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None
