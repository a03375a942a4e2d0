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
    for problem in store.status.audit_problems:  # recorded in the log too; `store check` keeps reporting it
        print(f"warning: audit log: {problem}", file=sys.stderr)
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
    services = _open(args)
    try:
        store = services.store
        # The chain, its anchored end, versions against events, settings, framework pins and backups.
        problems = store.audit_problems()
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
    from fieldkit.services.demo_conclusions import create_demo_inspection

    services = _open(args)
    try:
        print(create_demo_inspection(services, args.shape))
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


def cmd_inspection_set_nodes(args) -> int:
    services = _open(args)
    try:
        uuid = services.inspections.resolve_id(args.id)
        off = services.inspections.set_nodes(uuid, off=tuple(args.off), on=tuple(args.on))
        print(f"switched off: {', '.join(off)}" if off else "every node is switched on")
        return 0
    finally:
        services.store.close()


# -- evidence -----------------------------------------------------------------------------------

def cmd_evidence_import(args) -> int:
    from fieldkit.services.evidence_import import EvidenceImporter, ImportRejected

    services = _open(args)
    try:
        inspection = services.inspections.resolve_id(args.inspection)
        try:
            result = EvidenceImporter(services.evidence).import_file(inspection, Path(args.file), fmt=args.format)
        except ImportRejected as exc:
            for problem in exc.problems:
                print(f"{args.file}: {problem}", file=sys.stderr)
            print(f"fieldkit: nothing was imported ({len(exc.problems)} problem(s))", file=sys.stderr)
            return 1
        print(f"imported {result.count} evidence item(s) into inspection {inspection}")
        return 0
    finally:
        services.store.close()


def cmd_evidence_list(args) -> int:
    from fieldkit.domain.evidence import TYPE_CODES
    from fieldkit.services.evidence import EvidenceFilter

    if args.type is not None and args.type not in TYPE_CODES:
        raise CliError(f"unknown evidence type {args.type!r}: one of {', '.join(TYPE_CODES)}")
    services = _open(args)
    try:
        inspection = services.inspections.resolve_id(args.inspection)
        flt = EvidenceFilter(type_code=args.type, search=args.search, flag=args.flag, date_from=args.date_from,
                             date_to=args.date_to)
        limit = args.limit if args.limit is not None else services.evidence.count(inspection, flt)
        rows = services.evidence.query(inspection, flt, sort=args.sort, descending=not args.ascending, limit=limit)
        rates = services.evidence.survey_rates(r.uuid for r in rows if r.type_code == "survey")
    finally:
        services.store.close()
    data = [{"id": r.uuid, "type": r.type_code, "type_label": r.type_label_en, "title": r.title,
             "evidence_date": r.evidence_date, "author": r.author, "site": r.site_name or None,
             "site_id": r.site_uuid, "criteria": list(r.criteria), "good_practice": r.good_practice,
             "safeguarding": r.safeguarding, "nominated": r.nominated, "corroboration": r.corroboration,
             "updated_at": r.updated_at} for r in rows]
    for r in data:
        if r["id"] in rates:
            r["responses"], r["distributed"], r["response_rate"] = rates[r["id"]]

    def rate(r) -> str:
        if "response_rate" not in r:
            return ""
        if r["response_rate"] is None:
            return "  (response rate not known)"
        return f"  (response rate {r['response_rate']:.0%}: {r['responses']} of {r['distributed']})"

    _emit(args, data, lambda: "\n".join(
        f"{r['id']}  {r['evidence_date'] or '----------'}  {r['type']:<22} {r['title']}{rate(r)}" for r in data)
        or "no evidence")
    return 0



# -- keys, bundles, receipts (issue 5) ------------------------------------------------------------------

def _bundle_errors():
    from fieldkit.services.central import BundleError, CentralAlarm, ReceiptError

    return BundleError, CentralAlarm, ReceiptError


def cmd_key_show(args) -> int:
    services = _open(args)
    try:
        info = services.keys.info()
    finally:
        services.store.close()
    data = {"fingerprint": info.fingerprint, "key_id": info.key_id, "inspector_id": info.inspector_id,
            "display_name": info.display_name}
    _emit(args, data, lambda: f"{info.grouped}\nkey id {info.key_id} ({info.inspector_id}, {info.display_name})")
    return 0


def cmd_key_export_public(args) -> int:
    services = _open(args)
    try:
        path = services.keys.export_public(args.out, overwrite=args.force)
        print(f"wrote {path} (fingerprint {services.keys.info().grouped})")
        return 0
    finally:
        services.store.close()


def cmd_key_set_inspector(args) -> int:
    services = _open(args)
    try:
        services.keys.set_inspector_id(args.inspector_id)
        print(f"bundles are now signed as {services.keys.inspector_id()}")
        return 0
    finally:
        services.store.close()


