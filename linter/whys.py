"""The 5-whys chain: questions and answers in a "5 Whys" section (or a list of whys)."""

from __future__ import annotations

import bisect
import re

from linter.memo import memo
from linter.skeleton import Skeleton
from models import Section, Why

_WHY_LABEL = re.compile(r"^\s*(?:why\s*#?\s*\d+|\d+\.?\s*why)\s*[:.)-]\s*", re.I)
_ANSWER_LABEL = re.compile(r"^\s*(?:a\s*[:.)-]|answer\s*:|because\b[,:]?)\s*", re.I)


def build_whys(sk: Skeleton, sections: list[Section]) -> list[Why]:
    """Each step of the chain, in order; an unanswered question is kept with answer ''."""
    whys: list[Why] = []
    pending: tuple[str, int, int] | None = None  # question, start, block
    siblings: dict[int | None, list[int]] = {}
    for n, it in enumerate(sk.items):
        if it.blocks:
            siblings.setdefault(it.parent, []).append(n)
    for i, block in enumerate(sk.blocks):
        if block.kind == "heading" or block.quote or block.section is None:
            continue
        kind = sections[block.section].kind
        if kind != "five whys" and not (kind == "root cause" and _in_why_list(sk, i, siblings)):
            continue
        text = block.text.strip()
        label = _WHY_LABEL.match(text)
        if label:
            text = text[label.end() :]
        q = text.find("?")
        if q >= 0 and (label or text.lower().startswith(("why", "how", "what"))):
            if pending:
                whys.append(
                    Why(
                        question=pending[0],
                        answer="",
                        start=pending[1],
                        end=pending[1] + len(pending[0]),
                        block=pending[2],
                    )
                )
            question, answer = text[: q + 1].strip(), text[q + 1 :].strip()
            answer = _ANSWER_LABEL.sub("", answer)
            if answer:
                whys.append(
                    Why(question=question, answer=answer, start=block.start, end=block.end, block=i)
                )
                pending = None
            else:
                pending = (question, block.start, i)
            continue
        answer = _ANSWER_LABEL.sub("", text)
        start = pending[1] if pending else block.start
        whys.append(
            Why(
                question=pending[0] if pending else None,
                answer=answer,
                start=start,
                end=block.end,
                block=i,
            )
        )
        pending = None
    if pending:
        whys.append(
            Why(
                question=pending[0],
                answer="",
                start=pending[1],
                end=pending[1] + len(pending[0]),
                block=pending[2],
            )
        )
    return whys


def _in_why_list(sk: Skeleton, block: int, siblings: dict[int | None, list[int]]) -> bool:
    """A list item in a list where at least two siblings ask "Why ...?"."""
    item = sk.block_item.get(block)
    if item is None:
        return False
    sib = siblings.get(sk.items[item].parent, [])
    near = sib[bisect.bisect_left(sib, item - 11) : bisect.bisect_right(sib, item + 11)]
    asks = sum(1 for n in near if _asks_why(sk.blocks[sk.items[n].blocks[0]].text))
    return asks >= 2


@memo(8192)
def _asks_why(text: str) -> bool:
    text = _WHY_LABEL.sub("", text.strip())
    return text.lower().startswith("why") and "?" in text
