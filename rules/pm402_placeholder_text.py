"""PM402 placeholder-text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from linter.memo import memo
from models import Document, Hit, Severity
from rules.base import rule
from rules.vocabulary import INSTRUCTION_VERBS, LOREM_WORDS, PLACEHOLDER_NOUNS, PLACEHOLDER_WORDS

# `[When did it happen?]`, but not a link, a checkbox, a footnote or `[P1]`.
_SQUARE = re.compile(r"(?<![\]!\w])\[(?![\^ xX]?\])([^\[\]\n]{2,160})\](?![(\[:])")
# `<Your name goes here>`, one nesting level deep (`<... "Waived by <name>" ...>`).
_ANGLE = re.compile(r"(?<![\w/<])<(?=[A-Za-z])((?:[^<>]|<[^<>\n]*>){1,600})>")
_MASK = re.compile(
    r"\b(?:(?:YYYY|yyyy|20[xX]{2}|19[xX]{2})([-/.])(?:MM|mm)\1(?:DD|dd)"
    r"|(?:DD|dd)([-/.])(?:MM|mm)\2(?:YYYY|yyyy)|(?:MM|mm)([-/.])(?:DD|dd)\3(?:YYYY|yyyy)"
    r"|(?:HH|hh):(?:MM|mm)(?::(?:SS|ss))?)\b"
)
# "# ISSUE NAME", "DATE RANGE", "12:45 PM DATE: Thing happened" (not a "DATE:" label)
_CAPS_LABEL = re.compile(
    r"\b(?:(?:ISSUE|INCIDENT|SERVICE|TEAM|YOUR|OWNER) NAME|DATE RANGE|(?<=\S )DATE(?=:))\b"
)
_REPEATED = re.compile(r"\b([XYZN])\1{2,}\b")  # XXX, YYY, ZZZ
_QUALIFIERS = frozenset(
    {"your", "incident", "incident's", "service", "team", "customer", "start", "end"}
    | {"the", "a", "an", "of", "and", "or", "here", "goes"}
)
_HTML = frozenset(("a", "b", "br", "div", "details", "summary", "span", "img", "p", "i", "em"))


@cache
def _word_pattern() -> re.Pattern[str]:
    caps = [w for w in PLACEHOLDER_WORDS if w.isupper()]
    phrases = [re.escape(w) for w in PLACEHOLDER_WORDS if not w.isupper()]
    return re.compile(rf"\b(?:{'|'.join(caps)})\b|(?i:\b(?:{'|'.join(phrases)})\b)")


@cache
def _lorem() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{'|'.join(LOREM_WORDS)})\b")


def _is_square_placeholder(inner: str) -> bool:
    words = re.findall(r"[\w'’]+", inner.lower())
    if len(words) < 1 or any(c.isdigit() for c in inner):
        return False
    if inner.rstrip().endswith("?") and len(words) >= 2:
        return True  # a question for the author: [When did it happen?]
    if words[0] in INSTRUCTION_VERBS and len(words) >= 2:
        return True  # an instruction: [Describe the impact]
    if "your" in words or "you" in words:
        return True
    nouns = [w for w in words if w in PLACEHOLDER_NOUNS]
    return bool(nouns) and len(words) <= 4 and all(w in _QUALIFIERS or w in nouns for w in words)


def _is_angle_placeholder(inner: str) -> bool:
    words = inner.split()
    if "=" in inner or inner.rstrip().endswith("/"):
        return False  # real HTML or JSX: <a href="...">, <br />
    if len(words) == 1:
        token = words[0].lower()
        if any(c in token for c in ":@/."):
            return False  # an autolink or an e-mail address
        return any(part in PLACEHOLDER_NOUNS for part in re.split(r"[-_]", token))
    return not (len(words) == 2 and words[0] in _HTML)  # <details open>


def _in_code(doc: Document, start: int) -> bool:
    """True when the source offset lies in inline code (or in a comment)."""
    if any(c.start <= start < c.end for c in doc.comments):
        return True
    if doc.format == "markdown":
        for b in doc.blocks:
            for t0, s0, n in b.runs if b.start <= start < b.end else ():
                if s0 <= start < s0 + n:
                    return b.in_code(t0 + start - s0, t0 + start - s0 + 1)
    line_start = doc.text.rfind("\n", 0, start) + 1  # plain text: count backticks
    return doc.text.count("`", line_start, start) % 2 == 1


@cache
def _candidates() -> re.Pattern[str]:
    """Something every placeholder pattern needs: a bracket, a placeholder word, a mask
    letter pair, a capitalised label; a block without one is skipped in one scan."""
    words = [re.escape(w.split()[0]) for w in PLACEHOLDER_WORDS] + list(LOREM_WORDS)
    return re.compile(
        rf"\[|(?i:\b(?:{'|'.join(words)})\b)|\b(?:[YyMmDdHhSs]{{2}}|[XYZN]{{3}})"
        r"|\b(?:20|19)[xX]{2}|NAME|DATE"
    )


@memo(8192)
def _block_hits(text: str, kind: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets in a block's text of every placeholder, in order (remembered
    per text: editors re-send the same blocks many times)."""
    if not _candidates().search(text):
        return ()
    return tuple(sorted(_find(text, kind), key=lambda s: (s[0], -s[1])))


