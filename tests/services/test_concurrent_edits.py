"""Several clerks on one database (issue #22, item 4): a save over another clerk's change is refused.

Runs on both engines: on a server two clerks really work at once; on a file the same check
protects a form left open while a script or an import changed the row.
"""

from __future__ import annotations

import pytest

from hagiang_desktop.services import audit
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationConflict
from hagiang_desktop.services.workspace import open_workspace
from tests.services.test_search_and_sort_keys import _input


@pytest.fixture
def two_clerks(db_location):
    first = open_workspace(db_location)
    second = open_workspace(db_location)  # another clerk's program (no file lock asked for here)
    yield first, second
    second.close()
    first.close()


def test_the_second_save_from_an_old_version_is_a_conflict_and_loses_nothing(two_clerks):
    lan, minh = two_clerks
    nid = svc.save_nomination(lan, _input(lan, "Đỗ Văn Dũng", "Vận động 20 hộ", "00715")).id
    lan_form = svc.get_nomination(lan, nid)
    minh_form = svc.get_nomination(minh, nid)
    assert lan_form.row_version == minh_form.row_version == 1

    mine = lan_form.data
    svc.save_nomination(
        lan, type(mine)(**{**mine.__dict__, "achievements": "Vận động 25 hộ"}), nid, expected_version=1
    )
    theirs = minh_form.data
    with pytest.raises(NominationConflict) as caught:
        svc.save_nomination(
            minh,
            type(theirs)(**{**theirs.__dict__, "achievements": "Vận động 30 hộ"}),
            nid,
            expected_version=1,
        )
    assert caught.value.theirs.data.achievements == "Vận động 25 hộ"  # what the clerk is shown
    assert caught.value.theirs.row_version == 2
    assert svc.get_nomination(minh, nid).data.achievements == "Vận động 25 hộ"  # nothing overwritten

    # Minh chose "save mine over theirs": again, from the version he was shown.
    svc.save_nomination(
        minh, type(theirs)(**{**theirs.__dict__, "achievements": "Vận động 30 hộ"}), nid, expected_version=2
    )
    final = svc.get_nomination(lan, nid)
    assert final.data.achievements == "Vận động 30 hộ"
    assert final.row_version == 3


def test_the_audit_names_the_clerk_and_on_a_server_the_database_user(any_workspace):
    audit.set_clerk_name("Chị Lan")
    try:
        nid = svc.save_nomination(any_workspace, _input(any_workspace, "Lò Văn Dế", "Đường", "00715")).id
        who = svc.get_nomination(any_workspace, nid).last_saved_by
    finally:
        audit.set_clerk_name(None)
    if any_workspace.is_server:
        assert who == "Chị Lan (hagiang)"  # the test cluster's role
    else:
        assert who == "Chị Lan"


