"""Turn a `Skeleton` into the sections, title and summary fields of a `Document`."""

from __future__ import annotations

import re
from functools import cache

from linter.skeleton import Skeleton
from models import Block, Section, SummaryField, Value

_NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVXivx]{1,4}[.)]|[A-Za-z][.)])\s+")
_FIELD_LINE = re.compile(r"^[ \t>*_-]*(?P<key>[A-Za-z][\w /&();,.'’-]{0,40}?)[ \t]*[:：][ \t]*")


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
    """The canonical kind of a heading: an exact synonym, else the longest synonym prefix."""
    norm = normalize_title(title)
    exact, by_length = _lookup(table)
    if norm in exact:
        return exact[norm]
    for word in by_length:
        if norm.startswith(word) and not norm[len(word)].isalnum():
            return exact[word]
    return None


def is_exact_title(title: str, table: tuple) -> bool:
    """True when a bare line is exactly a section name (so it can act as a heading)."""
    return normalize_title(title) in _lookup(table)[0]


def build_sections(sk: Skeleton, table: tuple, text_end: int) -> list[Section]:
    """Sections from headings, with parents, inherited kinds and the blocks under each."""
    sections: list[Section] = []
    for n, h in enumerate(sk.headings):
        block = sk.blocks[h.block]
        body_end = text_end
        for later in sk.headings[n + 1 :]:
            if later.level <= h.level:
                body_end = sk.blocks[later.block].start
                break
        parent = None
        for j in range(len(sections) - 1, -1, -1):
            if sections[j].level < h.level and sections[j].body_end >= block.end:
                parent = j
                break
        own = classify(block.text, table)
        kind = own or (sections[parent].kind if parent is not None else None)
        sections.append(
            Section(
                title=block.text.strip().rstrip(":").strip(),
                level=h.level,
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


def find_fields(sk: Skeleton, sections: list[Section], fields: tuple) -> dict[str, SummaryField]:
    """Summary fields written as `Key: value` lines, two-column table rows, or sections."""
    exact, _ = _lookup(fields)
    found: dict[str, SummaryField] = {}

    def add(key_text: str, block: Block, start: int, end: int) -> None:
        key = exact.get(normalize_title(key_text))
        value = block.text[start:end].strip()
        if key and key not in found and value:
            lead = len(block.text[start:end]) - len(block.text[start:end].lstrip())
            h = block.hit("", start=start + lead, end=start + lead + len(value))
            found[key] = SummaryField(
                key=key, label=key_text.strip(), value=value, start=h.start, end=h.end
            )

    cell_pairs = {row[0]: row[1] for t in sk.tables for row in t.rows if len(row) == 2}
    for i, block in enumerate(sk.blocks):
        if block.kind == "heading" or block.quote:
            continue
        if i in cell_pairs:
            add(block.text, sk.blocks[cell_pairs[i]], 0, len(sk.blocks[cell_pairs[i]].text))
            continue
        pos = 0
        for line in block.text.split("\n"):
            m = _FIELD_LINE.match(line)
            if m:
                add(m.group("key"), block, pos + m.end(), pos + len(line))
            pos += len(line) + 1
    for s in sections:
        key = exact.get(normalize_title(s.title))
        if key and key not in found and s.blocks:
            b = sk.blocks[s.blocks[0]]
            add(s.title, b, 0, len(b.text))
    return found
