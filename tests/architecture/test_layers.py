"""The layering of decisions.md, checked by import-linter and by a dependency-free AST walk."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "fieldkit"

# package -> fieldkit packages it may import (besides itself)
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "exchange": {"domain"},
    "reports": {"domain"},
    "services": {"domain", "storage", "exchange", "reports", "paths"},
    "ui": {"services", "domain", "paths"},
    "cli": {"services", "domain", "paths"},
}
KNOWN = set(ALLOWED) | {"paths", "app"}
QT = ("PySide6", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _layer_of(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def test_import_directions_and_qt_confinement():
    problems = []
    for path in PKG.rglob("*.py"):
        layer = _layer_of(path)
        if layer not in ALLOWED:
            continue
        for mod in _imports(path):
            top = mod.split(".")[0]
            if top in QT and layer != "ui":
                problems.append(f"{path.relative_to(ROOT)} imports {mod} (Qt only in ui and app)")
            if top == "fieldkit" and "." in mod:
                target = mod.split(".")[1]
                if target != layer and target in KNOWN and target not in ALLOWED[layer]:
                    problems.append(f"{path.relative_to(ROOT)} imports {mod}")
    assert problems == []


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is a dev dependency and must be installed"
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
