"""Issue #18: restore verifies what it restores; databases are created whole; foreign files are refused."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess

import pytest
from sqlalchemy import func, select

from hagiang_desktop.cli.main import run_cli
from tests.engines import fingerprint
from tests.services.test_open_damaged import sha


def _nominations(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM nomination").fetchone()[0]
    finally:
        con.close()


def _submitted(location) -> int:
    """How many nominations are marked sent, on a file or on a server."""
    from hagiang_desktop.services.workspace import open_workspace
    from hagiang_desktop.storage.models import Nomination

    ws = open_workspace(location, read_only=True)
    try:
        with ws.reading() as session:
            return session.scalar(select(func.count()).where(Nomination.status == "submitted"))
    finally:
        ws.close()


def _backup_of(demo_path, tmp_path, name="copy.sqlite3"):
    copy = tmp_path / name
    assert run_cli(["backup", "--db", str(demo_path), "--out", str(copy)]) == 0
    return copy


def _edit(path, *statements):
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def _refused(demo_path, backup, capsys) -> str:
    before = sha(demo_path)
    capsys.readouterr()
    assert run_cli(["restore", "--db", str(demo_path), "--from", str(backup)]) == 1
    err = capsys.readouterr().err
    assert sha(demo_path) == before  # nothing replaced
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert _nominations(demo_path) > 0
    return err


def test_restore_from_an_empty_file_is_refused(tmp_path, demo_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    err = _refused(demo_path, empty, capsys)
    assert "rỗng" in err
    assert "không khôi phục" in err


def test_restore_from_another_programs_database_is_refused(tmp_path, demo_path, capsys):
    other = tmp_path / "other.sqlite3"
    _edit(
        other, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO photos VALUES (1, 'x')"
    )
    err = _refused(demo_path, other, capsys)
    assert "không phải bản sao lưu của chương trình" in err


def test_restore_without_alembic_version_is_refused(tmp_path, demo_path, capsys):
    backup = _backup_of(demo_path, tmp_path)
    _edit(backup, "DROP TABLE alembic_version")
    assert "không phải bản sao lưu của chương trình" in _refused(demo_path, backup, capsys)


def test_restore_with_a_dropped_table_is_refused(tmp_path, demo_path, capsys):
    backup = _backup_of(demo_path, tmp_path)
    _edit(backup, "PRAGMA foreign_keys=OFF", "DROP TABLE replication_activity")
    err = _refused(demo_path, backup, capsys)
    assert "replication_activity" in err


def test_restore_with_a_planted_trigger_is_refused(tmp_path, demo_path, capsys):
    backup = _backup_of(demo_path, tmp_path)
    _edit(backup, "CREATE TRIGGER planted AFTER INSERT ON nomination BEGIN DELETE FROM unit; END")
    err = _refused(demo_path, backup, capsys)
    assert "planted" in err


def test_restore_with_dangling_references_is_refused(tmp_path, demo_path, capsys):
    backup = _backup_of(demo_path, tmp_path)
    _edit(
        backup, "PRAGMA foreign_keys=OFF", "UPDATE nomination SET registering_unit_id = 999999 WHERE id = 3"
    )
    assert "liên kết" in _refused(demo_path, backup, capsys)


def test_restore_of_another_offices_database_needs_to_be_told(tmp_path, demo_path, capsys):
    backup = _backup_of(demo_path, tmp_path)
    _edit(backup, "UPDATE setting SET value = '\"027-NV\"' WHERE key = 'office_unit_code'")
    err = _refused(demo_path, backup, capsys)
    assert "027-NV" in err
    assert "026-NV" in err
    assert "--other-office" in err
    assert run_cli(["restore", "--db", str(demo_path), "--from", str(backup), "--other-office"]) == 0
    con = sqlite3.connect(demo_path)
    (office,) = con.execute("SELECT value FROM setting WHERE key='office_unit_code'").fetchone()
    con.close()
    assert json.loads(office) == "027-NV"


def test_a_good_restore_leaves_no_temporary_files(tmp_path, demo_path, capsys):
    folder = tmp_path / "office"
    folder.mkdir()
    live = folder / "data.sqlite3"
    shutil.copy(demo_path, live)
    backup = _backup_of(live, tmp_path)
    assert run_cli(["restore", "--db", str(live), "--from", str(backup)]) == 0
    assert run_cli(["nominations", "list", "--db", str(live)]) == 0
    leftovers = [p.name for p in folder.iterdir() if ".part" in p.name]
    assert leftovers == []


def test_an_older_backup_is_restored_and_migrated(tmp_path, demo_path, capsys):
    old = tmp_path / "old.sqlite3"
    shutil.copy("tests/fixtures/schema_0001.sqlite3", old)
    assert run_cli(["restore", "--db", str(demo_path), "--from", str(old), "--other-office"]) == 0
    capsys.readouterr()
    assert run_cli(["units", "list", "--db", str(demo_path)]) == 0


# --- case 2: a database created whole or not at all; files without our tables -----------------


def _header_only(path):
    """What a creation killed after SQLite wrote its first page leaves: a header, no table."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version=0")
    con.execute("VACUUM")
    con.close()
    assert path.stat().st_size > 0


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["units", "list"],
        ["nominations", "list"],
        ["backup", "--out", "OUT"],
        ["export", "list", "--out", "OUT.xlsx"],
        ["keys", "list"],
    ],
)
def test_a_half_created_file_is_refused_by_every_command(tmp_path, capsys, command):
    db = tmp_path / "half.sqlite3"
    _header_only(db)
    before = sha(db)
    args = [a.replace("OUT", str(tmp_path / "out")) for a in command]
    assert run_cli([*args, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "không có dữ liệu" in err
    assert "xóa" in err
    assert sha(db) == before


@pytest.mark.parametrize("command", [["units", "list"], ["nominations", "list"], ["check"]])
def test_another_programs_file_is_never_written(tmp_path, capsys, command):
    db = tmp_path / "other_app.sqlite3"
    _edit(db, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = sha(db)
    assert run_cli([*command, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "chương trình khác" in err
    assert "Traceback" not in err
    assert sha(db) == before
    con = sqlite3.connect(db)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["photos"]
    con.close()


def test_a_writing_command_never_adds_our_tables_to_another_programs_file(tmp_path, capsys):
    db = tmp_path / "other_app.sqlite3"
    _edit(db, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = sha(db)
    assert run_cli(["purge", "--id", "1", "--db", str(db)]) == 1
    assert "chương trình khác" in capsys.readouterr().err
    assert sha(db) == before


# --- case 3: the province's decisions stick ----------------------------------------------------


def test_the_ordinary_full_bundle_sent_again_leaves_accepted_nominations_accepted(
    demo_path, workspace, tmp_path, capsys
):
    from hagiang_desktop.core.kinds import NominationStatus
    from hagiang_desktop.core.workflow import TransitionRequest
    from hagiang_desktop.services import nominations
    from hagiang_desktop.services.workspace import open_workspace

    workspace.close()
    province = workspace.db.path
    secret = tmp_path / "pass.txt"
    secret.write_text("mật khẩu Đồng Văn\n", encoding="utf-8")
    cert = tmp_path / "dong-van.pem"
    for args in (
        ["keys", "create", "--db", demo_path, "--passphrase-file", secret],
        ["keys", "export-cert", "--db", demo_path, "--out", cert],
        ["bundle", "build", "--db", demo_path, "--out", tmp_path / "1.zip", "--passphrase-file", secret],
        ["bundle", "trust", "--db", province, cert],
        ["bundle", "import", tmp_path / "1.zip", "--db", province],
        ["bundle", "build", "--db", demo_path, "--out", tmp_path / "2.zip", "--passphrase-file", secret],
    ):
        assert run_cli([str(a) for a in args]) == 0, capsys.readouterr().err
    ws = open_workspace(province)
    ids = [n.id for n in nominations.list_nominations(ws)]
    nominations.change_status(ws, ids, TransitionRequest(NominationStatus.ACCEPTED))
    ws.close()
    capsys.readouterr()
    assert run_cli(["bundle", "import", str(tmp_path / "2.zip"), "--db", str(province), "--preview"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Xem trước gói số 2")
    assert "0 cập nhật" in out[0]
    assert "13 giữ nguyên quyết định của tỉnh" in out[0]
    assert len([line for line in out if line.startswith("TRÙNG\t")]) == 13
    assert all("không thay đổi" in line for line in out[1:])
    assert run_cli(["bundle", "import", str(tmp_path / "2.zip"), "--db", str(province)]) == 0
    assert "0 cập nhật" in capsys.readouterr().out
    ws = open_workspace(province, read_only=True)
    try:
        assert {n.status for n in nominations.list_nominations(ws)} == {NominationStatus.ACCEPTED}
    finally:
        ws.close()


# --- case 4: building a bundle is one story ---------------------------------------------------


def test_bundle_build_when_another_program_takes_the_lock_leaves_no_zip_and_no_used_sequence(
    demo_path, tmp_path
):
    from hagiang_desktop.exports.bundle import BundleProblem
    from hagiang_desktop.services import bundles, keys
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_path, lock=True)
    holder = sqlite3.connect(demo_path, isolation_level=None)
    try:
        keys.create_identity(ws, "mật khẩu Đồng Văn")
        out = tmp_path / "out"
        out.mkdir()
        target = out / "dong-van.zip"

        def another_program_writes(_percent, step):
            if step == "sign":  # the documents are made; the zip is about to be written
                holder.execute("BEGIN IMMEDIATE")

        with pytest.raises(BundleProblem) as refused:
            bundles.build_bundle(ws, target, "mật khẩu Đồng Văn", progress=another_program_writes)
        assert refused.value.code == "not_recorded"
        holder.execute("ROLLBACK")
        assert list(out.iterdir()) == []  # no zip, no temporary file
        con = sqlite3.connect(demo_path)
        assert con.execute("SELECT count(*) FROM nomination WHERE status='submitted'").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM upward_event WHERE sequence IS NOT NULL").fetchone()[0] == 0
        con.close()
        built = bundles.build_bundle(ws, target, "mật khẩu Đồng Văn")  # the retry
        assert built.sequence == 1  # sequence 1 never reached a file before
        assert [p.name for p in out.iterdir()] == ["dong-van.zip"]
    finally:
        holder.close()
        ws.close()


def test_bundle_build_into_a_folder_that_cannot_be_written_marks_nothing(demo_location, tmp_path, capsys):
    demo_path = demo_location  # a file, then a server (#22)
    secret = tmp_path / "pass.txt"
    secret.write_text("mật khẩu Đồng Văn\n", encoding="utf-8")
    assert run_cli(["keys", "create", "--db", str(demo_path), "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    target = tmp_path / "missing-folder" / "dong-van.zip"
    args = ["bundle", "build", "--db", str(demo_path), "--out", str(target), "--passphrase-file", str(secret)]
    assert run_cli(args) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1  # the folder is named (#20 checks --out before any work)
    assert "Traceback" not in err
    assert _submitted(demo_path) == 0


# --- cases 7 and 8: files that are ours; check tells permission from damage ---------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_an_atomic_write_never_replaces_a_special_file(tmp_path):
    from hagiang_desktop.core.atomic import NotARegularFileError, atomic_write_bytes

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (fifo, folder):
        with pytest.raises(NotARegularFileError):
            atomic_write_bytes(target, b"data")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe"]  # no temporary file left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_backup_out_a_special_file_is_refused_and_left_alone(demo_path, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert run_cli(["backup", "--db", str(demo_path), "--out", str(fifo)]) == 1
    assert "Không sao lưu được" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_backup_into_an_existing_folder_keeps_the_folders_mode(demo_path, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    os.chmod(usb, 0o755)
    assert run_cli(["backup", "--db", str(demo_path), "--out", str(usb)]) == 0
    assert stat.S_IMODE(usb.stat().st_mode) == 0o755
    (copy,) = usb.iterdir()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


@pytest.fixture
def read_only_folder(tmp_path):
    """A real read-only file system (a tmpfs remounted read-only); skipped where mounting is not allowed."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.name == "nt" or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                                          capture_output=True, check=False).returncode != 0:  # fmt: skip
        pytest.skip("cannot mount a read-only file system here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_check_of_a_good_database_on_read_only_media_reports_no_damage(demo_path, read_only_folder, capsys):
    shutil.copy(demo_path, read_only_folder / "demo.sqlite3")
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_folder)], check=True)
    db = read_only_folder / "demo.sqlite3"
    assert run_cli(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "khôi phục" not in out
    assert out.splitlines()[-1] == "Tệp dữ liệu không có lỗi."


def test_check_of_a_file_it_may_not_read_is_not_called_damaged(demo_path, tmp_path, capsys):
    from hagiang_desktop.services import maintenance

    locked = tmp_path / "locked.sqlite3"
    shutil.copy(demo_path, locked)
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")  # another program keeps everyone out (a rollback-journal file)
    try:
        report = maintenance.check_database(locked)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert report.checks == ("access",)
    assert [f.code for f in report.findings] == ["access"]


# --- case 9: identity and scope ----------------------------------------------------------------


def test_keys_restore_of_another_offices_key_is_refused_unless_told(demo_location, tmp_path, capsys):
    demo_path = demo_location  # a file, then a server (#22)
    from hagiang_desktop.exports import signing

    secret = tmp_path / "pass.txt"
    secret.write_text("mật khẩu Mèo Vạc\n", encoding="utf-8")
    other = tmp_path / "meo-vac.p12"
    other.write_bytes(signing.create_identity("027-NV", "Phòng Nội vụ huyện Mèo Vạc", "mật khẩu Mèo Vạc").p12)
    restore = ["keys", "restore", "--db", str(demo_path), "--passphrase-file", str(secret), str(other)]
    assert run_cli(restore) == 1
    err = capsys.readouterr().err
    assert "027-NV ≠ 026-NV" in err
    assert "--other-office" in err
    assert "từ chối" in err  # the consequence is stated
    assert run_cli(["keys", "list", "--db", str(demo_path)]) == 0
    assert capsys.readouterr().out == ""  # no key was stored
    assert run_cli([*restore, "--other-office"]) == 0
    capsys.readouterr()
    out = tmp_path / "b.zip"
    build = ["bundle", "build", "--db", str(demo_path), "--out", str(out), "--passphrase-file", str(secret)]
    assert run_cli(build) == 1  # refused before anything is built or marked
    assert "Chưa tạo gói" in capsys.readouterr().err
    assert not out.exists()
    assert _submitted(demo_path) == 0


def _template_for(demo_path, tmp_path, unit):
    from tests.services.import_files import fill_template

    blank = tmp_path / "mau.xlsx"
    assert run_cli(["template", "--db", str(demo_path), "--unit", unit, "--out", str(blank)]) == 0
    return fill_template(
        blank, tmp_path / "gui.xlsx", [{"B": "Trường Mầm non Hoa Ban", "C": "Tập thể", "D": "2.3"}]
    )


def test_a_template_imported_with_another_unit_names_both(demo_location, tmp_path, capsys):
    demo_path = demo_location  # a file, then a server (#22)
    filled = _template_for(demo_path, tmp_path, "026-GDDT")
    before = fingerprint(demo_path)
    capsys.readouterr()
    assert run_cli(["nominations", "import", str(filled), "--db", str(demo_path), "--unit", "026-YT"]) == 1
    err = capsys.readouterr().err
    assert "026-GDDT ≠ 026-YT" in err
    assert fingerprint(demo_path) == before


def test_a_template_edited_to_name_another_districts_unit_is_refused(demo_location, tmp_path, capsys):
    demo_path = demo_location  # a file, then a server (#22)
    import openpyxl

    filled = _template_for(demo_path, tmp_path, "026-GDDT")
    wb = openpyxl.load_workbook(filled)
    meta = wb["_meta"]
    for row in meta.iter_rows():
        if row[0].value == "unit_code":
            row[1].value = "027-TP"  # Phòng Tư pháp huyện Mèo Vạc: not Đồng Văn's
    wb.save(filled)
    before = fingerprint(demo_path)
    capsys.readouterr()
    assert run_cli(["nominations", "import", str(filled), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "027-TP" in err
    assert "không thuộc phạm vi" in err
    assert fingerprint(demo_path) == before


# --- cases 5 and 6: reading what is really there -----------------------------------------------


def _stale_dimension(source, target, ref: str):
    """Copy an xlsx with its sheets' <dimension> set to ``ref`` (as some tools leave it)."""
    import re
    import zipfile

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                tag = f'<dimension ref="{ref}"/>'.encode()
                if b"<dimension " in data:
                    data = re.sub(rb'<dimension ref="[^"]*"/>', tag, data)
                else:  # a write-only workbook has none: put it where the schema wants it
                    data = re.sub(
                        rb"(<sheetViews|<sheetFormatPr|<cols|<sheetData)", tag + rb"\1", data, count=1
                    )
            out.writestr(info, data)
    return target


def test_xlsx_rows_beyond_a_stale_dimension_are_read(demo_path, tmp_path, capsys):
    from hagiang_desktop.exports.sources import read_source
    from tests.services.import_files import write_list

    names = [f"Tổ hợp tác chè Shan tuyết số {i}" for i in range(1, 7)]
    full = write_list(
        tmp_path / "ds.xlsx", ["Tên mô hình", "Loại", "Lĩnh vực"], [[n, "Tập thể", "2.3"] for n in names]
    )
    stale = _stale_dimension(full, tmp_path / "stale.xlsx", "A1:C3")
    assert [r.cells[0].value for r in read_source(stale).rows] == names
    capsys.readouterr()
    assert run_cli(["nominations", "import", str(stale), "--db", str(demo_path), "--unit", "026-GDDT"]) == 0
    assert run_cli(["nominations", "list", "--db", str(demo_path)]) == 0
    listed = capsys.readouterr().out
    assert all(n in listed for n in names)


def test_directory_rows_beyond_a_stale_dimension_are_read(demo_path, tmp_path):
    from hagiang_desktop.exports.directory_files import read_directory_file

    out = tmp_path / "dv.xlsx"
    assert run_cli(["units", "export", "--db", str(demo_path), "--out", str(out), "--root", "026"]) == 0
    whole = read_directory_file(out)
    assert len(whole) > 2
    stale = _stale_dimension(out, tmp_path / "stale.xlsx", "A1:H2")
    assert read_directory_file(stale) == whole


def test_a_utf8_csv_with_one_stray_cp1252_byte_is_refused_showing_the_line(demo_path, tmp_path, capsys):
    csv_file = tmp_path / "ds.csv"
    lines = [
        "Tên mô hình,Loại,Lĩnh vực".encode(),
        "Hộ ông Nguyễn Văn Chính,Hộ gia đình,2.8".encode(),
        "Hộ bà Giàng Thị Mai,Hộ gia đình,2.8".encode(),
        "Hộ ông Sùng Mí Páo".encode() + b"\x96" + ",Hộ gia đình,2.8".encode(),  # a cp1252 dash
    ]
    csv_file.write_bytes(b"\n".join(lines) + b"\n")
    before = sha(demo_path)
    capsys.readouterr()
    assert (
        run_cli(["nominations", "import", str(csv_file), "--db", str(demo_path), "--unit", "026-GDDT"]) == 1
    )
    err = capsys.readouterr().err
    assert "dòng 4" in err
    assert "Hộ ông Sùng Mí Páo?" in err
    assert "Há»" not in err
    assert sha(demo_path) == before


def test_a_whole_cp1252_csv_is_still_read(tmp_path):
    from hagiang_desktop.exports.sources import read_source

    csv_file = tmp_path / "old.csv"
    csv_file.write_bytes(
        "Tên mô hình,Loại,Lĩnh vực\nCafé du lịch,Tập thể,2.3\n".encode("cp1252", errors="replace")
    )
    table = read_source(csv_file)
    assert table.rows[0].cells[0].value == "Café du lịch".encode("cp1252", errors="replace").decode("cp1252")
