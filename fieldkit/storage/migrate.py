"""Schema migrations with Alembic, made safe for a laptop: backup first, foreign keys off, refuse newer.

The same history builds the central record on PostgreSQL.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from fieldkit.storage.errors import StoreTooNew


def migrations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "fieldkit" / "storage" / "migrations"
    return Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def known_revisions() -> frozenset[str]:
    """Every database schema revision this FieldKit has (a bundle naming another came from a newer one)."""
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def revision_number(rev: str | None) -> int:
    """Position of a revision in the history, mirrored into `PRAGMA user_version` for support tools."""
    if rev is None:
        return 0
    script = ScriptDirectory.from_config(_config())
    return sum(1 for _ in script.iterate_revisions(rev, "base"))


def needs_migration(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def check_not_newer(engine: Engine, db_label: Path | str) -> None:
    found = current_revision(engine)
    if found is None:
        return
    script = ScriptDirectory.from_config(_config())
    try:
        script.get_revision(found)
    except Exception:
        raise StoreTooNew(Path(str(db_label)), found, head_revision()) from None


def upgrade(engine: Engine, *, db_label: Path | str, backup: Callable[[], object] | None = None,
            target: str = "head") -> bool:
    """Bring the schema to `target`. Returns True if anything ran. A backup is taken first."""
    check_not_newer(engine, db_label)
    if current_revision(engine) == (head_revision() if target == "head" else target):
        return False
    if backup is not None and current_revision(engine) is not None:
        backup()
    cfg = _config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # A table rebuild with foreign keys on can fire ON DELETE actions; SQLite's own procedure.
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            conn.commit()  # the PRAGMA is a no-op inside a transaction
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            if sqlite:
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise RuntimeError(f"migration left broken references: {bad[:3]}")
                n = revision_number(current_revision_on(conn))
                conn.exec_driver_sql(f"PRAGMA user_version = {n}")
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()
    return True


def current_revision_on(conn) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()
