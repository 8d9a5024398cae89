"""Where an action item targets a person instead of a system: a punitive word or a
sanction shape, aimed at someone other than the item's owner, in an item no tool acts
on and no gate applies to everyone."""

from __future__ import annotations

from typing import Any

from models import ActionItem, Document
from rules.analysis.clauses import negated_context
from rules.analysis.mechanisms import automated
from rules.analysis.punitive import is_punitive, targets_of
from rules.analysis.sanctions import (
    AGAIN,
    CHECKED,
    EXAMPLE,
    LIMITED,
    SANCTION_SHAPES,
    THEIRS,
    WORD,
    sanctioned,
)
from rules.common import Sentence, in_quotes


def _owner_span(item: ActionItem | None) -> tuple[int, int]:
    return (item.owner.start, item.owner.end) if item and item.owner else (-1, -1)


_NEARS = (THEIRS, EXAMPLE, WORD, LIMITED, CHECKED, AGAIN)
_NEAR_ANCHORS = frozenset().union(*(n.anchor for n in _NEARS))


def punishments(sent: Any, s: Sentence, doc: Document, item: ActionItem | None):
    """(trigger, target) pairs where an action targets a person instead of a system."""
    block = doc.blocks[s.block]
    lo, hi = _owner_span(item)
    if any(t.lower_ in ("whoever", "regardless") for t in sent):
        return  # "... whoever the author": a gate for everyone
    # The parsed text has no backticks: `prodctl` is a tool by the source's code spans.
    code = frozenset(
        t.i for t in sent if block.in_code(s.start + t.idx, s.start + t.idx + len(t.text))
    )
    for tok in sent:
        punitive = is_punitive(tok, code)
        shaped = not punitive and (
            tok.lower_ in SANCTION_SHAPES
            or (tok.lower_ in _NEAR_ANCHORS and any(n.found(sent, tok.i) for n in _NEARS))
        )
        if not (punitive or shaped) or in_quotes(tok) or negated_context(tok):
            continue
        targets = targets_of(tok) if punitive else [] if automated(tok, code) else sanctioned(tok)
        for target in targets:
            pos = block.source_offset(s.start + target.idx)
            owned = target.dep_ == "poss" and target.head.head.i == tok.i  # "@aoife's duties"
            direct = tok.i == target.head.i or tok.head.i == target.i or owned
            if lo <= pos < hi and not direct:
                continue  # the item's owner does the work; "Remind @kai" is still a target
            yield tok, target
            return  # one finding per action item
