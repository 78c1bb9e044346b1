"""``hagiang-desktop dashboard``: the TSV contract, the submissions rule and the call list file.

The first two on a file and on a server (#22); the third reads the same rows as the first.
"""

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli.test_cli import run


def test_tsv_contract_and_call_list(demo_location, tmp_path):
    result = run(
        "dashboard",
        "--db",
        str(demo_location),
        "--as-of",
        "2018-04-20",
        "--call-list",
        str(tmp_path / "c.xlsx"),
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(r) == 8 for r in rows)
    table = {r[0]: r for r in rows}
    assert table["026"][5:7] == ["10", "yes"]  # Đồng Văn: 13 selected, its quota of 10 met
    assert {r[6] for r in rows} <= {"yes", "no", "advisory", ""}
    assert {r[7] for r in rows} <= {"yes", "no"}
    for r in rows:
        assert int(r[2]) == int(r[3]) + int(r[4])  # received = on time + late
        if r[7] == "yes":
            assert r[2] == "0"  # the IV.1 consequence only for a unit that sent nothing
    called = load_workbook(tmp_path / "c.xlsx").active
    names = {called.cell(row, 2).value for row in range(5, called.max_row + 1)}
    assert {r[1] for r in rows if r[7] == "yes"} <= names


def test_call_list_as_pdf_in_english_and_bad_format(demo_location, tmp_path):
    demo_path = demo_location
    pdf = tmp_path / "c.pdf"
    result = run(
        "dashboard", "--db", str(demo_path), "--as-of", "2018-04-20", "--call-list", str(pdf), lang="en"
    )
    assert result.returncode == 0, result.stderr
    assert "UNITS TO CALL" in PdfReader(pdf).pages[0].extract_text()
    bad = run("dashboard", "--db", str(demo_path), "--call-list", str(tmp_path / "c.csv"))
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1
    assert ".xlsx" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert not (tmp_path / "c.csv").exists()


def test_a_commune_that_registered_nothing_is_no_in_the_consequence_column(demo_path):
    """Plan IV.1 addresses "các sở, ban, ngành, các tổ chức hội, đoàn thể tỉnh và UBND các huyện,
    thành phố": a commune or office that sent nothing is a follow-up for its district, not the
    sanction, so the TSV's consequence column (the contract, unchanged) says ``no`` for it."""
    from tests.core.test_plan_paths import quoted

    quoted("các sở, ban, ngành, các tổ chức hội, đoàn thể tỉnh và UBND các huyện, thành phố")
    result = run("dashboard", "--db", str(demo_path), "--as-of", "2018-05-02")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(r) == 8 for r in rows)
    nothing = [r for r in rows if r[2] == "0" and r[0] != "026"]  # communes, offices sent nothing
    assert nothing
    assert all(r[7] == "no" for r in nothing)
