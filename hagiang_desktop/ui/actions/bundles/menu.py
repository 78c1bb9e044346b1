"""The Bundles menu itself: its entries, the key submenu, and the province's inbox switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from hagiang_desktop.services import scope
from hagiang_desktop.ui.actions import signatures
from hagiang_desktop.ui.actions.bundles.build import build_bundle
from hagiang_desktop.ui.actions.bundles.inbox import import_bundle, inbox_overview
from hagiang_desktop.ui.actions.bundles.key_actions import (
    backup_key,
    create_identity,
    export_certificate,
    restore_key,
    rotate_identity,
    show_fingerprint,
    update_key_actions,
)
from hagiang_desktop.ui.actions.bundles.returns import import_return, return_nomination
from hagiang_desktop.ui.actions.bundles.trust import import_certificate, trust_store

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


def install(window: ActionHost) -> None:
    """Add the Bundles menu (before Help); the province's inbox shows only in inbox mode."""
    menu_bar = window.menuBar()
    menu = QMenu(QCoreApplication.translate("bundles", "&Bundles"), window, objectName="bundlesMenu")
    help_action = menu_bar.actions()[-1] if menu_bar.actions() else None
    menu_bar.insertMenu(help_action, menu)  # type: ignore[arg-type]  # Qt: None is at the end
    key_menu = QMenu(QCoreApplication.translate("bundles", "Signing &key"), menu)
    inbox_menu = QMenu(QCoreApplication.translate("bundles", "Province &inbox"), menu, objectName="inboxMenu")
    # (menu, text, object name, slot); None is a separator. Built from data, as the house does.
    entries: list[tuple[QMenu, str, str, Callable[[ActionHost], object]] | tuple[QMenu, None]] = [
        (
            key_menu,
            QCoreApplication.translate("bundles", "&Create the signing key…"),
            "createKey",
            create_identity,
        ),
        (
            key_menu,
            QCoreApplication.translate("bundles", "Show the &fingerprint…"),
            "showFingerprint",
            show_fingerprint,
        ),
        (
            key_menu,
            QCoreApplication.translate("bundles", "&Export the certificate…"),
            "exportCert",
            export_certificate,
        ),
        (key_menu, None),
        (key_menu, QCoreApplication.translate("bundles", "&Back up the key…"), "backupKey", backup_key),
        (
            key_menu,
            QCoreApplication.translate("bundles", "&Restore the key from a backup…"),
            "restoreKey",
            restore_key,
        ),
        (
            key_menu,
            QCoreApplication.translate("bundles", "Replace with a &new key…"),
            "rotateKey",
            rotate_identity,
        ),
        (
            menu,
            QCoreApplication.translate("bundles", "Build the signed &bundle…"),
            "buildBundle",
            build_bundle,
        ),
        (
            menu,
            QCoreApplication.translate("bundles", "Build a &supplement bundle…"),
            "buildSupplement",
            lambda w: build_bundle(w, supplement=True),
        ),
        (
            menu,
            QCoreApplication.translate("bundles", "Import a return file from the province…"),
            "importReturn",
            import_return,
        ),
        (
            menu,
            QCoreApplication.translate("bundles", "Trust the province's certificate…"),
            "trustProvince",
            import_certificate,
        ),
        (
            inbox_menu,
            QCoreApplication.translate("bundles", "&Overview of received bundles…"),
            "inboxOverview",
            inbox_overview,
        ),
        (
            inbox_menu,
            QCoreApplication.translate("bundles", "&Import a bundle…"),
            "importBundle",
            import_bundle,
        ),
        (
            inbox_menu,
            QCoreApplication.translate("bundles", "&Trusted certificates…"),
            "trustStore",
            trust_store,
        ),
        (
            inbox_menu,
            QCoreApplication.translate("bundles", "&Return a nomination to its office…"),
            "returnNomination",
            return_nomination,
        ),
    ]
    menu.addMenu(key_menu)
    menu.addSeparator()
    office_actions: list[QAction] = []
    for entry in entries:
        if entry[1] is None:
            entry[0].addSeparator()
            continue
        target, text, name, slot = entry
        action = QAction(text, window, objectName=name)
        action.triggered.connect(lambda _checked=False, slot=slot: slot(window))
        target.addAction(action)
        if target is menu:
            office_actions.append(action)
    key_menu.aboutToShow.connect(lambda: update_key_actions(window, key_menu))
    update_key_actions(window, key_menu)
    menu.addSeparator()
    inbox_action = menu.addMenu(inbox_menu)
    mode = QAction(
        QCoreApplication.translate("bundles", "This is the province's inbox"), window, objectName="inboxMode"
    )
    mode.setCheckable(True)
    mode.setChecked(scope.inbox_mode(window.workspace))
    menu.addAction(mode)

    def show_mode(on: bool) -> None:
        inbox_action.setVisible(on)
        # A district office turns the inbox on in Settings, not with one stray click in this
        # menu (#17); the province sees the switch here to turn it off.
        mode.setVisible(on)
        for action in office_actions:
            action.setVisible(not on)

    def toggle(on: bool) -> None:
        if not window.can_change_scope():
            mode.setChecked(not on)
            return
        window.set_scope(scope.set_inbox_mode(window.workspace, on))
        show_mode(on)

    mode.toggled.connect(toggle)
    show_mode(mode.isChecked())
    signatures.install(window)  # "Check a signed PDF's signature…" (#21)
