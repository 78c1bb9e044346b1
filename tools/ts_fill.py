r"""Fill Qt Linguist .ts files from a reviewed glossary (developer tool, not shipped).

Usage: python tools/ts_fill.py translations/glossary_vi.tsv

The glossary is a TSV of ``source<TAB>vietnamese`` lines (``\\n`` for a line break). The tool
writes the Vietnamese into ``hagiang_vi.ts`` and the source itself into ``hagiang_en.ts`` (English
is the source language, but a complete catalogue keeps the plural forms right), marking each
entry finished. Entries of Qt's own contexts (QPlatformTheme, QDialogButtonBox…) may be in the
glossary too. Unknown sources are reported; nothing else is changed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.etree import ElementTree as ET  # noqa: S405 - our own files

ROOT = Path(__file__).resolve().parents[1]


def _load(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, _, target = line.partition("\t")
        table[source.replace("\\n", "\n")] = target.replace("\\n", "\n")
    return table


def _plural_en(source: str) -> list[str]:
    # "%n unit(s) found" → ["%n unit found", "%n units found"]
    import re

    one = re.sub(r"\((\w+)\)", "", source).replace("(s)", "")
    many = re.sub(r"\((\w+)\)", r"\1", source)
    return [one, many]


def fill(ts_path: Path, table: dict[str, str] | None) -> list[str]:
    """Fill one .ts file; ``table`` None means English (source copied). Return the missing sources."""
    tree = ET.parse(ts_path)  # noqa: S314 - our own files
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        numerus = message.get("numerus") == "yes"
        if table is None:
            forms = _plural_en(source) if numerus else [source]
        elif source in table:
            forms = [table[source]]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    """Fill both catalogues from the glossary named on the command line."""
    glossary = _load(Path(sys.argv[1]))
    missing = fill(ROOT / "translations" / "hagiang_vi.ts", glossary)
    fill(ROOT / "translations" / "hagiang_en.ts", None)
    for source in missing:
        print("untranslated:", source.replace("\n", "\\n"))  # noqa: T201
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
