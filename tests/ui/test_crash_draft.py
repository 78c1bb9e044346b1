"""A crash or power cut while typing: the next start restores the typing (issue #4, item 7)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.services import drafts
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.ui.main_window import MainWindow
from tests.ui.draft_crash_child import NAME, VILLAGE

ROOT = Path(__file__).resolve().parents[2]


def _run_child_until_draft(db: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.draft_crash_child", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and "DRAFT" not in line:
            line = child.stdout.readline()  # type: ignore[union-attr]
            if not line and child.poll() is not None:
                break
        assert "DRAFT" in line, child.stderr.read()  # type: ignore[union-attr]
    finally:
        os.kill(child.pid, signal.SIGKILL)  # no close event, no clean-up: like a power cut
        child.wait(timeout=30)
        child.stdout.close()  # type: ignore[union-attr]
        child.stderr.close()  # type: ignore[union-attr]
    assert child.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_typing_survives_a_killed_process_and_is_restored_with_a_message(qtbot, tmp_path, no_dialogs):
    db = tmp_path / "office.sqlite3"
    open_workspace(db).close()  # create and seed it first, as an installed program would have
    _run_child_until_draft(db)

    ws = open_workspace(db)
    try:
        window = MainWindow(ws)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
        messages: list[str] = []
        window.nominations_tab.message.connect(messages.append)
        window.show()
        qtbot.waitExposed(window)
        tab = window.nominations_tab
        form = tab.form
        qtbot.waitUntil(lambda: bool(messages))  # announced once the window is up
        assert window.tabs.currentWidget() is tab
        assert form.kind() == NomineeKind.HOUSEHOLD
        assert form.name_edit.text() == NAME
        assert form.village_edit.text() == VILLAGE
        assert form.checklist.checks()
        assert tab.has_unsaved_changes()
        assert tab.draft_banner.isVisible()
        assert "Ctrl+S" in tab.draft_banner.text()
        assert messages[0] == tab.draft_banner.text()
        assert tab.save()
        assert svc.list_nominations(ws, NominationFilter(search="lo thi mai"))[0].name == NAME
        assert drafts.load_draft(ws) is None
        assert not no_dialogs
    finally:
        ws.close()
