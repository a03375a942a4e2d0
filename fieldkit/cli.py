"""Headless commands for central staff and scripts. `fieldkit` with no command opens the app."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from fieldkit import __version__
from fieldkit.paths import AppPaths
from fieldkit.services.errors import FrameworkError, StorageError, ValidationError, WeakPassphrase

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
    return Services.over(store)


def _emit(args, value, text: Callable[[], str]) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False) if getattr(args, "json", False) else text())


# -- store --------------------------------------------------------------------------------------

def cmd_store_init(args) -> int:
    from fieldkit.services.store import LocalStore

    paths = AppPaths.resolve(args.data_dir)
    passphrase = passphrase_from_env()
    if passphrase is None:
        passphrase = _ask_passphrase("New passphrase: ")
        if getpass.getpass("Repeat passphrase: ") != passphrase:
            raise CliError("the passphrases differ; nothing was created")
    store = LocalStore(paths).create(passphrase, display_name=args.name)
    print(f"created encrypted store in {paths.data_dir} (device {store.device_id})")
    store.close()
    return 0


def cmd_store_check(args) -> int:
    from fieldkit.domain.audit_chain import verify_chain

    services = _open(args)
    try:
        store = services.store
        problems = verify_chain(store.records.audit_events())
        print(f"integrity: {store.status.integrity}")
        print(f"audit chain: {'intact' if not problems else 'BROKEN'}")
        for p in problems:
            print(f"  {p}")
        return 0 if store.status.integrity == "ok" and not problems else 1
    finally:
        services.store.close()


def cmd_store_backup(args) -> int:
    services = _open(args)
    try:
        print(services.store.backup_now())
        return 0
    finally:
        services.store.close()


def cmd_store_passphrase(args) -> int:
    services = _open(args)
    try:
        old = passphrase_from_env() or ""
        new = getpass.getpass("New passphrase: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
        services.store.change_passphrase(old, new)
        print("passphrase changed")
        return 0
    finally:
        services.store.close()


# -- frameworks ---------------------------------------------------------------------------------

def cmd_frameworks_list(args) -> int:
    from fieldkit.services.frameworks import builtin_frameworks
    from fieldkit.services.store import LocalStore

    paths = AppPaths.resolve(args.data_dir)
    if LocalStore(paths).exists() and passphrase_from_env() is not None:
        services = _open(args)
        try:
            infos = services.frameworks.available()
        finally:
            services.store.close()
        rows = [{"id": i.framework_id, "version": i.version, "title": i.title_en, "title_cy": i.title_cy,
                 "source": i.source, "sha256": i.content_sha256} for i in infos]
    else:
        rows = [{"id": f.id, "version": f.version, "title": f.title_en, "title_cy": f.title_cy,
                 "source": "built-in", "sha256": f.content_sha256} for f in builtin_frameworks()]
    _emit(args, rows, lambda: "\n".join(f"{r['id']:<22} {r['version']:<8} {r['source']:<9} {r['title']}"
                                        for r in rows))
    return 0


def cmd_frameworks_check(args) -> int:
    from fieldkit.domain.framework import load_framework

    fw = load_framework(Path(args.file))
    nodes = sum(1 for _ in fw.iter_nodes())
    print(f"{args.file}: OK: {fw.id} version {fw.version}, {nodes} nodes, {len(fw.scales)} scales, "
          f"{len(fw.checklists)} checklists")
    return 0


def cmd_frameworks_import(args) -> int:
    services = _open(args)
    try:
        info = services.frameworks.import_file(Path(args.file))
        print(f"imported {info.framework_id} version {info.version}")
        return 0
    finally:
        services.store.close()


# -- inspections --------------------------------------------------------------------------------

def cmd_demo(args) -> int:
    from fieldkit.services.demo import create_demo

    services = _open(args)
    try:
        print(create_demo(services.inspections))
        return 0
    finally:
        services.store.close()


def cmd_inspection_list(args) -> int:
    services = _open(args)
    try:
        rows = services.inspections.list(include_archived=args.all)
    finally:
        services.store.close()
    data = [{"id": r.uuid, "title": r.title, "inspected_body": r.inspected_body, "framework": r.framework_id,
             "framework_version": r.framework_version, "status": r.status, "fieldwork_start": r.fieldwork_start,
             "fieldwork_end": r.fieldwork_end, "updated_at": r.updated_at} for r in rows]
    _emit(args, data, lambda: "\n".join(f"{r['id']}  {r['status']:<8} {r['title']}" for r in data)
          or "no inspections")
    return 0


def cmd_inspection_summary(args) -> int:
    services = _open(args)
    try:
        summary = services.inspections.summary(services.inspections.resolve_id(args.id))
    finally:
        services.store.close()
    _emit(args, summary, lambda: "\n".join([
        f"{summary['title']} ({summary['inspected_body']})",
        f"framework: {summary['framework']['title']} {summary['framework']['version']}",
        *(f"  {k}: {v}" for k, v in summary["counts"].items()),
    ]))
    return 0


def cmd_inspection_create(args) -> int:
    services = _open(args)
    try:
        uuid = services.inspections.create(
            title=args.title, inspected_body=args.body, framework_id=args.framework,
            framework_version=args.framework_version, fieldwork_start=args.start, fieldwork_end=args.end,
            notice_date=args.notice)
        print(uuid)
        return 0
    finally:
        services.store.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldkit", description=__doc__, epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    parser.add_argument("--data-dir", help="folder of the local store (default: the user data dir; "
                        "or FIELDKIT_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(parent, name, func, help_text):
        p = parent.add_parser(name, help=help_text, description=help_text, epilog=EPILOG)
        p.set_defaults(func=func)
        return p

    store = sub.add_parser("store", help="create, check and back up the encrypted local store")
    store_sub = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    p = add(store_sub, "init", cmd_store_init, "create a new encrypted store (asks for a passphrase)")
    p.add_argument("--name", required=True, help="your name as it appears on your evidence")
    add(store_sub, "check", cmd_store_check, "integrity check of the database and the audit chain")
    add(store_sub, "backup", cmd_store_backup, "write a verified encrypted backup now")
    add(store_sub, "change-passphrase", cmd_store_passphrase,
        "re-wrap the store key under a new passphrase (read from the terminal, or stdin for scripts)")

    fw = sub.add_parser("frameworks", help="inspection frameworks (built in and custom)")
    fw_sub = fw.add_subparsers(dest="frameworks_command", metavar="ACTION", required=True)
    p = add(fw_sub, "list", cmd_frameworks_list, "list the frameworks available")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(fw_sub, "check", cmd_frameworks_check, "validate a framework file; errors name the file and key")
    p.add_argument("file")
    p = add(fw_sub, "import", cmd_frameworks_import, "validate a custom framework file and add it to the store")
    p.add_argument("file")

    add(sub, "demo", cmd_demo, "create a demo inspection (CIW 2018 shape: five local areas, a team of seven)")

    insp = sub.add_parser("inspection", help="inspections in the local store")
    insp_sub = insp.add_subparsers(dest="inspection_command", metavar="ACTION", required=True)
    p = add(insp_sub, "list", cmd_inspection_list, "list inspections")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true", help="include archived inspections")
    p = add(insp_sub, "summary", cmd_inspection_summary, "title, framework and record counts of one inspection")
    p.add_argument("id", help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(insp_sub, "create", cmd_inspection_create, "create an inspection pinned to a framework version")
    p.add_argument("--title", required=True)
    p.add_argument("--body", required=True, help="the inspected body, e.g. 'Cafcass Cymru'")
    p.add_argument("--framework", required=True, help="framework id (see 'fieldkit frameworks list')")
    p.add_argument("--framework-version")
    p.add_argument("--start", help="fieldwork start, YYYY-MM-DD")
    p.add_argument("--end", help="fieldwork end, YYYY-MM-DD")
    p.add_argument("--notice", help="notice date, YYYY-MM-DD")
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


__all__ = ["build_parser", "main", "run"]
