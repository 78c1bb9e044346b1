"""The unit directory's edits: add, edit, move, close, reopen, delete, history links, split.

Each edit asks in a dialog, then calls the services (one transaction with an audit entry); a
refusal is shown in plain words. The controller is given what it needs, not the window: the
workspace, the widget its dialogs belong to and the view it reads the selection from and tells
when the directory changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from hagiang_desktop.services import unit_edits, unit_history, units
from hagiang_desktop.services.unit_edits import UnitConflict, UnitEditError
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.dialogs.edit_conflict import KEEP_THEIRS, SAVE_MINE
from hagiang_desktop.ui.dialogs.split_dialog import SplitDialog
from hagiang_desktop.ui.dialogs.units.close import CloseDialog
from hagiang_desktop.ui.dialogs.units.conflict import UnitConflictDialog, unit_rows
from hagiang_desktop.ui.dialogs.units.edit import UnitEditDialog, UnitValues
from hagiang_desktop.ui.dialogs.units.links import LinksDialog
from hagiang_desktop.ui.dialogs.units.move import MoveDialog
from hagiang_desktop.ui.dialogs.units.texts import edit_error_text
from hagiang_desktop.ui.i18n import fill


@dataclass
class _EditState:
    """One edit of a unit: the unit as the dialog opened it, the version a save expects, the dated change."""

    unit: UnitRow
    expected: int
    dated: bool = False  # the dated change (a rename from a day) is written already


class DirectoryView(Protocol):
    """What the edits need of the directory's view (the tab)."""

    def current_unit(self) -> UnitRow | None:
        """Return the selected unit, if any."""

    def as_of(self) -> date | None:
        """Return the day the tree shows, or None when closed units are shown too."""

    def view_day(self) -> date:
        """Return the day chosen in the view (even when closed units are shown)."""

    def after_edit(self, select: str | None = None, *, recount: bool = False) -> None:
        """Show the directory again after an edit, selecting ``select``."""

    def update_selection(self) -> None:
        """Show the selected unit's details and actions again."""


