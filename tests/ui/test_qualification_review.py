"""The partner qualification form and the quarterly review scorecard, with their history."""

from __future__ import annotations

from tests.ui.conftest import LOAD_TIMEOUT_MS

pytest_plugins = ("tests.ui.channel_helpers",)  # editor_of, demo_day


def _qualification(qtbot, editor):
    dialog = editor.evaluations_tab.qualify()
    qtbot.waitUntil(dialog.is_loaded, timeout=LOAD_TIMEOUT_MS)
    return dialog


def _review(qtbot, editor, period=None):
    dialog = editor.evaluations_tab.review(period)
    qtbot.waitUntil(dialog.is_loaded, timeout=LOAD_TIMEOUT_MS)
    return dialog


def test_the_recommendation_follows_the_scores_with_the_weights_shown(qtbot, editor_of, demo_db):
    dialog = _qualification(qtbot, editor_of(None, demo_db))
    assert len(dialog.spins) == 9
    weights = [w.text() for _n, _h, w in dialog._labels.values()]
    assert weights[0] == "0.15"
    assert dialog.verdict.text() == "Recommendation: score every criterion"
    dialog.set_scores({c: 5 for c in dialog.spins})
    assert dialog.verdict.text() == "Recommendation: Recruit"
    assert dialog.total.text() == "Weighted total: 5.00 of 5"
    dialog.set_scores({c: 3 for c in dialog.spins})
    assert dialog.verdict.text() == "Recommendation: Trial"
    dialog.set_scores({c: 1 for c in dialog.spins})
    assert dialog.verdict.text() == "Recommendation: Reject"
    assert "Weak point: Market coverage (1)" in dialog.reasons.text()


def test_an_unscored_criterion_is_refused_by_name(qtbot, editor_of, demo_db):
    dialog = _qualification(qtbot, editor_of(None, demo_db))
    dialog.set_scores({c: 4 for c in list(dialog.spins)[1:]})
    dialog.save()
    assert dialog.status.text() == "Market coverage: is required"
    assert dialog.isVisible()


def test_a_saved_qualification_appears_in_the_history_and_undo_removes_it(
    qtbot, editor_of, demo_db, stack
):
    editor = editor_of(None, demo_db)
    tab = editor.evaluations_tab
    before = len(tab.rows)
    dialog = _qualification(qtbot, editor)
    dialog.set_scores({c: 4 for c in dialog.spins})
    dialog.save()
    qtbot.waitUntil(lambda: len(tab.rows) == before + 1, timeout=LOAD_TIMEOUT_MS)
    assert not dialog.isVisible()
    assert tab.table.item(0, 3).text() == "Recruit"
    assert tab.table.item(0, 4).text() == "Qualification"
    stack.undo()
    qtbot.waitUntil(lambda: len(tab.rows) == before, timeout=LOAD_TIMEOUT_MS)


def test_the_review_prefills_and_marks_computed_indicators_and_scores_live(
    qtbot, editor_of, demo_db
):
    dialog = _review(qtbot, editor_of(None, demo_db))
    assert dialog.current_period() == "2026Q3"
    computed = dialog.data.form.computed
    assert dialog.inputs["dso"].text() == f"{computed['dso']:g}"
    assert dialog._row_labels["dso"][0].text().endswith("(computed)")
    assert not dialog._row_labels["satisfaction"][0].text().endswith("(computed)")
    first = dialog.result.score
    for code in ("gross_margin", "satisfaction", "fulfilment_rate", "coverage"):
        dialog.set_value(code, {"gross_margin": "30", "satisfaction": "5"}.get(code, "99"))
    assert dialog.result.score > first
    assert dialog._row_labels["satisfaction"][3].text() == "5"
    assert dialog.action.text().startswith("Suggested action: ")


def test_bad_review_input_is_refused_naming_the_indicator(qtbot, editor_of, demo_db):
    dialog = _review(qtbot, editor_of(None, demo_db))
    dialog.set_value("satisfaction", "7")
    assert "Customer satisfaction: must be at most 5" in dialog.status.text()
    dialog.set_value("satisfaction", "abc")
    dialog.save()
    assert "Customer satisfaction: 'abc' is not a number" in dialog.status.text()
    assert dialog.isVisible()


def test_a_saved_review_appears_in_the_history_with_its_trend_next_time(qtbot, editor_of, demo_db):
    editor = editor_of(None, demo_db)
    tab = editor.evaluations_tab
    dialog = _review(qtbot, editor, "2026Q2")
    dialog.set_value("satisfaction", "4")
    dialog.save()
    qtbot.waitUntil(
        lambda: any(r.period == "2026Q2" for r in tab.rows or ()), timeout=LOAD_TIMEOUT_MS
    )
    row = next(i for i, r in enumerate(tab.rows) if r.period == "2026Q2")
    assert tab.table.item(row, 4).text() == "Quarterly review"
    later = _review(qtbot, editor, "2026Q3")
    assert later.history.rowCount() == 1
    assert later.result.trend in ("up", "steady", "down")
    assert later.trend.text().split()[0] in ("↑", "→", "↓")


def test_a_review_with_too_few_indicators_suggests_no_action(qtbot, editor_of, demo_db):
    dialog = _review(qtbot, editor_of(None, demo_db))
    for code in dialog.inputs:
        dialog.set_value(code, "")
    dialog.set_value("sales_vs_target", "130")
    dialog.set_value("dso", "10")  # 35 % of the weight, top scores
    assert dialog.result.action is None
    assert dialog.action.text() == "No suggested action: not enough indicators"
    dialog.set_value("growth", "30")
    dialog.set_value("satisfaction", "5")  # 55 %
    assert dialog.result.action == "reward"
    assert dialog.action.text().startswith("Suggested action: ")
