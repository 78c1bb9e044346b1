"""Installing the UI language: our Qt Linguist catalogue, plus Qt's own standard texts.

PySide6 ships no ``qtbase_vi.qm``; the standard buttons (OK, Cancel, Yes, No…) are translated in
our own ``hagiang_vi.ts`` under Qt's contexts, so one catalogue covers both.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from hagiang_desktop.core.resources import resources_dir

LANGUAGES = ("vi", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` (lupdate finds it by name) and return it as is.

    PySide6's own marker is typed to return ``object``; the tables of texts built with this one
    are ``dict[..., str]``, and what they hold goes straight to :meth:`QCoreApplication.translate`.

    Args:
        context: the translation context the text is looked up in later.
        source: the English source text.

    Returns:
        ``source``, unchanged.
    """
    return source


_installed: list[QTranslator] = []
_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """Put values into a translated text's placeholders: ``%1`` gets the first value, and so on.

    The text stays a literal ``self.tr("…")`` at the call site, so that lupdate reads it:
    ``fill(self.tr("Saved %1 in %2"), name, folder)``. Every placeholder is filled in one pass,
    so a value that itself holds "%2" (a unit's name, a file name) is shown as it is. A
    placeholder with no value stays as it is.

    Args:
        text: the translated text.
        *values: the values, shown with ``str()``.

    Returns:
        The text with its placeholders filled.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def translations_dir() -> str:
    """Return the folder holding the built ``.qm`` files (beside ``resources/`` in a checkout)."""
    frozen_dir = resources_dir().parent / "translations"
    return str(frozen_dir)


def choose_language(requested: str | None) -> str:
    """Pick the UI language: ``--lang``, else ``HAGIANG_LANG``, else Vietnamese."""
    lang = requested or os.environ.get("HAGIANG_LANG") or "vi"
    return lang if lang in LANGUAGES else "vi"


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Load and install the catalogue for ``language`` (removing a previous one).

    Args:
        app: the application.
        language: ``vi`` or ``en``.

    Returns:
        True when a catalogue was loaded (English needs none but has one for completeness).
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = False
    # Qt's own texts first (standard buttons, file dialogs), then ours, which win on a clash.
    for prefix in ("qtbase", "hagiang"):
        translator = QTranslator(app)
        if translator.load(QLocale(language), prefix, "_", translations_dir()):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = loaded or prefix == "hagiang"
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    os.environ["HAGIANG_LANG"] = language
    return loaded
