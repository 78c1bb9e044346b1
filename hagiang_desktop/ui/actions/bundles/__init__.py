"""The Bundles menu: the signing key, signed bundles to the province, and the province's inbox.

Issue #7. Every function here can run with its inputs given (tests, scripted use) or ask for
them with the usual dialogs when they are None. The services do the work; refusals come back as
codes and are shown in plain words (Vietnamese through the translation files).

One module per use case; this package re-exports their public names:

- :mod:`.menu`: the menu itself (:func:`install`);
- :mod:`.key_actions`: the office's signing key;
- :mod:`.build`: building a signed bundle in a worker;
- :mod:`.trust`: trusting a certificate, the trust store;
- :mod:`.inbox`: the province importing a bundle, the overview;
- :mod:`.returns`: returning a nomination, applying a return file;
- :mod:`.file_import` and :mod:`.common`: what they share.
"""

from hagiang_desktop.ui.actions.bundles.build import BuildFlow, BuildJob, build_bundle
from hagiang_desktop.ui.actions.bundles.common import PROBLEMS, problem_text
from hagiang_desktop.ui.actions.bundles.file_import import FileImportFlow
from hagiang_desktop.ui.actions.bundles.inbox import BundleImportFlow, import_bundle, inbox_overview
from hagiang_desktop.ui.actions.bundles.key_actions import (
    backup_key,
    create_identity,
    export_certificate,
    print_fingerprint_form,
    restore_key,
    rotate_identity,
    save_fingerprint_form,
    show_fingerprint,
    update_key_actions,
)
from hagiang_desktop.ui.actions.bundles.menu import install
from hagiang_desktop.ui.actions.bundles.returns import ReturnFlow, import_return, return_nomination
from hagiang_desktop.ui.actions.bundles.trust import import_certificate, trust_store

__all__ = [
    "PROBLEMS",
    "BuildFlow",
    "BuildJob",
    "BundleImportFlow",
    "FileImportFlow",
    "ReturnFlow",
    "backup_key",
    "build_bundle",
    "create_identity",
    "export_certificate",
    "import_bundle",
    "import_certificate",
    "import_return",
    "inbox_overview",
    "install",
    "print_fingerprint_form",
    "problem_text",
    "restore_key",
    "return_nomination",
    "rotate_identity",
    "save_fingerprint_form",
    "show_fingerprint",
    "trust_store",
    "update_key_actions",
]
