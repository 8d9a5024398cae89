"""PM410 empty-section."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Section, Severity
from rules.base import rule


def _is_value(doc: Document, s: Section) -> bool:
    """A heading that is itself content: `## Owner: @alice`, or the value of `# Title:`."""
    if s.title.partition(":")[2].strip():
        return True
    if s.parent is None:
        return False
    parent = doc.sections[s.parent]
    label = doc.text[parent.start : parent.end].rstrip().endswith(":")
    return label and not parent.blocks and parent.children[:1] == [doc.sections.index(s)]


@rule("PM410", "empty-section", severity=Severity.WARNING)
def empty_section(doc: Document, options: None) -> Iterator[Hit]:
    """A section has a heading and no content.

    ## Why is this bad?
    An empty heading is a question left unanswered: the template asked it, nobody
    wrote the answer. Readers cannot tell whether there was nothing to say or the
    section was forgotten. Write the answer, write "None" and why, or remove the
    heading.

    A heading with sub-headings, a table or a code block under it is not empty, nor
    is a heading that carries its own value (`## Owner: @alice`).

    ## Example
    ```markdown
    ## Impact

    ## Root Cause
    The connection pool was too small for the retry storm.
    ```

    Use instead:
    ```markdown
    ## Impact
    12% of checkouts failed for EU customers for 40 minutes.

    ## Root Cause
    The connection pool was too small for the retry storm.
    ```
    """
    for s in doc.sections:
        if not s.empty or _is_value(doc, s):
            continue
        if doc.title is not None and (s.start, s.end) == (doc.title.start, doc.title.end):
            continue  # the document title is not a section to fill in
        yield s.hit(
            f"empty section '{s.title}': write what belongs here, or remove the heading",
            f"add the content of '{s.title}', or 'None' and why",
        )