def cmd_central_key_set(args) -> int:
    services = _open(args)
    try:
        key = services.keys.set_central_key(args.file)
        from fieldkit.services.keys import fingerprint_groups

        print(f"central key set: bundles will be encrypted to {fingerprint_groups(key.fingerprint)}")
        return 0
    finally:
        services.store.close()


def cmd_bundle_export(args) -> int:
    services = _open(args)
    try:
        inspection = services.inspections.resolve_id(args.inspection)
        plan = services.export.plan(inspection, include_all=args.all)
        for line in plan.privacy.lines():
            print(line, file=sys.stderr)
        if plan.privacy.needs_confirmation and not args.accept_privacy_report:
            raise CliError("not exported: review the privacy report above, redact what should not leave this "
                           "laptop, or pass --accept-privacy-report to send it as it is")
        if not args.no_encrypt and plan.central_key_fingerprint is None:
            print("warning: no central key is configured ('fieldkit central-key set FILE'), so the bundle is NOT "
                  "encrypted", file=sys.stderr)
        result = services.export.write(plan, args.out, encrypt=not args.no_encrypt,
                                       accept_privacy_report=args.accept_privacy_report)
    finally:
        services.store.close()
    data = {"file": str(result.path), "bundle_id": result.bundle_id, "manifest_sha256": result.manifest_sha256,
            "device_seq": result.device_seq, "records": result.records, "audit_events": result.audit_events,
            "attachments": result.attachments, "encrypted": result.encrypted,
            "central_key_fingerprint": result.central_key_fingerprint, "size": result.size}
    _emit(args, data, lambda: f"wrote {result.path}: {result.records} record versions, {result.audit_events} audit "
          f"events, {'encrypted to central' if result.encrypted else 'NOT encrypted'} (bundle {result.bundle_id})")
    return 0


def cmd_bundle_verify(args) -> int:
    from fieldkit.services.central import verify_file

    bundle_error, _, _ = _bundle_errors()
    try:
        info = verify_file(args.file, trusted_keys_dir=args.trusted_keys, revoked=args.revoked or [],
                           central_key_file=args.central_key)
    except bundle_error as exc:
        print(f"fieldkit: {args.file}: REFUSED: {exc}", file=sys.stderr)
        return 1
    _emit(args, info, lambda: f"{args.file}: OK: bundle {info['bundle_id']} from {info['inspector_id']} "
          f"(device {info['device_id']} number {info['device_seq']}), {info['records']} record versions, "
          f"{info['audit_events']} audit events, {info['attachments']} attachments")
    return 0


def cmd_bundle_receipt(args) -> int:
    _, _, receipt_error = _bundle_errors()
    services = _open(args)
    try:
        result = services.receipts.apply(args.file)
    except receipt_error as exc:
        raise CliError(str(exc)) from None
    finally:
        services.store.close()
    print(f"receipt {result.receipt_id} for bundle {result.bundle_id}: {result.marked} versions acknowledged, "
          f"{result.already} already were, {result.unknown} not in this store, {result.mismatched} refused "
          "(different content)")
    return 0 if result.mismatched == 0 else 1


def _central(url):
    from fieldkit.services.central import CentralService

    return CentralService(url)


def cmd_central_init(args) -> int:
    central = _central(args.url)
    revision, changed = central.init()
    print(f"{central.label}: central record {'created or upgraded' if changed else 'already'} at schema {revision}")
    return 0


def cmd_central_keygen(args) -> int:
    from fieldkit.services.central import write_central_keys
    from fieldkit.services.keys import fingerprint_groups

    fp = write_central_keys(args.out_private, args.out_public)
    print(f"central key {fingerprint_groups(fp)}\nprivate: {args.out_private} (keep it on the central server only)"
          f"\npublic:  {args.out_public} (give it to every laptop: 'fieldkit central-key set FILE')")
    return 0


def cmd_central_trust_key(args) -> int:
    central = _central(args.url)
    try:
        key, added = central.trust_key(args.file, inspector_id=args.inspector)
    finally:
        central.close()
    from fieldkit.services.keys import fingerprint_groups

    print(f"{'trusted' if added else 'already enrolled'}: {fingerprint_groups(key.fingerprint)} ({args.file})")
    return 0


def cmd_central_revoke_key(args) -> int:
    central = _central(args.url)
    try:
        row = central.revoke_key(args.fingerprint)
    finally:
        central.close()
    print(f"revoked {row.fingerprint} at {row.revoked_at}: bundles signed with it are refused from now on")
    return 0


