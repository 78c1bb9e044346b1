"""The window's status bar: a message in its own place, left of the office and the database.

Qt paints a temporary message over the bar's normal area, cut off at the first permanent widget
without an ellipsis, and a long permanent widget widened the window. At 1366 px a long result
("Đã nhập 37 mô hình … ") ran up against or under the database path (#17). Here the message is
a label of its own that takes the room left by the office and the path; all three are cut with
"…" to the room they have, each with its whole text in the tooltip, and none widens the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from hagiang_desktop.ui.saved import open_links

__all__ = ["ElidedLabel", "StatusBar"]


class ElidedLabel(QLabel):
    """A one-line label showing as much of its text as fits, "…" for the rest, the whole in its tooltip.

    Args:
        parent: the parent widget.
        mode: where the text is cut (a path in its middle, a message at its end).
        widest: at most this many average characters wide (0: as wide as the text).
        cut_at: cut only before this character ("/": a path loses whole folders, "…/name.sqlite3").
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        widest: int = 0,
        cut_at: str = "",
        objectName: str = "",  # noqa: N803  (Qt's own keyword)
    ) -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._full = ""
        self._head = ""
        self._keep = ""
        self._mode = mode
        self._widest = widest
        self._cut_at = cut_at
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        """Return the whole text (what :meth:`set_full_text` was given)."""
        return self._full

    def set_mode(self, mode: Qt.TextElideMode) -> None:
        """Cut the text elsewhere from now on (a server's words at their end, a path at its start)."""
        self._mode = mode
        self._cut_at = "" if mode != Qt.TextElideMode.ElideLeft else self._cut_at

    def set_full_text(self, text: str, *, head: str = "", keep: str = "") -> None:
        """Show ``text``, cut to the label's width; the whole of it in the tooltip.

        Args:
            text: the text.
            head: a start that is never cut ("Database: " before a path cut from its left).
            keep: an end the label asks room for whatever its :attr:`widest` (a file's name).
        """
        self._head = head
        self._keep = keep
        self._full = head + text
        self.setToolTip(self._full)
        self.updateGeometry()
        # Lay the bar out now, so that the text is cut to its new room at once, not to the old.
        holder = self.parentWidget()
        layout = holder.layout() if holder is not None else None
        if layout is not None:
            layout.activate()
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        """As wide as the whole text, or :attr:`widest` characters if less."""
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self._full) + 2 * self.margin() + 4
        if self._widest:
            kept = metrics.horizontalAdvance(f"{self._head}…{self._keep}") + 2 * self.margin() + 4
            width = min(width, max(self._widest * metrics.averageCharWidth(), kept))
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        """A few characters: the label gives way before the window grows."""
        metrics = self.fontMetrics()
        return QSize(
            min(self.sizeHint().width(), 4 * metrics.averageCharWidth()), super().minimumSizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        """Cut the text again to the new width."""
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt override)
        """Cut the text again when the font changes (Settings → font size)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(0, self.contentsRect().width() - metrics.horizontalAdvance(self._head))
        rest = self._full[len(self._head) :]
        shown = metrics.elidedText(rest, self._mode, width)
        if self._cut_at and shown.startswith("…") and not shown.startswith(f"…{self._cut_at}"):
            at = shown.find(self._cut_at)
            shown = f"…{shown[at:]}" if at > 0 else shown
        super().setText(self._head + shown if self._full else "")


class StatusBar(QStatusBar):
    """A status bar whose messages show in :attr:`message_label`, never over the permanent widgets.

    :meth:`showMessage`, :meth:`clearMessage` and :meth:`currentMessage` keep QStatusBar's
    meaning for the program's own callers (Python); a menu's status tip reaches it through
    :meth:`show_tip` (the main window routes ``QEvent.StatusTip`` here).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = ElidedLabel(self, objectName="statusMessage")
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.message_label, 1)
        # After a file is written: "Open the file · Open the folder" beside the message (#17).
        self.links_label = QLabel(self, objectName="statusLinks")
        self.links_label.setTextFormat(Qt.TextFormat.RichText)
        self.links_label.setOpenExternalLinks(True)
        self.links_label.hide()
        self.addWidget(self.links_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)
        self._tip = False

    def showMessage(self, text: str, timeout: int | None = 0) -> None:  # noqa: N802  (QStatusBar's name)
        """Show ``text`` in the message's place for ``timeout`` ms (0 or None: until the next message)."""
        self._tip = False
        self.links_label.hide()
        self.message_label.set_full_text(text)
        if timeout is not None and timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(text)

    def show_saved(self, text: str, path: Path, timeout: int = 20000, *, folder_only: bool = False) -> None:
        """Show that a file was written, with links opening it and its folder.

        Args:
            text: the message (it names the file).
            path: the file written (the folder when ``folder_only``).
            timeout: how long the message and its links stay, in ms.
            folder_only: link the folder alone (several files written into it).
        """
        self.showMessage(text, timeout)
        self.links_label.setText(open_links(path, folder_only=folder_only))
        self.links_label.show()

    def clearMessage(self) -> None:  # noqa: N802  (QStatusBar's name)
        """Remove the message (and its links)."""
        self._timer.stop()
        self._tip = False
        self.links_label.hide()
        if self.message_label.full_text():
            self.message_label.set_full_text("")
            self.messageChanged.emit("")

    def currentMessage(self) -> str:  # noqa: N802  (QStatusBar's name)
        """Return the message shown (whole, not cut), or ""."""
        return self.message_label.full_text()

    def show_tip(self, tip: str) -> None:
        """Show a menu entry's status tip; an empty tip removes only a tip, never a result."""
        if tip:
            self.showMessage(tip)
            self._tip = True
        elif self._tip:
            self.clearMessage()
