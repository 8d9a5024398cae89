"""Read a plain-text post-mortem (`.txt`, `.rst`) into a `Skeleton`.

Plain-text templates mark headings with numbers ("1. Incident Summary"), bare lines
("Timeline", "Action Items:") or underlines, and lists with dashes, bullets or numbers.
Nothing here is Markdown: a `*` is a bullet or a star, never emphasis.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from linter.skeleton import Comment, Heading, ListItem, Skeleton
from linter.source import Source
from models import Block

_BULLET = re.compile(r"^([ \t]*)([-*+•◦‣▪]|\d{1,3}[.)]|[a-z][.)])[ \t]+(?=\S)")
_CHECKBOX = re.compile(r"^([ \t]*)(?=\[[ xX]?\]|[☐☑☒✅✔])")
_UNDERLINE = re.compile(r"^[ \t]*(=+|-+|~+|\^+|\*+)[ \t]*$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}\.)\s+")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def read_plaintext(src: Source, is_section_title: Callable[[str], bool]) -> Skeleton:
    """Lay out `src` line by line: headings, list items and paragraphs."""
    norm = src.text
    starts = src.norm_line_starts
    lines = norm.split("\n")
    sk = Skeleton()
    for m in _COMMENT.finditer(norm):
        line = norm.count("\n", 0, m.start())
        sk.comments.append(
            Comment(src.to_original(m.start()), src.to_original(m.end()), m.group(), line)
        )
        sk.skipped.append((src.to_original(m.start()), src.to_original(m.end())))

    def make(kind: str, pieces: list[tuple[int, int]], first_line: int, depth: int = 0) -> int:
        """A block from (start, end) pieces of the normalised text, joined by newlines."""
        text, runs, n = [], [], 0
        for a, b in pieces:
            if text:
                text.append("\n")
                n += 1
            runs.append((n, src.to_original(a), b - a))
            text.append(norm[a:b])
            n += b - a
        start = runs[0][1]
        end = src.to_original(pieces[-1][1])
        block = Block(
            kind=kind,
            text="".join(text),
            runs=runs,
            start=start,
            end=end,
            line=first_line,
            list_depth=depth,
        )
        sk.blocks.append(block)
        return len(sk.blocks) - 1

    para: list[tuple[int, int]] = []
    para_line = 0
    item: ListItem | None = None
    item_pieces: list[tuple[int, int]] = []
    item_indent = 0
    item_line = 0
    stack: list[tuple[int, int]] = []  # (indent, item index) of open list items

    def flush() -> None:
        nonlocal para, item, item_pieces
        if para:
            make("paragraph", para, para_line)
            para = []
        if item is not None and item_pieces:
            idx = make("list_item", item_pieces, item_line, item.depth + 1)
            item.blocks.append(idx)
            item.end = src.to_original(item_pieces[-1][1])
            sk.block_item[idx] = len(sk.items) - 1
        item, item_pieces = None, []

    i = 0
    while i < len(lines):
        line = lines[i]
        a = starts[i]
        stripped = line.strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not stripped or _COMMENT.fullmatch(stripped):
            flush()
            i += 1
            continue
        lead = len(line) - len(line.lstrip())
        body = (a + lead, a + len(line.rstrip()))
        if _UNDERLINE.match(nxt) and not para and item is None and len(stripped) <= 80:
            level = 1 if nxt.strip()[0] == "=" else 2
            sk.headings.append(Heading(make("heading", [body], i), level))
            i += 2
            continue
        if _UNDERLINE.match(line) and not para:
            i += 1  # a rule line, or an over-line above a title
            continue
        title = _NUMBERED.sub("", stripped)
        if len(title.split()) <= 8 and is_section_title(title):
            flush()
            sk.headings.append(Heading(make("heading", [body], i), 2, pseudo=True))
            i += 1
            continue
        bullet = _BULLET.match(line) or _CHECKBOX.match(line)
        if bullet:
            flush()
            indent = len(bullet.group(1).expandtabs())
            while stack and stack[-1][0] >= indent:
                stack.pop()
            parent = stack[-1][1] if stack else None
            ordered = bullet.re is _BULLET and bullet.group(2)[0].isdigit()
            item = ListItem(
                src.to_original(a),
                src.to_original(a + len(line)),
                len(stack),
                ordered,
                parent=parent,
            )
            sk.items.append(item)
            if parent is not None:
                sk.items[parent].children.append(len(sk.items) - 1)
            stack.append((indent, len(sk.items) - 1))
            item_indent = indent
            item_pieces = [(a + bullet.end(), body[1])]
            item_line = i
        elif item is not None and lead > item_indent:
            item_pieces.append(body)
        else:
            if item is not None:
                flush()
            if lead == 0:
                stack.clear()
            if not para:
                para_line = i
            para.append(body)
        i += 1
    flush()
    return sk
