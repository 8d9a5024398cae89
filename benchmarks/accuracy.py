"""Precision and recall of the language rules on the labelled set (tests/data).

    .venv/bin/python -m benchmarks.accuracy [--split dev|holdout|all] [--misses]

Each labelled text is placed in a small post-mortem according to its context (a prose
paragraph, a Root Cause paragraph, an action item, a lesson, a quoted chat line, a
timeline entry) and linted with the language rules only.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from linter.engine import lint_text
from models import Config

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
LABELS = tuple(sorted(DATA.glob("language_labels*.jsonl")))
#: Splits by purpose: rules are tuned on "tuning"; "holdout" is reported, not tuned on.
#: holdout2 was reported held out (P 0.949, R 0.835), then tuned on: it is tuning data now.
GROUPS = {
    "tuning": ("dev", "dev2", "dev3", "dev4", "dev5", "holdout2"),
    "holdouts": ("holdout", "holdout4"),
    "all": ("dev", "dev2", "dev3", "dev4", "dev5", "holdout", "holdout2", "holdout4"),
}
CODES = ("PM101", "PM102", "PM103", "PM104", "PM201", "PM301", "PM302", "PM310", "PM502")
WRAP = {
    "prose": "## What happened\n\n{text}\n",
    "root_cause": "## Root Cause\n\n{text}\n",
    "action_item": "## Action Items\n\n- {text}\n",
    "lesson": "## Lessons Learned\n\n- {text}\n",
    "quote": "## What happened\n\n{text}\n",
    "timeline": "## Timeline\n\n- 14:32 {text}\n",
}


def load(split: str = "all") -> list[dict]:
    """Labelled items: one split ('dev', 'holdout2', ...) or a group of them (`GROUPS`:
    'tuning', 'holdouts', 'all')."""
    rows = [
        json.loads(line)
        for path in LABELS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    wanted = GROUPS.get(split, (split,))
    return [r for r in rows if r["split"] in wanted]


def document(item: dict) -> str:
    """The small post-mortem an item is linted in."""
    return WRAP[item["context"]].format(text=item["text"])


def predict(item: dict, config: Config) -> set[str]:
    """The language rules that fire on an item."""
    return {f.rule for f in lint_text(document(item), config).findings}


@dataclass
class Score:
    """Counts for one rule."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(split: str = "all", full_parse: bool = False) -> dict[str, Score]:
    """Per-rule scores (and 'all', micro-averaged) on one split."""
    config = Config(select=list(CODES), full_parse=full_parse)
    scores = {code: Score() for code in (*CODES, "all")}
    for item in load(split):
        got, want = predict(item, config), set(item["rules"])
        for code in CODES:
            s = scores[code]
            if code in got and code in want:
                s.tp += 1
            elif code in got:
                s.fp += 1
                s.misses.append(f"FP {item['id']}: {item['text']}")
            elif code in want:
                s.fn += 1
                s.misses.append(f"FN {item['id']}: {item['text']}")
    total = scores["all"]
    for code in CODES:
        total.tp += scores[code].tp
        total.fp += scores[code].fp
        total.fn += scores[code].fn
    return scores


def report(scores: dict[str, Score], misses: bool = False) -> str:
    """A table of precision and recall per rule."""
    lines = [f"{'rule':<6} {'P':>6} {'R':>6} {'TP':>4} {'FP':>4} {'FN':>4}"]
    for code, s in scores.items():
        lines.append(f"{code:<6} {s.precision:6.3f} {s.recall:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
        if misses:
            lines.extend(f"    {m}" for m in s.misses)
    return "\n".join(lines)


def main() -> None:
    """Print the accuracy table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--split",
        default="all",
        choices=[*(s for g in ("tuning", "holdouts") for s in GROUPS[g]), *GROUPS],
    )
    ap.add_argument("--misses", action="store_true", help="list false positives/negatives")
    ap.add_argument("--full-parse", action="store_true")
    args = ap.parse_args()
    print(report(evaluate(args.split, args.full_parse), args.misses))


if __name__ == "__main__":
    main()
