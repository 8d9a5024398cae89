"""PM104 judgmental-language."""

from __future__ import annotations

from collections.abc import Iterator

from models import Document, Hit, Severity
from rules.analysis.judgments import COWBOY, JUDGMENT_PHRASES, SCORN, SHOULD_HAVE_KNOWN, judgments
from rules.base import rule
from rules.common import sentences
from rules.lexicon import HEDGE_ADVERBS, JUDGMENT_WORDS, UNMET_COMPETENCE


@rule(
    "PM104",
    "judgmental-language",
    severity=Severity.WARNING,
    lexicon=(
        JUDGMENT_WORDS | HEDGE_ADVERBS | COWBOY | UNMET_COMPETENCE | frozenset(JUDGMENT_PHRASES)
    ),
    near=(SHOULD_HAVE_KNOWN, SCORN),
)
def judgmental_language(doc: Document, options: None) -> Iterator[Hit]:
    """Judgement words about people or their work.

    ## Why is this bad?
    "Careless", "sloppy", "negligent", "obviously", "should have known": these words
    grade people instead of explaining events, and they are always written in
    hindsight. Readers stop asking why the action made sense at the time, and the people
    involved stop telling you. Describe the action and its context plainly.

    Flagged: judgement words ("careless", "shoddy", "slapdash", "cavalier", "lax",
    "unprofessional"), idioms ("half-baked", "asleep at the wheel", "cowboy deploys",
    "the test plan was a joke"), "clearly" or "obviously" about what people did ("the
    change was clearly slapped together", "obviously never tested"), and "should/ought
    to have known". Fine: "clearly" or "obviously" about evidence ("the logs clearly
    show the spike") or as praise ("clearly explained the trade-offs"), technical senses
    ("lazy loading", "dumb pipes", `SameSite=Lax`, "lazy consensus"), legal terms
    ("gross negligence" in a contract), and a judgement named to reject it ("It would be
    unfair to call the reviewer sloppy", "nobody acted recklessly").

    ## Example
    ```markdown
    ## What happened
    The reviewer clearly skimmed the diff, and the change was sloppy.
    ```

    Use instead:
    ```markdown
    ## What happened
    The diff was 1,400 lines; the destroy of the bucket was on line 1,212, below the
    fold of the review tool.
    ```
    """
    for s in sentences(doc, "PM104"):
        block = doc.blocks[s.block]
        for tok in judgments(s.parse):
            first, last = (tok, tok) if not hasattr(tok, "start_char") else (tok[0], tok[-1])
            if block.in_code(s.start + first.idx, s.start + last.idx + len(last.text)):
                continue  # an identifier: the `lazy` option, a `reckless_mode` flag
            yield s.hit(
                doc,
                tok,
                f"judgmental: '{tok.text}' grades people; describe the action and its context",
                "state what happened and what made it likely, e.g. 'the diff was 1,400 "
                "lines long' instead of 'the review was sloppy'",
            )
