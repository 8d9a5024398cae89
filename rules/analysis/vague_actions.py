"""Where an action item starts from a vague word ("Improve monitoring", "Keep
investigating", "Add more tests", "Make deploys safer") and names nothing concrete and
checkable: no number, ticket, path, named component, quoted name or inline code, and
no exhortation (that is PM302's business)."""

from __future__ import annotations

import re
from typing import Any

from models import ActionItem, Block
from rules.analysis.exhortations import exhortations
from rules.analysis.people import is_word
from rules.base import Near
from rules.common import Sentence, in_quotes
from rules.lexicon import (
    COMPARATIVES,
    EMPTY_CAPITALS,
    OPEN_ENDED,
    VAGUE_PHRASALS,
    VAGUE_VERBS,
)

#: Time and priority tokens carry digits but name nothing: Q3, P1, H2, 2026.
_NOT_SPECIFIC = re.compile(r"^(?:[QPH][0-4]|FY\d{2,4}|(?:19|20)\d\d)$", re.I)
#: A day and month after a due label ("due 30/06", "by 4/11") is a date the item parser
#: could not read, not a number the item is checked against.
_DAY_MONTH = re.compile(r"^(?:[0-3]?\d)[/.-](?:[01]?\d)(?:[/.-](?:\d{2}|\d{4}))?$")
_LABELS = frozenset({"owner", "owners", "assignee", "due", "eta", "priority", "status", "by"})
_MORE = frozenset({"more", "better", "additional", "extra"}) | COMPARATIVES
#: The vague word opens the item: within its first tokens, after any "[P1]" or "Owner:".
OPENING = Near(VAGUE_VERBS | _MORE, first=10)
#: "Beef up capacity planning", "Double down on reliability", "Sync with security".
PHRASAL = Near(
    frozenset(p.split()[0] for p in VAGUE_PHRASALS),
    after=1,
    first=10,
    test=lambda a, t: f"{a.lower_} {t.lower_}" in VAGUE_PHRASALS,
)


def _open_ended(last: Any, tok: Any) -> bool:
    """The words up to `last` end an open-ended qualifier ("at some point")."""
    doc = last.doc
    return any(
        " ".join(t.lower_ for t in doc[max(0, last.i - n) : last.i + 1]) in OPEN_ENDED
        for n in range(3)
    )


#: "Update runbooks accordingly", "Clean up the config at some point": whatever, whenever.
OPEN = Near(frozenset(p.split()[-1] for p in OPEN_ENDED), before=1, test=_open_ended)
#: "Going forward, improve ...": an opener, not the action.
_OPENERS = (("going", "forward"), ("moving", "forward"))
#: "Work with the networking team to improve resilience": the action is the vague verb.
_COLLABORATE = frozenset({"work", "partner", "coordinate", "liaise", "collaborate"})
_GROUPS = frozenset({"team", "teams", "squad", "guild", "org", "group"})
_GROWTH = frozenset({"add", "get", "have", "need", "write", "build", "make", "create", "do"})


def _metadata(item: ActionItem | None) -> list[tuple[int, int]]:
    if item is None:
        return []
    return [(v.start, v.end) for v in (item.owner, item.due, item.priority) if v is not None]


def _concrete(tok: Any, first: bool) -> bool:
    """Evidence the item names something checkable: a number, ticket, file, name, code."""
    text = tok.text
    if _NOT_SPECIFIC.match(text.strip("()[],.")):
        return False
    prev = tok.doc[tok.i - 1].lower_ if tok.i else ""
    if prev in _LABELS and _DAY_MONTH.match(text.strip("()[],")):
        return False
    if any(c.isdigit() for c in text):
        return True
    if tok.like_url or tok.like_email or re.search(r"\w[/._]\w|^/\w", text):
        return True  # a URL, a path ("/api"), a file or an identifier
    if first or tok.lower_ in EMPTY_CAPITALS:
        return False  # "Better runbooks (TBD)", "better communication between SRE and ..."
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _GROUPS:
        return False  # "(SEC team)", "the Payments squad": who does it, not what changes
    if len(text) > 1 and text.isupper() and text.isalpha():
        return True  # IAM, DNS, TTL: acronyms name a specific system
    if text[:1].isupper() and (not is_word(tok) or any(c.isupper() for c in text[1:])):
        return True  # Traefik, PolicyEngine: a named component
    return in_quotes(tok) and tok.is_alpha


class _Item:
    """The tokens of an action item that are its action, not its owner, date or priority."""

    def __init__(self, s: Sentence, block: Block, item: ActionItem | None) -> None:
        spans = _metadata(item)
        self.tokens = []
        for tok in s.parse:
            offset = s.start + tok.idx
            pos = block.source_offset(offset)
            if any(a <= pos < b for a, b in spans) or tok.is_punct or tok.is_space:
                continue
            self.tokens.append(tok)
        # Inline code names an artifact: a metric, a file, a command.
        self.code = any(a < s.end and b > s.start for a, b in block.code)


def vague_verb(s: Sentence, block: Block, item: ActionItem | None) -> Any | None:
    """The vague word an item starts from, if nothing in it is concrete."""
    body = _Item(s, block, item)
    words = [t for t in body.tokens if (t.is_alpha or "-" in t.text) and t.lower_ not in _LABELS]
    if not words or body.code or any(exhortations(s.parse)):
        return None
    if any(_concrete(t, n == 0) for n, t in enumerate(body.tokens)):
        return None
    if tuple(w.lower_ for w in words[:2]) in _OPENERS:
        words = words[2:] or words
    first = words[0]
    low = first.lower_
    if low in VAGUE_VERBS and OPENING.found(s.parse, first.i):
        return first
    if PHRASAL.found(s.parse, first.i):
        return first
    # An imperative (the tagger may read an opening one as a compound: "Update runbooks")
    verb = (
        first.tag_ == "VB"
        or any(c.dep_ == "dobj" for c in first.children)
        or (first.dep_ == "compound" and first.i == first.sent.start)
    )
    if verb and any(OPEN.found(s.parse, t.i) for t in words[2:]):
        return first  # ... and nothing named: "Update runbooks accordingly"
    if low in _COLLABORATE and len(words) > 2 and words[1].lower_ == "with":
        aim = [t for t in words[2:9] if t.i and s.parse[t.i - 1].lower_ == "to"]
        if aim and aim[0].lower_ in VAGUE_VERBS and OPENING.found(s.parse, aim[0].i):
            return aim[0]
    if low == "more" and first.i + 1 < len(s.parse) and s.parse[first.i + 1].pos_ == "NOUN":
        return first  # "More automation around releases": a wish, like "Add more tests"
    rest = [w for w in words[1:3] if w.lower_ != "to"]
    if low == "carry" and rest and rest[0].lower_ == "on":
        rest = rest[1:]  # "Carry on investigating"
        low = "keep"
    keep = low in ("keep", "continue") and rest and rest[0].lower_ in VAGUE_VERBS
    if keep and OPENING.found(s.parse, rest[0].i):
        return first  # "Keep investigating", "Continue to monitor"
    # "Add more tests", "Needs more investigation", "Make the system more resilient"
    growth = first.lemma_.lower() in _GROWTH
    more = [t for t in words[1:6] if t.lower_ in _MORE and OPENING.found(s.parse, t.i)]
    # "Make deploys safer" is a goal; "Make attention cheaper: show the cluster name in
    # the prompt" goes on to say how.
    how = any(t.text in (":", ";") for t in s.parse[more[0].i :]) if more else False
    if growth and more and not (more[0].lower_ in COMPARATIVES and how):
        return first
    return None
