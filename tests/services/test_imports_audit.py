"""What an import's audit trail records per new nomination (kept while the import got faster, #11)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import text

from hagiang_desktop.services import imports
from hagiang_desktop.storage.models import DERIVED_COLUMNS
from tests.services.import_files import write_list


def _stored(ws, sql: str) -> list[dict]:
    """The rows as stored, read past the models; a server's timestamps as SQLite's text has them."""
    with ws.db.engine.connect() as connection:
        rows = [dict(row) for row in connection.execute(text(sql)).mappings()]
    return [{k: str(v) if isinstance(v, datetime) else v for k, v in row.items()} for row in rows]


def test_each_new_nomination_has_a_create_entry_with_its_columns_and_ticks(workspace, tmp_path):
    path = write_list(
        tmp_path / "ds.xlsx",
        ["Tên tập thể", "Lĩnh vực", "Loại", "Thành tích", "Tiêu chí"],
        [
            ["Tổ hợp tác chè Shan tuyết Lũng Cú", "2.6", "Tập thể", "Giữ gìn bản sắc", "III.1.1, 2.6.a.2"],
            ["Đội văn nghệ thôn Lô Lô Chải", "2.6", "Tập thể", "Xây dựng nông thôn mới", ""],
        ],
    )
    pv = imports.preview(workspace, imports.read(path), unit_code="00715", received_on=date(2018, 4, 12))
    assert imports.apply(workspace, pv).created == 2
    nominations = _stored(workspace, "SELECT * FROM nomination ORDER BY id")
    checks = _stored(workspace, "SELECT nomination_id, criterion_code FROM criterion_check")
    entries = _stored(
        workspace, "SELECT * FROM audit_event WHERE action = 'create' AND entity = 'nomination' ORDER BY id"
    )
    assert [e["entity_id"] for e in entries] == [str(n["id"]) for n in nominations]
    assert all(e["before_json"] is None and e["actor"] == entries[0]["actor"] for e in entries)
    for nomination, entry in zip(nominations, entries, strict=True):
        after = json.loads(entry["after_json"])
        ticks = sorted(c["criterion_code"] for c in checks if c["nomination_id"] == nomination["id"])
        assert after.pop("checks") == ticks
        own = {k: v for k, v in nomination.items() if k != "id" and k not in DERIVED_COLUMNS}
        # Every column the import sets, none of the search and sort twins; the three left out
        # are those an import never sets (still NULL in the row).
        assert set(own) - set(after) == {"member_unit_id", "status_reason", "override_reason"}
        assert not set(after) - set(own)
        assert all(own[k] is None for k in ("member_unit_id", "status_reason", "override_reason"))
        for column in ("name", "kind", "field_code", "achievements", "status", "uid", "plan_id"):
            assert after[column] == own[column], column
        assert after["received_on"] == "2018-04-12"
        assert after["eligible"] is bool(own["eligible"])
        assert after["created_at"] == after["updated_at"]
        assert after["created_at"].startswith(own["created_at"][:19].replace(" ", "T"))
    assert json.loads(entries[0]["after_json"])["checks"]  # the first row's ticks were kept
