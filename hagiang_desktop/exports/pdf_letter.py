"""The covering letter ("công văn") that sends the registration list upward (issue #15 item 2).

One A4 portrait page or two, laid out as Nghị định 30/2020 (Phụ lục I) shows a công văn: the
office's letterhead, the number line with the subject ("V/v …") under it, the place-and-date
line, "Kính gửi", the body citing the plan, then "Nơi nhận" and the signature block kept
together. Built from the same pieces as every other document (:mod:`pdf_common`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, Spacer

from hagiang_desktop.exports.model import OfficialHeader, Signature
from hagiang_desktop.exports.pdf_common import (
    build_document,
    official_header_flowables,
    para,
    signature_block,
)

__all__ = ["CoveringLetter", "write_letter_pdf"]


@dataclass(frozen=True)
class CoveringLetter:
    """What a covering letter prints.

    Attributes:
        header: the letterhead, number ("Số:      /UBND-NV"), place and date.
        subject: the subject line under the number ("V/v đăng ký danh sách …").
        addressee: "Kính gửi" ("UBND tỉnh Hà Giang (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)").
        paragraphs: the body, one paragraph each (plain text).
        signature: the signer.
        recipients: the "Nơi nhận" lines.
    """

    header: OfficialHeader
    subject: str
    addressee: str
    paragraphs: Sequence[str]
    signature: Signature
    recipients: Sequence[str] = ()


def write_letter_pdf(target: Path | IO[bytes], letter: CoveringLetter) -> int:
    """Write the covering letter.

    Args:
        target: the PDF file (written atomically) or a binary stream.
        letter: what to print.

    Returns:
        The number of pages.
    """
    story: list[Flowable] = official_header_flowables(letter.header, subject=letter.subject)
    story.append(Spacer(1, 6))
    story.append(para(f"Kính gửi: {letter.addressee}", "addressee"))
    story.append(Spacer(1, 10))
    story += [para(text, "body") for text in letter.paragraphs]
    story.append(signature_block(letter.signature, recipients=list(letter.recipients)))
    return build_document(target, story, title=letter.subject, author=letter.header.body)
