"""Where FieldKit keeps its files. Nothing is created on import; `ensure()` creates directories.

A plain class rather than a frozen dataclass: this module is on the window's start-up path, and importing
`dataclasses` and building the class cost ~4 ms there (a bare PySide6 window starts in ~0.13 s).
"""

from __future__ import annotations

import os
from pathlib import Path

from fieldkit import APP_AUTHOR, APP_NAME

DATA_DIR_ENV = "FIELDKIT_DATA_DIR"


class AppPaths:
    """Immutable: the three folders, compared and hashed by value."""

    __slots__ = ("data_dir", "config_dir", "log_dir")

    def __init__(self, data_dir: Path, config_dir: Path, log_dir: Path):
        for name, value in (("data_dir", data_dir), ("config_dir", config_dir), ("log_dir", log_dir)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"AppPaths is immutable (tried to set {name})")

    def _key(self) -> tuple[Path, Path, Path]:
        return (self.data_dir, self.config_dir, self.log_dir)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AppPaths) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"AppPaths(data_dir={self.data_dir!r}, config_dir={self.config_dir!r}, log_dir={self.log_dir!r})"

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything under one folder: `--data-dir`, `FIELDKIT_DATA_DIR` and tests."""
        root = Path(root).expanduser().resolve()
        return cls(data_dir=root, config_dir=root / "config", log_dir=root / "logs")

    @classmethod
    def default(cls) -> AppPaths:
        from platformdirs import PlatformDirs  # noqa: PLC0415 (start-up time: only needed without --data-dir)

        # roaming=False: sync clients copying a half-written -wal file corrupt the store.
        dirs = PlatformDirs(APP_NAME.lower(), APP_AUTHOR, roaming=False)
        return cls(
            data_dir=Path(dirs.user_data_dir),
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None = None) -> AppPaths:
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        return cls.under(Path(chosen)) if chosen else cls.default()

    @property
    def db_file(self) -> Path:
        return self.data_dir / "fieldkit.db"

    @property
    def key_file(self) -> Path:
        return self.data_dir / "fieldkit.key.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def session_marker(self) -> Path:
        """Present while the store is open; found at start-up it means the last session ended uncleanly."""
        return self.data_dir / "session.open"

    def ensure(self) -> None:
        for d in (self.data_dir, self.config_dir, self.log_dir, self.backups_dir):
            d.mkdir(parents=True, exist_ok=True)
            try:
                os.chmod(d, 0o700)
            except OSError:
                pass
