"""The follow-up of one model, 2018–2020: assessments per plan stage, replication, commendations.

Three sections, each a table and a line to add a record. Every change goes through
:mod:`hagiang_desktop.services.followup` (one audited transaction each) and is saved at once: these
are facts about events, not part of the registration form, so they need no "Save".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import ActivityKind, Rating
from hagiang_desktop.core.plan import Plan, Stage
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services import exporting
from hagiang_desktop.services import followup as followup_service
from hagiang_desktop.services.followup import FollowupProblem
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel

_RATINGS = {
    "excellent": QT_TRANSLATE_NOOP("labels", "Excellent"),
    "good": QT_TRANSLATE_NOOP("labels", "Good"),
    "fair": QT_TRANSLATE_NOOP("labels", "Fair"),
    "weak": QT_TRANSLATE_NOOP("labels", "Weak"),
}
_ACTIVITIES = {
    "study_visit": QT_TRANSLATE_NOOP("labels", "Study visit"),
    "experience_talk": QT_TRANSLATE_NOOP("labels", "Experience talk"),
    "media": QT_TRANSLATE_NOOP("labels", "Media (\u201cNgười tốt – việc tốt\u201d…)"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}


def rating_label(code: str) -> str:
    """Return the translated name of an assessment rating."""
    return QCoreApplication.translate("labels", _RATINGS.get(str(code), str(code)))


def activity_label(code: str) -> str:
    """Return the translated name of a kind of replication activity."""
    return QCoreApplication.translate("labels", _ACTIVITIES.get(str(code), str(code)))


_STAGE_SHORT = {
    "review_2018": QT_TRANSLATE_NOOP("labels", "2018 interim review"),
    "followup_2019": QT_TRANSLATE_NOOP("labels", "2019 follow-up"),
    "final_2020": QT_TRANSLATE_NOOP("labels", "2020 final evaluation"),
}


def stage_short(stage: Stage) -> str:
    """Return a short name of a stage for tables (the plan's titles are whole sentences)."""
    source = _STAGE_SHORT.get(stage.code)
    return QCoreApplication.translate("labels", source) if source else f"{stage.year} – {stage.title_en}"


def stage_title(stage: Stage) -> str:
    """Return a stage's title in the UI language (the plan file carries both)."""
    vietnamese = QLocale().language() == QLocale.Language.Vietnamese
    return f"{stage.year} – {stage.title_vi if vietnamese else stage.title_en}"


def _to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class _Section(QGroupBox):
    """A table of records and an input line with Add and Remove buttons."""

    def __init__(
        self, title: str, columns: list[Column[Any]], inputs: list[QWidget], parent: QWidget
    ) -> None:
        super().__init__(title, parent)
        self.model: RowsTableModel[Any] = RowsTableModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(90)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        # The first input (stage, kind of activity, date) on its own line, the rest and Add below:
        # one line of everything was wider than the form's pane.
        first = QHBoxLayout()
        first.addWidget(inputs[0], 1)
        row = QHBoxLayout()
        for widget in inputs[1:]:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        row.addWidget(self.add_button)
        for widget in inputs:
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(first)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

    def set_rows(self, rows: Any) -> None:
        """Show records; columns fit their text but none takes the whole width."""
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 170))

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.data(index, RowsTableModel.RowRole) if index.isValid() else None


