"""Facts about a document for people and tools: words, sentences, readability, sections."""

from __future__ import annotations

import textstat

from linter.source import Source
from models import Document
from models.api import Readability, SectionInfo, Stats
from rules.common import word_count


def prose_text(doc: Document) -> str:
    """The document's prose: no headings, code or quoted chat; each block a sentence."""
    parts = []
    for b in doc.prose():
        text = " ".join(b.text.split())
        if text and text[-1] not in ".!?:;":
            text += "."
        parts.append(text)
    return " ".join(parts)


def document_stats(doc: Document) -> Stats:
    """Word and sentence counts, textstat's readability scores, and the section list."""
    text = prose_text(doc)
    src = Source(doc.text)
    empty = not text.strip()
    return Stats(
        words=word_count(text),
        sentences=0 if empty else textstat.sentence_count(text),
        readability=Readability(
            flesch_reading_ease=0.0 if empty else textstat.flesch_reading_ease(text),
            flesch_kincaid_grade=0.0 if empty else textstat.flesch_kincaid_grade(text),
            gunning_fog=0.0 if empty else textstat.gunning_fog(text),
            automated_readability_index=(
                0.0 if empty else textstat.automated_readability_index(text)
            ),
        ),
        sections=[
            SectionInfo(title=s.title, kind=s.kind, level=s.level, line=src.position(s.start)[0])
            for s in doc.sections
        ],
        action_items=len(doc.action_items),
        timeline_entries=len(doc.timeline),
    )