def cmd_central_keys(args) -> int:
    central = _central(args.url)
    try:
        rows = central.keys()
    finally:
        central.close()
    data = [dict(r.__dict__) for r in rows]
    _emit(args, data, lambda: "\n".join(f"{r.fingerprint}  {'REVOKED' if r.revoked else 'trusted':<8} "
                                         f"{r.inspector_id or ''}" for r in rows) or "no keys enrolled")
    return 0


def cmd_central_conflicts(args) -> int:
    central = _central(args.url)
    try:
        rows = central.conflicts(status=None if args.all else "open")
    finally:
        central.close()
    _emit(args, rows, lambda: "\n".join(f"{r['conflict_id'][:12]}  {r['status']:<10} {r['kind']:<15} "
                                         f"{r['entity']:<10} {r['uuid']}  shown: {r['provisional'] or 'none'}"
                                         for r in rows) or "no conflicts")
    return 0


def cmd_central_receipt(args) -> int:
    from fieldkit.services.central import load_central_key_file

    central = _central(args.url)
    try:
        path = central.receipt_for(args.bundle_id, load_central_key_file(args.central_key), args.out)
    finally:
        central.close()
    print(f"wrote {path}")
    return 0


def cmd_merge(args) -> int:
    from fieldkit.services.central import load_central_key_file

    key = load_central_key_file(args.central_key) if args.central_key else None
    if args.receipts and key is None:
        raise CliError("--receipts needs --central-key: receipts are signed with central's key")
    central = _central(args.into)
    try:
        results = central.merge(args.files, central_key=key, receipts_dir=args.receipts)
    finally:
        central.close()
    if getattr(args, "json", False):
        print(json.dumps([r.as_dict() for r in results], indent=2, ensure_ascii=False))
    else:
        for r in results:
            if not r.ok:
                print(f"{r.path}: REFUSED: {r.error}")
                continue
            o = r.outcome
            line = (f"{r.path}: {o.status}: {o.new} new, {o.updated} updated, {o.already_present} already present, "
                    f"{o.late} late (logged only), {o.conflicts} conflicts, {len(o.warnings)} warnings")
            print(line)
            for w in o.warnings:
                print(f"  warning: {w}")
            if r.receipt_path:
                print(f"  receipt: {r.receipt_path}")
    return 0 if all(r.ok for r in results) else 1


