"""The rule registry: every rule pmlint runs, as a plain tuple sorted by code.

Add a rule here (and its test file under tests/rules/); nothing is discovered
automatically.
"""

from __future__ import annotations

from rules.base import Rule
from rules.pm101_person_blame import person_blame
from rules.pm102_who_question import who_question
from rules.pm103_counterfactual import counterfactual
from rules.pm104_judgmental_language import judgmental_language
from rules.pm201_human_error_cause import human_error_cause
from rules.pm202_shallow_five_whys import shallow_five_whys
from rules.pm301_vague_action import vague_action
from rules.pm302_exhortation import exhortation
from rules.pm303_missing_owner import missing_owner
from rules.pm304_group_owner import group_owner
from rules.pm305_missing_due_date import missing_due_date
from rules.pm306_missing_priority import missing_priority
from rules.pm307_too_many_action_items import too_many_action_items
from rules.pm308_overdue_action_item import overdue_action_item
from rules.pm309_priority_inflation import priority_inflation
from rules.pm310_punitive_action import punitive_action
from rules.pm401_missing_section import missing_section
from rules.pm402_placeholder_text import placeholder_text
from rules.pm403_missing_summary_field import missing_summary_field
from rules.pm404_long_tldr import long_tldr
from rules.pm405_timeline_out_of_order import timeline_out_of_order
from rules.pm406_timeline_entry_without_time import timeline_entry_without_time
from rules.pm407_duration_mismatch import duration_mismatch
from rules.pm408_unknown_severity import unknown_severity
from rules.pm409_late_postmortem import late_postmortem
from rules.pm410_empty_section import empty_section
from rules.pm501_hard_to_read import hard_to_read
from rules.pm502_long_sentence import long_sentence

RULES: tuple[Rule, ...] = (
    person_blame,
    who_question,
    counterfactual,
    judgmental_language,
    human_error_cause,
    shallow_five_whys,
    vague_action,
    exhortation,
    missing_owner,
    group_owner,
    missing_due_date,
    missing_priority,
    too_many_action_items,
    overdue_action_item,
    priority_inflation,
    punitive_action,
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
    hard_to_read,
    long_sentence,
)

assert [r.code for r in RULES] == sorted(r.code for r in RULES), "keep RULES sorted by code"
