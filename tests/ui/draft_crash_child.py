"""Child process of the crash-draft test: open the real window, type, wait for the draft, hang.

Run as ``python -m tests.ui.draft_crash_child DB``. It prints ``DRAFT`` once the crash draft is
on disk and then waits to be killed (SIGKILL: no clean-up, no close event, like a power cut).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from hagiang_desktop.services import drafts
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.ui.app import make_application
from hagiang_desktop.ui.main_window import MainWindow

NAME = "Hộ bà Lò Thị Mai"
VILLAGE = "Thôn Séo Lủng"


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def main() -> None:
    """Type into the form of a real window and report when the draft is written."""
    app = make_application()
    ws = open_workspace(Path(sys.argv[1]))
    window = MainWindow(ws)
    window.show()
    form = window.nominations_tab.form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("household"))
    _type(form.name_edit, NAME)
    _type(form.village_edit, VILLAGE)
    form.unit_picker.set_code("00715")  # Xã Lũng Cú
    form.checklist.box(form.checklist.codes()[0]).setChecked(True)

    def wait_for_draft() -> None:
        draft = drafts.load_draft(ws)
        if draft is not None and draft.data.village == VILLAGE:
            print("DRAFT", flush=True)  # noqa: T201
        else:
            QTimer.singleShot(50, wait_for_draft)

    QTimer.singleShot(0, wait_for_draft)
    app.exec()


if __name__ == "__main__":
    main()
