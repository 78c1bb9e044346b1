"""The nominations tab's form pane: one nomination's banners, status line, form tabs and buttons.

The form (registration) sits in a scroll area beside the status history and the follow-up
2018–2020; above them the banners for a restored draft and for a sent nomination (read-only
until "Edit after submission…"), the title and the status buttons; below, New, Undo, Redo,
Delete and Save. The pane only lays the widgets out: the tab decides what they show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.widgets.followup_panel import FollowupPanel
from hagiang_desktop.ui.widgets.nomination_form import NominationForm
from hagiang_desktop.ui.widgets.status_panel import StatusBar, StatusHistory

BANNER_STYLE = "QLabel { background: #fff4d6; border: 1px solid #e0b44c; padding: 4px; }"
_SENT_STYLE = "QLabel { background: #e3eefb; border: 1px solid #7a9cc6; padding: 4px; }"


class NominationFormPane(QWidget):
    """The right half of the nominations tab.

    Args:
        workspace: the open database.
        form: the registration form (made by the tab: the list's unit filter shares its picker).
        dashboard_day: the window's day, where the follow-up's dates start (None: today).
        parent: the tab.

    Attributes:
        form_scroll: the scroll area holding the form.
        history: the status history.
        followup: the follow-up 2018–2020.
        form_tabs: Registration, Status history, Follow-up.
        status_bar: the status line with its buttons.
        title_label: "New nomination" / "Nomination #12", with its marks.
        draft_banner, discard_draft_button: a restored crash draft, and throwing it away.
        sent_banner, edit_after_button: a sent nomination, and editing it after submission.
        duplicates_label: possible duplicates, as links.
        new_button, save_button, delete_button, undo_button, redo_button: the form's buttons.
    """

    def __init__(
        self,
        workspace: Workspace,
        form: NominationForm,
        dashboard_day: Callable[[], date] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.history = StatusHistory(self)
        # The follow-up's dates start on the window's day (the dashboard's "as of"), not today.
        self.followup = FollowupPanel(workspace, workspace.plan, self, dashboard_day)
        followup_scroll = QScrollArea(self)
        followup_scroll.setWidget(self.followup)
        followup_scroll.setWidgetResizable(True)
        followup_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_tabs = QTabWidget(self, objectName="formTabs")
        self.form_tabs.addTab(scroll, self.tr("&Registration"))
        self.form_tabs.addTab(self.history, self.tr("Status &history"))
        self.form_tabs.addTab(followup_scroll, self.tr("F&ollow-up 2018–2020"))
        self.status_bar = StatusBar(self)
        self.new_button = QPushButton(self.tr("Ne&w"), self, objectName="newButton")
        self.save_button = QPushButton(self.tr("&Save"), self, objectName="saveButton")
        self.delete_button = QPushButton(self.tr("De&lete…"), self, objectName="deleteButton")
        self.undo_button = QPushButton(self.tr("Undo"), self, objectName="undoButton")
        self.redo_button = QPushButton(self.tr("Redo"), self, objectName="redoButton")
        self.undo_button.setToolTip(self.tr("Undo the last change in the form (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Y)"))
        self.title_label = QLabel(self, objectName="formTitle")
        self.title_label.setWordWrap(True)
        self.draft_banner = QLabel(self, objectName="draftBanner")
        self.draft_banner.setWordWrap(True)
        self.draft_banner.setStyleSheet(BANNER_STYLE)
        self.discard_draft_button = QPushButton(
            self.tr("Discard restored typing"), self, objectName="discardDraft"
        )
        # A sent nomination is what the office signed: it opens read-only, and an edit after
        # sending is an explicit step with a reason (#17).
        self.sent_banner = QLabel(self, objectName="sentBanner")
        self.sent_banner.setWordWrap(True)
        self.sent_banner.setStyleSheet(_SENT_STYLE)
        self.edit_after_button = QPushButton(
            self.tr("Edit after submission…"), self, objectName="editAfterSubmission"
        )
        self.edit_after_button.setToolTip(
            self.tr(
                "Mark it “Changed since sent” with the reason; it can then be edited and goes to "
                "the province again in the next supplement bundle"
            )
        )
        self.duplicates_label = QLabel(self, objectName="duplicates")
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet(BANNER_STYLE)
        self.duplicates_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._lay_out()
        self.undo_button.clicked.connect(form.undo)
        self.redo_button.clicked.connect(form.redo)
        form.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        form.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.draft_banner, 1)
        draft_row.addWidget(self.discard_draft_button)
        layout.addLayout(draft_row)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent_banner, 1)
        sent_row.addWidget(self.edit_after_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(sent_row)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_bar)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.form_tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
