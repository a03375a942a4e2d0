"""Headless commands for central staff and scripts. `fieldkit` with no command opens the app.

One module per group of commands, each with a `register(sub, add)`; services (and with them SQLAlchemy) are
imported inside the commands, so building this parser stays cheap for the window's start.
"""

from __future__ import annotations

import argparse
import sys

from fieldkit import __version__
from fieldkit.cli.common import (
    EPILOG,
    PASSPHRASE_ENV,
    CliError,
    _ask_passphrase,
    _emit,
    _open,
    opened,
    passphrase_from_env,
)
from fieldkit.services.errors import FrameworkError, StorageError, ValidationError, WeakPassphrase


def build_parser() -> argparse.ArgumentParser:
    from fieldkit.cli import (  # noqa: PLC0415 (the window starts without them)
        bundles,
        evidence,
        exchange,
        inspections,
        judgements,
        privacy,
        question_sets,
        report,
        store,
    )

    parser = argparse.ArgumentParser(prog="fieldkit", description=__doc__.splitlines()[0], epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    parser.add_argument("--data-dir", help="folder of the local store (default: the user data dir; "
                        "or FIELDKIT_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(parent, name, func, help_text):
        p = parent.add_parser(name, help=help_text, description=help_text, epilog=EPILOG)
        p.set_defaults(func=func)
        return p

    store_sub = store.register(sub, add)
    inspections.register(sub, add)
    evidence_sub = evidence.register(sub, add)
    bundles.register(sub, add)
    exchange.add_exchange_commands(sub, add, store_sub=store_sub, evidence_sub=evidence_sub)  # team, conflicts, purge
    judgements.register(sub, add)
    report.register(sub, add)
    privacy.register(sub, add)
    question_sets.register(sub, add)
    return parser


def run(args: argparse.Namespace) -> int:
    try:
        return args.func(args)
    except (CliError, StorageError, FrameworkError, ValidationError, WeakPassphrase, KeyError, ValueError,
            OSError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        print(f"fieldkit: {message}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        print("fieldkit: no command given; run 'fieldkit' from the app launcher or see --help", file=sys.stderr)
        return 2
    return run(args)


__all__ = [
    "EPILOG", "PASSPHRASE_ENV", "CliError", "_ask_passphrase", "_emit", "_open", "build_parser", "main", "opened",
    "passphrase_from_env", "run",
]
