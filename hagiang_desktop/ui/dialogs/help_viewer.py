"""The user guide, read inside the program (resources/help/, Markdown with screenshots)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hagiang_desktop.core.resources import resources_dir


def guide_path(language: str) -> Path:
    """Return the guide's main page for a language (Vietnamese when there is no translation)."""
    folder = resources_dir() / "help"
    page = folder / f"guide_{language}.md"
    return page if page.exists() else folder / "guide_vi.md"


class HelpViewer(QDialog):
    """A window showing the user guide with its pictures and internal links.

    Args:
        language: the UI language (``vi`` or ``en``).
    """

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self, objectName="helpBrowser")
        page = guide_path(language)
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)
