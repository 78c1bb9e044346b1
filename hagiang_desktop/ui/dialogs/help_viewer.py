"""The user guide, read inside the program (resources/help/, Markdown with screenshots).

Qt's Markdown reader drops the guide's ``<a name="…">`` anchors, so a table-of-contents link did
nothing (#17): the viewer maps each anchor to the heading that follows it and scrolls there. A
search box finds text in the guide (Enter: next, Shift+Enter: previous).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.resources import resources_dir
from hagiang_desktop.ui.fit import fit_to_screen

_ANCHOR = re.compile(r'<a name="([^"]+)"></a>\s*\n#+\s+(.+)')


def guide_path(language: str) -> Path:
    """Return the guide's main page for a language (Vietnamese when there is no translation)."""
    folder = resources_dir() / "help"
    page = folder / f"guide_{language}.md"
    return page if page.exists() else folder / "guide_vi.md"


def guide_anchors(page: Path) -> dict[str, str]:
    """Return the guide's anchors and the heading text each one stands before."""
    return {name: title.strip() for name, title in _ANCHOR.findall(page.read_text(encoding="utf-8"))}


class HelpViewer(QDialog):
    """A window showing the user guide with its pictures, internal links and a search box.

    Args:
        language: the UI language (``vi`` or ``en``).
    """

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self, objectName="helpBrowser")
        page = guide_path(language)
        self._anchors = guide_anchors(page)
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        self.browser.setOpenLinks(False)  # internal links are followed here, others ignored
        self.browser.anchorClicked.connect(self.follow)
        self.search = QLineEdit(self, objectName="helpSearch")
        self.search.setPlaceholderText(self.tr("Find in the guide (Enter: next)"))
        self.search.setClearButtonEnabled(True)
        self.found_label = QLabel(self, objectName="helpFound")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.found_label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(900, 700))

    def follow(self, url: QUrl) -> bool:
        """Scroll to an internal link's heading; return whether it was found."""
        title = self._anchors.get(url.fragment())
        if not title:
            return False
        cursor = self.browser.document().find(title, 0)
        if cursor.isNull():
            return False
        self.browser.setTextCursor(cursor)
        # Put the heading at the top, not just somewhere in view.
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.browser.ensureCursorVisible()
        return True

    def find(self, text: str, *, backward: bool = False) -> bool:  # type: ignore[override]  # not QWidget.find(window id)
        """Select the next (or previous) place where ``text`` occurs; wrap round at the end."""
        if not text.strip():
            self.found_label.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # from the other end once
            self.browser.moveCursor(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = self.browser.find(text, flags)
        self.found_label.setText("" if found else self.tr("Not found"))
        return found

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Shift+Enter in the search box finds backwards; Esc clears the search first (Qt override)."""
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            self.find(
                self.search.text(), backward=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            )
            return
        super().keyPressEvent(event)
