"""What every command shares: the passphrase, opening the store's services, plain or JSON output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from fieldkit.paths import AppPaths

# Services (and with them SQLAlchemy) are imported inside the commands: the app window is started
# through this parser too, and must not wait for database code it does not yet need.
PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"

EPILOG = (
    "The store's passphrase is asked for at the terminal. For scripts, FIELDKIT_PASSPHRASE may hold it; "
    "anyone who can read this process's environment (or your shell history) can then unlock the store."
)


class CliError(Exception):
    pass


def passphrase_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV)


def _ask_passphrase(prompt: str = "Passphrase: ") -> str:
    from_env = passphrase_from_env()
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CliError("no passphrase: set FIELDKIT_PASSPHRASE or run in a terminal")
    return getpass.getpass(prompt)


def _open(args):
    from fieldkit.services.container import Services
    from fieldkit.services.store import LocalStore

    paths = AppPaths.resolve(args.data_dir)
    local = LocalStore(paths)
    if not local.exists():
        raise CliError(f"no FieldKit store in {paths.data_dir}: run 'fieldkit store init' or open the app")
    store = local.unlock(_ask_passphrase(), read_only=getattr(args, "read_only", False))
    if store.status.integrity != "ok":
        print(f"warning: {paths.db_file} failed its integrity check ({store.status.integrity}); opened "
              f"read-only. Newest verified backup: {store.status.newest_backup}", file=sys.stderr)
    for problem in store.status.audit_problems:  # recorded in the log too; `store check` keeps reporting it
        print(f"warning: audit log: {problem}", file=sys.stderr)
    return Services.over(store)


@contextmanager
def opened(args) -> Iterator:
    """The store's services for one command, closed however the command ends."""
    services = _open(args)
    try:
        yield services
    finally:
        services.store.close()


def _emit(args, value, text: Callable[[], str]) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False) if getattr(args, "json", False) else text())
