from hagiang_desktop.ui.dialogs.about import AboutDialog
from hagiang_desktop.ui.dialogs.help_viewer import HelpViewer, guide_path


def test_guide_opens_inside_the_program_in_vietnamese(qtbot):
    viewer = HelpViewer("vi")
    qtbot.addWidget(viewer)
    text = viewer.browser.toPlainText()
    assert "Hướng dẫn sử dụng hagiang-desktop" in text
    assert "Kế hoạch số 127/KH-UBND" in text
    assert guide_path("en").exists()  # falls back to the Vietnamese guide


def test_about_lists_version_plan_and_licences(qtbot, workspace):
    from PySide6.QtWidgets import QLabel, QTextBrowser

    from hagiang_desktop import __version__

    dialog = AboutDialog(workspace.plan)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser, "licences").toPlainText()
    assert "SIL Open Font License" in text
    assert "PySide6" in text
    assert "LGPL-3.0" in text
    header = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in header
    assert "127/KH-UBND" in header
