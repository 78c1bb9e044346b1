"""docs/architecture.md points at the right places: every module and name in it exists (#23)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"

#: A row of the rule table: | rule | `module` | `name` |
_RULE_ROW = re.compile(r"^\|\s*([^|]+?)\s*\|\s*`(hagiang_desktop[\w.]*)`\s*\|\s*`([\w.]+)`\s*\|\s*$")
#: A file of the project the page names: `resources/…`, `tests/…`, `docs/…`, `tools/…`.
_PROJECT_PATH = re.compile(r"`((?:resources|tests|docs|tools)/[\w./-]+\.\w+)`")
#: A module or package of the program by its path: `services/dashboard/`, `ui/tabs/x.py`, `ui/host`.
_PACKAGE_PATH = re.compile(r"`(?:hagiang_desktop/)?((?:core|storage|exports|services|ui|cli)/[\w./-]*)`")
#: A module or a name in it, dotted: `services.dashboard`, `ui.host.ActionHost`, `hagiang_desktop.core.plan`.
_DOTTED = re.compile(r"`((?:hagiang_desktop\.)?(?:core|storage|exports|services|ui|cli)\.[\w.]+)`")


def _rules() -> list[tuple[str, str, str]]:
    return [
        m.groups() for line in DOC.read_text(encoding="utf-8").splitlines() if (m := _RULE_ROW.match(line))
    ]


def test_the_rule_table_names_modules_and_names_that_exist():
    rules = _rules()
    assert len(rules) >= 30  # the table is there and was parsed
    missing = []
    for rule, module_name, dotted in rules:
        try:
            found: object = importlib.import_module(module_name)
        except ImportError:
            missing.append(f"{rule}: no module {module_name}")
            continue
        for part in dotted.split("."):
            found = getattr(found, part, None)
            if found is None:
                missing.append(f"{rule}: {module_name} has no {dotted}")
                break
    assert missing == []


def test_the_rules_named_in_the_issue_have_a_row():
    named = " ".join(rule.casefold() for rule, _module, _name in _rules())
    for rule in ("supplement", "deadline", "quota", "eligibility", "status workflow", "sort key",
                 "search folding", "bundle verification", "trust", "letterhead"):  # fmt: skip
        assert rule in named, rule


def test_the_files_it_names_exist():
    named = set(_PROJECT_PATH.findall(DOC.read_text(encoding="utf-8")))
    assert named
    assert sorted(p for p in named if not (ROOT / p).exists()) == []


def _module_path_exists(path: str) -> bool:
    """A module by path exists as named, as ``x.py`` for a bare ``x``, or, for a module the page
    says was split (``x.py`` into the package ``x/``), as the package that replaced it."""
    target = ROOT / "hagiang_desktop" / path.rstrip("/")
    candidates = [target, target.with_name(target.name + ".py")]
    if target.suffix == ".py":
        candidates.append(target.with_suffix(""))
    return any(c.exists() for c in candidates)


def test_the_modules_it_names_by_path_exist():
    named = set(_PACKAGE_PATH.findall(DOC.read_text(encoding="utf-8")))
    assert len(named) >= 20
    assert sorted(p for p in named if not _module_path_exists(p)) == []


def _resolves(dotted: str) -> bool:
    name = dotted if dotted.startswith("hagiang_desktop.") else f"hagiang_desktop.{dotted}"
    parts = name.split(".")
    for split in range(len(parts), 1, -1):  # the longest importable module, then attributes
        try:
            found: object = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for part in parts[split:]:
            found = getattr(found, part, None)
            if found is None:
                return False
        return True
    return False


def test_the_modules_and_names_it_names_dotted_exist():
    named = set(_DOTTED.findall(DOC.read_text(encoding="utf-8")))
    assert len(named) >= 30
    assert sorted(n for n in named if not _resolves(n)) == []
