"""PM406 timeline-entry-without-time."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from linter.timeline import timeline_root
from models import Document, Hit, Severity
from rules.base import rule


@rule("PM406", "timeline-entry-without-time", severity=Severity.WARNING)
def timeline_entry_without_time(doc: Document, options: None) -> Iterator[Hit]:
    """A timeline entry has no time.

    ## Why is this bad?
    A timeline is how the team measures detection, response and recovery. An entry
    without a time cannot be placed, so those numbers quietly become guesses. If the
    time is unknown, say so with an estimate ("~14:30 UTC").

    An entry under a date line or date heading ("2019-03-14:" followed by events) is
    dated and does not need a time of day. When no entry of a timeline has a time,
    one finding on its heading says so instead of one per entry.

    ## Example
    ```markdown
    ## Timeline
    - 14:32 UTC Pool exhausted, checkout errors start
    - On-call engineer paged
    ```

    Use instead:
    ```markdown
    ## Timeline
    - 14:32 UTC Pool exhausted, checkout errors start
    - ~14:41 UTC On-call engineer paged
    ```
    """

    def root(e) -> int:
        r = timeline_root(doc.sections, e.section)
        return -1 if r is None else r

    for r, group in groupby(doc.timeline, key=root):
        entries = list(group)
        untimed = [e for e in entries if e.time is None and e.day is None]
        if not untimed:
            continue
        if len(untimed) == len(entries) and len(entries) > 1 and r >= 0:
            title = doc.sections[r].title
            unread = next((e.time_text for e in entries if e.time_text), None)
            problem = f"could not be read (e.g. '{unread}')" if unread else "are missing"
            yield doc.sections[r].hit(
                f"the times of the timeline '{title}' {problem}: "
                "start each entry with one, e.g. '2026-03-04 14:32' or '14:32 UTC'",
                "start each entry with its time, e.g. '- 14:32 UTC Alert fired'",
            )
            continue
        for e in untimed:
            if e.time_text:
                yield e.hit(
                    f"the time '{e.time_text}' could not be read: write it as "
                    "e.g. '2026-03-04 14:32' or '14:32 UTC'",
                    "fix the date or time (a typo?)",
                )
            else:
                yield e.hit(
                    "timeline entry has no time: start it with one, e.g. '14:32 UTC' "
                    "(or '~14:30' if estimated)",
                    "start the entry with its time, e.g. '14:32 UTC'",
                )