def _add_bundle_commands(sub, add) -> None:
    key = sub.add_parser("key", help="this laptop's signing key", epilog=EPILOG)
    key_sub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    p = add(key_sub, "show", cmd_key_show, "print the signing key's fingerprint (made on first use)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(key_sub, "export-public", cmd_key_export_public, "write the public key in minisign .pub format")
    p.add_argument("--out", required=True, help="file to write")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p = add(key_sub, "set-inspector-id", cmd_key_set_inspector, "the inspector id bundles are signed as")
    p.add_argument("inspector_id", help="e.g. INS-042")

    ck = sub.add_parser("central-key", help="the central record's public key on this laptop", epilog=EPILOG)
    ck_sub = ck.add_subparsers(dest="central_key_command", metavar="ACTION", required=True)
    p = add(ck_sub, "set", cmd_central_key_set, "store central's public key: bundles are then encrypted to it")
    p.add_argument("file", help="central's public key file (from 'fieldkit central keygen')")

    bundle = sub.add_parser("bundle", help="export, verify and acknowledge signed bundles", epilog=EPILOG)
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = add(bundle_sub, "export", cmd_bundle_export,
            "export an inspection's record versions not yet acknowledged by central as a signed bundle")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--out", required=True, help="bundle file to write, or a folder to name it in")
    p.add_argument("--all", action="store_true", help="every version, acknowledged or not")
    p.add_argument("--no-encrypt", action="store_true", help="do not encrypt to central's key (recorded in the "
                   "audit log)")
    p.add_argument("--accept-privacy-report", action="store_true",
                   help="export although the privacy check found possible identifying details")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(bundle_sub, "verify", cmd_bundle_verify, "check a bundle's signature, contents and format")
    p.add_argument("file")
    p.add_argument("--trusted-keys", required=True, help="folder of inspectors' .pub files")
    p.add_argument("--revoked", action="append", metavar="FINGERPRINT", help="a revoked key (repeatable)")
    p.add_argument("--central-key", help="central's private key file, to open an encrypted bundle")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(bundle_sub, "receipt", cmd_bundle_receipt, "apply a receipt from central: mark versions acknowledged")
    p.add_argument("file")
    receipt = sub.add_parser("receipt", help="receipts from the central record", epilog=EPILOG)
    receipt_sub = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    p = add(receipt_sub, "import", cmd_bundle_receipt, "same as 'bundle receipt FILE'")
    p.add_argument("file")

    central = sub.add_parser("central", help="the central record (SQLite file or postgresql+psycopg:// URL)",
                             epilog=EPILOG)
    central_sub = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    p = add(central_sub, "init", cmd_central_init, "create or upgrade the central record's schema")
    p.add_argument("url", help="a SQLite file path, sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")
    p = add(central_sub, "keygen", cmd_central_keygen, "make central's key pair (encryption and receipts)")
    p.add_argument("--out-private", required=True)
    p.add_argument("--out-public", required=True)
    p = add(central_sub, "trust-key", cmd_central_trust_key, "enrol an inspector's public key (.pub)")
    p.add_argument("url")
    p.add_argument("file")
    p.add_argument("--inspector", help="the inspector id the key belongs to")
    p = add(central_sub, "revoke-key", cmd_central_revoke_key, "refuse bundles signed by a key from now on")
    p.add_argument("url")
    p.add_argument("fingerprint", help="the key's fingerprint (or a unique prefix of 8+ hex digits)")
    p = add(central_sub, "keys", cmd_central_keys, "list enrolled keys")
    p.add_argument("url")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(central_sub, "conflicts", cmd_central_conflicts, "list conflicts waiting for the lead inspector")
    p.add_argument("url")
    p.add_argument("--all", action="store_true", help="include resolved and superseded conflicts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(central_sub, "receipt", cmd_central_receipt, "sign again the receipt for a merged bundle")
    p.add_argument("url")
    p.add_argument("bundle_id")
    p.add_argument("--central-key", required=True, help="central's private key file")
    p.add_argument("--out", required=True)

    p = add(sub, "merge", cmd_merge, "verify bundles and merge them into the central record, one transaction each")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--into", required=True, help="the central record: SQLite path or postgresql+psycopg:// URL")
    p.add_argument("--central-key", help="central's private key file: opens encrypted bundles, signs receipts")
    p.add_argument("--receipts", help="folder to write a signed receipt per merged bundle into")
    p.add_argument("--json", action="store_true", help="machine-readable output")


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

    p = add(sub, "demo", cmd_demo, "create a demo inspection, evidence to recommendations (default: CIW 2018 "
            "shape, five local areas and a team of seven; ofsted-2007: the graded East Midlands shape)")
    p.add_argument("--shape", choices=("ciw-2018", "ofsted-2007"), default="ciw-2018")

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
    p = add(insp_sub, "set-nodes", cmd_inspection_set_nodes,
            "switch optional framework nodes (e.g. MCSI key functions) off or back on; nothing recorded is lost")
    p.add_argument("id", help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--off", action="append", default=[], metavar="CODE", help="switch this node off (repeatable)")
    p.add_argument("--on", action="append", default=[], metavar="CODE", help="switch this node back on (repeatable)")

    evid = sub.add_parser("evidence", help="evidence items of an inspection: bulk import and listing", epilog=EPILOG)
    evid_sub = evid.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    p = add(evid_sub, "import", cmd_evidence_import,
            "import evidence from JSON Lines (any type) or CSV (survey tallies); all or nothing, "
            "problems reported by line (format: docs/evidence-import.md)")
    p.add_argument("file")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--format", choices=("jsonl", "csv"), help="default: from the file extension (.csv, else jsonl)")
    p = add(evid_sub, "list", cmd_evidence_list, "list an inspection's evidence register")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--type", help="only this evidence type, e.g. case_file_reading")
    p.add_argument("--search", help="full-text search (every word, accents ignored)")
    p.add_argument("--flag", choices=("good_practice", "safeguarding", "nominated"))
    p.add_argument("--from", dest="date_from", help="evidence date from, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="evidence date to, YYYY-MM-DD")
    p.add_argument("--sort", default="evidence_date",
                   choices=("evidence_date", "updated_at", "type", "title", "author", "site", "corroboration",
                            "flags"))
    p.add_argument("--ascending", action="store_true", help="oldest (or A) first")
    p.add_argument("--limit", type=int, help="at most this many lines")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _add_bundle_commands(sub, add)
    from fieldkit.cli_exchange import add_exchange_commands  # noqa: PLC0415 (issue 5: team, conflicts, purge)

    add_exchange_commands(sub, add, store_sub=store_sub, evidence_sub=evid_sub)
    from fieldkit.cli_judgements import register as add_judgement_commands

    add_judgement_commands(sub, add)
    from fieldkit.cli_report import register as add_report_command

    add_report_command(sub, add)
    from fieldkit.cli_privacy import register as add_privacy_commands

    add_privacy_commands(sub, add)
    from fieldkit.cli_question_sets import register as add_question_set_commands

    add_question_set_commands(sub, add)
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
