"""Success messages that let the clerk open what was just written (#17).

"Saved to …/danh-sach.xlsx" left the clerk to find the file in Explorer: the message now
ends with two links, "Open the file" and "Open the folder" (QMessageBox opens them with the
system's program).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl


def with_open_links(text: str, path: Path) -> str:
    """Return ``text`` as rich text followed by links opening ``path`` and its folder.

    Args:
        text: the plain message (it keeps the file's full name).
        path: the file written.

    Returns:
        Rich text for a message box.
    """
    file_url = QUrl.fromLocalFile(str(path)).toString()
    folder_url = QUrl.fromLocalFile(str(Path(path).parent)).toString()
    open_file = QCoreApplication.translate("saved", "Open the file")
    open_folder = QCoreApplication.translate("saved", "Open the folder")
    return (
        f"{html.escape(text)}<br><br><a href='{file_url}'>{open_file}</a>"
        f" &nbsp;·&nbsp; <a href='{folder_url}'>{open_folder}</a>"
    )
