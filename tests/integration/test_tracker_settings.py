"""Changing the tracker's thresholds (and the channel settings the Settings dialog edits)
through the services: checked first, stored in one transaction, seen by the next sheet."""

from __future__ import annotations

import sqlite3

import pytest

from domain.channel_settings import ChannelSettings
from domain.tracker import TrackerRules, TrafficLight
from services import channel, tracker_settings
from services.demo_data import DEMO_TODAY, generate
from services.errors import ValidationFailed
from services.receivables import channel_settings
from services.tracker import tracker_sheet
from storage.database import open_database
from storage.uow import UnitOfWork


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A small demo database made once; each test works on a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    generate(database, size="small", track=False)
    database.close()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    with sqlite3.connect(demo_file) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    database = open_database(path)
    yield database
    database.close()


def _values(db) -> dict[str, object]:
    with UnitOfWork(db, write=False) as uow:
        return tracker_settings.rules_values(uow)


def _save(db, values):
    with UnitOfWork(db) as uow:
        return tracker_settings.save_rules(uow, values)


def _sheet(db):
    with UnitOfWork(db, write=False) as uow:
        return {r.project_id: r for r in tracker_sheet(uow, today=DEMO_TODAY)}


def _stalled_days(row) -> int | None:
    return next((int(f.params["days"]) for f in row.risks if f.code == "stalled"), None)


def test_the_values_in_force_are_the_defaults_until_changed(db):
    assert _values(db) == TrackerRules.setting_keys() == tracker_settings.defaults()
    assert tracker_settings.LIMITS["tracker.stall_days"] == (1, 3650)
    assert tracker_settings.TOP_LEVELS == ("top", "middle", "base")


def test_saving_returns_what_undoes_it(db):
    undo = _save(db, {"tracker.stall_days": 45, "tracker.top_level": "middle"})
    assert undo == {"tracker.stall_days": None, "tracker.top_level": None}
    assert _values(db)["tracker.stall_days"] == 45
    assert _values(db)["tracker.top_level"] == "middle"
    again = _save(db, {"tracker.stall_days": 60})
    assert again == {"tracker.stall_days": 45}
    _save(db, again)
    assert _values(db)["tracker.stall_days"] == 45
    _save(db, undo)  # None removes the setting: the default applies again
    assert _values(db) == TrackerRules.setting_keys()
    with sqlite3.connect(db.path) as conn:
        (left,) = conn.execute(
            "SELECT count(*) FROM settings WHERE key LIKE 'tracker.%'"
        ).fetchone()
    assert left == 0


def test_bad_values_are_refused_naming_each_key_and_nothing_is_stored(db):
    with pytest.raises(ValidationFailed) as err:
        _save(
            db,
            {
                "tracker.continuation_run": 3,  # fine, but not stored with the rest refused
                "tracker.stall_days": 0,
                "tracker.min_roles_won": 5,
                "tracker.top_level": "ceo",
                "tracker.nonsense": 1,
            },
        )
    problems = err.value.by_field()
    assert set(problems) == {
        "tracker.stall_days",
        "tracker.min_roles_won",
        "tracker.top_level",
        "tracker.nonsense",
    }
    assert problems["tracker.stall_days"] == "tracker.stall_days: must be at least 1 (got 0)"
    assert problems["tracker.min_roles_won"] == "tracker.min_roles_won: must be at most 4 (got 5)"
    assert tracker_settings.check_rules({"tracker.stall_days": "30"})[0].code == "bad_int"
    assert tracker_settings.check_rules({"tracker.stall_days": True})[0].code == "bad_int"
    assert _values(db) == TrackerRules.setting_keys()


def test_a_changed_stall_threshold_changes_the_sheets_flags(demo):
    before = _sheet(demo)
    stalled = {pid: d for pid, r in before.items() if (d := _stalled_days(r)) is not None}
    assert stalled, "the demo has stalled projects"
    longest = max(stalled.values())
    _save(demo, {"tracker.stall_days": longest})  # only the longest-idle ones stay stalled
    after = _sheet(demo)
    assert after.keys() == before.keys()
    still = {pid for pid, r in after.items() if _stalled_days(r) is not None}
    assert still == {pid for pid, d in stalled.items() if d >= longest}
    assert len(still) < len(stalled)
    _save(demo, {"tracker.stall_days": 1})  # now every project idle a day or more is
    assert len([r for r in _sheet(demo).values() if _stalled_days(r)]) > len(stalled)


