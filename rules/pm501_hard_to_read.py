"""PM501 hard-to-read."""

from __future__ import annotations

from collections.abc import Iterator

import textstat
from pydantic import BaseModel, ConfigDict, Field

from linter.memo import memo
from models import Document, Hit, Section, Severity
from rules.base import rule
from rules.common import word_count


class Options(BaseModel):
    """Options of PM501."""

    model_config = ConfigDict(extra="forbid")
    max_grade: float = Field(14.0, gt=0)
    min_words: int = Field(40, ge=1)


def section_text(doc: Document, section: Section) -> str:
    """The prose directly under a heading; list items and cells end as sentences."""
    parts = []
    for n in section.blocks:
        b = doc.blocks[n]
        if b.quote or b.kind == "heading":
            continue
        text = " ".join(b.text.split())
        if text and text[-1] not in ".!?:;":
            text += "."  # a bullet without a full stop is still a sentence of its own
        parts.append(text)
    return " ".join(parts)


@memo(4096)
def grade(text: str) -> float:
    """The Flesch-Kincaid grade level of `text` (textstat)."""
    return float(textstat.flesch_kincaid_grade(text))


@rule("PM501", "hard-to-read", severity=Severity.INFO, options=Options)
def hard_to_read(doc: Document, options: Options) -> Iterator[Hit]:
    """A section's Flesch-Kincaid grade is above `max_grade`.

    ## Why is this bad?
    The people who most need a post-mortem (other teams, new hires, managers deciding
    what to fund) read it without the context its authors had. Long sentences full of
    long words push the reading level past what a tired reader will work through, and
    the lessons go unread. Shorter sentences and plainer words fix most of it.

    ## Example
    ```markdown
    ## Root Cause
    Intermittent unavailability of the authentication infrastructure originated from
    an insufficiently characterised interaction between the asynchronous
    token-revocation propagation mechanism and the horizontally partitioned session
    persistence layer, whereby revocation notifications, under conditions of elevated
    concurrency, were systematically misattributed to inappropriate partitions,
    consequently invalidating legitimate authentication credentials indiscriminately and
    precipitating widespread authorisation failures throughout dependent applications.
    ```

    Use instead:
    ```markdown
    ## Root Cause
    Logins failed because token revocations went to the wrong session shard. Under heavy
    load, the revocation job picked the shard from a stale map. It then revoked valid
    tokens on that shard, and users on it were logged out. Apps that check tokens with
    the auth service then failed too. The map was refreshed every ten minutes, which was
    too slow once we split the sessions into more shards last week.
    ```

    ## Options
    - `max_grade` (default 14): the highest Flesch-Kincaid grade allowed for a section.
    - `min_words` (default 40): sections with fewer words are not graded, since the
      formula is unstable on a few sentences.
    """
    for section in doc.sections:
        text = section_text(doc, section)
        if word_count(text) < options.min_words:
            continue
        level = grade(text)
        if level > options.max_grade:
            yield section.hit(
                f"hard to read: Flesch-Kincaid grade {level:.1f} is above "
                f"{options.max_grade:g}; use shorter sentences and plainer words",
                "split long sentences and replace long words with short ones "
                "('use' for 'utilise', 'because' for 'due to the fact that')",
            )
