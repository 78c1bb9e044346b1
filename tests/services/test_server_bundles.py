"""Bundles on a shared server (issue #22): two clerks importing the same bundle at the same moment.

On a file the one-writer lock makes this impossible; on a server both clerks work at once, and
the second import must be refused as a replay (not fail half-way, not import twice).
"""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from hagiang_desktop.services import bundles, keys, scope
from hagiang_desktop.services.bundles import BundleProblem
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.models import InboxBundle, Nomination
from tests.services.test_bundles import PROVINCE_PASS, built  # noqa: F401  (fixtures)


def test_the_same_bundle_imported_twice_at_once_goes_in_once(pg_url, _templates, built):  # noqa: F811, PT019
    folder, _built = _templates
    ws = open_workspace(pg_url)
    scope.set_office(ws, "02-SNV")
    keys.restore_key(ws, folder / "province.p12", PROVINCE_PASS)
    bundles.add_trusted(ws, (folder / "dong-van.pem").read_bytes())
    ws.close()

    clerks = [open_workspace(pg_url) for _ in range(2)]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def run(ws):
        start.wait()
        try:
            bundles.import_bundle(ws, built.path)
            outcomes.append("imported")
        except BundleProblem as problem:
            outcomes.append(problem.code)

    threads = [threading.Thread(target=run, args=(ws,)) for ws in clerks]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["imported", "replay"]
        with clerks[0].reading() as session:
            assert session.scalar(select(func.count()).select_from(InboxBundle)) == 1
            total = session.scalar(select(func.count()).select_from(Nomination))
            assert total == session.scalar(select(func.count(func.distinct(Nomination.uid))))
    finally:
        for ws in clerks:
            ws.close()
