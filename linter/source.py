"""The original text, its normalised form for parsing, and the maps between them.

markdown-it reads text with `\\n` line endings and no byte-order mark. Users (and
editors) count positions in the text they gave us, which may have CRLF endings and a
BOM. `Source` parses the normalised text and maps every offset back to the original.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

BOM = "\ufeff"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Source:
    """One document's text in both forms, with offset and line/column maps."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.bom = 1 if text.startswith(BOM) else 0
        body = text[self.bom :]
        # Positions (in the normalised text) of newlines that were CRLF in the original.
        crlf: list[int] = []
        parts: list[str] = []
        last = 0
        removed = 0
        for m in re.finditer(r"\r\n?", body):
            parts.append(body[last : m.start()])
            parts.append("\n")
            if m.group() == "\r\n":
                crlf.append(m.start() - removed)
                removed += 1
            last = m.end()
        parts.append(body[last:])
        self.text = "".join(parts).replace("\0", "\ufffd")
        self._crlf = crlf

    @property
    def is_plain(self) -> bool:
        """True when the normalised text is the original (no BOM, no CR line endings)."""
        return not self.bom and not self._crlf and len(self.text) == len(self.original)

    def to_original(self, offset: int) -> int:
        """Map an offset in the normalised text to the original text."""
        return offset + self.bom + bisect.bisect_left(self._crlf, offset)

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in _LINE_BREAK.finditer(self.original))
        return starts

    @cached_property
    def norm_line_starts(self) -> list[int]:
        """Offsets (normalised text) where each 0-based line starts."""
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in code points of an offset into the original text.

        A BOM is invisible in editors, so it does not count as a column on line 1.
        """
        offset = max(0, min(offset, len(self.original)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        column = offset - self._line_starts[line] + 1
        if line == 0 and self.bom:
            column = max(1, column - 1)
        return line + 1, column
