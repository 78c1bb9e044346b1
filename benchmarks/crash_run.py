"""Kill a writing process at random moments and check that no acknowledged nomination is lost.

A child process opens the office database the way the program does (one-writer lock, WAL,
``synchronous=FULL``) and saves nominations in a loop through the real service, writing each id
to a pipe *after* ``save_nomination`` returned — that is, after the commit the clerk would have
been told about. The parent kills it with SIGKILL at a random moment, then checks:

* ``PRAGMA integrity_check`` is ``ok``;
* every acknowledged id is in the database (durability of returned commits);
* the lock was released by the kill (the next child takes it again).

Two more kinds of kill (issue #18) land in the other moments that write files:

* **creation**: a child creates a new database (the first start: tables, plan, the whole
  directory seeded) and is killed at a random moment; then the file at the target must be
  either absent or whole (our schema at the newest revision, integrity ``ok``, the directory
  seeded). A file that is there but not whole and that the program would open anyway is a
  *half-created file left usable* (must be 0); the next start must open or create it.
* **bundle build**: a child builds full bundles of a district with a signing key, one after the
  other, and is killed at a random moment; then every ``*.zip`` in the output folder must carry a
  sequence the database recorded as built (an *orphaned sequence* otherwise, must be 0: a retry
  would reuse it and the province would refuse it as a replay), every acknowledged build must
  be recorded, and the next build must take a sequence no file has.

SIGKILL tests the process dying, not the machine losing power: the OS page cache survives.
``synchronous=FULL`` is what carries the same promise through a power cut.

Usage: ``python -m benchmarks.crash_run --kills 200 [--db PATH] [--seed N]`` (POSIX only); 20 % of
the kills land in creations and 20 % in bundle builds (``--create-share``, ``--bundle-share``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sqlite3
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NoReturn

from hagiang_desktop.core.kinds import Channel, NomineeKind
from hagiang_desktop.services.nominations import NominationInput, save_nomination
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage import migrate, schema_check
from hagiang_desktop.storage.backup import integrity_problems
from hagiang_desktop.storage.errors import DatabaseOpenError


@dataclass
class CrashStats:
    """What a run of kills found.

    Attributes:
        kills: children killed.
        acknowledged: ids the children reported as committed.
        lost: acknowledged ids missing after a kill (must be empty).
        integrity_failures: kills after which the integrity check failed (must be 0).
        killed_before_first_commit: kills that landed while the child was still opening.
        seconds: wall time.
    """

    kills: int = 0
    acknowledged: int = 0
    lost: list[int] = field(default_factory=list)
    integrity_failures: int = 0
    killed_before_first_commit: int = 0
    seconds: float = 0.0
    creation_kills: int = 0
    created_whole: int = 0
    half_created: int = 0
    half_created_usable: int = 0
    reopen_failures: int = 0
    bundle_kills: int = 0
    bundles_acknowledged: int = 0
    bundles_lost: int = 0
    orphaned_sequences: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether nothing was lost, the files stayed sound and no sequence was orphaned."""
        return (
            not self.lost
            and self.integrity_failures == 0
            and self.half_created_usable == 0
            and self.reopen_failures == 0
            and self.bundles_lost == 0
            and not self.orphaned_sequences
        )


def prepare(db: Path) -> None:
    """Create the database (directory seeded) that the children write into."""
    open_workspace(db).close()


def _child(db: Path, out: int) -> NoReturn:
    """Save nominations forever, writing each id to ``out`` once its commit has returned."""
    status = 0
    try:
        ws = open_workspace(db, seed_directory=False, lock=True)
        criteria = {c.code: "" for c in ws.plan.criteria_for("2.3", NomineeKind.INDIVIDUAL)}
        n = 0
        while True:
            n += 1
            result = save_nomination(
                ws,
                NominationInput(
                    kind=NomineeKind.INDIVIDUAL,
                    field_code="2.3",
                    name=f"Giáo viên thứ {n} ở Lũng Cú",
                    registering_unit_code="00715",
                    checks=criteria,
                    received_on=date(2018, 4, 10),
                    channel=Channel.PAPER,
                    achievements="Dạy chữ cho trẻ em vùng cao " * 20,
                ),
            )
            os.write(out, f"{result.id}\n".encode())
    except BaseException:  # noqa: BLE001 - report anything but never return into the parent's code
        status = 3
    finally:
        os._exit(status)


def _read_ready(fd: int, buffer: bytearray, timeout: float) -> None:
    ready, _, _ = select.select([fd], [], [], timeout)
    if ready:
        chunk = os.read(fd, 65536)
        buffer.extend(chunk)


