"""Read Markdown into a `Skeleton` with markdown-it-py (CommonMark + tables).

Inline markup is removed from each block's text, and every character of that text is
mapped back to the source, so findings land on the exact words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from linter.skeleton import Comment, Heading, ListItem, Skeleton, Table
from linter.source import Source
from models import Block

# Tags that are really HTML. Anything else in angle brackets (`<fill in>`, `<Your name
# goes here>`) is template text a person must replace, so it stays in the prose.
HTML_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "br",
        "code",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "font",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "tt",
        "u",
        "ul",
        "var",
        "video",
        "audio",
        "source",
        "picture",
        "figure",
        "figcaption",
        "center",
        "section",
        "article",
        "aside",
        "nav",
        "header",
        "footer",
        "main",
        "mark",
        "time",
        "iframe",
        "blockquote",
        "cite",
        "input",
        "label",
        "button",
        "form",
        "select",
        "option",
        "textarea",
        "script",
        "style",
        "link",
        "meta",
    ]
)
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n(\1|\.\.\.)[ \t]*(\n|\Z)", re.S)


@cache
def _parser() -> MarkdownIt:
    # text_join would merge entities and escapes into plain text and lose their
    # source form, which we need to map offsets.
    return MarkdownIt("commonmark").enable("table").disable("text_join")


def _is_real_html(fragment: str) -> bool:
    if fragment.startswith("<!--"):
        return True
    m = _TAG_NAME.match(fragment)
    return bool(m) and m.group(1).lower() in HTML_TAGS


def align(children: list[Token], norm: str, lo: int, hi: int) -> tuple[str, list, list]:
    """Inline tokens -> (clean text, runs into the normalised text, inline-code ranges)."""
    text: list[str] = []
    runs: list[tuple[int, int, int]] = []
    code: list[tuple[int, int]] = []
    n = 0
    cursor = lo
    for tok in children:
        kind = tok.type
        if kind in ("text", "code_inline"):
            piece = needle = tok.content
        elif kind == "text_special":
            piece, needle = tok.content, tok.markup
        elif kind in ("softbreak", "hardbreak"):
            # Keep line breaks: timelines and checklists are read line by line.
            piece = needle = "\n"
        elif kind == "html_inline" and not _is_real_html(tok.content):
            piece = needle = tok.content
        elif kind == "link_close":
            # Step over `](url)` so a later short text cannot match inside the URL.
            if norm.startswith("](", cursor):
                close = norm.find(")", cursor + 2, hi)
                cursor = close + 1 if close >= 0 else cursor
            continue
        else:
            continue
        if not piece:
            continue
        pos = norm.find(needle, cursor, hi) if needle else -1
        if pos < 0:
            pos, needle = cursor, ""
        if kind == "code_inline":
            code.append((n, n + len(piece)))
        runs.append((n, pos, min(len(piece), max(len(needle), 1))))
        text.append(piece)
        n += len(piece)
        cursor = pos + len(needle)
    return "".join(text), runs, code


def _strip_front_matter(norm: str) -> tuple[str, int]:
    m = _FRONT_MATTER.match(norm)
    if not m:
        return norm, 0
    blank = re.sub(r"[^\n]", " ", m.group())
    return blank + norm[m.end() :], m.end()


def read_markdown(src: Source, is_section_title: Callable[[str], bool]) -> Skeleton:
    """Parse `src` and lay out its blocks, headings, list items and tables."""
    norm, fm_end = _strip_front_matter(src.text)
    sk = Skeleton()
    if fm_end:
        sk.skipped.append((src.to_original(0), src.to_original(fm_end)))
    starts = src.norm_line_starts
    tokens = _parser().parse(norm)

    def line_range(tok: Token) -> tuple[int, int]:
        a, b = tok.map or (0, 0)
        return starts[a], starts[b] if b < len(starts) else len(norm)

    def orig(offset: int) -> int:
        return src.to_original(offset)

    quote = 0
    item_stack: list[int] = []
    table: Table | None = None
    row_cursor = 0
    heading_level: int | None = None
    pending_cell = False
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "blockquote_open":
            quote += 1
        elif t == "blockquote_close":
            quote -= 1
        elif t == "list_item_open":
            a, b = line_range(tok)
            parent = item_stack[-1] if item_stack else None
            sk.items.append(
                ListItem(orig(a), orig(b), len(item_stack), tok.markup in (".", ")"), parent=parent)
            )
            if parent is not None:
                sk.items[parent].children.append(len(sk.items) - 1)
            item_stack.append(len(sk.items) - 1)
        elif t == "list_item_close":
            item_stack.pop()
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t in ("fence", "code_block", "html_block"):
            a, b = line_range(tok)
            sk.skipped.append((orig(a), orig(b)))
            if t == "html_block":
                _collect_comments(sk, tok.content, norm, a, b, orig, tok.map[0] if tok.map else 0)
            if t != "html_block" or not tok.content.lstrip().startswith("<!--"):
                sk.other.append(orig(a))
        elif t == "table_open":
            a, b = line_range(tok)
            table = Table(orig(a), orig(b))
            sk.tables.append(table)
            sk.other.append(orig(a))
        elif t == "table_close":
            table = None
        elif t == "tr_open" and table is not None:
            a, b = line_range(tok)
            row_cursor = a
            if tokens[i - 1].type != "thead_open":
                table.rows.append([])
                table.row_spans.append((orig(a), orig(b)))
        elif t in ("th_open", "td_open"):
            pending_cell = True
        elif t == "inline":
            a, b = line_range(tok)
            lo = row_cursor if pending_cell else a
            text, runs, code = align(tok.children or [], norm, lo, b)
            for child in tok.children or []:
                if child.type == "html_inline" and child.content.startswith("<!--"):
                    _collect_comments(sk, child.content, norm, lo, b, orig, tok.map[0])
            norm_runs = runs
            runs = [(t0, orig(s0), k) for t0, s0, k in runs]
            if pending_cell:
                # Cells are searched left to right on one line; the next starts after a pipe.
                last = max(lo, max((s0 + k for _, s0, k in norm_runs), default=lo))
                pipe = norm.find("|", last, b)
                row_cursor = pipe + 1 if pipe >= 0 else last
            kind = (
                "heading"
                if heading_level
                else "table_cell"
                if pending_cell
                else "list_item"
                if item_stack
                else "paragraph"
            )
            start = runs[0][1] if runs else orig(lo)
            end = runs[-1][1] + runs[-1][2] if runs else start
            block = Block(
                kind=kind,
                text=text,
                runs=runs,
                code=code,
                start=start,
                end=end,
                quote=quote > 0,
                list_depth=len(item_stack),
                line=tok.map[0] if tok.map else 0,
            )
            idx = len(sk.blocks)
            sk.blocks.append(block)
            if heading_level:
                sk.headings.append(Heading(idx, heading_level))
            elif pending_cell and table is not None:
                (table.rows[-1] if table.rows else table.header).append(idx)
            elif item_stack:
                sk.items[item_stack[-1]].blocks.append(idx)
                sk.block_item[idx] = item_stack[-1]
                _numbered_heading(sk, item_stack[-1], idx, is_section_title)
            elif not quote:
                _pseudo_heading(sk, idx, tok.children or [], is_section_title)
            heading_level = None
            pending_cell = False
    return sk


def _collect_comments(sk: Skeleton, content: str, norm: str, lo: int, hi: int, orig, line: int):
    for m in re.finditer(r"<!--.*?-->", content, re.S):
        pos = norm.find(m.group(), lo, hi)
        if pos >= 0:
            sk.comments.append(Comment(orig(pos), orig(pos + len(m.group())), m.group(), line))


def _heading_level(sk: Skeleton) -> int:
    return sk.headings[-1].level + 1 if sk.headings else 2


def _pseudo_heading(sk: Skeleton, idx: int, children: list[Token], is_title) -> None:
    """A one-line paragraph that is a known section title, bare or bold, is a heading."""
    block = sk.blocks[idx]
    if "\n" in block.text or len(block.text) > 80:
        return
    kinds = [c.type for c in children if c.type not in ("text",) or c.content.strip(" :")]
    bold = kinds[:1] == ["strong_open"] and kinds[-1:] == ["strong_close"]
    plain = kinds == ["text"]
    if (bold or plain) and is_title(block.text):
        block.kind = "heading"
        sk.headings.append(Heading(idx, _heading_level(sk), pseudo=True))


def _numbered_heading(sk: Skeleton, item_idx: int, idx: int, is_title) -> None:
    """`1. Incident Summary` on its own, as plain-text templates write it, is a heading."""
    item = sk.items[item_idx]
    block = sk.blocks[idx]
    if item.ordered and item.depth == 0 and item.blocks == [idx] and is_title(block.text):
        block.kind = "heading"
        sk.headings.append(Heading(idx, 2, pseudo=True))
        del sk.block_item[idx]
        item.blocks.clear()
