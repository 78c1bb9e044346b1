"""Keep every window within a 1366×768 laptop screen, whatever the language and font size (#17).

The most common office laptop has a 1366×768 screen; a window whose minimum size is larger puts
its Save button and its status bar off-screen, and the clerk cannot reach them. The limits below
leave room for the Windows taskbar (40 px) and a dialog's title bar.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QWidget

#: The smallest screen the program must fit, in pixels.
SCREEN = QSize(1366, 768)
#: The main window's largest allowed minimum size (the taskbar takes the rest of the height).
MAIN_WINDOW_MAX = QSize(1366, 740)
#: A dialog's largest allowed minimum size (its title bar and the taskbar take the rest).
DIALOG_MAX = QSize(1366, 728)


def compact_combo(combo: QComboBox, chars: int = 12) -> QComboBox:
    """Size a combo box to ``chars`` characters instead of its longest entry.

    The popup still shows each entry in full; the chosen one is also the combo's tooltip, so
    a name cut short in the box can be read without opening it.

    Args:
        combo: the combo box.
        chars: the characters the closed box shows.

    Returns:
        The same combo box.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())
    return combo


def available_size(widget: QWidget | None = None) -> QSize:
    """Return the free area of the screen ``widget`` is on (the primary screen without one)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else MAIN_WINDOW_MAX


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize ``widget`` to ``wanted``, shrunk to the free area of its screen (title bar spared).

    Args:
        widget: a top-level window or dialog.
        wanted: the size it would like on a large screen.
    """
    free = available_size(widget)
    width = min(wanted.width(), free.width())
    height = min(wanted.height(), free.height() - 32)  # the title bar the window manager adds
    widget.resize(max(width, widget.minimumSizeHint().width()), max(height, 200))
