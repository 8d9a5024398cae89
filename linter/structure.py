"""Turn a `Skeleton` into the sections, title and summary fields of a `Document`."""

from __future__ import annotations

import re
from functools import cache

from linter.memo import memo
from linter.skeleton import Skeleton
from models import Block, Section, SummaryField, Value

_NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVXivx]{1,4}[.)]|[A-Za-z][.)])\s+")
_FIELD_LINE = re.compile(
    r"^[ \t>*_-]*(?P<key>[A-Za-z][\w /&();,.'’-]{0,40}?)[*_]*[ \t]*[:：][*_]*[ \t]*"
)
_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")


@memo(8192)
def normalize_title(text: str) -> str:
    """Lower-case a heading, drop its numbering, markup, emoji and trailing colon."""
    text = _NUMBERING.sub("", text.strip())
    text = re.sub(r"[*_`#]+", "", text)
    text = re.sub(r"[^\w\s;:/&'’(),.-]", "", text)  # emoji and symbols
    text = text.replace("’", "'").lower()
    return re.sub(r"\s+", " ", text).strip(" :.-")


@cache
def _lookup(table: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict[str, str], list[str]]:
    exact = {normalize_title(w): kind for kind, words in table for w in words}
    return exact, sorted(exact, key=len, reverse=True)


