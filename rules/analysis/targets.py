"""Whom an action item aims at: a named person, an @handle, a role (plural too), a role
group ("everyone on the database rota", "the QA contractors") or, for corrective
actions, a team of people; not an indefinite role ("a second approver")."""

from __future__ import annotations

from typing import Any

from rules.analysis.people import is_person
from rules.lexicon import DUTIES, ROLE_NOUNS, TEAM_FUNCTIONS

_TARGET_PRONOUNS = frozenset({"them", "him", "her", "they", "he", "she"})


def is_target(tok: Any, trigger: Any, teams: bool) -> bool:
    """A named person, a role (plural too) or, for corrective actions, a team of people."""
    if any(d.lower_ in ("a", "an", "another", "any") for d in tok.children if d.dep_ == "det"):
        return False  # "require a second approver" names a policy, not a person
    if tok.head.i == trigger.i and tok.dep_ in ("compound", "nmod", "amod"):
        return False  # "the on-call onboarding course" is for them, not a sanction
    direct = tok.head.i == trigger.i or tok.head.head.i == trigger.i
    if tok.lower_ in _TARGET_PRONOUNS:
        return direct
    if teams and tok.lemma_.lower() == "team" and tok.dep_ != "compound":
        return True  # "Send the networking team back through the training"
    return is_person(tok, plural_roles=True) or _role_group(tok) or _function_role(tok)


def _function_role(tok: Any) -> bool:
    """ "the QA contractors", "the Ops engineers": a role named with its function (which
    `is_role` reads like "Postgres operator", a product)."""
    lefts = [c for c in tok.lefts if c.dep_ == "compound"]
    functions = lefts and all(c.lower_ in TEAM_FUNCTIONS for c in lefts)
    return bool(functions) and tok.lemma_.lower() in ROLE_NOUNS


def _role_group(tok: Any) -> bool:
    """ "everyone on the database rota" names a role group (bare "everyone" does not)."""
    if tok.lower_ not in ("everyone", "everybody", "all", "anyone"):
        return False
    places = [g for p in tok.children if p.dep_ == "prep" for g in p.children]
    return any(g.lower_ in DUTIES for g in places)


def people_among(tokens: Any, trigger: Any) -> list[Any]:
    """The targets among `tokens` (teams included), other than the trigger itself."""
    return [t for t in tokens if t.i != trigger.i and is_target(t, trigger, True)]
