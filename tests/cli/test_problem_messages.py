"""Every refusal code raised anywhere has its words, on the command line and in the window (#20).

A code without a message used to be a ``KeyError`` traceback in ``bundle verify``; the codes
are found in the source, so a new refusal without words fails here first.
"""

from __future__ import annotations

import re
from pathlib import Path

from hagiang_desktop.cli.messages import MESSAGES, problem_message

SOURCE = Path(__file__).resolve().parents[2] / "hagiang_desktop"
RAISED = re.compile(r'\b(Bundle|Signing|Key)Problem\(\s*"([a-z_]+)"')


def _codes(*paths: Path) -> set[tuple[str, str]]:
    found = set()
    for path in paths or tuple(SOURCE.rglob("*.py")):
        found.update(RAISED.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_code_has_a_command_line_message():
    missing = sorted(
        f"{kind}Problem({code!r})"
        for kind, code in _codes()
        if f"bundle_{code}" not in MESSAGES and f"key_{code}" not in MESSAGES
    )
    assert not missing


def test_every_bundle_and_signing_code_has_words_in_the_window():
    from hagiang_desktop.ui.actions.bundles import PROBLEMS

    # Bundle refusals from anywhere; signature refusals from the bundle's own verification (the
    # signed PDFs of #21 say theirs in their own dialog).
    verifying = _codes(SOURCE / "exports" / "signing.py")
    wanted = {code for kind, code in _codes() if kind == "Bundle"} | {code for _kind, code in verifying}
    missing = sorted(code for code in wanted if code not in PROBLEMS)
    assert not missing


def test_an_unknown_code_is_still_one_line():
    text = problem_message("never_heard_of", "chi tiết", "bundle", "key")
    assert "never_heard_of" in text
    assert "\n" not in text


def test_every_difference_from_a_senders_claim_has_words_on_the_command_line_and_in_the_window(
    monkeypatch,
):
    from hagiang_desktop.cli.messages import message
    from hagiang_desktop.services.bundles import Claim
    from hagiang_desktop.ui.actions.bundles.inbox import _CLAIMS

    for what in Claim:
        for found in (True, False):
            texts = set()
            for language in ("vi", "en"):
                monkeypatch.setenv("HAGIANG_LANG", language)
                text = message(f"bundle_claim_{what}_{'yes' if found else 'no'}", uid="u-1", name="Tổ Mông")
                assert "Tổ Mông" in text
                texts.add(text)
            assert len(texts) == 2
            assert (what, found) in _CLAIMS


# ---------------------------------------------------------------------------------------------
# The codes as enums (#23): each a member of its enum, each with its words in both faces and both
# languages.
# ---------------------------------------------------------------------------------------------

MEMBER = re.compile(r"\b(Bundle|Signing|Key|Token)Code\.([A-Z_0-9]+)\b")


def _enums():
    from hagiang_desktop.exports.bundle import BundleCode
    from hagiang_desktop.exports.signing import SigningCode
    from hagiang_desktop.exports.tokens import TokenCode
    from hagiang_desktop.services.keys import KeyCode

    return {"Bundle": BundleCode, "Signing": SigningCode, "Token": TokenCode, "Key": KeyCode}


def test_every_code_raised_is_a_member_of_its_enum():
    enums = _enums()
    raised = {(kind, code) for kind, code in _codes()}
    for path in SOURCE.rglob("*.py"):
        raised.update((kind, name.lower()) for kind, name in MEMBER.findall(path.read_text(encoding="utf-8")))
    strays = sorted(f"{kind}Problem({code!r})" for kind, code in raised if code not in set(enums[kind]))
    assert not strays


def test_every_code_has_words_in_vietnamese_and_english_on_the_command_line(monkeypatch):
    from hagiang_desktop.cli.messages import message

    for code in (code for enum in _enums().values() for code in enum):
        texts = []
        for language in ("vi", "en"):
            monkeypatch.setenv("HAGIANG_LANG", language)
            text = problem_message(code, "«chi tiết»", "bundle", "key")
            assert text != message("unexpected", detail=f"{code}: «chi tiết»"), code  # its own words
            texts.append(text)
        assert texts[0] != texts[1], code


def test_every_code_has_words_in_english_and_vietnamese_in_the_window():
    import xml.etree.ElementTree as ET

    from hagiang_desktop.ui.actions.bundles import PROBLEMS

    catalogue = ET.parse(SOURCE.parent / "translations" / "hagiang_vi.ts")
    vietnamese = {
        m.findtext("source"): m.findtext("translation")
        for context in catalogue.getroot()
        if context.findtext("name") == "bundles"
        for m in context.iter("message")
    }
    for code in (code for enum in _enums().values() for code in enum):
        assert code in PROBLEMS, code
        assert vietnamese.get(PROBLEMS[code]), code