def freeze(table: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A hashable copy of a synonym table, so lookups can be cached."""
    return tuple((k, tuple(v)) for k, v in table.items())


def classify(title: str, table: tuple) -> str | None:
    """The canonical kind of a heading: an exact synonym, else the longest synonym prefix.

    A heading that names two things ("Events/Timeline") takes the kind of the first
    part that has one.
    """
    norm = normalize_title(title)
    exact, by_length = _lookup(table)
    for part in [norm, *(norm.split("/") if "/" in norm else [])]:
        part = part.strip()
        if part in exact:
            return exact[part]
        for word in by_length:
            if part.startswith(word) and not part[len(word)].isalnum():
                return exact[word]
    return None


def is_exact_title(title: str, table: tuple) -> bool:
    """True when a bare line is exactly a section name (so it can act as a heading)."""
    return normalize_title(title) in _lookup(table)[0]


def _levels(sk: Skeleton) -> list[int]:
    """Heading levels, with a pseudo heading one below the last real heading above it.

    Readers number consecutive bold or bare-line headings deeper and deeper; those are
    siblings ("**Root causes:**" then "**Timeline:**" under one `###`).
    """
    levels, real = [], 1
    for h in sk.headings:
        if not h.pseudo:
            real = h.level
        levels.append(real + 1 if h.pseudo else h.level)
    return levels


def _title(text: str) -> str:
    text = text.strip().rstrip(":").strip()
    m = _EMPHASIS.match(text)  # plain text keeps `**Timeline**` markers; a title does not
    return m.group(2).strip().rstrip(":").strip() if m else text


def build_sections(sk: Skeleton, table: tuple, text_end: int) -> list[Section]:
    """Sections from headings, with parents, inherited kinds and the blocks under each."""
    sections: list[Section] = []
    levels = _levels(sk)
    for n, h in enumerate(sk.headings):
        block = sk.blocks[h.block]
        body_end = text_end
        for m in range(n + 1, len(sk.headings)):
            if levels[m] <= levels[n]:
                body_end = sk.blocks[sk.headings[m].block].start
                break
        parent = None
        for j in range(len(sections) - 1, -1, -1):
            if sections[j].level < levels[n] and sections[j].body_end >= block.end:
                parent = j
                break
        own = classify(block.text, table)
        kind = own or (sections[parent].kind if parent is not None else None)
        sections.append(
            Section(
                title=_title(block.text),
                level=levels[n],
                own_kind=own,
                kind=kind,
                parent=parent,
                start=block.start,
                end=block.end,
                body_end=body_end,
                pseudo=h.pseudo,
            )
        )
        if parent is not None:
            sections[parent].children.append(len(sections) - 1)
    heading_blocks = {h.block: n for n, h in enumerate(sk.headings)}
    current: int | None = None
    for i, b in enumerate(sk.blocks):
        if i in heading_blocks:
            current = heading_blocks[i]
            b.section = current
            continue
        b.section = current
        if current is not None:
            sections[current].blocks.append(i)
    for offset in sk.other:
        for n in range(len(sections) - 1, -1, -1):
            if sections[n].end <= offset < sections[n].body_end:
                sections[n].has_other_content = True
                break
    return sections


def find_title(sk: Skeleton, sections: list[Section]) -> Value | None:
    """The first level-1 heading when it comes first and is not itself a section name."""
    if sections and sections[0].level == 1 and sections[0].own_kind is None:
        s = sections[0]
        return Value(text=s.title, start=s.start, end=s.end)
    return None


def _pairs(sk: Skeleton, exact: dict[str, str]) -> dict[int, int]:
    """Key cell -> value cell for tables written as `| Severity | SEV1 |` (two or four wide).

    The header row counts only when the body rows are key/value pairs too (or there are
    none), so the header of a timeline table (`| Date | Event |`) is not read as a field.
    """
    pairs: dict[int, int] = {}
    for t in sk.tables:
        rows = t.rows or [t.header]  # a one-row table (`| Severity | SEV1 |`) is all header
        keyed = any(row and normalize_title(sk.blocks[row[0]].text) in exact for row in rows)
        for row in ([t.header] if keyed else []) + t.rows:
            for k in range(0, len(row) - 1, 2):
                if k == 0 or len(row) % 2 == 0:
                    pairs[row[k]] = row[k + 1]
    return pairs


def find_fields(sk: Skeleton, sections: list[Section], fields: tuple) -> dict[str, SummaryField]:
    """Summary fields: `Key: value` lines (bold or not), table rows, headings and sections."""
    exact, _ = _lookup(fields)
    found: dict[str, SummaryField] = {}

    def known(text: str) -> str | None:
        m = _FIELD_LINE.match(text)
        return exact.get(normalize_title(m.group("key"))) if m else None

    def add(key_text: str, block: Block, start: int, end: int) -> None:
        key = exact.get(normalize_title(key_text))
        value = block.text[start:end].strip()
        if key and key not in found and value:
            lead = len(block.text[start:end]) - len(block.text[start:end].lstrip())
            h = block.hit("", start=start + lead, end=start + lead + len(value))
            found[key] = SummaryField(
                key=key, label=key_text.strip(), value=value, start=h.start, end=h.end
            )

    pairs = _pairs(sk, exact)
    for i, block in enumerate(sk.blocks):
        if block.quote:
            continue
        if i in pairs:
            add(block.text, sk.blocks[pairs[i]], 0, len(sk.blocks[pairs[i]].text))
            continue
        pos = 0
        lines = block.text.split("\n")
        for n, line in enumerate(lines):
            m = _FIELD_LINE.match(line)
            if m and line[m.end() :].strip():
                # A value wraps onto the next lines until another "Key:" line starts.
                end = pos + len(line)
                for more in lines[n + 1 :]:
                    if _FIELD_LINE.match(more) and known(more):
                        break
                    end += 1 + len(more)
                add(m.group("key"), block, pos + m.end(), end)
            elif m and n == len(lines) - 1 and block.kind != "heading":
                # "- **Impact**:" with the value in the paragraph or sub-list below
                nxt = sk.blocks[i + 1] if i + 1 < len(sk.blocks) else None
                if (
                    nxt
                    and nxt.kind in ("paragraph", "list_item")
                    and not nxt.quote
                    and nxt.section == block.section
                    and not _FIELD_LINE.match(nxt.text)
                ):
                    add(m.group("key"), nxt, 0, len(nxt.text))
            pos += len(line) + 1
    for s in sections:
        key = exact.get(normalize_title(s.title))
        body = [sk.blocks[b] for b in s.blocks if not known(sk.blocks[b].text)]
        if not key or key in found or not body:
            continue
        if key == "tldr":  # a TL;DR section is the TL;DR, however many paragraphs
            value = "\n\n".join(b.text.strip() for b in body)
            found[key] = SummaryField(
                key=key, label=s.title, value=value, start=body[0].start, end=body[-1].end
            )
        else:
            add(s.title, body[0], 0, len(body[0].text))
    return found
