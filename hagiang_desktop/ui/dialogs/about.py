"""The About dialog: version, the plan loaded, and the licences of what we ship."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from hagiang_desktop import __version__
from hagiang_desktop.core.plan import Plan
from hagiang_desktop.core.resources import resources_dir
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

#: (distribution, licence) of every library the program ships; fonts are listed separately.
SHIPPED = (
    ("PySide6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("sqlmodel", "MIT"),
    ("alembic", "MIT"),
    ("reportlab", "BSD"),
    ("rl_accel", "BSD"),
    ("openpyxl", "MIT"),
    ("lxml", "BSD-3-Clause"),
    ("defusedxml", "PSF-2.0"),
    ("babel", "BSD-3-Clause"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("asn1crypto", "MIT"),
    ("platformdirs", "MIT"),
    ("python-docx", "MIT"),
)
_FONTS = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Tinos fonts (regular, bold, italic, bold italic), © Google, under the SIL Open Font License 1.1 "
    "(resources/fonts/OFL.txt).",
)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    """Show the version, the plan and the licences.

    Args:
        plan: the plan loaded.
    """

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About hagiang-desktop"))
        title = QLabel(
            f"<h2>hagiang-desktop {__version__}</h2>"
            + fill(
                self.tr("Registering and following exemplary models under %1 – %2."), plan.id, plan.info.title
            ),
            self,
        )
        title.setWordWrap(True)
        rows = "".join(
            f"<tr><td>{name}</td><td>{_version(name)}</td><td>{lic}</td></tr>" for name, lic in SHIPPED
        )
        licences = QTextBrowser(self, objectName="licences")
        licences.setOpenExternalLinks(False)
        licences.setHtml(
            "<p>"
            + QCoreApplication.translate("AboutDialog", _FONTS)
            + "</p><table cellpadding='3'><tr><th align='left'>"
            + self.tr("Library")
            + "</th><th align='left'>"
            + self.tr("Version")
            + "</th><th align='left'>"
            + self.tr("Licence")
            + "</th></tr>"
            + rows
            + "</table><p>"
            + fill(self.tr("Plan file: %1"), plan.source or "")
            + "<br>"
            + fill(self.tr("Resources: %1"), resources_dir())
            + "</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(licences, 1)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        fit_to_screen(self, QSize(640, 480))
