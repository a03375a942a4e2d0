"""Render resources/icons/fieldkit.svg to fieldkit.png (256 px, the window icon) and fieldkit.ico (Windows).

The PNG and ICO are committed, like the compiled forms; run this after changing the SVG. QtSvg is used only
here, never by the app at start-up.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "fieldkit.svg")).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(sizes: tuple[int, ...]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (the format Windows Vista and later read)."""
    images = [png_bytes(render(s)) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    (ICONS / "fieldkit.png").write_bytes(png_bytes(render(256)))
    (ICONS / "fieldkit.ico").write_bytes(ico((16, 24, 32, 48, 64, 256)))
    for name in ("fieldkit.png", "fieldkit.ico"):
        print((ICONS / name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