class UnitEditController(QObject):
    """Run the directory's edits on the selected unit.

    Args:
        workspace: the open database.
        parent: the widget the dialogs and messages belong to.
        view: the view giving the selection and shown again after an edit.
    """

    def __init__(self, workspace: Workspace, parent: QWidget, view: DirectoryView) -> None:
        super().__init__(parent)
        self._ws = workspace
        # A cycle with the tab is harmless: cycles are collected on the UI thread (ui.collector).
        self._parent = parent
        self._view = view

    def _run(self, edit: Callable[[], object]) -> bool:
        try:
            edit()
        except UnitEditError as error:
            QMessageBox.warning(self._parent, self.tr("Not possible"), edit_error_text(error))
            return False
        return True

    def _all_units(self) -> Callable[[], list[UnitRow]]:
        """Return the function reading the units shown (a picker's worker calls it)."""
        ws, day = self._ws, self._view.as_of()
        return lambda: units.list_units(ws, as_of=day)

    def _lookup(self, code: str) -> UnitRow | None:
        return units.get_unit(self._ws, code)

    def add_unit(self) -> None:
        """Add a unit under the selected one."""
        selected = self._view.current_unit()
        dialog = UnitEditDialog(
            self._all_units(),
            units.list_groups(self._ws),
            parent_code=selected.code if selected else None,
            parent=self._parent,
            lookup=self._lookup,
            view_day=self._view.view_day(),
        )
        while dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()  # its changed_from is not asked: a new unit has no earlier name
            add = partial(
                unit_edits.add_unit,
                self._ws,
                code=values["code"],
                name=values["name"],
                kind=values["kind"],
                parent_code=values["parent_code"],
                valid_from=values["valid_from"],
                short_name=values["short_name"],
                contacts=values["contacts"],
            )
            if self._run(add):
                code = str(values["code"])
                if dialog.group_codes():
                    self._run(partial(unit_edits.set_groups, self._ws, code, dialog.group_codes()))
                # Recounted: a new unit is expected like its neighbours ("On time?" stayed blank, #17).
                self._view.after_edit(select=code, recount=True)
                return
            dialog.focus_first_missing()  # back where the refusal points, not on the name (#17)

    def edit_unit(self) -> None:
        """Edit the selected unit: name, kind, start date, contacts, groups."""
        unit = self._view.current_unit()
        if unit is None:
            return
        # Its parent, so the (fixed) parent box shows it instead of staying blank (#17).
        parent_unit = units.get_unit(self._ws, unit.parent_code) if unit.parent_code else None
        dialog = UnitEditDialog(
            [parent_unit] if parent_unit is not None else [],
            units.list_groups(self._ws),
            unit=unit,
            member_of=units.unit_groups(self._ws, unit.code),
            parent=self._parent,
            view_day=self._view.view_day(),
        )
        state = _EditState(unit, unit.row_version)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._save_edit(state, dialog):
                self._view.after_edit(select=unit.code)
                return

    def _save_edit(self, state: _EditState, dialog: UnitEditDialog) -> bool:
        """Save the edit dialog; tell whether the edit is over (saved, or their version kept).

        A save over another clerk's change meanwhile is never silent (#22): both versions are
        shown side by side and the clerk chooses to save theirs over it, to keep the other
        clerk's, or to go back to the dialog (False: nothing saved, the typing kept).
        """
        values, groups = dialog.values(), dialog.group_codes()
        while True:
            try:
                self._write_edit(state, values, groups)
                return True
            except UnitConflict as conflict:
                names = {group.code: group.name for group in units.list_groups(self._ws)}
                rows = unit_rows(values, groups, state.unit, conflict, names, self._lookup)
                ask = UnitConflictDialog(rows, state.unit, conflict.who, self._parent)
                ask.exec()
                if ask.choice == KEEP_THEIRS:
                    return True  # the directory shows their version; nothing of ours is written
                if ask.choice != SAVE_MINE:
                    return False
                state.expected = conflict.theirs.row_version  # over the version the clerk was shown
            except UnitEditError as error:
                QMessageBox.warning(self._parent, self.tr("Not possible"), edit_error_text(error))
                return False

    def _write_edit(self, state: _EditState, values: UnitValues, groups: set[str]) -> None:
        """Write the edit: a dated change first (the old name kept before it), then the other fields."""
        unit = state.unit
        changed_from = values["changed_from"]
        renamed = (values["name"], values["short_name"], values["kind"]) != (
            unit.name,
            unit.short_name,
            unit.kind,
        )
        if changed_from is not None and renamed and not state.dated:
            unit_history.change_unit(
                self._ws,
                unit.code,
                changed_from,
                name=values["name"],
                short_name=values["short_name"],
                kind=values["kind"],
                expected_version=state.expected,
            )
            state.dated = True
            state.expected += 1  # the dated change is a save of its own
        unit_edits.update_unit(
            self._ws,
            unit.code,
            name=values["name"],
            kind=values["kind"],
            short_name=values["short_name"],
            valid_from=values["valid_from"],
            contacts=values["contacts"],
            group_codes=groups,
            expected_version=state.expected,  # another clerk's save is never overwritten (#22)
        )

    def move_unit(self) -> None:
        """Put the selected unit under another parent."""
        unit = self._view.current_unit()
        if unit is None:
            return
        dialog = MoveDialog(unit, self._all_units(), self._parent, lookup=self._lookup)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._run(
            lambda: unit_edits.move_unit(self._ws, unit.code, dialog.parent_code())
        ):
            self._view.after_edit(select=unit.code, recount=True)  # selected models count up the tree

    def close_unit(self) -> None:
        """Close the selected unit on a day (it stays in history)."""
        unit = self._view.current_unit()
        if unit is None:
            return
        dialog = CloseDialog(unit, self._view.view_day(), self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._run(
            lambda: unit_edits.close_unit(self._ws, unit.code, dialog.day())
        ):
            self._view.after_edit(select=unit.code, recount=True)  # a closed unit may no longer be expected

    def reopen_unit(self) -> None:
        """Undo the closing of the selected unit."""
        unit = self._view.current_unit()
        if unit is not None and self._run(lambda: unit_edits.reopen_unit(self._ws, unit.code)):
            self._view.after_edit(select=unit.code, recount=True)

    def delete_unit(self) -> None:
        """Delete the selected unit for good, after asking (only a unit typed by mistake)."""
        unit = self._view.current_unit()
        if unit is None:
            return
        answer = QMessageBox.question(
            self._parent,
            self.tr("Delete unit"),
            fill(
                self.tr(
                    "Delete %1 (%2) for good? Only a unit entered by mistake should be deleted; close a unit "
                    "that has ceased to exist."
                ),
                unit.name,
                unit.code,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self._run(
            lambda: unit_edits.delete_unit(self._ws, unit.code)
        ):
            self._view.after_edit()

    def edit_links(self) -> None:
        """Show and edit the selected unit's predecessors and successors."""
        unit = self._view.current_unit()
        if unit is None:
            return
        ws = self._ws
        dialog = LinksDialog(
            unit,
            lambda: units.list_units(ws),
            load=lambda: units.links(self._ws, unit.code),
            add=lambda pred, succ, kind, basis, day, move: (
                unit_history.merge_units(self._ws, [pred], succ, day, legal_basis=basis)
                if move
                else unit_edits.add_link(
                    self._ws,
                    predecessor_code=pred,
                    successor_code=succ,
                    kind=kind,
                    legal_basis=basis,
                    legal_date=day,
                )
            ),
            remove=lambda link_id: unit_edits.remove_link(self._ws, link_id),
            parent=self._parent,
            lookup=self._lookup,
        )
        dialog.exec()
        self._view.update_selection()

    def split_unit(self) -> None:
        """Split the selected unit from a date, choosing the successor of each nomination (#24)."""
        unit = self._view.current_unit()
        if unit is None:
            return
        ws, code = self._ws, unit.code
        dialog = SplitDialog(
            unit,
            lambda: units.list_units(ws),
            lambda: unit_history.nominations_to_place(ws, code),
            lambda successors, day, choices, basis: unit_history.split_unit(
                ws, code, successors, day, choices, legal_basis=basis
            ),
            {f.code: f.title for f in ws.plan.fields},
            self._view.view_day(),
            self._parent,
            lookup=self._lookup,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._view.after_edit(select=code, recount=True)
            window = self._parent.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    fill(
                        self.tr("%1 split: %n nomination(s) sent to its successors", "", dialog.moved or 0),
                        unit.name,
                    ),
                    8000,
                )
