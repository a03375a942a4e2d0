"""Refresh the Welsh catalogue from the sources and compile it.

pyside6-lupdate collects every tr() string from fieldkit/ui and forms/ into resources/i18n/fieldkit_cy.ts
(existing translations are kept); pyside6-lrelease compiles it to fieldkit_cy.qm, which the app loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "fieldkit_cy.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    py = sorted(p for p in (ROOT / "fieldkit" / "ui").rglob("*.py") if "forms" not in p.parts)
    ui = sorted((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in [*py, *ui]]


def lupdate(ts: Path = TS) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en_GB", "-target-language", "cy_GB", "-ts", str(ts)],
                   check=True, cwd=ROOT, capture_output=True)


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT, capture_output=True)


def main() -> int:
    lupdate()
    lrelease()
    print(TS.relative_to(ROOT), QM.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