def one_kill(db: Path, rng: random.Random, stats: CrashStats, *, max_delay: float = 0.25) -> None:
    """Fork a writer, kill it at a random moment, and check the database."""
    pid, r = _fork(lambda w: _child(db, w))
    buffer = bytearray()
    deadline = time.monotonic() + 20
    if rng.random() < 0.15:
        # sometimes kill while it is still opening (lock, pragmas, migration check)
        time.sleep(rng.uniform(0, 0.05))
    else:
        while b"\n" not in buffer and time.monotonic() < deadline:
            _read_ready(r, buffer, 0.05)
        _wait(r, buffer, rng.uniform(0, max_delay))
    lines = _kill_and_read(pid, r, buffer)
    ids = [int(line) for line in lines]
    stats.kills += 1
    stats.acknowledged += len(ids)
    if not ids:
        stats.killed_before_first_commit += 1
    # Open read-write, as the next start of the program does (a read-only connection could not
    # run WAL recovery after a crash).
    con = sqlite3.connect(db)
    try:
        present = {row[0] for row in con.execute("SELECT id FROM nomination")}
    finally:
        con.close()
    stats.lost.extend(i for i in ids if i not in present)
    if integrity_problems(db):
        stats.integrity_failures += 1


def _fork(child: Callable[[int], NoReturn]) -> tuple[int, int]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(r)
        child(w)
    os.close(w)
    return pid, r


def _kill_and_read(pid: int, r: int, buffer: bytearray) -> list[str]:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(r, 65536):  # what it wrote before dying
        buffer.extend(chunk)
    os.close(r)
    return [line for line in bytes(buffer).decode().split("\n") if line.strip()]


