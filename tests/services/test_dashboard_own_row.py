"""The dashboard tells one story (#17): a bundle the office built counts as its own unit's
submission, so its row agrees with the summary's "list sent"; it never calls itself."""

from __future__ import annotations

from hagiang_desktop.core.timeliness import UnitState
from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services import bundles, dashboard, keys
from hagiang_desktop.services.scope import office_scope

PASS = "mật khẩu Đồng Văn"


def _own_rows(snap, scope):
    return {r.code: r for r in snap.rows if r.code in (scope.root.code, scope.office.code)}


def test_the_offices_own_row_counts_its_bundle_like_the_summary(demo_workspace, tmp_path):
    ws = demo_workspace
    scope = office_scope(ws)
    day = today_vn()
    before = dashboard.snapshot(ws, scope, day)
    own = _own_rows(before, scope)[scope.root.code]
    assert not before.upward.sent
    assert own.verdict.received == 0
    assert own.verdict.state == UnitState.MISSING

    keys.create_identity(ws, PASS)
    bundles.build_bundle(ws, tmp_path / "goi.zip", PASS)
    after = dashboard.snapshot(ws, scope, day)
    own = _own_rows(after, scope)[scope.root.code]
    assert after.upward.sent
    assert own.verdict.received == 1  # the bundle is the district's submission
    assert own.verdict.state not in (UnitState.MISSING, UnitState.PENDING)
    assert own.last_channel == "bundle"
    # Neither the district nor its own Phòng Nội vụ is on the office's "who to call" list.
    assert not {r.code for r in after.to_call} & {scope.root.code, scope.office.code}
