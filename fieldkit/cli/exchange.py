"""CLI for the lead's team exchange, conflicts, attachments and purge (issue 5), hooked into `fieldkit.cli`.

    fieldkit bundle import FILE [--trusted-keys DIR]      a teammate's bundle into this laptop's store
    fieldkit team trust-key FILE | keys | revoke-key FP   the teammates' keys this laptop trusts
    fieldkit conflicts list | show ID | resolve ID ...    conflicts the imports brought
    fieldkit evidence attach ID FILE | attachments ID | attachment-save SHA --out FILE
    fieldkit store purge --inspection ID [--dry-run]      remove versions central has acknowledged
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def _cli():
    from fieldkit import cli

    return cli


def _subparsers(parser: argparse.ArgumentParser):
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


# -- bundle import, team keys --------------------------------------------------------------------------


def cmd_bundle_import(args) -> int:
    from fieldkit.services.central import BundleError

    cli = _cli()
    with cli.opened(args) as services:
        try:
            r = services.team.import_bundle(args.file, trusted_keys_dir=args.trusted_keys)
        except BundleError as exc:
            raise cli.CliError(str(exc)) from None
    data = {"file": str(r.path), "bundle_id": r.bundle_id, "inspector_id": r.inspector_id, "device_id": r.device_id,
            "inspection_id": r.inspection_uuid, "status": r.status, "new": r.new, "updated": r.updated,
            "already_present": r.already_present, "late": r.late, "conflicts": r.conflicts,
            "attachments": r.attachments, "warnings": list(r.warnings)}

    def text() -> str:
        lines = [f"{r.path}: {r.status} from {r.inspector_id}: {r.new} new, {r.updated} updated, "
                 f"{r.already_present} already present, {r.late} late, {r.conflicts} conflicts, "
                 f"{r.attachments} attached files"]
        lines += [f"  warning: {w}" for w in r.warnings]
        if r.conflicts:
            lines.append("  see them with 'fieldkit conflicts list'")
        return "\n".join(lines)

    cli._emit(args, data, text)
    return 0


def cmd_team_trust_key(args) -> int:
    with _cli().opened(args) as services:
        key, added = services.team.trust_key(args.file, inspector_id=args.inspector)
    print(f"{'trusted' if added else 'already trusted'}: {key.grouped} ({args.file}); check this fingerprint with "
          "your teammate")
    return 0


def cmd_team_keys(args) -> int:
    with _cli().opened(args) as services:
        keys = services.team.keys()
    data = [{"fingerprint": k.fingerprint, "inspector_id": k.inspector_id, "comment": k.comment,
             "added_at": k.added_at, "revoked": k.revoked, "revoked_at": k.revoked_at} for k in keys]
    _cli()._emit(args, data, lambda: "\n".join(
        f"{k.grouped}  {'REVOKED' if k.revoked else 'trusted':<8} {k.inspector_id or ''}" for k in keys)
        or "no teammate keys enrolled")
    return 0


def cmd_team_revoke_key(args) -> int:
    with _cli().opened(args) as services:
        key = services.team.revoke_key(args.fingerprint)
    print(f"revoked {key.grouped}: bundles signed with it are refused from now on")
    return 0


# -- conflicts ------------------------------------------------------------------------------------------


def _side_dict(side) -> dict:
    return {"version": side.ref, "hlc": side.hlc, "author": side.author, "deleted": side.deleted,
            "data": side.data, "mine": side.mine, "shown": side.shown}


def _view_dict(view) -> dict:
    return {"conflict_id": view.conflict_id, "record": view.uuid, "entity": view.entity,
            "inspection_id": view.inspection_uuid, "kind": view.kind, "status": view.status,
            "no_automatic_winner": view.protected, "detected_at": view.detected_at,
            "versions": [_side_dict(s) for s in view.sides]}


def cmd_conflicts_list(args) -> int:
    cli = _cli()
    with cli.opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection) if args.inspection else None
        views = services.team.conflicts(inspection, status=None if args.all else "open")
    cli._emit(args, [_view_dict(v) for v in views], lambda: "\n".join(
        f"{v.conflict_id[:12]}  {v.status:<10} {v.kind:<15} {v.entity:<12} {v.uuid}  "
        f"{' | '.join(s.ref + (' (mine)' if s.mine else '') + (' (shown)' if s.shown else '') for s in v.sides)}"
        for v in views) or "no conflicts")
    return 0


def cmd_conflicts_show(args) -> int:
    cli = _cli()
    with cli.opened(args) as services:
        view = services.team.conflict(args.id)

    def text() -> str:
        lines = [f"conflict {view.conflict_id} ({view.status}): {view.kind} on {view.entity} {view.uuid}"
                 + (" — no automatic winner: a person decides" if view.protected else "")]
        for s in view.sides:
            tags = ", ".join(t for t, on in (("mine", s.mine), ("shown now", s.shown)) if on)
            lines.append(f"\n{s.ref} by {s.author} at {s.hlc}{f' ({tags})' if tags else ''}:")
            lines.append("  (deleted)" if s.deleted else json.dumps(s.data, indent=2, ensure_ascii=False))
        return "\n".join(lines)

    cli._emit(args, _view_dict(view), text)
    return 0


def cmd_conflicts_resolve(args) -> int:
    cli = _cli()
    data = None
    if args.data:
        try:
            data = json.loads(Path(args.data).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise cli.CliError(f"{args.data}: not a readable JSON file ({exc})") from None
    with cli.opened(args) as services:
        head = services.team.resolve(args.id, keep=args.keep, data=data, delete=args.delete)
    print(f"resolved: record {head.uuid} is now version {head.origin_device}/{head.rev}, naming every head as "
          "its parent; export it to send the resolution to central")
    return 0


# -- attachments ----------------------------------------------------------------------------------------


def cmd_evidence_attach(args) -> int:
    with _cli().opened(args) as services:
        info = services.attachments.attach(args.id, args.file)
    print(f"attached {info.file_name} ({info.size} bytes, {info.media_type}, sha256 {info.sha256}) to {args.id}")
    return 0


def cmd_evidence_attachments(args) -> int:
    cli = _cli()
    with cli.opened(args) as services:
        rows = services.attachments.list(args.id)
    data = [{"id": a.uuid, "sha256": a.sha256, "file_name": a.file_name, "media_type": a.media_type,
             "size": a.size, "added_by": a.added_by, "updated_at": a.updated_at} for a in rows]
    cli._emit(args, data, lambda: "\n".join(f"{a.sha256[:12]}  {a.size:>10}  {a.media_type:<24} {a.file_name}"
                                             for a in rows) or "no attachments")
    return 0


def cmd_evidence_attachment_save(args) -> int:
    with _cli().opened(args) as services:
        matches = {a.sha256 for a in services.attachments.list(args.id) if a.sha256.startswith(args.sha256)}
        if len(matches) != 1:
            raise KeyError(f"evidence item {args.id} has no single attachment {args.sha256}")
        path = services.attachments.save_copy(matches.pop(), args.out, overwrite=args.force)
    print(f"wrote {path} (a copy outside the encrypted store)")
    return 0


# -- purge ----------------------------------------------------------------------------------------------


def cmd_store_purge(args) -> int:
    cli = _cli()
    with cli.opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        report = services.purge.plan(inspection) if args.dry_run else services.purge.purge(inspection)
    data = {"inspection_id": inspection, "removed": report.removed, "count": report.count,
            "by_entity": report.by_entity, "attachments": report.attachments, "kept": report.kept,
            "versions": [{"entity": e, "uuid": u, "origin_device": d, "rev": r} for e, u, d, r in report.versions]}

    def text() -> str:
        lines = report.lines()
        if args.dry_run:
            lines += [f"  {e} {u} {d}/{r}" for e, u, d, r in report.versions]
            lines.append("dry run: nothing was removed")
        return "\n".join(lines)

    cli._emit(args, data, text)
    return 0


# -- the tree -------------------------------------------------------------------------------------------


def add_exchange_commands(sub, add, *, store_sub, evidence_sub) -> None:
    epilog = _cli().EPILOG
    bundle_sub = _subparsers(sub.choices["bundle"])
    p = add(bundle_sub, "import", cmd_bundle_import,
            "import a teammate's bundle into the same inspection on this laptop (the lead's laptop)")
    p.add_argument("file")
    p.add_argument("--trusted-keys", help="folder of teammates' .pub files (with revoked/ or revoked.txt); "
                   "default: the keys enrolled with 'fieldkit team trust-key'")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    team = sub.add_parser("team", help="the teammates' signing keys this laptop trusts", epilog=epilog)
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = add(team_sub, "trust-key", cmd_team_trust_key, "enrol a teammate's public key (.pub from their laptop)")
    p.add_argument("file")
    p.add_argument("--inspector", help="the teammate's inspector id")
    p = add(team_sub, "keys", cmd_team_keys, "list enrolled teammate keys with their fingerprints")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(team_sub, "revoke-key", cmd_team_revoke_key, "refuse bundles signed by a teammate's key from now on")
    p.add_argument("fingerprint", help="the fingerprint (or a unique prefix of 8+ hex digits)")

    conflicts = sub.add_parser("conflicts", help="conflicts between teammates' versions, on this laptop",
                               epilog=epilog)
    c_sub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = add(c_sub, "list", cmd_conflicts_list, "list open conflicts (both versions of each)")
    p.add_argument("--inspection", help="only this inspection")
    p.add_argument("--all", action="store_true", help="include resolved and superseded conflicts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(c_sub, "show", cmd_conflicts_show, "show every version of one conflict side by side")
    p.add_argument("id", help="conflict id (or a unique prefix of 6+ characters)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(c_sub, "resolve", cmd_conflicts_resolve,
            "resolve a conflict with a new version whose parents are every head")
    p.add_argument("id", help="conflict id (or a unique prefix of 6+ characters)")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", metavar="VERSION", help="'mine', 'theirs', or a version DEVICE/REV from 'show'")
    how.add_argument("--data", metavar="FILE", help="a JSON file with the combined record")
    how.add_argument("--delete", action="store_true", help="resolve by deleting the record")

    p = add(evidence_sub, "attach", cmd_evidence_attach,
            "attach a file (a scan, a photo of a document) to an evidence item, kept encrypted in the store")
    p.add_argument("id", help="the evidence item's id")
    p.add_argument("file")
    p = add(evidence_sub, "attachments", cmd_evidence_attachments, "list the files attached to an evidence item")
    p.add_argument("id", help="the evidence item's id")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(evidence_sub, "attachment-save", cmd_evidence_attachment_save,
            "save a copy of an attached file (it leaves the encrypted store)")
    p.add_argument("id", help="the evidence item's id")
    p.add_argument("sha256", help="the file's sha256 (or a unique prefix)")
    p.add_argument("--out", required=True, help="file to write")
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = add(store_sub, "purge", cmd_store_purge,
            "remove record versions central has acknowledged and this laptop no longer needs")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--dry-run", action="store_true", help="list what would be removed, remove nothing")
    p.add_argument("--json", action="store_true", help="machine-readable output")


__all__ = ["add_exchange_commands"]
