"""Shared helpers for the language rules: sentences, what rules cache on a parse, quotation.

Sentences are split cheaply (spaCy's English tokenizer and rule-based sentencizer, no
model), so every rule and both engine modes see the same sentences. Parsed sentences
come from the engine (`linter.nlp`), which runs the model only where a rule can fire.
Reading a parse lives in `rules.analysis`: who words name (`people`), negation and
subjects (`clauses`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from linter.memo import memo
from models import Block, Document, Hit
from rules.base import lower_words


@cache
def _blank() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    # Tokenising and splitting need ~1 KB a character, not the parser's ~1 GB per 100,000
    # characters that spaCy's 1,000,000-character guard is for: a long paragraph is fine.
    nlp.max_length = 50_000_000
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


def forget_derived(doc: Any) -> None:
    """Drop what rules cached on a parsed sentence (benchmarks measure cold evaluation)."""
    for key in [k for k in doc.user_data if str(k).startswith("pmlint_cache_")]:
        del doc.user_data[key]


def words_of(doc: Any) -> frozenset[str]:
    """The lower-case words of a parsed sentence (cached): a rule skips a sentence with
    none of its words before walking the parse."""
    words = doc.user_data.get("pmlint_cache_words")
    if words is None:
        words = doc.user_data["pmlint_cache_words"] = frozenset(lower_words(doc))
    return words


_QUOTES = frozenset("“”\"‘’'")


def in_quotes(token: Any) -> bool:
    """The token sits between a pair of quotation marks in its sentence."""
    doc = token.doc
    mask = doc.user_data.get("pmlint_cache_quoted")
    if mask is None:
        # One pass per parsed sentence: inside after an odd number of quote marks.
        mask, inside = [], False
        for low in lower_words(doc):  # (a quotation mark is its own lower case)
            if low in _QUOTES:
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
