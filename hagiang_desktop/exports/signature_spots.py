"""Where a document's signature goes, as its exporter drew it (issue #21).

A signed PDF shows its visible signature in the signature block, in the blank the exporter
leaves between the signer's title and name. The exporters note that blank here while they draw
(when somebody listens: :func:`recording_spots`), and :mod:`hagiang_desktop.exports.pdf_signing`
places the signature field on it. Kept apart so that drawing a PDF never loads the signing
libraries.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Spot:
    """Where a signature goes: page (0-based) and box in PDF points (origin bottom left)."""

    page: int
    x: float
    y: float
    width: float
    height: float


#: The spots recorded by the export running in this context; None when nobody listens. The last
#: one is the document's signature block (the list's closing, the last form's head of unit).
SIGNATURE_SPOTS: ContextVar[list[Spot] | None] = ContextVar("signature_spots", default=None)


def record_spot(canvas: Any, x: float, y: float, width: float, height: float) -> None:
    """Note the signature block's blank on the current page of ``canvas`` (absolute coordinates)."""
    spots = SIGNATURE_SPOTS.get()
    if spots is not None:
        spots.append(Spot(canvas.getPageNumber() - 1, x, y, width, height))


@contextmanager
def recording_spots() -> Iterator[list[Spot]]:
    """Collect the signature spots the exporters record while the block runs."""
    spots: list[Spot] = []
    token = SIGNATURE_SPOTS.set(spots)
    try:
        yield spots
    finally:
        SIGNATURE_SPOTS.reset(token)
