"""Every subcommand with a missing, unknown or malformed value for each of its options (#20).

The contract (README, common brief): exit 1 on failure, 2 on bad usage, one line on stderr in
the UI language, never a traceback, and the database untouched. The sweep walks the real
parser, so a new subcommand or option is swept too (and must have a base line here).

Run in-process (``run_cli``) to stay fast; a few subprocess runs check the real entry point.
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hagiang_desktop.cli.common import OUT_SUFFIXES
from hagiang_desktop.cli.main import build_parser, run_cli
from hagiang_desktop.cli.messages import MESSAGES
from tests.engines import every_row

#: A valid-looking command line per subcommand ({db}, {dir}, {pass}, {zip}… are filled in); each
#: option's value is then replaced, one at a time, by each malformed value of its kind.
BASES: dict[str, list[str]] = {
    "units list": ["--db", "{db}", "--parent", "02"],
    "units export": ["--db", "{db}", "--out", "{dir}/units.csv", "--root", "02"],
    "units import": ["--db", "{db}", "{garbage}.csv"],
    "units groups-import": ["--db", "{db}", "{garbage}.csv"],
    "demo": ["--db", "{db}"],
    "nominations list": ["--db", "{db}", "--unit", "02", "--status", "selected"],
    "nominations import": ["{garbage}.xlsx", "--db", "{db}", "--unit", "026", "--received", "2018-04-10"],
    "dashboard": ["--db", "{db}", "--as-of", "2018-04-10", "--call-list", "{dir}/goi.xlsx"],
    "check": ["--db", "{db}"],
    "backup": ["--db", "{db}", "--out", "{dir}/backup.sqlite3"],
    "restore": ["--db", "{db}", "--from", "{garbage}.sqlite3"],
    "purge": ["--db", "{db}", "--id", "999999"],
    "keys create": ["--db", "{db}", "--passphrase-file", "{pass}"],
    "keys list": ["--db", "{db}"],
    "keys export-cert": ["--db", "{db}", "--out", "{dir}/cert.pem"],
    "keys form": ["--db", "{db}", "--out", "{dir}/form.pdf"],
    "keys backup": ["--db", "{db}", "--passphrase-file", "{pass}", "--out", "{dir}/key.p12"],
    "keys restore": ["--db", "{db}", "--passphrase-file", "{pass}", "{garbage}.p12"],
    "keys modules": [],
    "keys tokens": ["--module", "/usr/lib/softhsm/libsofthsm2.so"],
    "keys use-token": ["--db", "{db}", "--module", "/usr/lib/softhsm/libsofthsm2.so", "--pin-file", "{pass}"],
    "keys use-software": ["--db", "{db}"],
    "keys timestamp-server": ["--db", "{db}", "http://127.0.0.1:9/tsa"],
    "keys stamp-image": ["--db", "{db}", "{garbage}.png"],
    "bundle build": ["--db", "{db}", "--passphrase-file", "{pass}", "--out", "{dir}/goi.zip"],
    "bundle verify": ["{zip}", "--trust", "{garbage}.pem", "--plan", "127/KH-UBND", "--ca", "{garbage}.pem"],
    "bundle trust": ["--db", "{db}", "{garbage}.pem"],
    "bundle trusted": ["--db", "{db}"],
    "bundle trust-ca": ["--db", "{db}", "{garbage}.pem"],
    "bundle trusted-cas": ["--db", "{db}"],
    "bundle distrust-ca": ["--db", "{db}", "AB:CD"],
    "bundle import": ["{zip}", "--db", "{db}"],
    "bundle inbox": ["--db", "{db}", "--as-of", "2018-04-10"],
    "bundle return": [
        "--db",
        "{db}",
        "--passphrase-file",
        "{pass}",
        "--nomination",
        "1",
        "--reason",
        "x",
        "--out",
        "{dir}/r.zip",
    ],  # fmt: skip
    "bundle mode": ["--db", "{db}"],
    "bundle import-return": ["{zip}", "--db", "{db}"],
    "template": ["--db", "{db}", "--unit", "026", "--out", "{dir}/mau.xlsx"],
    "export list": ["--db", "{db}", "--out", "{dir}/ds.xlsx", "--unit", "026"],
    "export forms": ["--db", "{db}", "--out", "{dir}/phieu.pdf", "--unit", "026", "--id", "1"],
    "export list-pdf": ["--db", "{db}", "--out", "{dir}/ds.pdf"],
    "export followup": ["--db", "{db}", "--out", "{dir}/tt.xlsx", "--stage", "2018", "--as-of", "2018-04-10"],
    "pdf verify": ["{zip}", "--trust", "{garbage}.pem"],
    "followup list": ["--db", "{db}", "--stage", "2018", "--as-of", "2018-04-10"],
    "own-plan record": [
        "--db",
        "{db}",
        "--unit",
        "026",
        "--number",
        "45/KH-UBND",
        "--date",
        "2018-04-20",
        "--sent",
        "2018-04-25",
    ],  # fmt: skip
    "own-plan show": ["--db", "{db}", "--unit", "026", "--as-of", "2018-04-10"],
    "export letter": ["--db", "{db}", "--out", "{dir}/cong-van.pdf"],
    "office show": ["--db", "{db}", "--document", "list"],
    "office set": ["--db", "{db}", "--document", "list", "--authority", "KT", "--signer-name", "A"],
    "server init": ["--db", "{db}"],  # a file here: refused as usage (a server URL is needed, #22)
    "server import-file": ["--db", "{db}", "{garbage}.sqlite3"],
}

#: Options whose every value is legitimate (free text): nothing malformed to try.
FREE_TEXT = {"--search", "--reason", "--token-label", "--key-label", "--key-id"}
#: The office's letterhead texts (#15): an empty one is a value too ("--superior ''": no line).
FREE_TEXT |= {"--superior", "--issuer", "--symbol", "--signer-title", "--signer-name", "--recipients"}
#: Options whose value is a unit code.
UNIT_CODES = {"--parent", "--root", "--unit"}


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*prefix, name))
            return
    yield " ".join(prefix), parser


def _bad_values(action: argparse.Action, command: str) -> list[tuple[str, str]]:
    """(label, value) pairs that must all be refused for this option."""
    flag = action.option_strings[0] if action.option_strings else action.dest
    if flag in FREE_TEXT:
        return []
    if action.choices:
        return [("unknown choice", "bogus")]
    if action.type is int:
        return [("not a number", "abc"), ("unknown id", "987654")]
    if getattr(action.type, "__name__", "") == "parse_date":
        return [("bad date", "2018-02-30"), ("not a date", "hôm qua")]
    if flag in UNIT_CODES:
        return [("unknown unit", "ZZZ")]
    if flag == "--status":
        return [("unknown status", "bogus")]
    if flag == "--plan":
        return [("other plan", "1/KH-UBND")]
    if flag in ("--map", "--encoding"):
        return [("no equals sign", "abc"), ("unknown choice", "A=bogus")]
    if flag in ("--field", "--sheet"):
        return [("unknown", "99.9")]
    if action.type is Path and flag in ("--out", "--call-list"):
        suffix = OUT_SUFFIXES.get(command, (".bin",))[0]
        cases = [("missing parent", f"{{dir}}/khong-co/x{suffix}"), ("read-only place", f"/proc/x{suffix}")]
        if command != "backup":  # backup --out takes a folder on purpose
            cases.append(("folder", "{dir}"))
        if command in OUT_SUFFIXES:
            cases.append(("wrong extension", "{dir}/x.txt"))
        return cases
    if action.type is Path or getattr(action.type, "__name__", "") == "db_location_arg":
        cases = [("folder", "{dir}"), ("/dev/zero", "/dev/zero")]
        if command != "demo":  # demo --db names the file to create
            cases.append(("missing file", "{dir}/khong-co.zip"))
        return cases
    return [("empty", "")]  # an option added since: at least an empty value must be refused


def _cases():
    for command, parser in _commands(build_parser()):
        base = BASES.get(command)
        if base is None:  # a subcommand added since: test_every_subcommand_has_a_base_line says so
            continue
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction) or action.nargs == 0:
                continue
            flag = action.option_strings[0] if action.option_strings else None
            for label, value in _bad_values(action, command):
                if flag is None:  # positional: its base value is the first that is not an option's
                    positions = [
                        i
                        for i, arg in enumerate(base)
                        if not arg.startswith("--") and (i == 0 or not base[i - 1].startswith("--"))
                    ]
                    if not positions:  # optional positional absent from the base: add it
                        yield command, action.dest, label, [*command.split(), *base, value]
                        continue
                    args = list(base)
                    args[positions[0]] = value
                elif flag in base:
                    args = list(base)
                    args[base.index(flag) + 1] = value
                else:
                    args = [*base, flag, value]
                yield command, flag or action.dest, label, [*command.split(), *args]


CASES = list(_cases())


def test_every_subcommand_has_a_base_line():
    commands = {command for command, _parser in _commands(build_parser())}
    assert commands == set(BASES)


@pytest.fixture(scope="module")
def sweep_files(tmp_path_factory, _demo_template):
    folder = tmp_path_factory.mktemp("sweep")
    (folder / "pass.txt").write_text("mật khẩu\n", encoding="utf-8")
    for suffix in (".csv", ".xlsx", ".sqlite3", ".p12", ".pem"):
        (folder / f"rac{suffix}").write_bytes(os.urandom(600))
    with zipfile.ZipFile(folder / "goi.zip", "w") as archive:
        archive.writestr("manifest.json", "{}")
    import shutil

    shutil.copyfile(_demo_template, folder / "demo.sqlite3")
    return folder


def _fill(args: list[str], folder: Path, work: Path, db: object = None) -> list[str]:
    values = {
        "{db}": str(db or folder / "demo.sqlite3"),
        "{pass}": str(folder / "pass.txt"),
        "{zip}": str(folder / "goi.zip"),
        "{garbage}": str(folder / "rac"),
        "{dir}": str(work),
    }
    filled = []
    for arg in args:
        for key, value in values.items():
            arg = arg.replace(key, value)
        filled.append(arg)
    return filled


def test_the_sweep(sweep_files, demo_location, tmp_path, capsys, monkeypatch):
    """All cases in one test: one database dump to compare, one demo copy, well under a minute.

    On a server (#22) only the cases that reach the database run again: the others (a bad
    ``--db``, a command without one) are the same on both.
    """
    monkeypatch.setattr("getpass.getpass", lambda *a, **k: pytest.fail("the sweep must never prompt"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    on_server = not isinstance(demo_location, Path)
    db = demo_location if on_server else sweep_files / "demo.sqlite3"
    before = every_row(db)
    unexpected = MESSAGES["unexpected"][0].split("(")[0]
    failures = []
    for command, option, label, raw in CASES:
        work = tmp_path / f"w{len(failures)}"
        work.mkdir(exist_ok=True)
        args = _fill(raw, sweep_files, work, db)
        if on_server and str(db) not in args:
            continue
        if any("softhsm" in arg for arg in args):
            # A PKCS#11 driver initialises once per process: loaded here, before the token tests
            # set SOFTHSM2_CONF, it would keep the empty default configuration for the session.
            done = subprocess.run(
                [sys.executable, "-m", "hagiang_desktop", *args],
                capture_output=True,
                text=True,
                timeout=120,
                env={**os.environ, "HAGIANG_LANG": "vi"},
            )
            status, err = done.returncode, done.stderr
        else:
            try:
                status = run_cli(args)
            except SystemExit as stop:  # argparse's usage errors
                status = stop.code
            _out, err = capsys.readouterr()
        lines = err.strip().splitlines()
        problem = None
        if status not in (1, 2):
            problem = f"exit {status}"
        elif len(lines) != 1:
            problem = f"{len(lines)} stderr lines: {err[:300]!r}"
        elif "Traceback" in err or unexpected in err:
            problem = f"not a message of ours: {err[:300]!r}"
        if problem:
            failures.append(f"{command} {option} ({label}): {problem}")
    assert every_row(db) == before
    assert not failures, "\n".join(failures)
    assert len(CASES) > 150


def test_cases_are_counted():
    # The report quotes this number; the sweep must cover each option of each subcommand.
    assert len({(c, o) for c, o, _l, _a in CASES}) >= 60


@pytest.mark.parametrize(
    "args",
    [
        ["units", "list", "--parent", "ZZZ"],
        ["nominations", "list", "--unit", "ZZZ"],
        ["export", "list", "--out", "{dir}/ds.pdf"],
        ["keys", "backup", "--passphrase-file", "/dev/zero", "--out", "{dir}/k.p12"],
    ],
    ids=["units list --parent ZZZ", "nominations list --unit ZZZ", "export list --out x.pdf", "/dev/zero"],
)
def test_through_the_real_entry_point(sweep_files, tmp_path, args):
    filled = _fill(args, sweep_files, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "hagiang_desktop", "--db", str(sweep_files / "demo.sqlite3"), *filled],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HAGIANG_LANG": "vi"},
    )
    assert done.returncode in (1, 2)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.iterdir())  # nothing written: the .pdf that held a workbook is gone


def test_a_passphrase_file_with_a_bom_is_read_as_its_text(tmp_path):
    from hagiang_desktop.cli.keys import passphrase_from_file

    path = tmp_path / "pass.txt"
    path.write_bytes("\ufeffmật khẩu Đồng Văn\r\n".encode())
    assert passphrase_from_file(path) == "mật khẩu Đồng Văn"


def test_lock_contention_is_one_line_after_the_busy_timeout(demo_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("hagiang_desktop.storage.db.BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for args in (
            ["bundle", "mode", "province"],
            ["export", "list", "--out", str(tmp_path / "ds.xlsx")],
            ["nominations", "import", str(tmp_path / "x.csv"), "--unit", "026"],
        ):
            (tmp_path / "x.csv").write_text("Tên mô hình,Lĩnh vực\nA,2.3\n", encoding="utf-8")
            status = run_cli(["--db", str(demo_path), *args])
            err = capsys.readouterr().err
            assert status == 1, (args, err)
            assert len(err.strip().splitlines()) == 1
            assert "Traceback" not in err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
