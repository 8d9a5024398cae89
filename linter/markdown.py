"""Read Markdown into a `Skeleton` with markdown-it-py (CommonMark + tables).

Inline markup is removed from each block's text, and every character of that text is
mapped back to the source, so findings land on the exact words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from linter.memo import LRU
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


#: Parts of documents whose blocks are kept for re-linting edited documents.
SEGMENT_CACHE_SIZE = 1024
#: After this many merges in a row (fences left open), the rest is read as one part.
MAX_MERGES = 8
# A cut before an ATX heading at column 0 that follows a blank line. Such a heading ends
# every open paragraph, list, block quote and table; only a fence or an HTML block left
# open above can swallow it, and `_segments` checks for exactly that.
_CUT = re.compile(r"\n[ \t]*\n(?=#{1,6}(?:[ \t\n]|$))")
_MAYBE_REFERENCE = re.compile(r"\[[^\]\n]*\]:")

Refs = tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class _Facts:
    """What cutting needs to know of a part: a fence or HTML block it leaves open (type,
    markup), and the link references it defines. Small, so many can be kept."""

    open_type: str | None
    open_markup: str
    refs: Refs


# Block tokens parsed while cutting one document, reused to read its uncached parts.
Scratch = dict[str, tuple[list[Token], Refs]]
_FACTS = LRU(4 * SEGMENT_CACHE_SIZE)
_FRAGMENTS = LRU(SEGMENT_CACHE_SIZE)


def _block_parse(segment: str) -> tuple[list[Token], Refs]:
    """markdown-it's "block" core rule alone: block tokens, inline content unparsed, and
    the link reference definitions the text makes."""
    md, env, tokens = _parser(), {}, []
    md.block.parse(segment, md, env, tokens)
    found = tuple((k, v["href"], v["title"]) for k, v in env.get("references", {}).items())
    return tokens, found


def _facts(segment: str, scratch: Scratch) -> _Facts:
    facts = _FACTS.get(segment)
    if facts is None:
        tokens, refs = scratch[segment] = _block_parse(segment)
        lines = segment.count("\n")
        left = next(
            (
                t
                for t in tokens
                if t.level == 0
                and t.type in ("fence", "html_block")
                and t.map
                # An unclosed block runs to the end: in the whole document it would go on.
                and t.map[1] >= lines
            ),
            None,
        )
        facts = _Facts(left.type if left else None, left.markup if left else "", refs)
        _FACTS.put(segment, facts)
    return facts


def _closing_fence(norm: str, facts: _Facts, after: int) -> int:
    """Where the line that closes the open fence ends (or the end of the text): no cut
    before it can hold, so the search for the next cut resumes there."""
    if facts.open_type != "fence" or not facts.open_markup:
        return after
    mark, n = re.escape(facts.open_markup[0]), len(facts.open_markup)
    m = re.compile(rf"^ {{0,3}}{mark}{{{n},}}[ \t]*$", re.M).search(norm, after)
    return m.end() if m else len(norm)


def _segments(norm: str, scratch: Scratch) -> list[tuple[int, int, str, Refs]]:
    """Split at top-level headings into (start, first line, text, link references)."""
    cuts = [m.end() for m in _CUT.finditer(norm)] + [len(norm)]
    parts: list[tuple[int, int, str, Refs]] = []
    start, line, resume, merges = 0, 0, 0, 0
    for end in cuts:
        if end <= start or end < resume:
            continue
        segment = norm[start:end]
        if end < len(norm) and merges < MAX_MERGES:
            facts = _facts(segment, scratch)
            if facts.open_type:
                merges += 1  # merge with the next part and try again
                resume = _closing_fence(norm, facts, end)
                continue
        elif end < len(norm):
            continue  # too many merges: the rest is one part
        parts.append((start, line, segment, ()))
        line += segment.count("\n")
        start, merges = end, 0
    if len(parts) > 1 and _MAYBE_REFERENCE.search(norm):
        refs: dict[str, tuple[str, str, str]] = {}
        for _, _, segment, _ in parts:
            for ref in _facts(segment, scratch).refs:
                refs.setdefault(ref[0], ref)  # the first definition wins
        key = tuple(refs.values())
        parts = [(a, n, seg, key if key and "]" in seg else ()) for a, n, seg, _ in parts]
    return parts


def read_markdown(
    src: Source, is_section_title: Callable[[str], bool], segmented: bool = False
) -> Skeleton:
    """Parse `src` and lay out its blocks, headings, list items and tables.

    With `segmented`, the document is read in parts that start at top-level headings,
    and the blocks of each part are remembered by its text (editors re-send the whole
    document after every pause in typing; only the edited part is read again). The
    result is the same as reading it whole, which the tests check on every corpus
    document and on generated Markdown. Pass a long-lived `is_section_title` (as
    `parse_document` does) or nothing is reused. A document read once (a batch) is
    faster read whole: keeping its parts would only feed the garbage collector.
    """
    norm, fm_end = _strip_front_matter(src.text)
    sk = Skeleton()
    if fm_end:
        sk.skipped.append((src.to_original(0), src.to_original(fm_end)))
    if not segmented:
        at = None if src.is_plain else src.to_original
        whole = _read_tokens(norm, _parser().parse(norm), is_section_title, at)
        _merge(sk, whole)
        return sk
    scratch: Scratch = {}
    for start, line, segment, refs in _segments(norm, scratch):
        key = (segment, refs, is_section_title)
        frag = _FRAGMENTS.get(key)
        if frag is None:
            frag = _read_tokens(segment, _inline(segment, refs, scratch), is_section_title)
            _FRAGMENTS.put(key, frag)
        _place(sk, frag, start, line, src)
    return sk


def _inline(segment: str, refs: Refs, scratch: Scratch) -> list[Token]:
    """All tokens of one part: its block tokens with their inline content parsed, as
    markdown-it's "inline" core rule does. `refs` are the whole document's link
    references, so a link here resolves against a definition made in another part, as in
    a whole parse (without them, the part's own definitions count)."""
    md = _parser()
    tokens, own = scratch.pop(segment, None) or _block_parse(segment)
    env: dict = {}
    if refs or own:
        env["references"] = {k: {"href": h, "title": t, "map": None} for k, h, t in refs or own}
    for tok in tokens:
        if tok.type == "inline":
            tok.children = []
            md.inline.parse(tok.content, md, env, tok.children)
    return tokens


def _merge(sk: Skeleton, whole: Skeleton) -> None:
    """Add a skeleton read from the whole text (already at its final offsets)."""
    for name in ("blocks", "headings", "items", "tables", "other", "skipped", "comments"):
        getattr(sk, name).extend(getattr(whole, name))
    sk.block_item.update(whole.block_item)


def _same(offset: int) -> int:
    return offset


def _place(sk: Skeleton, frag: Skeleton, base: int, line0: int, src: Source) -> None:
    """Append a copy of `frag`, read at offset `base` (line `line0`) of the normalised
    text, with offsets mapped to the original text and indices shifted."""
    nb, ni = len(sk.blocks), len(sk.items)
    shifted = not src.is_plain

    def at(offset: int) -> int:
        return src.to_original(base + offset) if shifted else base + offset

    for b in frag.blocks:
        runs = [(t0, at(s0), k) for t0, s0, k in b.runs]
        start = runs[0][1] if runs else at(b.start)
        sk.blocks.append(
            Block.model_construct(
                kind=b.kind,
                text=b.text,
                runs=runs,
                code=list(b.code),
                start=start,
                end=runs[-1][1] + runs[-1][2] if runs else start,
                section=None,
                quote=b.quote,
                list_depth=b.list_depth,
                line=b.line + line0,
            )
        )
    sk.headings.extend(Heading(h.block + nb, h.level, h.pseudo) for h in frag.headings)
    sk.items.extend(
        ListItem(
            at(it.start),
            at(it.end),
            it.depth,
            it.ordered,
            blocks=[b + nb for b in it.blocks],
            parent=None if it.parent is None else it.parent + ni,
            children=[c + ni for c in it.children],
        )
        for it in frag.items
    )
    sk.tables.extend(
        Table(
            at(t.start),
            at(t.end),
            header=[b + nb for b in t.header],
            rows=[[b + nb for b in row] for row in t.rows],
            row_spans=[(at(a), at(b)) for a, b in t.row_spans],
        )
        for t in frag.tables
    )
    sk.other.extend(at(o) for o in frag.other)
    sk.skipped.extend((at(a), at(b)) for a, b in frag.skipped)
    sk.comments.extend(
        Comment(at(c.start), at(c.end), c.text, c.line + line0) for c in frag.comments
    )
    sk.block_item.update({b + nb: i + ni for b, i in frag.block_item.items()})


def _read_tokens(
    norm: str,
    tokens: list[Token],
    is_section_title: Callable[[str], bool],
    at: Callable[[int], int] | None = None,
) -> Skeleton:
    """Lay out the tokens of `norm`; offsets are into `norm`, or mapped by `at`."""
    sk = Skeleton()
    starts = [0, *(m.end() for m in re.finditer("\n", norm))]

    def line_range(tok: Token) -> tuple[int, int]:
        a, b = tok.map or (0, 0)
        return starts[a], starts[b] if b < len(starts) else len(norm)

    orig = at or _same

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
                line = tok.map[0] if tok.map else 0
                _collect_comments(sk, tok.content, norm, a, b, orig, line)
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
