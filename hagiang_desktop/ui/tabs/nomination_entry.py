"""The nominations tab: the filtered list of the office's nominations and the form for one of them.

Left: search, filters, the windowed list (sorted in SQL in Vietnamese order) and the bulk status
change. Right: the form (registration, status history, follow-up 2018–2020) with its status
buttons. Typing is never lost: an unsaved form is written to a crash draft a moment after each
change and restored on the next start (:mod:`hagiang_desktop.services.drafts`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.vntext import format_moment
from hagiang_desktop.core.workflow import SENT, TransitionRequest, status_targets
from hagiang_desktop.services import drafts
from hagiang_desktop.services import nominations as nomination_service
from hagiang_desktop.services import units as unit_service
from hagiang_desktop.services.nominations import (
    Duplicate,
    NominationConflict,
    NominationDetail,
    NominationFilter,
    NominationInput,
    NominationProblem,
)
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.dialogs.edit_conflict import KEEP_THEIRS, SAVE_MINE, EditConflictDialog
from hagiang_desktop.ui.errors import nomination_problem_text
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import status_label
from hagiang_desktop.ui.tabs.nomination_delete import DeleteController
from hagiang_desktop.ui.tabs.nomination_form_pane import NominationFormPane
from hagiang_desktop.ui.tabs.nomination_list_pane import NominationListPane
from hagiang_desktop.ui.tabs.nomination_status import StatusController
from hagiang_desktop.ui.widgets.nomination_form import NominationForm
from hagiang_desktop.ui.widgets.status_dialog import StatusChangeDialog
from hagiang_desktop.ui.workers import Worker

SEARCH_DELAY_MS = 150
#: How long after the last change the crash draft is written: short enough that a power cut
#: loses a few letters at most, long enough not to write on every key.
DRAFT_DELAY_MS = 600


class NominationEntryTab(QWidget):
    """List and edit the nominations of the office's scope.

    Args:
        workspace: the open database.
        scope: the office and the units it covers.

    Signals:
        saved: a nomination was saved, changed status or deleted (the dashboard refreshes).
        message: a short status text for the status bar.
    """

    saved = Signal()
    message = Signal(str)

    def __init__(self, workspace: Workspace, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._scope = scope
        self._current_id: int | None = None
        self._detail: NominationDetail | None = None
        self._dirty = False
        self._carry: NominationInput | None = None

        # The pickers read the scope's units (20,000 for the province) when a clerk first opens
        # one, not while the tab opens; until then a nomination's unit is looked up alone.
        form = NominationForm(
            workspace.plan,
            self._scope_units,
            self,
            supplement_check=lambda code, day: nomination_service.is_supplement(self._ws, code, day),
            unit_lookup=self._scope_unit,
        )
        self.list_pane = NominationListPane(workspace, self._scope_units, form.member_unit_picker, self)
        self.form_pane = NominationFormPane(workspace, form, getattr(parent, "dashboard_day", None), self)
        self.status = StatusController(workspace, self.list_pane.table, self.list_pane.model, self)
        self.deleting = DeleteController(workspace, self)
        self._expose_parts()
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.form_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # The first split gives the form the larger part: at 1366 pixels an even split cut its
        # criteria and evidence boxes to 170 px while an empty list took the rest (#17). The
        # clerk's own split is remembered (view_state) and replaces this one.
        self.splitter.setSizes([560, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._connect()

        self.model.set_filter(self._base_filter())
        self._update_count()
        self._show_new()
        self._restore_draft()

    def _expose_parts(self) -> None:
        """Name the panes' widgets on the tab, where the window, the actions and tests reach them."""
        self.search_edit = self.list_pane.search_edit
        self.count_label = self.list_pane.count_label
        self.filter_bar = self.list_pane.filter_bar
        self.model = self.list_pane.model
        self.table = self.list_pane.table
        self.bulk_button = self.list_pane.bulk_button
        self.selection_label = self.list_pane.selection_label
        self.form = self.form_pane.form
        self.form_scroll = self.form_pane.form_scroll
        self.form_tabs = self.form_pane.form_tabs
        self.history = self.form_pane.history
        self.followup = self.form_pane.followup
        self.status_bar = self.form_pane.status_bar
        self.title_label = self.form_pane.title_label
        self.duplicates_label = self.form_pane.duplicates_label
        self.draft_banner = self.form_pane.draft_banner
        self.discard_draft_button = self.form_pane.discard_draft_button
        self.sent_banner = self.form_pane.sent_banner
        self.edit_after_button = self.form_pane.edit_after_button
        self.new_button = self.form_pane.new_button
        self.save_button = self.form_pane.save_button
        self.delete_button = self.form_pane.delete_button
        self.undo_button = self.form_pane.undo_button
        self.redo_button = self.form_pane.redo_button

    def _connect(self) -> None:
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter_bar.changed.connect(self._filters_changed)
        self.new_button.clicked.connect(self.new_nomination)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.bulk_button.clicked.connect(self.bulk_change_status)
        self.discard_draft_button.clicked.connect(self.discard_changes)
        self.edit_after_button.clicked.connect(lambda: self.edit_after_submission())
        self.duplicates_label.linkActivated.connect(lambda href: self.open_other(int(href)))
        self.status_bar.requested.connect(lambda s: self.request_status(NominationStatus(s)))
        self.status.changed.connect(self._status_changed)
        self.deleting.deleted.connect(self._after_delete)
        self.deleting.refused.connect(self._delete_refused)
        self.followup.changed.connect(self.saved)
        self.form.changed.connect(self._mark_dirty)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_nomination)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+Shift+T"), self, self.bulk_change_status)
        # Delete on the list only: in a text field the key deletes letters, not nominations.
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    # -- scope and list -----------------------------------------------------------------------
    def directory_changed(self, scope: Scope) -> None:
        """Offer and list the units of the directory as it is now (same office, ``scope`` fresh).

        A unit added in the directory was neither offered by the pickers nor covered by the
        list's scope until the program restarted (#17).
        """
        self._scope = scope
        self.form.member_unit_picker.reload()  # the form's pickers and the filter's share it
        self.apply_search()

    def _scope_units(self) -> list[unit_service.UnitChoice]:
        ids = None if self._scope.root is None else (self._scope.unit_ids or frozenset())
        return unit_service.unit_choices(self._ws, ids)

    def _scope_unit(self, code: str) -> unit_service.UnitRow | None:
        """Return the unit with this code if the office's scope covers it, else None."""
        unit = unit_service.get_unit(self._ws, code)
        ids = self._scope.unit_ids
        return unit if unit is not None and (ids is None or unit.id in ids) else None

    def _base_filter(self) -> NominationFilter:
        flt = NominationFilter(
            search=self.search_edit.text().strip() or None,
            unit_ids=set(self._scope.unit_ids) if self._scope.unit_ids is not None else None,
        )
        return self.filter_bar.apply(flt)

    def apply_search(self) -> None:
        """Filter the list by the search box and the filter bar now (and read it again)."""
        self.model.set_filter(self._base_filter())
        self._update_count()

    def _filters_changed(self) -> None:
        # The pause after typing and the filter bar: when the filter is the one shown (a letter
        # typed and erased within the pause, "Clear filters" with none set) there is nothing to
        # read again. Imports and bundles call apply_search() to read the list after a change.
        if self._base_filter() != self.model.current_filter:
            self.apply_search()

    def reload_groups(self) -> None:
        """Read the emulation blocs and clusters of the filter again (after their import)."""
        self.filter_bar.set_groups([(g.code, g.name) for g in unit_service.list_groups(self._ws)])

    def show_unit(self, code: str) -> None:
        """Filter the list on one registering unit (the other filters and the search cleared)."""
        self.search_edit.clear()
        self.filter_bar.clear()
        self.filter_bar.unit_picker.set_code(code)
        self.apply_search()

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _update_count(self) -> None:
        self.list_pane.update_count()

    def _update_selection(self) -> None:
        self.list_pane.update_selection()

    def selected_ids(self) -> list[int]:
        """Return the ids of the rows selected in the list."""
        return self.list_pane.selected_ids()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or row.id == self._current_id:
            return
        if not self._confirm_discard():
            return
        self.open_nomination(row.id)

    def _select_row_of(self, nomination_id: int) -> None:
        self.list_pane.select_row_of(nomination_id)

    # -- form state ----------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._dirty = True
        self._update_title()
        self._draft_timer.start()

    def _update_title(self) -> None:
        if self._current_id is None:
            title = self.tr("New nomination")
        else:
            title = fill(self.tr("Nomination #%1"), self._current_id)
        flags = []  # "not eligible" is on the status line just below: not twice (#17)
        if self._detail is not None and self._detail.is_supplement:
            flags.append("<span style='color:#8a5a00'>⚑ " + self.tr("supplement (bổ sung)") + "</span>")
        suffix = (" — " + " · ".join(flags)) if flags else ""
        unsaved = " <i>(" + self.tr("unsaved") + ")</i>" if self._dirty else ""
        self.title_label.setText(f"<b>{title}</b>{suffix}{unsaved}")

    def _show_detail(self, detail: NominationDetail | None) -> None:
        self._detail = detail
        self._current_id = detail.id if detail else None
        if detail is None:
            self.status_bar.show_status(None, eligible=True, override_reason=None)
        else:
            self.status_bar.show_status(
                detail.status, eligible=detail.eligible, override_reason=detail.override_reason
            )
        self.history.show_detail(detail)
        self.followup.set_nomination(self._current_id)
        self._show_sent(detail)
        self._update_title()

    def is_read_only(self) -> bool:
        """Tell whether the form shows a sent nomination (read-only until "edit after submission")."""
        return self._detail is not None and self._detail.status in SENT

    def _show_sent(self, detail: NominationDetail | None) -> None:
        """Lock a sent nomination's form and say when and in which bundle it went (#17)."""
        sent = detail is not None and detail.status in SENT
        self.form.set_read_only(sent)
        self.save_button.setEnabled(not sent)
        self.delete_button.setEnabled(not sent)
        self.sent_banner.setVisible(sent)
        self.edit_after_button.setVisible(sent)
        if detail is None or not sent:
            return
        went = next((e for e in reversed(detail.history) if e.to_status == NominationStatus.SUBMITTED), None)
        if went is None:
            text = self.tr("Sent to the province.")
        else:
            text = fill(
                self.tr("Sent to the province on %1 (%2)."),
                format_moment(went.at),
                went.reason or self.tr("marked by hand"),
            )
        if detail.status == NominationStatus.ACCEPTED:
            accepted = next(
                (e for e in reversed(detail.history) if e.to_status == NominationStatus.ACCEPTED), None
            )
            if accepted is not None:
                text += " " + fill(self.tr("Accepted on %1."), format_moment(accepted.at))
        text += " " + self.tr("The record is read-only so that it matches what was signed.")
        self.sent_banner.setText(text)

    def edit_after_submission(self, reason: str | None = None) -> None:
        """Unlock a sent nomination for editing: it becomes "changed since sent", with a reason.

        The history keeps the reason; the dashboard counts it; the next supplement bundle sends
        it again (#17).

        Args:
            reason: why it changes; asked for in the status dialog when None.
        """
        if self._current_id is None or not self.is_read_only():
            return
        if reason is not None:
            self.apply_status([self._current_id], TransitionRequest(NominationStatus.CHANGED, reason=reason))
            return
        self.status.open_dialog([self._current_id], [NominationStatus.CHANGED], 0, NominationStatus.CHANGED)

    def has_unsaved_changes(self) -> bool:
        """Tell whether the form holds changes not saved yet."""
        return self._dirty

    def _confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The form has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes):
            self._forget_draft()
            return True
        return False

    def _forget_draft(self) -> None:
        self._draft_timer.stop()
        drafts.clear_draft(self._ws)
        self.draft_banner.hide()
        self.discard_draft_button.hide()

    def discard_changes(self) -> None:
        """Throw away the unsaved typing (and its crash draft) and show the saved state."""
        self._forget_draft()
        self._dirty = False
        if self._current_id is not None:
            self.open_nomination(self._current_id)
        else:
            self._show_new()

    def _show_new(self) -> None:
        # A clerk types a pile of paper forms from one unit, received the same day: the next new
        # form starts with the unit, day and channel of the last one saved.
        carry = self._carry
        if carry is None:
            default_unit = self._scope.root.code if self._scope.root else None
            self.form.clear(default_unit=default_unit)
        else:
            self.form.clear(
                default_unit=carry.registering_unit_code, received_on=carry.received_on, channel=carry.channel
            )
        self._dirty = False
        self.duplicates_label.hide()
        self._show_detail(None)
        self.form_tabs.setCurrentIndex(0)

    def new_nomination(self) -> None:
        """Start a new nomination in the form (Ctrl+N); the cursor goes to the kind."""
        if not self._confirm_discard():
            return
        self._show_new()
        self.form_scroll.ensureWidgetVisible(self.form.kind_combo)
        self.form_scroll.verticalScrollBar().setValue(0)
        self.form.kind_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_nomination(self, nomination_id: int) -> None:
        """Load a saved nomination into the form."""
        detail = nomination_service.get_nomination(self._ws, nomination_id)
        self.form.load(detail.data)
        self._dirty = False
        self.duplicates_label.hide()
        self._show_detail(detail)

    def open_other(self, nomination_id: int) -> None:
        """Open another nomination (a duplicate's link), asking first if the form is unsaved."""
        if not self._confirm_discard():
            return
        try:
            self.open_nomination(nomination_id)
        except NominationProblem as problem:
            QMessageBox.warning(self, self.tr("Cannot open"), nomination_problem_text(problem))
            return
        self._select_row_of(nomination_id)

    # -- crash drafts ------------------------------------------------------------------------
    def write_draft(self) -> None:
        """Write the unsaved form to the crash draft now (the timer calls this)."""
        if self._dirty:
            drafts.save_draft(self._ws, self.form.to_input(), self._current_id)

    def _restore_draft(self) -> None:
        draft = drafts.load_draft(self._ws)
        if draft is None:
            self.draft_banner.hide()
            self.discard_draft_button.hide()
            return
        detail = None
        if draft.nomination_id is not None:
            try:
                detail = nomination_service.get_nomination(self._ws, draft.nomination_id)
            except NominationProblem:
                detail = None  # deleted since: the typing comes back as a new nomination
        self.form.load(draft.data)
        self._show_detail(detail)
        self._dirty = True
        self._update_title()
        when = format_moment(draft.saved_at)
        text = fill(
            self.tr(
                "Unsaved typing from %1 was restored (the program was closed without saving). "
                "Check it and save it with Ctrl+S, or discard it."
            ),
            when,
        )
        self.draft_banner.setText(text)
        self.draft_banner.show()
        self.discard_draft_button.show()
        # After the window is up, so the status bar is there to show it and the tab can be
        # brought to the front.
        QTimer.singleShot(0, lambda: self._announce_restored(text))

    def _announce_restored(self, text: str) -> None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if widget is not None:
            widget.setCurrentWidget(self)
        self.message.emit(text)

    # -- saving and deleting -------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form in one transaction (Ctrl+S); return True on success."""
        if self.is_read_only():  # Ctrl+S on a sent nomination: nothing to save, say why
            self.message.emit(nomination_problem_text(NominationProblem("sent_read_only")))
            return False
        data = self.form.to_input()
        if self._detail is not None:
            data.status = self._detail.status  # saving the form never changes the status
        # The version the form loaded: a save over another clerk's change is refused (#22).
        expected = self._detail.row_version if self._detail is not None and self._current_id else None
        while True:
            try:
                result = nomination_service.save_nomination(
                    self._ws, data, self._current_id, expected_version=expected
                )
                break
            except NominationConflict as conflict:
                dialog = EditConflictDialog(data, conflict.theirs, self)
                dialog.exec()
                if dialog.choice == KEEP_THEIRS:
                    self._forget_draft()
                    self._dirty = False
                    self._show_detail(conflict.theirs)
                    self.form.load(conflict.theirs.data)
                    self._dirty = False
                    self._update_title()
                    self.model.refresh()
                    return False
                if dialog.choice != SAVE_MINE:
                    return False  # go on editing: nothing saved, the typing stays in the form
                expected = conflict.theirs.row_version  # over the version the clerk was shown
            except NominationProblem as problem:
                QMessageBox.warning(self, self.tr("Cannot save"), nomination_problem_text(problem))
                return False
        self._forget_draft()
        self._dirty = False
        self._carry = data
        self.model.refresh()
        self._update_count()
        self._show_detail(nomination_service.get_nomination(self._ws, result.id))
        self._select_row_of(result.id)
        text = fill(self.tr("Saved nomination #%1."), result.id)
        if not result.eligibility.eligible:
            text += " " + self.tr("It does not meet every criterion yet.")
        if result.is_supplement:
            text += " " + self.tr("Received after the deadline: marked as a supplement.")
        self.message.emit(text)
        self._show_duplicates(result.duplicates)
        self.saved.emit()
        return True

    def _show_duplicates(self, duplicates: tuple[Duplicate, ...]) -> None:
        if not duplicates:
            self.duplicates_label.hide()
            return
        links = ", ".join(f"<a href='{d.id}'>#{d.id} {d.name} – {d.unit_name}</a>" for d in duplicates)
        self.duplicates_label.setText(
            fill(
                self.tr(
                    "Possible duplicate: same name in the same field and year: %1. Open it to compare; "
                    "you decide whether they are the same."
                ),
                links,
            )
        )
        self.duplicates_label.show()

    def _after_delete(self, ids: list[int]) -> None:
        self.model.refresh()
        self._update_count()
        if self._current_id in ids:
            self._forget_draft()
            self._show_new()
        self.message.emit(self.tr("Deleted %n nomination(s).", "", len(ids)))
        self.saved.emit()

    def delete_current(self) -> None:
        """Delete the nomination in the form after asking."""
        if self._current_id is not None:
            self.deleting.ask_and_delete([self._current_id])

    def delete_selected(self) -> None:
        """Delete the nominations selected in the list after asking (the Delete key)."""
        self.deleting.ask_and_delete(self.selected_ids())

    def _delete_refused(self) -> None:
        self.model.refresh()
        self._update_count()

    # -- status (the controller asks and writes; the tab shows the result) -----------------------
    @property
    def status_dialog(self) -> StatusChangeDialog | None:
        """The status dialog open now, if any (tests fill it in like a clerk would)."""
        return self.status.dialog

    @property
    def status_worker(self) -> Worker | None:
        """A selection's status change, while it runs."""
        return self.status.worker

    def request_status(self, target: NominationStatus) -> None:
        """Ask for the reasons and move the nomination in the form to ``target``.

        Unsaved typing is saved first, so the status applies to what the clerk sees.
        """
        if self._current_id is None or (self._dirty and not self.save()):
            return
        detail = self._detail or nomination_service.get_nomination(self._ws, self._current_id)
        allowed = status_targets({detail.status})
        self.status.open_dialog([self._current_id], allowed, 0 if detail.eligible else 1, target)

    def bulk_change_status(self) -> Worker | None:
        """Ask for a new status (and reasons) for every nomination selected in the list.

        Returns:
            The worker reading a long selection, None otherwise
            (:meth:`StatusController.bulk_change_status`).
        """
        return self.status.bulk_change_status()

    def apply_status(self, ids: list[int], request: TransitionRequest) -> Worker | None:
        """Change the status of nominations, all or none (:meth:`StatusController.apply`)."""
        return self.status.apply(ids, request)

    def _status_changed(self, ids: list[int], request: TransitionRequest) -> None:
        self.model.refresh()
        self._update_count()
        if self._current_id in ids:
            self._show_detail(nomination_service.get_nomination(self._ws, self._current_id))
        text = fill(self.tr("%n nomination(s) now “%1”.", "", len(ids)), status_label(request.to_status))
        if request.to_status == NominationStatus.CHANGED:
            text += " " + self.tr(
                "Edit and save it; then build a supplement bundle (Bundles menu) to send the change."
            )
        self.message.emit(text)
        self.saved.emit()
