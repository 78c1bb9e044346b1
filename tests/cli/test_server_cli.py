"""The server commands (issue #22): ``server init``, ``check`` and the nominations on a PostgreSQL URL."""

from __future__ import annotations

import pytest

from hagiang_desktop.cli.main import run_cli
from hagiang_desktop.services import server_names
from hagiang_desktop.storage import migrate


@pytest.fixture
def empty_server_db(pg_cluster):
    url = pg_cluster.new_database()
    yield url
    pg_cluster.drop(url)


def test_server_init_builds_the_schema_once_then_changes_nothing(empty_server_db, capsys):
    from hagiang_desktop.storage.location import ServerLocation

    assert run_cli(["--lang", "en", "server", "init", "--db", empty_server_db]) == 0
    out = capsys.readouterr().out
    assert "Initialised" in out
    assert migrate.head_revision() in out
    assert run_cli(["--lang", "en", "server", "init", "--db", empty_server_db]) == 0
    assert "already initialised" in capsys.readouterr().out
    # The database in words, as the window and import-file name it (it printed the URL, then ":").
    assert run_cli(["--lang", "vi", "server", "init", "--db", empty_server_db]) == 0
    server = server_names.for_people(ServerLocation(empty_server_db), "vi")
    assert capsys.readouterr().out.splitlines() == [
        f"Cơ sở dữ liệu {server} đã được khởi tạo (phiên bản {migrate.head_revision()}, "
        "413 đơn vị); không thay đổi gì."
    ]


def test_a_command_on_an_empty_server_says_to_run_server_init(empty_server_db, capsys):
    assert run_cli(["--lang", "vi", "nominations", "list", "--db", empty_server_db]) == 1
    err = capsys.readouterr().err
    assert "server init" in err
    assert len(err.strip().splitlines()) == 1