def _wait(r: int, buffer: bytearray, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        _read_ready(r, buffer, max(0.0, end - time.monotonic()))


# --- kills during the creation of a database ----------------------------------------------------


def _creating_child(target: Path, out: int) -> NoReturn:
    status = 0
    try:
        open_workspace(target).close()
        os.write(out, b"created\n")
    except BaseException:  # noqa: BLE001 - never return into the parent's code
        status = 3
    finally:
        os._exit(status)


def _whole(path: Path) -> bool:
    """Tell whether a database file is complete: our newest schema, sound, plan set, directory seeded."""
    try:
        state, revision = schema_check.file_state(path)
        if state != schema_check.OURS or revision != migrate.head_revision() or integrity_problems(path):
            return False
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            units = con.execute("SELECT count(*) FROM unit").fetchone()[0]
            plan = con.execute("SELECT count(*) FROM setting WHERE key = 'plan_id'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return units > 0 and plan == 1


def one_creation_kill(folder: Path, rng: random.Random, stats: CrashStats, *, max_delay: float) -> None:
    """Fork a child creating a new database, kill it at a random moment, check what is left."""
    target = folder / f"new-{stats.creation_kills}.sqlite3"
    pid, r = _fork(lambda w: _creating_child(target, w))
    buffer = bytearray()
    _wait(r, buffer, rng.uniform(0, max_delay))
    acknowledged = _kill_and_read(pid, r, buffer)
    stats.creation_kills += 1
    stats.kills += 1
    if target.exists() and not _whole(target):
        stats.half_created += 1
        try:  # would the program work on it as if it were a database? (it must refuse it)
            open_workspace(target, read_only=True, seed_directory=False).close()
            stats.half_created_usable += 1
        except DatabaseOpenError:
            pass
        return
    if target.exists():
        stats.created_whole += 1
    elif acknowledged:
        stats.half_created_usable += 1  # told "created" and no file: counted as a failure too
    try:  # the next start opens the whole file, or creates it anew
        open_workspace(target).close()
    except DatabaseOpenError:
        stats.reopen_failures += 1


# --- kills during bundle build --------------------------------------------------------------------

PASSPHRASE = "mật khẩu Đồng Văn"


def prepare_district(db: Path) -> None:
    """A demo district with a signing key, whose full list is what each build sends."""
    from hagiang_desktop.services import keys
    from hagiang_desktop.services.demo import create_demo_database

    ws = create_demo_database(db)
    try:
        keys.create_identity(ws, PASSPHRASE)
    finally:
        ws.close()


def _building_child(db: Path, folder: Path, out: int) -> NoReturn:
    """Build full bundles one after the other, writing each sequence once build_bundle returned."""
    from hagiang_desktop.services import bundles

    status = 0
    try:
        ws = open_workspace(db, seed_directory=False, lock=True)
        n = 0
        while True:
            n += 1
            built = bundles.build_bundle(
                ws,
                folder / f"bundle-{os.getpid()}-{n}.zip",
                PASSPHRASE,
                # "sign": the documents are made, the zip is being written and then recorded
                progress=lambda _percent, step: os.write(out, b"sign\n") if step == "sign" else None,
            )
            os.write(out, f"built {built.sequence}\n".encode())
    except BaseException:  # noqa: BLE001 - never return into the parent's code
        status = 3
    finally:
        os._exit(status)


def _zip_sequence(path: Path) -> int | None:
    try:
        with zipfile.ZipFile(path) as archive:
            return int(json.loads(archive.read("manifest.json"))["sequence"])
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None


def _recorded_sequences(db: Path) -> set[int]:
    con = sqlite3.connect(db)  # read-write: WAL recovery after the kill, as the next start does
    try:
        rows = con.execute("SELECT sequence FROM upward_event WHERE sequence IS NOT NULL").fetchall()
    finally:
        con.close()
    return {int(row[0]) for row in rows}


def one_bundle_kill(
    db: Path, folder: Path, rng: random.Random, stats: CrashStats, *, max_delay: float
) -> None:
    """Fork a child building bundles, kill it at a random moment, check files against the database."""
    pid, r = _fork(lambda w: _building_child(db, folder, w))
    buffer = bytearray()
    if rng.random() < 0.3:
        _wait(r, buffer, rng.uniform(0, max_delay))  # anywhere: opening, making the documents…
    else:
        # Mostly in the moments that matter: the zip being written, recorded and renamed.
        deadline = time.monotonic() + 30
        while b"sign" not in buffer and time.monotonic() < deadline:
            _read_ready(r, buffer, 0.05)
        _wait(r, buffer, rng.uniform(0, 0.6))
    lines = _kill_and_read(pid, r, buffer)
    acknowledged = [int(line.split()[1]) for line in lines if line.startswith("built ")]
    stats.bundle_kills += 1
    stats.kills += 1
    stats.bundles_acknowledged += len(acknowledged)
    recorded = _recorded_sequences(db)
    stats.bundles_lost += sum(1 for seq in acknowledged if seq not in recorded)
    for path in folder.glob("*.zip"):  # what a clerk sees and sends (temporary files are hidden)
        seq = _zip_sequence(path)
        if seq is None or seq not in recorded:
            stats.orphaned_sequences.append(seq or -1)
            path.unlink()  # counted once
    if integrity_problems(db):
        stats.integrity_failures += 1


def crash_loop(
    db: Path,
    kills: int,
    *,
    seed: int = 0,
    max_delay: float = 0.25,
    create_share: float = 0.0,
    bundle_share: float = 0.0,
    create_delay: float = 2.0,
    bundle_delay: float = 4.0,
) -> CrashStats:
    """Run ``kills`` fork-and-kill rounds: writes into ``db`` (created if missing), creations, builds.

    Args:
        db: the database the writers write into.
        kills: kills in all.
        seed: the random seed (moments and kinds of kill).
        max_delay: the longest wait after a writer's first commit before its kill.
        create_share: the share of kills that land in the creation of a new database.
        bundle_share: the share of kills that land in bundle builds.
        create_delay: the longest wait before killing a creation (a creation takes about a second).
        bundle_delay: the longest wait before killing a builder (a build takes a second or more).
    """
    if not db.exists():
        prepare(db)
    rng = random.Random(seed)
    stats = CrashStats()
    started = time.perf_counter()
    creations = round(kills * create_share)
    builds = round(kills * bundle_share)
    kinds = ["create"] * creations + ["bundle"] * builds + ["write"] * (kills - creations - builds)
    rng.shuffle(kinds)
    with tempfile.TemporaryDirectory(prefix="hagiang-crash-") as scratch:
        work = Path(scratch)
        district = work / "district.sqlite3"
        out = work / "bundles"
        if builds:
            prepare_district(district)
            out.mkdir()
        for kind in kinds:
            if kind == "create":
                one_creation_kill(work, rng, stats, max_delay=create_delay)
            elif kind == "bundle":
                one_bundle_kill(district, out, rng, stats, max_delay=bundle_delay)
            else:
                one_kill(db, rng, stats, max_delay=max_delay)
    stats.seconds = time.perf_counter() - started
    return stats


def main(argv: list[str] | None = None) -> int:
    """Run the long crash test and print its result."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crash_run")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--max-delay", type=float, default=0.4)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--create-share", type=float, default=0.2, help="share of kills during creation")
    parser.add_argument("--bundle-share", type=float, default=0.2, help="share of kills during bundle build")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "crash.sqlite3"
        stats = crash_loop(
            db,
            args.kills,
            seed=args.seed,
            max_delay=args.max_delay,
            create_share=args.create_share,
            bundle_share=args.bundle_share,
        )
        con = sqlite3.connect(db)
        rows = con.execute("SELECT count(*) FROM nomination").fetchone()[0]
        con.close()
    print(  # noqa: T201 - a benchmark's report
        f"kills={stats.kills} acknowledged={stats.acknowledged} rows={rows} lost={len(stats.lost)} "
        f"integrity_failures={stats.integrity_failures} "
        f"killed_before_first_commit={stats.killed_before_first_commit}\n"
        f"creation_kills={stats.creation_kills} created_whole={stats.created_whole} "
        f"half_created={stats.half_created} half_created_usable={stats.half_created_usable} "
        f"reopen_failures={stats.reopen_failures}\n"
        f"bundle_kills={stats.bundle_kills} bundles_acknowledged={stats.bundles_acknowledged} "
        f"bundles_lost={stats.bundles_lost} orphaned_sequences={len(stats.orphaned_sequences)}\n"
        f"seconds={stats.seconds:.1f}"
    )
    return 0 if stats.ok else 1


if __name__ == "__main__":
    sys.exit(main())
