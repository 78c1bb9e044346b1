"""Old office lists imported headless with only --unit (issue #19): title rows, TCVN3/VNI headers
and cells, a combined name header, no kind column, sectors instead of fields; and the options that
do what the window's mapping step does (--map, --kind, --field, --encoding, --sheet, --header-row)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.models import Nomination
from tests.cli.test_cli import run
from tests.services.import_files import LEGACY_ROWS, legacy_list, to_tcvn3

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    open_workspace(path).close()
    return path


def _imported(db: Path) -> dict[str, tuple[str, str]]:
    ws = open_workspace(db)
    try:
        with ws.reading() as session:
            return {n.name: (n.kind, n.field_code) for n in session.scalars(select(Nomination))}
    finally:
        ws.close()


def _expect_every_row(db: Path) -> None:
    got = _imported(db)
    for name, *_, kind, field in LEGACY_ROWS:
        assert name in got, (name, sorted(got))
        assert got[name] == (kind, field), name
    for name in got:
        assert name == unicodedata.normalize("NFC", name)
    assert len(got) == len(LEGACY_ROWS)


@pytest.mark.parametrize(
    ("encoding", "fonts"),
    [("tcvn3", True), ("vni", True), ("unicode", True), ("tcvn3", False)],
    ids=["tcvn3-VnTime-VnTimeH", "vni-font", "unicode-retyped", "tcvn3-no-font-guessed"],
)
def test_legacy_xlsx_with_only_unit(office, tmp_path, encoding, fonts):
    path = legacy_list(tmp_path / "ds.xlsx", encoding, fonts=fonts)
    result = run("nominations", "import", str(path), "--db", str(office), "--unit", "00715")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\tnew\t") == len(LEGACY_ROWS)
    # The mapping used, one line on stderr, for a script to see.
    mapping = result.stderr.strip().splitlines()
    assert len(mapping) == 1
    assert "A=row_id B=name" in mapping[0]
    assert "E=field_code" in mapping[0]
    _expect_every_row(office)


@pytest.mark.parametrize("name", ["legacy_tcvn3.xls", "legacy_vni.xls"])
def test_legacy_xls_with_only_unit(office, tmp_path, name):
    """Excel 97-2003 lists (written by LibreOffice from the same rows: tests/fixtures/make_legacy_xls.py)."""
    path = tmp_path / name
    shutil.copyfile(FIXTURES / name, path)
    result = run("nominations", "import", str(path), "--db", str(office), "--unit", "00715")
    assert result.returncode == 0, result.stderr
    _expect_every_row(office)


def test_dry_run_prints_the_proposal_with_the_reasons(office, tmp_path):
    path = legacy_list(tmp_path / "ds.xlsx", "tcvn3")
    result = run("nominations", "import", str(path), "--db", str(office), "--unit", "00715", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "B=name[tcvn3]" in result.stderr
    assert "DS!A4: tập thể: tên bắt đầu bằng “trạm”" in result.stderr
    assert "DS!A9: hộ: chức vụ “chủ hộ”; lĩnh vực 2.8: hộ gia đình" in result.stderr
    assert "DS!A14: cá nhân: tên người; lĩnh vực 2.3: có chữ “mầm non”" in result.stderr
    assert _imported(office) == {}


def test_kind_and_field_for_every_row(office, tmp_path):
    path = legacy_list(tmp_path / "ds.xlsx", "unicode")
    result = run(
        "nominations", "import", str(path), "--db", str(office), "--unit", "00715",
        "--kind", "collective", "--field", "2.5", "--map", "F=note", "--skip-invalid",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "F=note" in result.stderr
    got = _imported(office)
    assert set(got.values()) == {("collective", "2.5")}
    bad = run("nominations", "import", str(path), "--db", str(office), "--unit", "00715", "--field", "9.9")
    assert bad.returncode == 2
    assert bad.stderr.strip() == "lĩnh vực không hợp lệ: 9.9"


def test_map_by_header_text_or_letter_and_ignore(office, tmp_path):
    path = legacy_list(tmp_path / "ds.xlsx", "unicode")
    result = run(
        "nominations", "import", str(path), "--db", str(office), "--unit", "00715", "--dry-run",
        "--map", "Đơn vị, địa chỉ=village", "--map", "C=-",
    )  # fmt: skip
    assert "C=- D=village" in result.stderr
    # Without its work unit, nothing tells Lò Thị Hoa's field any more: the row says so.
    assert result.returncode == 1
    assert "DS!A14\terror\t\tDS!E14: thiếu Lĩnh vực" in result.stdout
    unknown = run(
        "nominations", "import", str(path), "--db", str(office), "--unit", "00715", "--map", "Z9=name"
    )
    assert unknown.returncode == 2
    assert unknown.stderr.strip().startswith(f"Tệp {path} không có cột Z9")
    wrong_key = run(
        "nominations", "import", str(path), "--db", str(office), "--unit", "00715", "--map", "B=ten"
    )
    assert wrong_key.returncode == 2
    assert "Không có trường ten" in wrong_key.stderr


def test_encoding_override_per_column(office, tmp_path):
    """A TCVN3 column typed in a font that says nothing: the clerk names the encoding."""
    path = tmp_path / "ds.csv"
    rows = [("Trạm Y tế xã Lũng Cú", "Y tế"), ("Hộ ông Vàng Mí Lử", "Kinh tế hộ gia đình")]
    path.write_text(
        "Họ và tên;Lĩnh vực\n" + "".join(f"{to_tcvn3(n)};{f}\n" for n, f in rows), encoding="utf-8"
    )
    as_is = run(
        "nominations", "import", str(path), "--db", str(office), "--unit", "00715", "--dry-run",
        "--encoding", "A=unicode",
    )  # fmt: skip
    assert to_tcvn3(rows[0][0]) in as_is.stdout
    done = run(
        "nominations",
        "import",
        str(path),
        "--db",
        str(office),
        "--unit",
        "00715",
        "--encoding",
        "Họ và tên=tcvn3",
    )
    assert done.returncode == 0, done.stderr
    assert "A=name[tcvn3]" in done.stderr
    assert _imported(office) == {
        "Trạm Y tế xã Lũng Cú": ("collective", "2.4"),
        "Hộ ông Vàng Mí Lử": ("household", "2.8"),
    }
    bad = run(
        "nominations", "import", str(path), "--db", str(office), "--unit", "00715", "--encoding", "A=abc"
    )
    assert bad.returncode == 2


def test_sheet_and_header_row(office, tmp_path):
    import openpyxl

    path = legacy_list(tmp_path / "ds.xlsx", "unicode")
    wb = openpyxl.load_workbook(path)
    wb.create_sheet("Bìa", 0).append(["Trang bìa"])
    wb.save(path)
    missing = run(
        "nominations", "import", str(path), "--db", str(office), "--unit", "00715", "--sheet", "Khác"
    )
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"Tệp {path} không có trang Khác. Các trang: Bìa, DS."
    done = run(
        "nominations", "import", str(path), "--db", str(office), "--unit", "00715",
        "--sheet", "DS", "--header-row", "3",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    _expect_every_row(office)


def test_header_over_two_rows_in_tcvn3(office, tmp_path):
    """A combined header: "Thông tin" merged over "Chức vụ" and "Đơn vị", in ".VnTimeH" like the rest."""
    import openpyxl
    from openpyxl.styles import Font

    path = tmp_path / "ds.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "DS"
    caps = lambda t: to_tcvn3(t.lower())  # noqa: E731 - a ".VnTimeH" cell holds lower-case codes
    sheet.append([caps("Danh sách đăng ký mô hình")])
    sheet.append(
        [caps(t) if t else None for t in ("STT", "Họ và tên / Tên tập thể", "Thông tin", None, "Lĩnh vực")]
    )
    sheet.append([None, None, caps("Chức vụ"), caps("Đơn vị"), None])
    sheet.merge_cells("C2:D2")
    for number, (name, position, unit, sector, *_rest) in enumerate(LEGACY_ROWS, start=1):
        sheet.append(
            [number, to_tcvn3(name), to_tcvn3(position) or None, to_tcvn3(unit), to_tcvn3(sector) or None]
        )
    for row in sheet.iter_rows():
        for cell in row:
            cell.font = Font(name=".VnTimeH" if cell.row <= 3 else ".VnTime")
    wb.save(path)
    result = run("nominations", "import", str(path), "--db", str(office), "--unit", "00715")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "A=row_id B=name[tcvn3] C=position[tcvn3] D=work_unit[tcvn3] E=field_code[tcvn3]" in result.stderr
    _expect_every_row(office)
