"""Kill a writing process at random moments and check that no acknowledged nomination is lost.

A child process opens the office database the way the program does (one-writer lock, WAL,
``synchronous=FULL``) and saves nominations in a loop through the real service, writing each id
to a pipe *after* ``save_nomination`` returned — that is, after the commit the clerk would have
been told about. The parent kills it with SIGKILL at a random moment, then checks:

* ``PRAGMA integrity_check`` is ``ok``;
* every acknowledged id is in the database (durability of returned commits);
* the lock was released by the kill (the next child takes it again).

SIGKILL tests the process dying, not the machine losing power: the OS page cache survives.
``synchronous=FULL`` is what carries the same promise through a power cut.

Usage: ``python -m benchmarks.crash_run --kills 200 [--db PATH] [--seed N]`` (POSIX only).
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NoReturn

from hagiang_desktop.core.kinds import Channel, NomineeKind
from hagiang_desktop.services.nominations import NominationInput, save_nomination
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.backup import integrity_problems


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

    @property
    def ok(self) -> bool:
        """Tell whether nothing was lost and the file stayed sound."""
        return not self.lost and self.integrity_failures == 0


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
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(r)
        _child(db, w)
    os.close(w)
    buffer = bytearray()
    deadline = time.monotonic() + 20
    if rng.random() < 0.15:
        # sometimes kill while it is still opening (lock, pragmas, migration check)
        time.sleep(rng.uniform(0, 0.05))
    else:
        while b"\n" not in buffer and time.monotonic() < deadline:
            _read_ready(r, buffer, 0.05)
        end = time.monotonic() + rng.uniform(0, max_delay)
        while time.monotonic() < end:
            _read_ready(r, buffer, max(0.0, end - time.monotonic()))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while True:  # what it wrote before dying
        chunk = os.read(r, 65536)
        if not chunk:
            break
        buffer.extend(chunk)
    os.close(r)
    ids = [int(line) for line in bytes(buffer).decode().split("\n") if line.strip()]
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


def crash_loop(db: Path, kills: int, *, seed: int = 0, max_delay: float = 0.25) -> CrashStats:
    """Run ``kills`` fork-and-kill rounds against ``db`` (created if missing)."""
    if not db.exists():
        prepare(db)
    rng = random.Random(seed)
    stats = CrashStats()
    started = time.perf_counter()
    for _ in range(kills):
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
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "crash.sqlite3"
        stats = crash_loop(db, args.kills, seed=args.seed, max_delay=args.max_delay)
        con = sqlite3.connect(db)
        rows = con.execute("SELECT count(*) FROM nomination").fetchone()[0]
        con.close()
    print(  # noqa: T201 - a benchmark's report
        f"kills={stats.kills} acknowledged={stats.acknowledged} rows={rows} lost={len(stats.lost)} "
        f"integrity_failures={stats.integrity_failures} "
        f"killed_before_first_commit={stats.killed_before_first_commit} seconds={stats.seconds:.1f}"
    )
    return 0 if stats.ok else 1


if __name__ == "__main__":
    sys.exit(main())
