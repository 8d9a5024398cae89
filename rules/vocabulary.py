"""Word lists shared by rules (and by the parser, which must recognise what rules judge)."""

from __future__ import annotations

#: Owners that name a group, a placeholder or nobody, not one accountable person.
GROUP_OWNERS: tuple[str, ...] = (
    "the team",
    "team",
    "everyone",
    "everybody",
    "all",
    "eng",
    "engineering",
    "tbd",
    "tbc",
    "?",
    "??",
    "n/a",
    "na",
    "nobody",
    "none",
    "unassigned",
    "someone",
    "somebody",
    "us",
    "we",
    "devs",
    "ops",
    "sre",
    "oncall",
    "on-call",
)

#: Words that end a group's name: "Platform team", "SRE squad".
GROUP_SUFFIXES: tuple[str, ...] = (
    "team",
    "teams",
    "squad",
    "group",
    "org",
    "department",
    "dept",
    "guild",
    "chapter",
    "crew",
    "engineers",
    "folks",
    "people",
    "engineering",
    "operations",
    "ops",
    "devops",
    "sre",
    "infra",
    "infrastructure",
    "security",
    "support",
)

#: Statuses that mark an action item as finished.
DONE_WORDS: tuple[str, ...] = (
    "done",
    "complete",
    "completed",
    "closed",
    "fixed",
    "resolved",
    "shipped",
    "merged",
    "implemented",
    "finished",
)

#: Priority words accepted on the default scale (Pn levels are always accepted).
PRIORITY_WORDS: tuple[str, ...] = ("critical", "urgent", "high", "medium", "normal", "low")

#: Placeholder strings templates leave behind.
PLACEHOLDER_WORDS: tuple[str, ...] = ("TBD", "TODO", "XXX", "FIXME", "TBC", "Lorem ipsum")

#: First words of a bracketed template instruction: "[Describe the impact]".
INSTRUCTION_VERBS: tuple[str, ...] = (
    "describe",
    "insert",
    "add",
    "list",
    "explain",
    "enter",
    "provide",
    "include",
    "summarize",
    "summarise",
    "write",
    "fill",
    "put",
    "replace",
    "give",
    "outline",
    "specify",
    "attach",
    "paste",
    "link",
    "copy",
)

#: Nouns a template puts in brackets for the author to replace: "[Your name]", "<date>".
PLACEHOLDER_NOUNS: tuple[str, ...] = (
    "name",
    "names",
    "date",
    "time",
    "owner",
    "author",
    "authors",
    "link",
    "url",
    "title",
    "description",
    "summary",
    "details",
    "email",
    "ticket",
    "person",
)

#: Words of lorem-ipsum filler that are not English words.
LOREM_WORDS: tuple[str, ...] = (
    "lorem",
    "ipsum",
    "consectetur",
    "adipiscing",
    "etiam",
    "curabitur",
    "vulputate",
    "dapibus",
    "pellentesque",
    "vestibulum",
    "nullam",
    "aliquam",
    "phasellus",
    "tincidunt",
    "ullamcorper",
)


def is_group_owner(owner: str, extra: tuple[str, ...] = ()) -> bool:
    """True when `owner` names a group or nobody rather than one person."""
    norm = " ".join(owner.lower().strip(" .:-").split())
    if norm in GROUP_OWNERS or norm in extra:
        return True
    if norm.startswith("@") and "/" in norm:  # a GitHub team handle: @org/team
        return True
    words = norm.replace("-", " ").split()
    return bool(words) and words[-1] in GROUP_SUFFIXES