def test_a_changed_threshold_makes_the_kept_judgements_stale(demo):
    before = _sheet(demo)
    amber = [
        pid
        for pid, r in before.items()
        if r.verdict.status == TrafficLight.AMBER and r.roles_won == 1 and r.verdict.has_guide
    ]
    old = TrackerRules().fingerprint()
    with sqlite3.connect(demo.path) as conn:
        kept = {r for (r,) in conn.execute("SELECT DISTINCT rules FROM tracker_digests")}
    assert kept == {old}
    _save(demo, {"tracker.min_roles_won": 1})
    after = _sheet(demo)
    changed = [pid for pid in amber if after[pid].verdict.status != TrafficLight.AMBER]
    assert amber and changed, "needing one role won turns some amber projects another colour"
    new = TrackerRules(min_roles_won=1).fingerprint()
    with sqlite3.connect(demo.path) as conn:
        kept = {r for (r,) in conn.execute("SELECT DISTINCT rules FROM tracker_digests")}
    assert new in kept


# --- the channel settings the dialog edits -------------------------------------------------


def _channel(db) -> ChannelSettings:
    with UnitOfWork(db, write=False) as uow:
        return channel_settings(uow)


def test_channel_settings_out_of_range_or_out_of_order_are_refused_whole(db):
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as err:
        channel.save_settings(
            uow,
            {
                "channel.net_margin": 7.5,  # fine, but not stored with the rest refused
                "channel.borrowing_rate": 0,
                "channel.review_due_days": 12.5,
                "channel.qualification_trial_at": 4.0,  # above recruit (3.6 in force)
            },
        )
    problems = err.value.by_field()
    assert set(problems) == {
        "channel.borrowing_rate",
        "channel.review_due_days",
        "channel.qualification_trial_at",
    }
    assert problems["channel.borrowing_rate"].endswith("must be at least 0.01 (got 0)")
    (order,) = [e for e in err.value.errors if e.field == "channel.qualification_trial_at"]
    assert order.code == "too_big"
    assert order.params["other"] == "channel.qualification_recruit_at"
    assert _channel(db) == ChannelSettings()


def test_channel_weights_need_one_positive_and_known_entries(db):
    zero = dict.fromkeys(ChannelSettings().qualification_weights, 0.0)
    errors = channel.check_settings({"channel.qualification_weights": zero})
    assert [(e.field, e.code) for e in errors] == [
        ("channel.qualification_weights", "must_be_positive")
    ]
    errors = channel.check_settings({"channel.review_weights": {"growth": -1}})
    assert [(e.field, e.code) for e in errors] == [("channel.review_weights.growth", "negative")]
    errors = channel.check_settings({"channel.review_weights": {"luck": 1}})
    assert [(e.field, e.code) for e in errors] == [("channel.review_weights.luck", "unknown_field")]
    # the order is checked against the settings in force for the key not given
    current = ChannelSettings(review_reward_at=3.0)
    errors = channel.check_settings({"channel.review_phase_out_below": 3.2}, current)
    assert [(e.field, e.code) for e in errors] == [("channel.review_phase_out_below", "too_big")]
    assert channel.check_settings({"channel.review_phase_out_below": 3.2}) == []


def test_channel_settings_in_range_are_stored(db):
    weights = dict(ChannelSettings().qualification_weights, compliance=0.3)
    with UnitOfWork(db) as uow:
        now = channel.save_settings(
            uow,
            {
                "channel.qualification_weights": weights,
                "channel.qualification_recruit_at": 4.0,
                "channel.qualification_trial_at": 3.0,
                "channel.net_margin": 7.5,
            },
        )
    assert now == _channel(db)
    assert now.qualification_weights["compliance"] == 0.3
    assert (now.qualification_recruit_at, now.qualification_trial_at) == (4.0, 3.0)
    assert now.net_margin == 7.5
    assert channel.setting_range("channel.review_due_days") == (0, 92, True)
    assert channel.setting_range("channel.net_margin") == (0.01, 100, False)
