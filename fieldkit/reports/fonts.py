"""DejaVu Sans, embedded in every report: reportlab's built-in fonts have no ŵ or ŷ (decisions.md)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """resources/fonts in the source tree, or in the frozen bundle (build.spec ships them as datas)."""
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return root / "resources" / "fonts"


def register() -> None:
    """Register the four faces once per process (reports may render on several threads)."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        faces = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
                 BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
        for name, file in faces.items():
            path = folder / file
            if not path.is_file():
                raise FileNotFoundError(f"report font missing: {path} (the DejaVu fonts ship in resources/fonts)")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> in Paragraph markup pick the family's faces.
        pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        for bold, italic, face in ((0, 0, FAMILY), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(FAMILY, bold, italic, face)
        _registered = True