def test_two_saves_at_the_same_moment_on_a_server_one_wins_one_is_told(pg_url):
    import threading

    clerks = [open_workspace(pg_url) for _ in range(2)]
    try:
        nid = svc.save_nomination(clerks[0], _input(clerks[0], "Ma Thị Hoà", "Hòa giải", "00715")).id
        form = svc.get_nomination(clerks[0], nid).data
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def save(ws, text):
            start.wait()
            try:
                svc.save_nomination(
                    ws, type(form)(**{**form.__dict__, "achievements": text}), nid, expected_version=1
                )
                outcomes.append("saved")
            except NominationConflict:
                outcomes.append("conflict")

        threads = [threading.Thread(target=save, args=(ws, f"bản {i}")) for i, ws in enumerate(clerks)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["conflict", "saved"]
        assert svc.get_nomination(clerks[1], nid).row_version == 2
    finally:
        for ws in clerks:
            ws.close()


def test_a_unit_saved_by_another_clerk_meanwhile_is_not_overwritten(two_clerks):
    from hagiang_desktop.services import unit_edits, units
    from hagiang_desktop.services.unit_edits import Contacts, EditErrorCode, UnitEditError

    lan, minh = two_clerks
    seen_by_lan = units.get_unit(lan, "00715")
    seen_by_minh = units.get_unit(minh, "00715")

    def save(ws, seen, person):
        unit_edits.update_unit(
            ws,
            "00715",
            name=seen.name,
            kind=seen.kind,
            short_name=seen.short_name,
            valid_from=seen.valid_from,
            contacts=Contacts(person=person, phone=None, email=None),
            expected_version=seen.row_version,
        )

    save(lan, seen_by_lan, "Chị Lan")
    with pytest.raises(UnitEditError) as caught:
        save(minh, seen_by_minh, "Anh Minh")
    assert caught.value.code == EditErrorCode.CHANGED_MEANWHILE
    assert units.get_unit(minh, "00715").contact_person == "Chị Lan"
    save(minh, units.get_unit(minh, "00715"), "Anh Minh")  # after looking again
    assert units.get_unit(lan, "00715").contact_person == "Anh Minh"


def test_a_form_left_open_while_an_import_changed_the_row_is_a_conflict(two_clerks, tmp_path):
    """The unit re-sent its template and the import updated the model: an older form must not undo it."""
    from datetime import date

    from hagiang_desktop.services import imports, templates
    from tests.services.import_files import fill_template

    lan, minh = two_clerks
    template = templates.make_template(lan, "026-GDDT", tmp_path / "mau.xlsx", rows=5)

    def send(achievements: str, name: str) -> None:
        row = {"B": "Giàng Thị Mai", "C": "Cá nhân", "D": "2.3", "E": "Giáo viên", "O": achievements}
        table = imports.read(fill_template(template, tmp_path / name, [row]))
        imports.apply(lan, imports.preview(lan, table, received_on=date(2018, 4, 12)))

    send("Nhà giáo ưu tú", "lan-1.xlsx")
    nid = svc.list_nominations(minh, sort="id")[-1].id
    minh_form = svc.get_nomination(minh, nid)
    send("Nhà giáo nhân dân", "lan-2.xlsx")  # the unit's corrected list: the same row, updated

    theirs = minh_form.data
    with pytest.raises(NominationConflict) as caught:
        svc.save_nomination(
            minh,
            type(theirs)(**{**theirs.__dict__, "achievements": "Dạy giỏi cấp huyện"}),
            nid,
            expected_version=minh_form.row_version,
        )
    assert caught.value.theirs.data.target_honour == "Nhà giáo nhân dân"
    assert svc.get_nomination(lan, nid).data.target_honour == "Nhà giáo nhân dân"  # nothing undone


def _save_unit(ws, seen, *, person=None, groups=None, expected=None):  # type: ignore[no-untyped-def]
    """One clerk's edit dialog saved: the fields it showed, with the contact person changed."""
    from hagiang_desktop.services import unit_edits
    from hagiang_desktop.services.unit_edits import Contacts

    unit_edits.update_unit(
        ws,
        seen.code,
        name=seen.name,
        kind=seen.kind,
        short_name=seen.short_name,
        valid_from=seen.valid_from,
        contacts=Contacts(person=person or seen.contact_person, phone=seen.contact_phone, email=None),
        group_codes=groups,
        expected_version=seen.row_version if expected is None else expected,
    )


def test_a_stale_unit_save_raises_the_conflict_with_their_version_and_writes_nothing(two_clerks):
    from hagiang_desktop.services import units
    from hagiang_desktop.services.unit_edits import UnitConflict

    lan, minh = two_clerks
    minh_saw = units.get_unit(minh, "00715")
    audit.set_clerk_name("Chị Lan")
    try:
        _save_unit(lan, units.get_unit(lan, "00715"), person="Chị Lan")
    finally:
        audit.set_clerk_name(None)
    with pytest.raises(UnitConflict) as caught:
        _save_unit(minh, minh_saw, person="Anh Minh")
    conflict = caught.value
    assert conflict.theirs.contact_person == "Chị Lan"  # what the dialog shows beside Minh's typing
    assert conflict.theirs.name == minh_saw.name
    assert conflict.theirs.row_version == minh_saw.row_version + 1
    assert conflict.who.startswith("Chị Lan")
    assert units.get_unit(lan, "00715").contact_person == "Chị Lan"  # nothing of Minh's written

    # "Overwrite with mine": again, from the version Minh was shown.
    _save_unit(minh, minh_saw, person="Anh Minh", expected=conflict.theirs.row_version)
    final = units.get_unit(lan, "00715")
    assert final.contact_person == "Anh Minh"
    assert final.row_version == minh_saw.row_version + 2


def test_another_clerks_groups_are_part_of_the_unit_and_of_the_conflict(two_clerks, example_blocs):
    from hagiang_desktop.services import group_io, unit_edits, units
    from hagiang_desktop.services.unit_edits import UnitConflict

    lan, minh = two_clerks
    assert group_io.import_groups(lan, example_blocs).errors == []
    codes = [g.code for g in units.list_groups(lan)]
    minh_saw = units.get_unit(minh, "00715")
    unit_edits.set_groups(lan, "00715", {codes[0]})  # Lan ticks a bloc: the unit's version moves on
    with pytest.raises(UnitConflict) as caught:
        _save_unit(minh, minh_saw, person="Anh Minh", groups={codes[1]})
    assert caught.value.their_groups == frozenset({codes[0]})
    assert units.unit_groups(lan, "00715") == [codes[0]]  # Minh's groups not written either
    assert units.get_unit(lan, "00715").contact_person == minh_saw.contact_person


def test_a_dated_rename_from_a_stale_dialog_is_refused_before_anything_is_written(two_clerks):
    from datetime import date

    from hagiang_desktop.services import unit_edits, unit_history, units
    from hagiang_desktop.services.unit_edits import UnitConflict

    lan, minh = two_clerks
    minh_saw = units.get_unit(minh, "00715")
    unit_edits.rename_unit(lan, "00715", "Xã Lũng Cú (tên mới)")  # any saved change moves the version on
    with pytest.raises(UnitConflict) as caught:
        unit_history.change_unit(
            minh, "00715", date(2020, 1, 1), name="Thị trấn Lũng Cú", expected_version=minh_saw.row_version
        )
    assert caught.value.theirs.name == "Xã Lũng Cú (tên mới)"
    assert len(unit_history.history(lan, "00715")) == 1  # its state now only: no dated change recorded
    assert units.get_unit(lan, "00715").name == "Xã Lũng Cú (tên mới)"


def test_a_dialog_opened_before_a_directory_import_changed_the_unit_is_told(two_clerks, tmp_path):
    import csv

    from hagiang_desktop.services import directory_io, units
    from hagiang_desktop.services.unit_edits import UnitConflict

    lan, minh = two_clerks
    minh_saw = units.get_unit(minh, "00715")
    path = tmp_path / "sua.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [
                ["code", "name", "kind", "parent_code", "contact_phone"],
                ["00715", minh_saw.name, "commune", "026", "0219 111 222"],
            ]
        )
    preview = directory_io.preview_import(lan, path)
    assert [c.row.code for c in preview.changed] == ["00715"], preview.errors
    directory_io.apply_import(lan, preview)
    with pytest.raises(UnitConflict) as caught:
        _save_unit(minh, minh_saw, person="Anh Minh")
    assert caught.value.theirs.contact_phone == "0219 111 222"
