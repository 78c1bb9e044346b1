"""``hagiang-desktop office show|set`` (issue #15 item 1) in real subprocesses, read back on paper."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.test_cli import run


def _values(stdout: str) -> dict[tuple[str, str], str]:
    return {(d, f): v for d, f, v in (line.split("\t") for line in stdout.splitlines())}


def test_office_set_changes_every_document_or_one_and_the_list_prints_it(
    demo_location: object, tmp_path: Path
) -> None:
    db = str(demo_location)  # a file, then a server (#22)
    shown = run("office", "show", "--db", db)
    assert shown.returncode == 0, shown.stderr
    before = _values(shown.stdout)
    assert before[("list", "issuer")] == "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN"
    assert before[("list", "signature")] == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert before[("key-form", "issuer")] == "PHÒNG NỘI VỤ"

    everywhere = run("office", "set", "--db", db, "--signer-name", "Sùng Mí Chá")
    assert everywhere.returncode == 0, everywhere.stderr
    after = _values(everywhere.stdout)
    assert {after[(d, "signer_name")] for d in ("list", "letter", "forms", "key-form")} == {"Sùng Mí Chá"}

    one = run(
        "office", "set", "--db", db, "--document", "list", "--authority", "TM", "--signer-title", "Chủ tịch",
        "--symbol", "DS-UBND", "--recipients", "UBND tỉnh Hà Giang; Lưu: VT, NV",
    )  # fmt: skip
    assert one.returncode == 0, one.stderr
    listed = _values(run("office", "show", "--db", db, "--document", "list").stdout)
    assert listed[("list", "signature")] == "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    assert listed[("list", "recipients")] == "UBND tỉnh Hà Giang; Lưu: VT, NV"
    letter = _values(run("office", "show", "--db", db, "--document", "letter").stdout)
    assert letter[("letter", "signature")] == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"

    pdf = tmp_path / "ds.pdf"
    assert run("export", "list-pdf", "--db", db, "--out", str(pdf)).returncode == 0
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN" in text
    assert "TM. ỦY BAN NHÂN DÂN" in text
    assert "KT. CHỦ TỊCH" not in text
    assert "Sùng Mí Chá" in text
    assert "/DS-UBND" in text
    assert "- UBND tỉnh Hà Giang;" in text


def test_office_set_refuses_bad_values_with_one_line(demo_path: Path) -> None:
    db = str(demo_path)
    bad = run("office", "set", "--db", db, "--authority", "XX")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    empty = run("office", "set", "--db", db)
    assert empty.returncode == 2
    assert len(empty.stderr.strip().splitlines()) == 1
