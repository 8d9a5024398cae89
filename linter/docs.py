"""Generate docs/rules.md from the rules' docstrings: `python -m linter.docs > docs/rules.md`."""

from __future__ import annotations

import re

from rules import RULES

FAMILIES = {
    "1": "Blame and language",
    "2": "Root cause",
    "3": "Action items",
    "4": "Structure",
    "5": "Readability",
}


def _body(doc: str) -> str:
    """A rule's docstring with its headings moved down two levels, to sit under the rule."""
    lines = doc.splitlines()[1:]
    return "\n".join(re.sub(r"^## ", "#### ", line) for line in lines).strip()


def render() -> str:
    """The whole rules reference as Markdown."""
    out = [
        "# pmlint rules",
        "",
        "Generated from the rules' docstrings by `make docs`; `pmlint explain CODE` prints",
        "the same text. Codes and names are stable; select or ignore rules by code, by",
        "prefix (`PM3`) or by name (`missing-owner`).",
        "",
        "| code | name | default severity | summary |",
        "|---|---|---|---|",
    ]
    for r in RULES:
        link = f"[{r.code}](#{r.code.lower()}-{r.name})"
        out.append(f"| {link} | `{r.name}` | {r.severity.value} | {r.summary} |")
    family = None
    for r in RULES:
        if r.code[2] != family:
            family = r.code[2]
            out += ["", f"## {FAMILIES[family]} (PM{family}xx)"]
        out += ["", f"### {r.code} {r.name}", "", f"*{r.severity.value}*. {r.summary}", ""]
        out.append(_body(r.doc))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(render(), end="")
