from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type Vietnamese text into a widget one key event per character.

    ``qtbot.keyClicks`` maps ASCII only and aborts on "Mèo Vạc" (tech-notes): send the text
    itself with each event, as an input method such as Unikey does.
    """
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Collect cyclic garbage on the UI thread only, as the program does (``ui.collector``).

    Left to Python, a collection that a worker thread happens to trigger (the next test's
    directory figures, a picker's list) destroys the window and dialogs in those cycles on that
    thread, which crashes Qt (seen: a segmentation fault in a worker's ``list_units``). What is
    left when the test ends is collected here, and Python gets its collector back for the tests
    that follow outside ``tests/ui``.
    """
    from hagiang_desktop.ui.collector import install_collector

    collector = install_collector(qapp)
    yield
    collector.stop()
    collector.deleteLater()
    gc.collect()


@pytest.fixture
def vietnamese() -> Iterator[None]:
    """The program's Vietnamese translators installed for one test, the earlier ones put back."""
    from hagiang_desktop.ui import i18n

    app = QApplication.instance()
    locale, had = QLocale(), list(i18n._installed)
    i18n.install_translator(app, "vi")
    yield
    for translator in list(i18n._installed):
        app.removeTranslator(translator)
    i18n._installed[:] = had
    for translator in had:
        app.installTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record message boxes instead of blocking on them (the answer is "Yes"/"Discard")."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


def log_receipt_on(qtbot: Any, board: Any, code: str, doc_number: str = "15/UBND") -> None:
    """Log a paper receipt of 12/4/2018 from ``code`` through the dashboard's receipt dialog.

    Returns once the dashboard shows its figures again (the register changed).
    """
    from PySide6.QtCore import QDate, QTimer

    from hagiang_desktop.core.kinds import Channel
    from hagiang_desktop.ui.widgets.receipts_register import ReceiptDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReceiptDialog)
        dialog.unit_picker.set_code(code)
        dialog.date_edit.setDate(QDate(2018, 4, 12))
        dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(str(Channel.PAPER)))
        type_text(dialog.doc_edit, doc_number)
        dialog.accept()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(board.refreshed, timeout=60_000):
        board.receipts.add_button.click()


def _quiet(window: Any) -> None:
    """Let a window close at teardown without a question: no unsaved form, no preview left open."""
    window.nominations_tab._dirty = False
    preview = window.export_actions.preview
    if preview is not None:
        preview.close()


@pytest.fixture
def open_window(qtbot: Any) -> Callable[..., Any]:
    """Open the real main window on a workspace, shown; teardown never blocks on a question.

    ``open_window(ws, as_of=date(2018, 4, 26), active=True, tab="nominations_tab")``: the
    dashboard's day (20/4/2018 unless given), wait until the window is active (for keyboard
    focus) rather than only shown, and the tab to bring forward.
    """

    def open_(
        ws: Any, *, as_of: date = date(2018, 4, 20), active: bool = False, tab: str | None = None
    ) -> Any:
        from hagiang_desktop.ui.main_window import MainWindow

        window = MainWindow(ws, as_of=as_of)
        qtbot.addWidget(window, before_close_func=_quiet)
        window.show()
        if tab is not None:
            window.tabs.setCurrentWidget(getattr(window, tab))
        if active:
            window.activateWindow()
            qtbot.waitActive(window)
        else:
            qtbot.waitExposed(window)
        return window

    return open_
