"""Signed bundles upward, the province's inbox, and signed returns downward (issue #7).

One module per use case; this package re-exports their public names, so
``from hagiang_desktop.services import bundles`` keeps working:

- :mod:`.outbound`: the district's signed bundle (:func:`build_bundle`);
- :mod:`.trust`: the province's trust store (:func:`add_trusted`) and :func:`verify_bundle`;
- :mod:`.inbox`: :func:`import_bundle` (verify everything, then merge in one transaction) and
  :func:`preview_bundle`;
- :mod:`.overview`: :func:`province_view` (who submitted, when, on time);
- :mod:`.returns`: :func:`build_return` (province) and :func:`import_return` (district);
- :mod:`.common`: member names, results, the shared sequence counter and status moves.

:class:`BundleProblem` (the refusals, by code) is re-exported here: the faces catch it from
this package, never from :mod:`hagiang_desktop.exports` (issue #23).

Nothing is written to the database before a bundle is fully verified: :func:`verify_bundle`
reads the trust store and the last sequence from the sender, and refuses replays.
"""

from hagiang_desktop.exports.bundle import BundleProblem, VerifiedBundle
from hagiang_desktop.services.bundles.common import (
    COVER,
    DATA,
    FORMS_PDF,
    LETTER_PDF,
    LIST_PDF,
    LIST_XLSX,
    OWN_PLAN_STEM,
    RETURN_BUILT,
    RETURN_SCHEMA,
    RETURNS,
    BuiltBundle,
    Claim,
    ClaimDifference,
    Conflict,
    ImportResult,
    Progress,
    next_sequence,
)
from hagiang_desktop.services.bundles.inbox import import_bundle, preview_bundle
from hagiang_desktop.services.bundles.outbound import build_bundle
from hagiang_desktop.services.bundles.overview import SenderRow, province_view
from hagiang_desktop.services.bundles.returns import (
    ReturnableRow,
    build_return,
    import_return,
    returnable_nominations,
)
from hagiang_desktop.services.bundles.trust import (
    TrustedRow,
    add_trusted,
    list_trusted,
    remove_trusted,
    trusted_certificates,
    verify_bundle,
    verify_bundle_file,
)

__all__ = [
    "COVER",
    "DATA",
    "FORMS_PDF",
    "LETTER_PDF",
    "LIST_PDF",
    "LIST_XLSX",
    "OWN_PLAN_STEM",
    "RETURNS",
    "RETURN_BUILT",
    "RETURN_SCHEMA",
    "BuiltBundle",
    "BundleProblem",
    "Claim",
    "ClaimDifference",
    "Conflict",
    "ImportResult",
    "Progress",
    "ReturnableRow",
    "SenderRow",
    "TrustedRow",
    "VerifiedBundle",
    "add_trusted",
    "build_bundle",
    "build_return",
    "import_bundle",
    "import_return",
    "list_trusted",
    "next_sequence",
    "preview_bundle",
    "province_view",
    "remove_trusted",
    "returnable_nominations",
    "trusted_certificates",
    "verify_bundle",
    "verify_bundle_file",
]
