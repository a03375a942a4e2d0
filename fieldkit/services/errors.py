"""The failures the UI and CLI tell the user about, re-exported so they never import storage.

Only light modules here: the unlock screen imports this before any database code is loaded.
"""

from fieldkit.domain.errors import FrameworkError, ValidationError
from fieldkit.domain.passphrase import WeakPassphrase
from fieldkit.storage.errors import (
    FrameworkVersionClash,
    KeyFileError,
    StaleEdit,
    StorageError,
    StoreCorrupt,
    StoreTooNew,
    WriteFailed,
    WrongPassphrase,
)

__all__ = [
    "FrameworkError", "FrameworkVersionClash", "KeyFileError", "StaleEdit", "StorageError", "StoreCorrupt",
    "StoreTooNew", "ValidationError", "WeakPassphrase", "WriteFailed", "WrongPassphrase",
]
