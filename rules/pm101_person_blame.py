"""PM101 person-blame."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.analysis.blame import blame
from rules.analysis.failure import (
    CAUSED_BY_SOMEONE,
    CHECKED_FIRST,
    DESPITE,
    HAD_BROKEN,
    LEAK_VERBS,
    NEVER_UNDONE,
    PUT_BACK,
    SECRET_WINDOW,
    SECRET_WORDS,
    SOMEONE_CAUSED,
    SOMEONE_FAILED_TO,
    TOLD_NOBODY,
    WINDOW,
    WITHOUT,
)
from rules.analysis.fault_nouns import ERROR_OF_PERSON, ERRORS
from rules.analysis.lapse_phrases import (
    DISMISSED,
    IN_FREEZE,
    LEFT_OPEN,
    LET_LAPSE,
    OWN_CHANGE,
    SAT_ON,
    SLEPT_THROUGH,
)
from rules.analysis.singular_they import singular_they
from rules.analysis.verb_forms import HYPHEN_FORMS
from rules.analysis.verdicts import AT_FAULT, DOWN_TO, IS_ON, RESPONSIBLE_FOR
from rules.analysis.wrong_target import (
    INSTEAD,
    INSTEAD_INTENDED,
    MISTAKING,
    THINKING,
    WHERE_INTENDED,
    WHOLE_INSTEAD,
)
from rules.base import Near, rule
from rules.common import sentences
from rules.lexicon import (
    BAD_ADJECTIVES,
    BYPASS_FORMS,
    FAULT_COMPOUNDS,
    FAULT_NOUNS,
    HARMED_WORDS,
    INTRODUCE_VERBS,
    LAPSE_VERBS,
    MISTAKE_ADVERBS,
    REMOVAL_VERBS,
)

LEXICON = (
    LAPSE_VERBS
    | MISTAKE_ADVERBS
    | (FAULT_NOUNS - ERRORS)
    | HYPHEN_FORMS
    | {f"{c}-up" for c in FAULT_COMPOUNDS}
    | {"by accident", "by mistake", "by error", "blame", "the wrong"}
    | BYPASS_FORMS
) - {"broken"}
NEAR = (
    *ERROR_OF_PERSON,
    INSTEAD,
    WHOLE_INSTEAD,
    Near(SECRET_WORDS, LEAK_VERBS, before=SECRET_WINDOW),  # "committed the API key"
    Near(BAD_ADJECTIVES, INTRODUCE_VERBS, before=WINDOW),  # "pushed a bad config"
    Near(HARMED_WORDS | BAD_ADJECTIVES, REMOVAL_VERBS, before=WINDOW),  # "dropped prod"
    SOMEONE_CAUSED,
    CAUSED_BY_SOMEONE,
    SOMEONE_FAILED_TO,
    HAD_BROKEN,
    WITHOUT,
    DESPITE,
    PUT_BACK,
    NEVER_UNDONE,
    TOLD_NOBODY,
    CHECKED_FIRST,
    LET_LAPSE,
    LEFT_OPEN,
    DISMISSED,
    SLEPT_THROUGH,
    SAT_ON,
    OWN_CHANGE,
    THINKING,
    MISTAKING,
    INSTEAD_INTENDED,
    WHERE_INTENDED,
    IN_FREEZE,
    IS_ON,
    DOWN_TO,
    AT_FAULT,
    RESPONSIBLE_FOR,
)


@rule(
    "PM101",
    "person-blame",
    severity=Severity.ERROR,
    lexicon=LEXICON,
    near=NEAR,
)
def person_blame(doc: Document, options: None) -> Iterator[Hit]:
    """A person is named as the agent of a failure.

    ## Why is this bad?
    "Dave pushed a bad config" ends the inquiry at Dave. The next person in Dave's seat
    would have done the same, because the system let them: the review did not catch it,
    the deploy did not check it, nothing warned. Naming the person also teaches everyone
    to hide their part next time. Describe what happened and what the system allowed.

    A failure is a lapse ("forgot", "missed", "fat-fingered", "clobbered", "let the
    certificate expire", "slept through the pager"), an action marked as a mistake ("the
    wrong volume", "against prod instead of staging", "by mistake", "without a canary",
    "during the change freeze", "bypassing branch protection"), a person's fault noun
    ("Kai's mistake", "Noor's slip-up"), or a framing that hands the outcome to someone
    ("That outage is on Marek", "The data loss was down to Pia", "Kai was at fault").
    The agent is a name, an @handle, "he", "she" or "I", a "they" right after one named
    person, or one person's role, also as the agent of a passive ("the wrong table was
    dropped by the DBA"). Normal response work ("Jun paged the database team"), "we" and
    "the team", systems as the subjects of failures ("the autoscaler failed to add
    nodes"), deliberate actions ("purged the cache on purpose") and generic
    hypotheticals ("If someone fat-fingers a replica count, ...") are fine.

    ## Example
    ```markdown
    ## Root Cause
    Dave forgot to renew the TLS certificate, so the API went down.
    ```

    Use instead:
    ```markdown
    ## Root Cause
    The TLS certificate was renewed by hand and nothing alerted before it expired, so
    the API went down.
    ```
    """
    for s in sentences(doc, "PM101"):
        seen = set()
        block = doc.blocks[s.block]
        before = block.text[: s.start]
        for person, culprit, what in [*blame(s.parse), *singular_they(s.parse, before)]:
            at = s.start + person.idx
            if culprit.i in seen or block.in_code(at, at + len(person)):
                continue  # "`cert-manager` skipped the renewal": a program, not a person
            seen.add(culprit.i)
            lo, hi = sorted((person.i, culprit.i))
            yield s.hit(
                doc,
                s.parse[lo : hi + 1],
                f"blames a person: '{person.text}' is named as the agent of '{what}'",
                "describe what the system allowed instead, e.g. 'the deploy pipeline "
                "accepted the config without a canary', not who did it",
            )
