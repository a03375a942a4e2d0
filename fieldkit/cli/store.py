"""`fieldkit store …` and `fieldkit frameworks …`: the encrypted local store and the frameworks in it."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from fieldkit.cli.common import CliError, _ask_passphrase, _emit, opened, passphrase_from_env
from fieldkit.paths import AppPaths


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
    with opened(args) as services:
        store = services.store
        # The chain, its anchored end, versions against events, settings, framework pins and backups.
        problems = store.audit_problems()
        print(f"integrity: {store.status.integrity}")
        print(f"audit chain: {'intact' if not problems else 'BROKEN'}")
        for p in problems:
            print(f"  {p}")
        return 0 if store.status.integrity == "ok" and not problems else 1


def cmd_store_backup(args) -> int:
    with opened(args) as services:
        print(services.store.backup_now())
        return 0


def cmd_store_passphrase(args) -> int:
    with opened(args) as services:
        old = passphrase_from_env() or ""
        new = getpass.getpass("New passphrase: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
        services.store.change_passphrase(old, new)
        print("passphrase changed")
        return 0




def cmd_frameworks_list(args) -> int:
    from fieldkit.services.frameworks import builtin_frameworks
    from fieldkit.services.store import LocalStore

    paths = AppPaths.resolve(args.data_dir)
    if LocalStore(paths).exists() and passphrase_from_env() is not None:
        with opened(args) as services:
            infos = services.frameworks.available()
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
    with opened(args) as services:
        info = services.frameworks.import_file(Path(args.file))
        print(f"imported {info.framework_id} version {info.version}")
        return 0


def register(sub, add) -> argparse._SubParsersAction:
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
    return store_sub
