"""PM502 long-sentence."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from models import Document, Hit, Severity
from rules.base import rule
from rules.common import split_sentences, word_count


class Options(BaseModel):
    """Options of PM502."""

    model_config = ConfigDict(extra="forbid")
    max_words: int = Field(40, ge=5)


@rule("PM502", "long-sentence", severity=Severity.INFO, options=Options)
def long_sentence(doc: Document, options: Options) -> Iterator[Hit]:
    """A sentence has more than `max_words` words.

    ## Why is this bad?
    A post-mortem is read by people who were not there, often under time pressure. A
    sentence that chains five events with "and", "but" and "because" makes them hold the
    whole chain in their head, and the causal links get lost. One event or one reason
    per sentence.

    ## Example
    ```markdown
    ## What happened
    The replication lag alert fired at 02:14 but was routed to the old database channel
    that nobody on the current rotation still watched, so the first human response came
    at 02:51 when a customer opened a support ticket about missing orders on the status
    page.
    ```

    Use instead:
    ```markdown
    ## What happened
    The replication lag alert fired at 02:14. It went to the old database channel, which
    nobody on the current rotation watched. The first response came at 02:51, when a
    customer opened a support ticket about missing orders.
    ```

    ## Options
    - `max_words` (default 40): the longest sentence allowed, in words (runs of text
      between spaces that contain a letter or digit).
    """
    for block in doc.prose():
        if word_count(block.text) <= options.max_words:
            continue  # no sentence of the block can be longer than the block
        for start, end in split_sentences(block.text):
            n = word_count(block.text[start:end])
            if n > options.max_words:
                yield block.hit(
                    f"long sentence: {n} words (more than {options.max_words}); split it "
                    "into one event or reason per sentence",
                    "break at 'and', 'but', 'because' or 'so': one event or reason per sentence",
                    start=start,
                    end=end,
                )
