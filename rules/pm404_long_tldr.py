"""PM404 long-tldr."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from models import Document, Hit, Severity
from rules.base import rule

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "vs", "cf", "approx", "ca", "est", "incl", "al", "mr", "mrs", "ms", "dr"}
    | {"prof", "sr", "jr", "st", "no", "nos", "fig", "inc", "ltd", "co", "corp", "dept"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"a.m", "p.m", "u.s", "u.k", "v", "ver", "resp", "approx", "appx", "e.t.a"}
)
# A run of sentence-ending punctuation, closing quotes/brackets, then white space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences without an NLP model.

    A blank line always ends a sentence (each paragraph or list item counts). A full
    stop does not end one after a known abbreviation ("e.g.", "approx."), an initial
    ("J. Smith"), inside a number ("1.5", "v1.2.3"), or before a lower-case word.
    """
    sentences: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        start = 0
        for m in _END.finditer(chunk):
            rest = chunk[m.end() :].lstrip()
            word = re.search(r"([\w.]+)\.*$", chunk[start : m.start() + 1])
            token = word.group(1).rstrip(".") if word else ""
            initial = len(token) == 1 and token.isupper()  # "J. Smith"
            if m.group().startswith(".") and (token.lower() in ABBREVIATIONS or initial):
                continue
            if rest[:1].islower():
                continue
            sentences.append(chunk[start : m.end()].strip())
            start = m.end()
        if chunk[start:].strip():
            sentences.append(chunk[start:].strip())
    return [s for s in sentences if any(c.isalnum() for c in s)]


class Options(BaseModel):
    """Options of PM404."""

    model_config = ConfigDict(extra="forbid")
    max_sentences: int = Field(2, ge=1)


@rule("PM404", "long-tldr", severity=Severity.INFO, options=Options)
def long_tldr(doc: Document, options: Options) -> Iterator[Hit]:
    """The TL;DR is longer than a couple of sentences.

    ## Why is this bad?
    The TL;DR is for the reader who will read nothing else: an executive, an engineer
    on another team, you in a year. If it needs more than two sentences it is a summary,
    and the one thing that matters (what broke, for whom, for how long) gets lost.

    Sentences are counted without an NLP model: abbreviations such as "e.g." and
    "approx.", decimals and version numbers do not end a sentence; each paragraph or
    list item of a TL;DR section counts as at least one.

    ## Example
    ```markdown
    TL;DR: Checkout failed for 40 minutes. The connection pool was exhausted. A config
    change had halved it. We rolled it back at 15:12 UTC.
    ```

    Use instead:
    ```markdown
    TL;DR: Checkout failed for 40 minutes (14:32 to 15:12 UTC) for every EU customer.
    A config change had halved the database connection pool; rolling it back fixed it.
    ```

    ## Options
    - `max_sentences` (default 2): the most sentences a TL;DR may have.
    """
    field = doc.summary.get("tldr")
    if field is None:
        return
    count = len(split_sentences(field.value))
    if count > options.max_sentences:
        limit = options.max_sentences
        yield field.hit(
            f"TL;DR has {count} sentences: cut it to {limit} "
            "(what broke, for whom, for how long, and the cause)",
            f"keep the {limit} most important sentences; move the rest to the summary",
        )
