"""The failures the UI and CLI tell the user about, re-exported so they never import storage."""

from fieldkit.domain.framework import FrameworkError
from fieldkit.domain.inspection import ValidationError
from fieldkit.services.store import WeakPassphrase
from fieldkit.storage.errors import (
    KeyFileError,
    StaleEdit,
    StorageError,
    StoreCorrupt,
    StoreTooNew,
    WriteFailed,
    WrongPassphrase,
)
from fieldkit.storage.framework_versions import FrameworkVersionClash

__all__ = [
    "FrameworkError", "FrameworkVersionClash", "KeyFileError", "StaleEdit", "StorageError", "StoreCorrupt",
    "StoreTooNew", "ValidationError", "WeakPassphrase", "WriteFailed", "WrongPassphrase",
]
