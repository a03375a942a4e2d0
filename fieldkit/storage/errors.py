"""Storage failures the user can act on. Programming errors are left to propagate."""

from pathlib import Path


class StorageError(Exception):
    """Base for faults of the environment or the data, each with a message fit to show."""


class WrongPassphrase(StorageError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase")


class KeyFileError(StorageError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path


class StoreCorrupt(StorageError):
    def __init__(self, path: Path, detail: str, newest_backup: Path | None) -> None:
        hint = f"; newest verified backup: {newest_backup}" if newest_backup else "; no verified backup found"
        super().__init__(f"{path}: integrity check failed ({detail}){hint}")
        self.path = path
        self.detail = detail
        self.newest_backup = newest_backup


class StoreTooNew(StorageError):
    def __init__(self, path: Path, found: str, known: str) -> None:
        super().__init__(
            f"{path} was written by a newer version of FieldKit (schema {found}; this version knows "
            f"up to {known}). Install the newer FieldKit to open it; nothing has been changed."
        )


class WriteFailed(StorageError):
    """A commit did not reach the disk; the edit is still in memory and the reason is shown."""


class FrameworkVersionClash(StorageError):
    """A framework id and version already stored with other content: versions never change."""


class StaleEdit(StorageError):
    """The record moved on since the editor read it (another window or an undo)."""
