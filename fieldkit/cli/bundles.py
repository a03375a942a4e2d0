"""`fieldkit key|central-key|bundle|receipt|central|merge`: signed bundles from the laptop to the central record."""

from __future__ import annotations

import json
import sys

from fieldkit.cli.common import EPILOG, CliError, _emit, opened


def _bundle_errors():
    from fieldkit.services.central import BundleError, CentralAlarm, ReceiptError

    return BundleError, CentralAlarm, ReceiptError


def cmd_key_show(args) -> int:
    with opened(args) as services:
        info = services.keys.info()
    data = {"fingerprint": info.fingerprint, "key_id": info.key_id, "inspector_id": info.inspector_id,
            "display_name": info.display_name}
    _emit(args, data, lambda: f"{info.grouped}\nkey id {info.key_id} ({info.inspector_id}, {info.display_name})")
    return 0


def cmd_key_export_public(args) -> int:
    with opened(args) as services:
        path = services.keys.export_public(args.out, overwrite=args.force)
        print(f"wrote {path} (fingerprint {services.keys.info().grouped})")
        return 0


def cmd_key_set_inspector(args) -> int:
    with opened(args) as services:
        services.keys.set_inspector_id(args.inspector_id)
        print(f"bundles are now signed as {services.keys.inspector_id()}")
        return 0


def cmd_central_key_set(args) -> int:
    with opened(args) as services:
        key = services.keys.set_central_key(args.file)
        from fieldkit.services.keys import fingerprint_groups

        print(f"central key set: bundles will be encrypted to {fingerprint_groups(key.fingerprint)}")
        return 0


def cmd_bundle_export(args) -> int:
    with opened(args) as services:
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
    with opened(args) as services:
        try:
            result = services.receipts.apply(args.file)
        except receipt_error as exc:
            raise CliError(str(exc)) from None
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


def register(sub, add) -> None:
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
