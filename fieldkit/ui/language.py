"""The interface language (en-GB source, cy-GB translation) and picking framework text to match."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("en", "cy")
_current = "en"
_translator: QTranslator | None = None


def i18n_dir() -> Path:
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return root / "resources" / "i18n"


def current() -> str:
    return _current


def pick(english: str, welsh: str | None) -> str:
    """Framework and report text carries both languages; show Welsh when the interface is Welsh."""
    return welsh if _current == "cy" and welsh else english


def set_language(code: str) -> bool:
    """Install the catalogue for `code`; returns False if it could not be loaded (English stays)."""
    global _current, _translator
    app = QCoreApplication.instance()
    if _translator is not None and app is not None:
        app.removeTranslator(_translator)
        _translator = None
    _current = "en"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if code == "cy":
        translator = QTranslator()
        if not translator.load(str(i18n_dir() / "fieldkit_cy.qm")):
            return False
        if app is not None:
            app.installTranslator(translator)
        _translator = translator
        _current = "cy"
        QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    return True
