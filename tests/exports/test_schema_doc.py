"""docs/bundle-format.md prints the schemas the program checks, exactly (#20)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "bundle_schema.py"


def test_the_published_schemas_are_the_ones_checked():
    spec = importlib.util.spec_from_file_location("bundle_schema", TOOL)
    assert spec
    assert spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    document = tool.DOC.read_text(encoding="utf-8")
    assert tool.updated(document) == document, "run: .venv/bin/python tools/bundle_schema.py"