class FollowupPanel(QWidget):
    """Edit a saved model's assessments, replication activities and commendations.

    Args:
        workspace: the open database.
        plan: the plan (its stages).
        view_day: the day the window is looking at (the dashboard's "as of"); the date fields
            start on it and the stage on the one whose window holds it. Without it, the day a
            demo database was made for, else today.

    Signals:
        changed: a record was added or removed (the dashboard refreshes).
    """

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        plan: Plan,
        parent: QWidget | None = None,
        view_day: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._plan = plan
        self._view_day = view_day or (lambda: exporting.default_day(workspace))
        self._nomination_id: int | None = None
        stages = {s.code: s for s in plan.stages}

        self.hint_label = QLabel(self.tr("Save the nomination first; its follow-up is kept with it."), self)
        self.hint_label.setWordWrap(True)
        # assessments
        self.stage_combo = QComboBox(self, objectName="assessmentStage")
        for stage in plan.stages:
            self.stage_combo.addItem(stage_title(stage), stage.code)
            self.stage_combo.setItemData(
                self.stage_combo.count() - 1, f"{stage.clause}\n{stage.text}", Qt.ItemDataRole.ToolTipRole
            )
        self.assessed_edit = self._date_edit("assessedOn")
        self.rating_combo = QComboBox(self, objectName="rating")
        for rating in Rating:
            self.rating_combo.addItem(rating_label(rating), str(rating))
        self.notes_edit = QLineEdit(self, objectName="assessmentNotes")
        self.notes_edit.setPlaceholderText(self.tr("Notes"))
        self.assessments = _Section(
            self.tr("Assessments per stage of the plan"),
            [
                Column(
                    self.tr("Stage"),
                    lambda a: stage_short(stages[a.stage_code]) if a.stage_code in stages else a.stage_code,
                ),
                Column(self.tr("Date"), lambda a: format_date_short(a.assessed_on)),
                Column(self.tr("Rating"), lambda a: rating_label(a.rating)),
                Column(self.tr("Notes"), lambda a: a.notes),
            ],
            [self.stage_combo, self.assessed_edit, self.rating_combo, self.notes_edit],
            self,
        )
        # replication activities
        self.activity_combo = QComboBox(self, objectName="activityKind")
        for kind in ActivityKind:
            self.activity_combo.addItem(activity_label(kind), str(kind))
        self.held_edit = self._date_edit("heldOn")
        self.description_edit = QLineEdit(self, objectName="activityDescription")
        self.description_edit.setPlaceholderText(self.tr("What, where, who took part"))
        self.activities = _Section(
            self.tr("Replication activities"),
            [
                Column(self.tr("Date"), lambda a: format_date_short(a.held_on)),
                Column(self.tr("Activity"), lambda a: activity_label(a.kind)),
                Column(self.tr("Description"), lambda a: a.description),
            ],
            [self.activity_combo, self.held_edit, self.description_edit],
            self,
        )
        # commendations
        self.awarded_edit = self._date_edit("awardedOn")
        self.title_edit = QLineEdit(self, objectName="commendationTitle")
        self.title_edit.setPlaceholderText(self.tr("Title (e.g. Bằng khen của Chủ tịch UBND tỉnh)"))
        self.decision_edit = QLineEdit(self, objectName="decisionNumber")
        self.decision_edit.setPlaceholderText(self.tr("Decision no."))
        self.decision_edit.setMaximumWidth(140)
        self.commendations = _Section(
            self.tr("Commendations received"),
            [
                Column(self.tr("Date"), lambda c: format_date_short(c.awarded_on)),
                Column(self.tr("Decision"), lambda c: c.decision_number or ""),
                Column(self.tr("Title"), lambda c: c.title),
            ],
            [self.awarded_edit, self.title_edit, self.decision_edit],
            self,
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        for section in (self.assessments, self.activities, self.commendations):
            layout.addWidget(section)
        layout.addStretch(1)

        self.assessments.add_button.clicked.connect(self.add_assessment)
        self.activities.add_button.clicked.connect(self.add_activity)
        self.commendations.add_button.clicked.connect(self.add_commendation)
        self.assessments.remove_button.clicked.connect(lambda: self._remove("assessment", self.assessments))
        self.activities.remove_button.clicked.connect(lambda: self._remove("activity", self.activities))
        self.commendations.remove_button.clicked.connect(
            lambda: self._remove("commendation", self.commendations)
        )
        for edit, action in (
            (self.notes_edit, self.add_assessment),
            (self.description_edit, self.add_activity),
            (self.title_edit, self.add_commendation),
            (self.decision_edit, self.add_commendation),
        ):
            edit.returnPressed.connect(action)
        self.set_nomination(None)

    def _date_edit(self, name: str) -> QDateEdit:
        edit: QDateEdit = QDateEdit(self, objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _start_on_view_day(self) -> None:
        """Put the date fields on the view's day and the stage on the one holding that day.

        A clerk recording the 2019 follow-up looks at 2019 in the window: today's date (years
        later, when the records are typed up) would be refused as outside the stage.
        """
        day = self._view_day()
        window = self._plan.followup_window()
        if window is not None:
            # Typed up after 2020 (or looked at before April 2018), the records still belong in
            # the plan's years: start on its nearest day, not on one every stage refuses.
            day = min(max(day, window[0]), window[1])
        for edit in (self.assessed_edit, self.held_edit, self.awarded_edit):
            edit.setDate(QDate(day.year, day.month, day.day))
        stage = self._plan.stage_on(day)
        if stage is not None:
            self.stage_combo.setCurrentIndex(self.stage_combo.findData(stage.code))

    def set_nomination(self, nomination_id: int | None) -> None:
        """Show the follow-up of a saved nomination (None: a new one, nothing to follow yet)."""
        self._nomination_id = nomination_id
        self._start_on_view_day()
        self.hint_label.setVisible(nomination_id is None)
        for section in (self.assessments, self.activities, self.commendations):
            section.setEnabled(nomination_id is not None)
        self.reload()

    def reload(self) -> None:
        """Read the records again from the database."""
        if self._nomination_id is None:
            data = followup_service.Followup((), (), ())
        else:
            data = followup_service.get_followup(self._ws, self._nomination_id)
        self.assessments.set_rows(data.assessments)
        self.activities.set_rows(data.activities)
        self.commendations.set_rows(data.commendations)

    def _run(self, action: Callable[[], object]) -> bool:
        if self._nomination_id is None:
            return False
        try:
            action()
        except FollowupProblem as problem:
            texts = {
                "text_required": self.tr("Write a description or title first."),
                "unknown_stage": self.tr("Choose a stage of the plan."),
                "not_found": self.tr("This record no longer exists."),
                "outside_stage": self.tr("The date is outside this stage of the plan (%1).").replace(
                    "%1", problem.detail
                ),
                "outside_plan": self.tr("The date is outside the plan's follow-up (%1).").replace(
                    "%1", problem.detail
                ),
            }
            QMessageBox.warning(self, self.tr("Follow-up"), texts.get(problem.code, problem.code))
            return False
        self.reload()
        self.changed.emit()
        return True

    def add_assessment(self) -> None:
        """Record the assessment typed in the input line."""
        nid = self._nomination_id
        if self._run(
            lambda: followup_service.add_assessment(
                self._ws,
                nid,  # type: ignore[arg-type]
                self.stage_combo.currentData(),
                _to_date(self.assessed_edit),
                Rating(self.rating_combo.currentData()),
                self.notes_edit.text(),
            )
        ):
            self.notes_edit.clear()

    def add_activity(self) -> None:
        """Record the replication activity typed in the input line."""
        nid = self._nomination_id
        if self._run(
            lambda: followup_service.add_activity(
                self._ws,
                nid,  # type: ignore[arg-type]
                ActivityKind(self.activity_combo.currentData()),
                _to_date(self.held_edit),
                self.description_edit.text(),
            )
        ):
            self.description_edit.clear()

    def add_commendation(self) -> None:
        """Record the commendation typed in the input line."""
        nid = self._nomination_id
        if self._run(
            lambda: followup_service.add_commendation(
                self._ws,
                nid,  # type: ignore[arg-type]
                _to_date(self.awarded_edit),
                self.title_edit.text(),
                self.decision_edit.text() or None,
            )
        ):
            self.title_edit.clear()
            self.decision_edit.clear()

    def _remove(self, what: str, section: _Section) -> None:
        row = section.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove record"),
            self.tr("Remove the selected record? A copy is kept in the audit log."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: followup_service.delete_record(self._ws, what, row.id))
