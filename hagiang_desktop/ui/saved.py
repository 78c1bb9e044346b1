"""Success messages that let the clerk open what was just written (#17).

"Saved to …/danh-sach.xlsx" left the clerk to find the file in Explorer: the message now
ends with two links, "Open the file" and "Open the folder" (QMessageBox opens them with the
system's program).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl


def open_links(path: Path, *, folder_only: bool = False) -> str:
    """Return the rich-text links "Open the file · Open the folder" for ``path`` (a file).

    Args:
        path: the file written, or the folder when ``folder_only``.
        folder_only: link the folder alone (several files written into it).
    """
    folder = Path(path) if folder_only else Path(path).parent
    folder_url = QUrl.fromLocalFile(str(folder)).toString()
    open_folder = QCoreApplication.translate("saved", "Open the folder")
    folder_link = f"<a href='{folder_url}'>{open_folder}</a>"
    if folder_only:
        return folder_link
    file_url = QUrl.fromLocalFile(str(path)).toString()
    open_file = QCoreApplication.translate("saved", "Open the file")
    return f"<a href='{file_url}'>{open_file}</a> &nbsp;·&nbsp; {folder_link}"


def with_open_links(text: str, path: Path, *, folder_only: bool = False) -> str:
    """Return ``text`` as rich text followed by links opening ``path`` and its folder.

    Args:
        text: the plain message (it keeps the file's full name).
        path: the file written (the folder when ``folder_only``).
        folder_only: link the folder alone (several files written into it).

    Returns:
        Rich text for a message box.
    """
    return f"{html.escape(text)}<br><br>{open_links(path, folder_only=folder_only)}"
