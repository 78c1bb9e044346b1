"""Translated labels for the domain's codes (kinds, statuses, channels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP

_UNIT_KINDS = {
    "province": QT_TRANSLATE_NOOP("labels", "Province"),
    "district": QT_TRANSLATE_NOOP("labels", "District / city"),
    "commune": QT_TRANSLATE_NOOP("labels", "Commune / ward / town"),
    "village": QT_TRANSLATE_NOOP("labels", "Village / residential group"),
    "office": QT_TRANSLATE_NOOP("labels", "Office"),
    "department": QT_TRANSLATE_NOOP("labels", "Department"),
    "mass_org": QT_TRANSLATE_NOOP("labels", "Mass organisation"),
    "association": QT_TRANSLATE_NOOP("labels", "Association"),
    "enterprise": QT_TRANSLATE_NOOP("labels", "Enterprise"),
    "cooperative": QT_TRANSLATE_NOOP("labels", "Cooperative"),
    "public_unit": QT_TRANSLATE_NOOP("labels", "Public unit"),
    "school": QT_TRANSLATE_NOOP("labels", "School"),
}
_NOMINEE_KINDS = {
    "collective": QT_TRANSLATE_NOOP("labels", "Collective"),
    "individual": QT_TRANSLATE_NOOP("labels", "Individual"),
    "household": QT_TRANSLATE_NOOP("labels", "Household"),
}
_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "registered": QT_TRANSLATE_NOOP("labels", "Registered"),
    "selected": QT_TRANSLATE_NOOP("labels", "Selected"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Submitted"),
    "changed": QT_TRANSLATE_NOOP("labels", "Changed since sent"),
    "accepted": QT_TRANSLATE_NOOP("labels", "Accepted"),
    "returned": QT_TRANSLATE_NOOP("labels", "Returned"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn by the sender"),
}
_CHANNELS = {
    "paper": QT_TRANSLATE_NOOP("labels", "Paper"),
    "excel_template": QT_TRANSLATE_NOOP("labels", "Excel template"),
    "bundle": QT_TRANSLATE_NOOP("labels", "Signed bundle"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "typed": QT_TRANSLATE_NOOP("labels", "Typed in"),
}


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(str(code))
    return QCoreApplication.translate("labels", source) if source else str(code)


def unit_kind_label(code: str | None) -> str:
    """Return the translated name of a unit kind."""
    return _label(_UNIT_KINDS, code)


def nominee_kind_label(code: str | None) -> str:
    """Return the translated name of a nominee kind."""
    return _label(_NOMINEE_KINDS, code)


def status_label(code: str | None) -> str:
    """Return the translated name of a nomination status."""
    return _label(_STATUSES, code)


def channel_label(code: str | None) -> str:
    """Return the translated name of a receipt channel."""
    return _label(_CHANNELS, code)


def yes_no(value: bool) -> str:
    """Return a translated yes/no."""
    return (
        QCoreApplication.translate("labels", "Yes") if value else QCoreApplication.translate("labels", "No")
    )
