"""Compile forms/*.ui into fieldkit/ui/forms/ui_*.py with pyside6-uic (the generated files are committed)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "fieldkit" / "ui" / "forms"


def uic() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compile_form(src: Path) -> Path:
    dest = OUT / f"ui_{src.stem}.py"
    subprocess.run([uic(), "--from-imports", str(src), "-o", str(dest)], check=True)
    return dest


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").touch()
    for src in sorted(FORMS.glob("*.ui")):
        print(compile_form(src).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