def _find(text: str, kind: str) -> Iterator[tuple[int, int]]:
    for m in _SQUARE.finditer(text):
        if _is_square_placeholder(m.group(1)):
            yield m.start(), m.end()
    for pattern in (_word_pattern(), _MASK, _REPEATED):
        for m in pattern.finditer(text):
            yield m.start(), m.end()
    if kind != "table_cell":
        for m in _CAPS_LABEL.finditer(text):
            yield m.start(), m.end()
    lorem = _lorem().search(text)
    if lorem:
        yield 0, len(text.rstrip())


def _hit(text: str, start: int, end: int) -> Hit:
    found = " ".join(text.split())
    found = found if len(found) <= 40 else found[:37] + "…"
    return Hit(
        start=start,
        end=end,
        message=f"template text left in: replace '{found}' with what happened, or delete it",
        suggestion=f"replace '{found}' with the real content",
    )


@rule("PM402", "placeholder-text", severity=Severity.WARNING)
def placeholder_text(doc: Document, options: None) -> Iterator[Hit]:
    """Template placeholder text is still in the document.

    ## Why is this bad?
    `[When did it happen?]`, `<fill in>`, `TBD` and `Lorem ipsum` are questions the
    template asked and nobody answered. Readers cannot tell whether the answer is
    unknown, forgotten, or still being written, and the gap usually hides the part
    of the incident that was hardest to look at.

    Found: bracketed questions and instructions (`[Describe the impact]`,
    `[Your name]`), angle-bracket text (`<Your name goes here>`), `TBD`, `TODO`,
    `XXX`, `FIXME`, `TBC`, date masks such as `YYYY-MM-DD`, and lorem-ipsum filler.
    Links, checkboxes, footnotes, `[P1]`, `[CVE-2019-9900]` and code are left alone.

    ## Example
    ```markdown
    ## Summary
    [When did it happen?] The checkout service failed. Owner: TBD
    ```

    Use instead:
    ```markdown
    ## Summary
    On 2026-03-04 at 14:32 UTC the checkout service failed. Owner: @alice
    ```
    """
    owners = [(i.owner.start, i.owner.end) for i in doc.action_items if i.owner]
    found: list[tuple[int, int]] = []

    def keep(start: int, end: int) -> bool:
        if any(a <= start and end <= b for a, b in found + owners):
            return False  # inside a placeholder already reported, or an owner (PM304's)
        found.append((start, end))
        return True

    for b in doc.blocks:
        if b.quote:
            continue
        for start, end in _block_hits(b.text, b.kind):
            if b.in_code(start, end):
                continue
            h = b.hit("", start=start, end=end)
            if keep(h.start, h.end):
                yield _hit(b.text[start:end], h.start, h.end)
    for m in _ANGLE.finditer(doc.text):
        inner = m.group(1)
        closing_line = doc.text[doc.text.rfind("\n", 0, m.end() - 1) + 1 : m.end() - 1]
        if not _is_angle_placeholder(inner) or not closing_line.strip() or "\n#" in inner:
            continue  # a quote marker (`>` at a line start) is not a closing bracket
        if _in_code(doc, m.start()) or not keep(m.start(), m.end()):
            continue
        yield _hit(m.group(), m.start(), m.end())
