"""The form for one nomination: nominee, field and kind, criteria, achievements, receipt.

The criteria part is rebuilt from the plan whenever the field or the kind changes; ticks that
still apply are kept and the dropped ones are named. Eligibility is shown live.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import Channel, NomineeKind
from hagiang_desktop.core.plan import Plan
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import channel_label, nominee_kind_label
from hagiang_desktop.ui.widgets.criteria_checklist import CriteriaChecklist
from hagiang_desktop.ui.widgets.unit_picker import UnitPicker, Units

_READ_ONLY_STYLE = 'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: #eceff3; }'
#: Text widgets whose consecutive edits merge into one undo step (typing a word, not a letter).
_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit)


class _FormEdit(QUndoCommand):
    """One change of the form, kept as the whole form's content before and after.

    Snapshots instead of per-widget commands: the form is small, and restoring a snapshot also
    restores what a kind or field change did to the criteria (ticks dropped, sections hidden).
    """

    def __init__(
        self, form: NominationForm, before: NominationInput, after: NominationInput, source: object
    ) -> None:
        super().__init__()
        self._form = form
        self.before = before
        self.after = after
        self.source = source
        self._done = True  # the change is already on screen when the command is pushed

    def id(self) -> int:
        """Let consecutive typing in one text widget merge (Qt override)."""
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        """Merge typing in the same text widget into one step (Qt override)."""
        if not isinstance(other, _FormEdit) or other.source is not self.source:
            return False
        if not isinstance(self.source, _TEXT_WIDGETS):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        """Put the later content back (Qt override)."""
        if self._done:
            self._done = False
            return
        self._form.restore_snapshot(self.after)

    def undo(self) -> None:
        """Put the earlier content back (Qt override)."""
        self._form.restore_snapshot(self.before)


class NominationForm(QWidget):
    """Edit one nomination.

    Args:
        plan: the plan catalogue (fields, kinds, criteria).
        units: the units a nomination can be registered by (the office's scope), or a function
            reading them when a unit picker is first opened.
        unit_lookup: finds one of those units by code, so that a nomination's unit shows before
            the whole list is read.
        supplement_check: tells whether (unit code, received day) would make a supplement; the
            form shows it live.

    Attributes:
        undo_stack: the form's undo history (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z anywhere in the form).

    Signals:
        changed: anything in the form changed (the tab marks the form dirty).
    """

    changed = Signal()

    def __init__(
        self,
        plan: Plan,
        units: Units,
        parent: QWidget | None = None,
        *,
        supplement_check: Callable[[str | None, date | None], bool] | None = None,
        unit_lookup: Callable[[str], UnitRow | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._loading = False
        self._supplement_check = supplement_check
        self.dropped_codes: list[str] = []
        self.undo_stack = QUndoStack(self)
        self._last: NominationInput | None = None
        self._read_only = False

        self.kind_combo = QComboBox(self, objectName="kind")
        for kind in NomineeKind:
            self.kind_combo.addItem(nominee_kind_label(kind), str(kind))
        self.field_combo = QComboBox(self, objectName="field")
        # The open field ("Lĩnh vực khác", III.2 "một số lĩnh vực") carries a title of its own.
        self.field_title_edit = QLineEdit(self, objectName="fieldTitle")
        self.field_title_edit.setPlaceholderText(self.tr("name of the field, e.g. Tư pháp"))
        self.field_title_edit.setToolTip(
            self.tr(
                'A field beyond the plan\'s eight (III.2 names criteria for "some fields"): only the '
                "general criteria III.1 apply. A household only when its model is not an economic one "
                "(household economy is field 2.8)."
            )
        )
        self.name_edit = QLineEdit(self, objectName="name")
        # One list of units for every picker (see UnitPicker's ``shared``).
        self.member_unit_picker = UnitPicker(
            units, self, objectName="memberUnit", allow_empty=True, lookup=unit_lookup
        )
        self.unit_picker = UnitPicker(
            units, self, objectName="registeringUnit", shared=self.member_unit_picker
        )
        # individual
        self.position_edit = QLineEdit(self, objectName="position")
        self.work_unit_edit = QLineEdit(self, objectName="workUnit")
        self.gender_combo = QComboBox(self, objectName="gender")
        self.gender_combo.addItem("", None)
        self.gender_combo.addItem(self.tr("Male"), "male")
        self.gender_combo.addItem(self.tr("Female"), "female")
        self.birth_year_spin = QSpinBox(self, objectName="birthYear")
        self.birth_year_spin.setRange(0, 2020)
        self.birth_year_spin.setSpecialValueText(self.tr("(not given)"))
        # collective: self.member_unit_picker, made first (above)
        # household
        self.household_head_edit = QLineEdit(self, objectName="householdHead")
        self.village_edit = QLineEdit(self, objectName="village")
        self.commune_edit = QLineEdit(self, objectName="commune")
        # texts
        self.achievements_edit = QPlainTextEdit(self, objectName="achievements")
        self.good_practice_edit = QPlainTextEdit(self, objectName="goodPractice")
        self.replication_edit = QPlainTextEdit(self, objectName="replicationPlan")
        for edit in (self.achievements_edit, self.good_practice_edit, self.replication_edit):
            edit.setTabChangesFocus(True)
            # About five lines: enough to read a summary, not a page of blank box to scroll past.
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(110)
        # The plan lists the honours as examples ("danh hiệu vinh dự của Nhà nước như: …"): the
        # combo suggests them and keeps any other honour typed in.
        self.honour_combo = QComboBox(self, objectName="targetHonour")
        self.honour_combo.setEditable(True)
        self.honour_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.honour_combo.addItem("", None)
        for honour in plan.honours:
            self.honour_combo.addItem(honour.name, honour.name)
        honour_edit = self.honour_combo.lineEdit()
        assert honour_edit is not None  # the box is editable
        honour_edit.setPlaceholderText(self.tr("(none; choose or type an honour)"))
        # receipt
        self.received_edit = QDateEdit(self, objectName="receivedOn")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd/MM/yyyy")
        self.channel_combo = QComboBox(self, objectName="channel")
        for channel in Channel:
            self.channel_combo.addItem(channel_label(channel), str(channel))
        self.supplement_label = QLabel(self, objectName="supplementNote")
        self.supplement_label.setWordWrap(True)
        self.supplement_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        # Long field titles, honours and unit names must not make the form wider than its pane:
        # the combos size to a few words and show the full text when opened.
        for combo in (self.field_combo, self.honour_combo, self.unit_picker, self.member_unit_picker):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)  # at 14 pt 24 letters pushed the form past its pane (#17)
        self.checklist = CriteriaChecklist(self)
        self.eligibility_label = QLabel(self, objectName="eligibility")
        self.eligibility_label.setWordWrap(True)
        self.dropped_label = QLabel(self, objectName="dropped")
        self.dropped_label.setWordWrap(True)

        who = QFormLayout()
        who.addRow(self.tr("&Kind:"), self.kind_combo)
        who.addRow(self.tr("&Field:"), self.field_combo)
        who.addRow(self.tr("Field's name:"), self.field_title_edit)
        self._who = who
        who.addRow(self.tr("Na&me:"), self.name_edit)
        who.addRow(self.tr("Re&gistering unit:"), self.unit_picker)
        self.individual_box = self._group(
            self.tr("Individual"),
            [
                (self.tr("Position:"), self.position_edit),
                (self.tr("Work unit:"), self.work_unit_edit),
                (self.tr("Gender:"), self.gender_combo),
                (self.tr("Year of birth:"), self.birth_year_spin),
            ],
        )
        self.collective_box = self._group(
            self.tr("Collective"), [(self.tr("Unit in the directory:"), self.member_unit_picker)]
        )
        self.household_box = self._group(
            self.tr("Household"),
            [
                (self.tr("Head of household:"), self.household_head_edit),
                (self.tr("Village:"), self.village_edit),
                (self.tr("Commune:"), self.commune_edit),
            ],
        )
        texts = self._group(
            self.tr("Achievements and good practice"),
            [
                (self.tr("Summary of achievements:"), self.achievements_edit),
                (self.tr("Good practice (cách làm hay):"), self.good_practice_edit),
                (self.tr("Replication plan:"), self.replication_edit),
                (self.tr("Target honour:"), self.honour_combo),
            ],
        )
        receipt = self._group(
            self.tr("Receipt"),
            [
                (self.tr("Received on:"), self.received_edit),
                (self.tr("Channel:"), self.channel_combo),
                ("", self.supplement_label),
            ],
        )
        criteria_box = QGroupBox(self.tr("Criteria of Plan 127"), self)
        criteria_layout = QVBoxLayout(criteria_box)
        criteria_layout.addWidget(self.eligibility_label)
        criteria_layout.addWidget(self.dropped_label)
        criteria_layout.addWidget(self.checklist)

        layout = QVBoxLayout(self)
        layout.addLayout(who)
        for box in (
            self.individual_box,
            self.collective_box,
            self.household_box,
            criteria_box,
            texts,
            receipt,
        ):
            layout.addWidget(box)
        layout.addStretch(1)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.field_combo.currentIndexChanged.connect(self._criteria_context_changed)
        self.checklist.changed.connect(self._update_eligibility)
        for signal in (
            self.kind_combo.currentIndexChanged,
            self.field_combo.currentIndexChanged,
            self.name_edit.textEdited,
            self.position_edit.textEdited,
            self.work_unit_edit.textEdited,
            self.household_head_edit.textEdited,
            self.village_edit.textEdited,
            self.commune_edit.textEdited,
            self.achievements_edit.textChanged,
            self.good_practice_edit.textChanged,
            self.replication_edit.textChanged,
            self.gender_combo.currentIndexChanged,
            self.birth_year_spin.valueChanged,
            self.honour_combo.editTextChanged,  # a choice or any honour typed in
            self.field_title_edit.textEdited,
            self.received_edit.dateChanged,
            self.channel_combo.currentIndexChanged,
            self.unit_picker.currentIndexChanged,
            self.member_unit_picker.currentIndexChanged,
            self.checklist.changed,
        ):
            signal.connect(self._emit_changed)
        for signal in (self.unit_picker.currentIndexChanged, self.received_edit.dateChanged):
            signal.connect(self._update_supplement)
        # Ctrl+Z / Ctrl+Y anywhere in the form go to the form's history (see eventFilter): a
        # text field's own undo would only know its own text, and a combo box has none.
        self.clear()

    def _group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for label, widget in rows:
            form.addRow(label, widget)
        return box

    def _emit_changed(self, *_args: object) -> None:
        if self._loading:
            return
        current = self.to_input()
        if self._last is not None and current != self._last:
            self.undo_stack.push(_FormEdit(self, self._last, current, self.sender()))
        self._last = current
        self.changed.emit()

    # -- undo and redo ------------------------------------------------------------------------
    def undo(self) -> None:
        """Undo the last change of the form (Ctrl+Z)."""
        self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone change (Ctrl+Y or Ctrl+Shift+Z)."""
        self.undo_stack.redo()

    def restore_snapshot(self, data: NominationInput) -> None:
        """Show an earlier content of the form (undo/redo), keeping the focus where it was."""
        focus = self.focusWidget()
        self._fill(data)
        self._last = self.to_input()
        if focus is not None and focus.isVisible():
            focus.setFocus()
        self.changed.emit()

    def _watch_key_widgets(self) -> None:
        for widget in self.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.removeEventFilter(self)
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Route the undo/redo keys of the form's widgets to the form's history (Qt override)."""
        undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(k) for k in undo_keys)
        ):
            event.accept()  # deliver the key to the widget, where the branch below takes it
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):
                self.redo()
                return True
        return super().eventFilter(watched, event)

    def _set_tab_order(self) -> None:
        """Keep Tab in reading order: who, the kind's section, criteria, texts, receipt."""
        order: list[QWidget] = [
            self.kind_combo,
            self.field_combo,
            self.field_title_edit,
            self.name_edit,
            self.unit_picker,
            self.position_edit,
            self.work_unit_edit,
            self.gender_combo,
            self.birth_year_spin,
            self.member_unit_picker,
            self.household_head_edit,
            self.village_edit,
            self.commune_edit,
            *self.checklist.focus_chain(),
            self.achievements_edit,
            self.good_practice_edit,
            self.replication_edit,
            self.honour_combo,
            self.received_edit,
            self.channel_combo,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _update_supplement(self, *_args: object) -> None:
        received = self.received_edit.date()
        day = date(received.year(), received.month(), received.day())
        late = self._supplement_check is not None and self._supplement_check(self.unit_picker.code(), day)
        self.supplement_label.setText(
            "⚑ "
            + self.tr(
                "Received after the unit's deadline: it will be marked as a supplement "
                "(“bổ sung”, plan IV.2), never refused."
            )
            if late
            else ""
        )
        self.supplement_label.setVisible(late)

    # -- read-only (a sent nomination, #17) ----------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """Show the nomination without letting it change (texts stay selectable and scrollable)."""
        self._read_only = read_only
        self._apply_read_only()

    def is_read_only(self) -> bool:
        """Tell whether the form is read-only."""
        return self._read_only

    def _apply_read_only(self) -> None:
        locked = self._read_only
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit)) and not isinstance(
                widget.parentWidget(), (QComboBox, QDateEdit, QSpinBox)
            ):
                widget.setReadOnly(locked)
            elif isinstance(widget, (QComboBox, QDateEdit, QSpinBox, QAbstractButton)):
                widget.setEnabled(not locked)
        # Read-only boxes look read-only: white boxes invited typing that went nowhere.
        self.setStyleSheet(_READ_ONLY_STYLE if locked else "")

    # -- kind, field and criteria -----------------------------------------------------------
    def kind(self) -> NomineeKind:
        """Return the chosen kind of nominee."""
        return NomineeKind(self.kind_combo.currentData())

    def field_code(self) -> str:
        """Return the chosen field's code."""
        return str(self.field_combo.currentData() or "")

    def _kind_changed(self) -> None:
        kind = self.kind()
        previous = self.field_code()
        self.field_combo.blockSignals(True)
        self.field_combo.clear()
        for f in self._plan.fields_for_kind(kind):
            self.field_combo.addItem(f"{f.code}  {f.title}", f.code)
        index = self.field_combo.findData(previous)
        self.field_combo.setCurrentIndex(max(index, 0))
        self.field_combo.blockSignals(False)
        self.individual_box.setVisible(kind == NomineeKind.INDIVIDUAL)
        self.collective_box.setVisible(kind == NomineeKind.COLLECTIVE)
        self.household_box.setVisible(kind == NomineeKind.HOUSEHOLD)
        self._criteria_context_changed()

    def _criteria_context_changed(self) -> None:
        fld = self._plan.field(self.field_code()) if self.field_code() else None
        self._who.setRowVisible(self.field_title_edit, bool(fld and fld.open))
        self._rebuild_criteria(None)

    def _rebuild_criteria(self, keep: dict[str, str] | None) -> None:
        """Rebuild the checkboxes; with ``keep`` None, keep the current ticks and name the dropped ones."""
        field_code, kind = self.field_code(), self.kind()
        if not field_code:
            return
        criteria = self._plan.criteria_for(field_code, kind)
        general = [c for c in criteria if c.field_code is None]
        specific = [c for c in criteria if c.field_code is not None]
        groups = [
            (self.tr("General criteria (III.1)"), general),
            (fill(self.tr("Criteria of field %1"), field_code), specific),
        ]
        groups = [g for g in groups if g[1] or g is groups[0]]  # the open field has none of its own
        dropped = self.checklist.set_criteria(groups, self.checklist_state() if keep is None else keep)
        self._watch_key_widgets()
        self._set_tab_order()
        self._apply_read_only()
        self.dropped_codes = dropped if keep is None else []
        if self.dropped_codes:
            self.dropped_label.setText(
                fill(self.tr("Ticks that no longer apply and were dropped: %1"), ", ".join(dropped))
            )
        else:
            self.dropped_label.clear()
        self.dropped_label.setVisible(bool(self.dropped_codes))
        self._update_eligibility()

    def checklist_state(self) -> dict[str, str]:
        """Return the ticked criteria with their evidence notes."""
        return self.checklist.checks()

    def _update_eligibility(self) -> None:
        field_code = self.field_code()
        if not field_code:
            return
        result = self._plan.evaluate(field_code, self.kind(), self.checklist_state())
        if result.eligible:
            self.eligibility_label.setText(
                "✔ " + self.tr("Eligible: meets every general and field criterion.")
            )
            self.eligibility_label.setStyleSheet("color: #1b6e20; font-weight: bold;")
        else:
            missing = ", ".join(c.code for c in result.missing)
            self.eligibility_label.setText("✘ " + fill(self.tr("Not eligible yet. Missing: %1"), missing))
            self.eligibility_label.setStyleSheet("color: #a61b1b; font-weight: bold;")

    # -- load and read ------------------------------------------------------------------------
    def clear(
        self,
        *,
        default_unit: str | None = None,
        received_on: date | None = None,
        channel: Channel | None = None,
    ) -> None:
        """Empty the form for a new nomination (with the unit, day and channel given, if any)."""
        self.load(
            NominationInput(
                kind=NomineeKind.INDIVIDUAL,
                field_code=self._plan.fields_for_kind(NomineeKind.INDIVIDUAL)[0].code,
                name="",
                registering_unit_code=default_unit or "",
                received_on=received_on,
                channel=channel or Channel.PAPER,
            )
        )

    def load(self, data: NominationInput) -> None:
        """Show a nomination's data in the form (a fresh start: the undo history is emptied)."""
        self._fill(data)
        self.undo_stack.clear()
        self._last = self.to_input()

    def _fill(self, data: NominationInput) -> None:
        self._loading = True
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(data.kind)))
            self._kind_changed()
            self.field_combo.setCurrentIndex(max(self.field_combo.findData(data.field_code), 0))
            self.field_title_edit.setText(data.field_title or "")
            self._rebuild_criteria(dict(data.checks))
            self.name_edit.setText(data.name)
            self.unit_picker.set_code(data.registering_unit_code)
            self.position_edit.setText(data.position or "")
            self.work_unit_edit.setText(data.work_unit or "")
            self.gender_combo.setCurrentIndex(max(self.gender_combo.findData(data.gender), 0))
            self.birth_year_spin.setValue(data.birth_year or 0)
            self.member_unit_picker.set_code(data.member_unit_code)
            self.household_head_edit.setText(data.household_head or "")
            self.village_edit.setText(data.village or "")
            self.commune_edit.setText(data.commune or "")
            self.achievements_edit.setPlainText(data.achievements)
            self.good_practice_edit.setPlainText(data.good_practice)
            self.replication_edit.setPlainText(data.replication_plan)
            self.set_target_honour(data.target_honour)
            received = data.received_on or date.today()
            self.received_edit.setDate(QDate(received.year, received.month, received.day))
            channel = data.channel or Channel.PAPER
            self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(str(channel)), 0))
            self._update_eligibility()
            self._update_supplement()
        finally:
            self._loading = False

    def set_target_honour(self, honour: str | None) -> None:
        """Show a target honour: one of the plan's, or any other text kept as it was typed."""
        index = self.honour_combo.findData(honour) if honour else 0
        if index >= 0:
            self.honour_combo.setCurrentIndex(index)
        else:
            self.honour_combo.setCurrentIndex(-1)
            self.honour_combo.setEditText(honour or "")

    def target_honour(self) -> str | None:
        """Return the target honour chosen or typed (NFC, trimmed), None when empty."""
        text = unicodedata.normalize("NFC", self.honour_combo.currentText()).strip()
        return text or None

    def to_input(self) -> NominationInput:
        """Return the form's content as service input."""
        kind = self.kind()
        received = self.received_edit.date()
        return NominationInput(
            kind=kind,
            field_code=self.field_code(),
            name=self.name_edit.text(),
            registering_unit_code=self.unit_picker.code() or "",
            checks=self.checklist_state(),
            position=self.position_edit.text() if kind == NomineeKind.INDIVIDUAL else None,
            work_unit=self.work_unit_edit.text() if kind == NomineeKind.INDIVIDUAL else None,
            gender=self.gender_combo.currentData() if kind == NomineeKind.INDIVIDUAL else None,
            birth_year=(self.birth_year_spin.value() or None) if kind == NomineeKind.INDIVIDUAL else None,
            member_unit_code=self.member_unit_picker.code() if kind == NomineeKind.COLLECTIVE else None,
            household_head=self.household_head_edit.text() if kind == NomineeKind.HOUSEHOLD else None,
            village=self.village_edit.text() if kind == NomineeKind.HOUSEHOLD else None,
            commune=self.commune_edit.text() if kind == NomineeKind.HOUSEHOLD else None,
            achievements=self.achievements_edit.toPlainText(),
            good_practice=self.good_practice_edit.toPlainText(),
            replication_plan=self.replication_edit.toPlainText(),
            target_honour=self.target_honour(),
            field_title=self.field_title_edit.text() if self._plan.field(self.field_code()).open else None,
            received_on=date(received.year(), received.month(), received.day()),
            channel=Channel(self.channel_combo.currentData()),
        )
