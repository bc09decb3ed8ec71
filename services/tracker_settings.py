"""Reading and changing the 1+2+1 tracker's thresholds: the settings ``tracker.*``.

:class:`~domain.tracker.TrackerRules` says which settings there are, their defaults and
their ranges; :meth:`TrackerRules.from_settings` quietly ignores a stored value it cannot
use, so these functions refuse such a value before it is stored. Kept judgements (tracker
digests) carry the fingerprint of the rules they were made under, so a changed threshold
makes them count as missing and the next read judges every project again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from domain.tracker import SETTING_PREFIX, TrackerRules
from domain.validation import FieldError
from domain.vocabulary import OrgLevel
from services.errors import ValidationFailed
from services.tracker_facts import tracker_rules
from storage.models import Setting
from storage.uow import UnitOfWork

__all__ = ["LIMITS", "TOP_LEVELS", "check_rules", "defaults", "rules_values", "save_rules"]

# Whole-number settings and their (lowest, highest) values, from TrackerRules.
LIMITS: dict[str, tuple[int, int]] = {
    SETTING_PREFIX + name: limits
    for name, limits in TrackerRules._LIMITS.items()  # the rules' own ranges
}
# The org levels ``tracker.top_level`` may name, highest first.
TOP_LEVELS: tuple[str, ...] = tuple(level.value for level in OrgLevel)


def defaults() -> dict[str, object]:
    """Every ``tracker.*`` setting key with its default value."""
    return TrackerRules.setting_keys()


def rules_values(uow: UnitOfWork) -> dict[str, object]:
    """Every ``tracker.*`` setting key with the value in force (the default where none is
    stored or the stored one is unusable)."""
    rules = tracker_rules(uow)
    return {SETTING_PREFIX + f.name: getattr(rules, f.name) for f in fields(rules)}


def check_rules(values: Mapping[str, object]) -> list[FieldError]:
    """The problems of ``values`` (setting key → value; a value of None restores the
    default), one per key at fault: unknown keys, values that are not whole numbers or out
    of range, a top level that is not an org level."""
    known = defaults()
    errors: list[FieldError] = []
    for key, value in values.items():
        if key not in known:
            errors.append(FieldError(key, "unknown_field", {"table": "settings"}))
        elif value is None:
            continue
        elif key in LIMITS:
            low, high = LIMITS[key]
            if isinstance(value, bool) or not isinstance(value, int):
                errors.append(FieldError(key, "bad_int", {"value": value}))
            elif value < low:
                errors.append(FieldError(key, "too_small", {"min": low, "value": value}))
            elif value > high:
                errors.append(FieldError(key, "too_big", {"max": high, "value": value}))
        elif value not in TOP_LEVELS:
            errors.append(
                FieldError(key, "bad_enum", {"value": value, "allowed": ", ".join(TOP_LEVELS)})
            )
    return errors


def save_rules(uow: UnitOfWork, values: Mapping[str, object]) -> dict[str, Any]:
    """Store ``tracker.*`` settings and commit; returns what undoes it.

    ``values`` maps setting keys to whole numbers (or an org level for ``tracker.top_level``);
    None removes the setting, so the default applies. Everything is checked first
    (:func:`check_rules`); any problem raises :class:`ValidationFailed` naming every key at
    fault and nothing is stored. The result maps each given key to the value stored before
    (None where there was none): passing it back to this function restores them.
    """
    errors = check_rules(values)
    if errors:
        raise ValidationFailed("settings", errors)
    previous: dict[str, Any] = {}
    for key, value in values.items():
        row = uow.session.get(Setting, key)
        previous[key] = None if row is None else row.value
        if value is None:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(Setting(key=key, value=value))
        else:
            row.value = value
    uow.commit()
    return previous
