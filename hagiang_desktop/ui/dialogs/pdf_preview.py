"""Print preview inside the program: the PDF we made, its pages, a page range, the printer.

QtPdf renders the file (no external viewer needed); printing goes through Qt's print dialog to
the office printer, each page rendered at 300 dpi into the printer's page. "Open in the system
viewer" hands the file to the PC's own PDF program when the office prefers it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill

__all__ = ["PdfPreviewDialog"]

#: Resolution at which pages are rendered for the printer: sharp text, bounded memory (A4 ≈ 35 MB).
PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    """Shows a PDF, lets the clerk choose pages and print them.

    Args:
        path: the PDF.
        parent: the owning window.

    Attributes:
        document: the loaded ``QPdfDocument``.
        view: the ``QPdfView`` showing every page.
        from_page: first page to print (1-based).
        to_page: last page to print.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(fill(self.tr("Print preview – %1"), self.path.name))
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        pages = max(1, self.document.pageCount())
        self.from_page = QSpinBox(self, objectName="fromPage", minimum=1, maximum=pages, value=1)
        self.to_page = QSpinBox(self, objectName="toPage", minimum=1, maximum=pages, value=pages)
        self.from_page.valueChanged.connect(self._from_changed)
        self.to_page.valueChanged.connect(lambda v: self.from_page.setValue(min(self.from_page.value(), v)))
        self.page_count = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)

        self.print_button = QPushButton(self.tr("&Print…"), self, objectName="printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.ask_and_print)
        self.system_button = QPushButton(
            self.tr("Open in the system &viewer"), self, objectName="systemViewer"
        )
        self.system_button.clicked.connect(self.open_in_system_viewer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Pages from"), self))
        bar.addWidget(self.from_page)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.to_page)
        bar.addWidget(self.page_count)
        bar.addStretch(1)
        bar.addWidget(self.system_button)
        bar.addWidget(self.print_button)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        fit_to_screen(self, QSize(900, 1000))

    def _from_changed(self, value: int) -> None:
        self.to_page.setValue(max(self.to_page.value(), value))
        # Show the first page of the range, so the clerk sees what will come out first.
        self.view.pageNavigator().jump(value - 1, QPointF(), self.view.pageNavigator().currentZoom())

    def page_range(self) -> tuple[int, int]:
        """Return the chosen pages as 0-based (first, last), inclusive."""
        return self.from_page.value() - 1, self.to_page.value() - 1

    def make_printer(self) -> QPrinter:
        """Return a printer set up for this document: A4, its orientation, our page range."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setDocName(self.path.stem)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        # The PDF carries its own margins (Nghị định 30/2020): print edge to edge of the printable area.
        printer.setFullPage(True)
        first, last = self.page_range()
        printer.setFromTo(first + 1, last + 1)
        return printer

    def ask_and_print(self) -> None:
        """Show Qt's print dialog (printer, copies, pages) and print if the clerk accepts."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the chosen pages into ``printer``.

        The printer's own range (set in the print dialog) wins over the spin boxes when given.

        Args:
            printer: a set-up printer (or a PDF file printer in tests).

        Returns:
            The number of pages sent.
        """
        first, last = self.page_range()
        if printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, max(printer.fromPage(), printer.toPage()) - 1
        last = min(last, self.document.pageCount() - 1)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        sent = 0
        try:
            for page in range(first, last + 1):
                if sent:
                    printer.newPage()
                target = painter.viewport()
                points = self.document.pagePointSize(page)
                scale = PRINT_DPI / 72
                image = self.document.render(
                    page, QSize(round(points.width() * scale), round(points.height() * scale))
                )
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = target.x() + (target.width() - fitted.width()) // 2
                y = target.y() + (target.height() - fitted.height()) // 2
                painter.setViewport(x, y, fitted.width(), fitted.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
                painter.setWindow(target)
                sent += 1
        finally:
            painter.end()
        return sent

    def open_in_system_viewer(self) -> bool:
        """Open the file in the PC's PDF program (the fallback when Qt's printing is not enough)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
