"""Dialogs of the signing key, the bundles and the province's inbox (issue #7), one module each.

They only show and collect; every action goes through :mod:`hagiang_desktop.ui.actions.bundles`,
which calls the services.
"""

from hagiang_desktop.ui.dialogs.bundle_dialogs.inbox import InboxDialog
from hagiang_desktop.ui.dialogs.bundle_dialogs.keys import (
    FingerprintDialog,
    PassphraseDialog,
    fingerprint_label,
)
from hagiang_desktop.ui.dialogs.bundle_dialogs.returns import ReturnDialog
from hagiang_desktop.ui.dialogs.bundle_dialogs.summary import BundleSummaryDialog, bundle_summary_text
from hagiang_desktop.ui.dialogs.bundle_dialogs.trust import TrustStoreDialog

__all__ = [
    "BundleSummaryDialog",
    "FingerprintDialog",
    "InboxDialog",
    "PassphraseDialog",
    "ReturnDialog",
    "TrustStoreDialog",
    "bundle_summary_text",
    "fingerprint_label",
]
