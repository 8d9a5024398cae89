"""Where a finding about a document's action items as a whole sits: on the heading of
the section that holds the open items (PM307's count, PM309's share of top priorities)."""

from __future__ import annotations

from models import Document, Hit


def action_items_hit(doc: Document, message: str, suggestion: str | None = None) -> Hit:
    """A document-level hit on the action-items heading (the one holding open items first)."""
    sections = doc.sections_of_kind("action items")
    for item in doc.action_items:
        sec = None if item.done or item.section is None else doc.sections[item.section]
        while sec is not None and sec.own_kind != "action items":
            sec = doc.sections[sec.parent] if sec.parent is not None else None
        if sec is not None:
            return sec.hit(message, suggestion)
    return sections[0].hit(message, suggestion) if sections else doc.hit(message, suggestion)