def test_a_password_on_the_command_line_is_refused(capsys):
    with pytest.raises(SystemExit) as caught:
        run_cli(["--lang", "vi", "check", "--db", "postgresql://clerk:secret@db/hagiang"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "mật khẩu" in err
    assert "secret" not in err


def test_a_server_that_does_not_answer_is_one_line(tmp_path, capsys):
    assert (
        run_cli(["--lang", "vi", "check", "--db", f"postgresql://clerk@/hagiang?host={tmp_path}&port=1"]) == 1
    )
    err = capsys.readouterr().err
    assert "Không kết nối được máy chủ" in err
    assert len(err.strip().splitlines()) == 1


def test_server_commands_need_a_url(tmp_path, capsys):
    assert run_cli(["server", "init", "--db", str(tmp_path / "x.sqlite3")]) == 2
    assert "postgresql://" in capsys.readouterr().err


def test_check_on_a_server_passes_and_finds_a_broken_rule(pg_url, capsys):
    import psycopg

    assert run_cli(["--lang", "en", "check", "--db", pg_url]) == 0
    out = capsys.readouterr().out
    assert "OK\tThe search index" in out
    assert out.splitlines()[-1] == "The data on the server has no problem."
    # In Vietnamese it said "Tệp dữ liệu không có lỗi" (the data file has no error) on a server.
    assert run_cli(["--lang", "vi", "check", "--db", pg_url]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Dữ liệu trên máy chủ không có lỗi."
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP INDEX ix_nomination_search_trgm")
    assert run_cli(["--lang", "en", "check", "--db", pg_url]) == 1
    out = capsys.readouterr().out
    assert "search_index: ix_nomination_search_trgm missing" in out
    # Not a file's advice ("back up the file, then restore the latest good backup").
    assert (
        out.splitlines()[-1] == "1 problem(s) found in the data on the server. Tell IT, who keep its backups."
    )
    assert run_cli(["--lang", "vi", "check", "--db", pg_url]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Tìm thấy 1 lỗi trong dữ liệu trên máy chủ. "
        "Hãy báo bộ phận tin học (nơi giữ các bản sao lưu của máy chủ)."
    )


def test_file_only_commands_refuse_a_server(pg_url, capsys):
    assert run_cli(["--lang", "vi", "demo", "--db", pg_url]) == 2
    assert "máy chủ" in capsys.readouterr().err


def test_server_init_refuses_a_database_that_sorts_text_by_a_language(pg_cluster, capsys):
    import psycopg

    url = pg_cluster.url("en_sorted")
    with psycopg.connect(pg_cluster.url("postgres"), autocommit=True) as conn:
        # A collation other than C (ICU's, always built into Debian's server).
        conn.execute("CREATE DATABASE en_sorted TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
    try:
        assert run_cli(["--lang", "en", "server", "init", "--db", url]) == 1
        err = capsys.readouterr().err
        assert "C.UTF-8" in err
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (
                0,
            )
    finally:
        pg_cluster.drop(url)


# -- server import-file: the report in the clerk's language -------------------------------------

#: What the demo office's file holds, moved or not, in the report's order (the same every run:
#: a kind the file has none of is shown as 0, so that a clerk sees it was looked for).
_DEMO_REPORT = [
    ("Đơn vị khớp theo mã", "Units matched by code", 413),
    ("Đơn vị thêm mới vào danh mục", "Units added to the directory", 0),
    ("Đơn vị được bổ sung người liên hệ", "Units given the office's contact person", 34),
    ("Khối, cụm thi đua thêm mới", "Emulation blocs and clusters added", 0),
    ("Đơn vị xếp vào khối, cụm", "Units placed in blocs and clusters", 0),
    ("Sáp nhập, chia tách, đổi tên đơn vị", "Unit mergers, splits and renamings", 0),
    ("Thông tin cũ của đơn vị (trước ngày thay đổi)", "Units' earlier details (before a dated change)", 0),
    ("Kế hoạch nhân rộng của đơn vị", "Units' replication plans", 0),
    ("Hồ sơ đăng ký (mô hình)", "Nominations (models)", 60),
    ("Tiêu chí đã đánh dấu", "Criteria ticked", 691),
    ("Lịch sử trạng thái", "Status history entries", 73),
    ("Đánh giá theo giai đoạn", "Assessments per stage", 0),
    ("Hoạt động nhân rộng", "Replication activities", 0),
    ("Khen thưởng đã nhận", "Commendations received", 0),
    ("Mô hình chuyển sang đơn vị kế thừa", "Nominations moved to a successor unit", 0),
    ("Văn bản đến (sổ theo dõi)", "Receipts register entries", 0),
    ("Gói hồ sơ đã nhận", "Bundles received", 0),
    ("Các bước gửi lên cấp trên", "Steps of sending upward", 0),
    ("Nhật ký thao tác", "Audit log entries", 73),
    (
        "Đơn vị xếp vào khối, cụm (đã có trên máy chủ, không chép lại)",
        "Units placed in blocs and clusters (already on the server, not copied)",
        0,
    ),
    (
        "Kế hoạch nhân rộng của đơn vị (đã có trên máy chủ, không chép lại)",
        "Units' replication plans (already on the server, not copied)",
        0,
    ),
    (
        "Cài đặt của cơ quan (giữ lại trong tệp, không chuyển)",
        "Office settings (stay with the office, not moved)",
        3,
    ),
    (
        "Khóa ký của cơ quan (giữ lại trong tệp, không chuyển)",
        "Signing keys (stay with the office, not moved)",
        0,
    ),
    (
        "Chứng thư được tin cậy (giữ lại trong tệp, không chuyển)",
        "Trusted certificates (stay with the office, not moved)",
        0,
    ),
]


@pytest.mark.parametrize(("lang", "column"), [("vi", 0), ("en", 1)])
def test_server_import_file_reports_in_the_clerks_language(pg_url, demo_path, lang, column):
    """The report named tables and keys in English ("criterion_check", "units matched by code")
    under a Vietnamese heading: every line is in the UI language, in plain words, one
    ``label<TAB>count`` line per kind, the counts as the move made them."""
    from hagiang_desktop.storage.location import ServerLocation
    from tests.engines import run_command

    done = run_command("server", "import-file", "--db", pg_url, str(demo_path), lang=lang)
    assert done.returncode == 0, done.stderr
    heading, *lines = done.stdout.splitlines()
    server = server_names.for_people(ServerLocation(pg_url), lang)  # "t1 (máy này, cổng 54329)", not the URL
    if lang == "vi":
        assert heading == (
            f"Đã chuyển toàn bộ dữ liệu của tệp {demo_path} vào cơ sở dữ liệu {server}, "
            "trong một giao dịch. Chi tiết:"
        )
    else:
        assert heading == (
            f"Moved all the data of {demo_path} into the server database {server}, in one transaction. "
            "What moved:"
        )
    assert lines == [f"{row[column]}\t{row[2]}" for row in _DEMO_REPORT]
