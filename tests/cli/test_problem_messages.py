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
