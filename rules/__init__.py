"""The rule registry: every rule pmlint runs, sorted by code. Add new rules here."""

from __future__ import annotations

from rules.base import Rule

# --- action-item rules (PM30x) ---
from rules.pm303_missing_owner import missing_owner
from rules.pm304_group_owner import group_owner
from rules.pm305_missing_due_date import missing_due_date
from rules.pm306_missing_priority import missing_priority
from rules.pm307_too_many_action_items import too_many_action_items
from rules.pm308_overdue_action_item import overdue_action_item
from rules.pm309_priority_inflation import priority_inflation

_ACTION_RULES: tuple[Rule, ...] = (
    missing_owner,
    group_owner,
    missing_due_date,
    missing_priority,
    too_many_action_items,
    overdue_action_item,
    priority_inflation,
)
# --- end action-item rules ---

# --- structure rules (PM4xx) ---
from rules.pm401_missing_section import missing_section  # noqa: E402
from rules.pm402_placeholder_text import placeholder_text  # noqa: E402
from rules.pm403_missing_summary_field import missing_summary_field  # noqa: E402
from rules.pm404_long_tldr import long_tldr  # noqa: E402
from rules.pm405_timeline_out_of_order import timeline_out_of_order  # noqa: E402
from rules.pm406_timeline_entry_without_time import timeline_entry_without_time  # noqa: E402
from rules.pm407_duration_mismatch import duration_mismatch  # noqa: E402
from rules.pm408_unknown_severity import unknown_severity  # noqa: E402
from rules.pm409_late_postmortem import late_postmortem  # noqa: E402
from rules.pm410_empty_section import empty_section  # noqa: E402

_STRUCTURE_RULES: tuple[Rule, ...] = (
    missing_section,
    placeholder_text,
    missing_summary_field,
    long_tldr,
    timeline_out_of_order,
    timeline_entry_without_time,
    duration_mismatch,
    unknown_severity,
    late_postmortem,
    empty_section,
)
# --- end structure rules ---

# --- language rules (PM1xx, PM2xx, PM301/302/310, PM5xx) ---
from rules.pm101_person_blame import person_blame  # noqa: E402
from rules.pm102_who_question import who_question  # noqa: E402
from rules.pm103_counterfactual import counterfactual  # noqa: E402
from rules.pm104_judgmental_language import judgmental_language  # noqa: E402
from rules.pm201_human_error_cause import human_error_cause  # noqa: E402
from rules.pm202_shallow_five_whys import shallow_five_whys  # noqa: E402
from rules.pm301_vague_action import vague_action  # noqa: E402
from rules.pm302_exhortation import exhortation  # noqa: E402
from rules.pm310_punitive_action import punitive_action  # noqa: E402
from rules.pm501_hard_to_read import hard_to_read  # noqa: E402
from rules.pm502_long_sentence import long_sentence  # noqa: E402

_LANGUAGE_RULES: tuple[Rule, ...] = (
    person_blame,
    who_question,
    counterfactual,
    judgmental_language,
    human_error_cause,
    shallow_five_whys,
    vague_action,
    exhortation,
    punitive_action,
    hard_to_read,
    long_sentence,
)
# --- end language rules ---

RULES: tuple[Rule, ...] = tuple(
    sorted(_LANGUAGE_RULES + _ACTION_RULES + _STRUCTURE_RULES, key=lambda r: r.code)
)

assert list(RULES) == sorted(RULES, key=lambda r: r.code), "keep RULES sorted by code"
