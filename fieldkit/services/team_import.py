"""The lead inspector's team exchange: enrolled teammate keys, importing their bundles into the same
inspection on this laptop, and resolving the conflicts that brings.

A teammate exports their inspection as a bundle that is *not* encrypted (bundles can only be encrypted
to central's key); the lead enrols the teammate's public key once, comparing the fingerprint read out
by the teammate, then imports. Each import is verified in full (docs/bundle-format.md §10) against the
enrolled keys, and merged with the central record's rules into this store in one transaction
(`storage/team_merge.py`). The evidence register and its search are brought up to date afterwards.

A resolution is a new version whose parents are every head of the conflict; it then travels to central
like any other edit, and closes the same conflict there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from fieldkit.domain.hlc import Hlc
from fieldkit.domain.inspection import ValidationError
from fieldkit.exchange.minisign import KeyFileError, PublicKey, load_public_key_file
from fieldkit.exchange.schema import BundleError
from fieldkit.exchange.verify import verify_bundle
from fieldkit.services.central import file_sha256, trusted_keys_from_dir
from fieldkit.services.keys import KeyService, fingerprint_groups
from fieldkit.services.store import OpenStore
from fieldkit.storage import central as central_store
from fieldkit.storage import team_merge
from fieldkit.storage.central import CentralAlarm, MergeRefused
from fieldkit.storage.merge_rules import NO_AUTO_WINNER, flagged_safeguarding
from fieldkit.storage.migrate import known_revisions
from fieldkit.storage.records import Head, utc_now_iso

__all__ = ["ConflictSide", "ConflictView", "TeamImportRefused", "TeamImportResult", "TeamKey", "TeamService"]

Progress = Any  # Callable[[int, int], None]


LOCAL_EDIT = "local-edit"  # detected_in_bundle of a conflict that an edit on this laptop changed


class TeamImportRefused(ValueError):
    """Nothing was imported or resolved; the message says why and what to do."""


@dataclass(frozen=True)
class TeamKey:
    fingerprint: str
    inspector_id: str | None
    comment: str
    added_at: str
    revoked: bool
    revoked_at: str | None

    @property
    def grouped(self) -> str:
        return fingerprint_groups(self.fingerprint)


@dataclass(frozen=True)
class TeamImportResult:
    path: Path
    bundle_id: str
    inspector_id: str
    device_id: str
    inspection_uuid: str
    status: str  # imported | already-imported
    new: int
    updated: int
    already_present: int
    late: int
    conflicts: int
    attachments: int
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ConflictSide:
    origin_device: str
    rev: int
    hlc: str
    author: str
    deleted: bool
    data: dict[str, Any] | None
    mine: bool  # written on this laptop
    shown: bool  # what the record shows now

    @property
    def ref(self) -> str:
        return f"{self.origin_device}/{self.rev}"


@dataclass(frozen=True)
class ConflictView:
    conflict_id: str
    uuid: str
    entity: str
    inspection_uuid: str | None
    kind: str  # edit-vs-edit | edit-vs-delete
    status: str
    protected: bool  # judgement or safeguarding: no automatic winner
    detected_at: str
    sides: tuple[ConflictSide, ...]

    def side(self, which: str) -> ConflictSide:
        """'mine', 'theirs' or a version ref `origin_device/rev`."""
        if which == "mine":
            mine = [s for s in self.sides if s.mine] or [s for s in self.sides if s.shown]
            if len(mine) != 1:
                raise TeamImportRefused(f"conflict {self.conflict_id[:12]}: no single version of this laptop's; "
                                        "name the version to keep (DEVICE/REV)")
            return mine[0]
        if which == "theirs":
            mine = self.side("mine")
            others = [s for s in self.sides if s is not mine]
            if len(others) != 1:
                raise TeamImportRefused(f"conflict {self.conflict_id[:12]} has {len(self.sides)} versions: name the "
                                        "one to keep (DEVICE/REV)")
            return others[0]
        for s in self.sides:
            if s.ref == which:
                return s
        raise TeamImportRefused(f"conflict {self.conflict_id[:12]}: no version {which} (it has "
                                f"{', '.join(s.ref for s in self.sides)})")


class TeamService:
    def __init__(self, store: OpenStore, keys: KeyService, evidence: Any = None, frameworks: Any = None):
        self._store = store
        self._keys = keys
        self._evidence = evidence  # EvidenceService: its register lines follow imported evidence
        self._frameworks = frameworks  # FrameworkService: an imported inspection's framework gets pinned

    # -- teammates' keys -----------------------------------------------------------------------------

    def keys(self) -> list[TeamKey]:
        return [TeamKey(k.fingerprint, k.inspector_id, k.comment, k.added_at, k.revoked, k.revoked_at)
                for k in central_store.keys(self._store.engine)]

    def read_key(self, file: str | Path) -> PublicKey:
        """A teammate's public key file, checked, not yet enrolled (to show its fingerprint first)."""
        path = Path(file)
        try:
            key = load_public_key_file(path.read_text("utf-8"))
        except (KeyFileError, UnicodeDecodeError, OSError) as exc:
            raise KeyFileError(f"{path}: {exc}") from None
        if key.key_id != PublicKey.from_raw(key.raw).key_id:
            raise KeyFileError(f"{path}: key id {key.key_id_hex} is not derived from the key's fingerprint; "
                               "not a FieldKit signing key")
        if key.fingerprint == self._keys.signing_key().fingerprint:
            raise KeyFileError(f"{path}: this is this laptop's own key, not a teammate's")
        return key

    def trust_key(self, file: str | Path, *, inspector_id: str | None = None) -> tuple[TeamKey, bool]:
        """Enrol a teammate's public key (`fieldkit key export-public` on their laptop)."""
        path = Path(file)
        key = self.read_key(path)
        actor = self._store.user
        added = central_store.add_trusted_key(self._store.engine, fingerprint=key.fingerprint,
                                              public_key_b64=key.b64, inspector_id=inspector_id, comment=path.name)
        if added:
            self._store.records.audit(actor=actor, action="team-key-trusted", entity="key", uuid=key.fingerprint)
        return next(k for k in self.keys() if k.fingerprint == key.fingerprint), added

    def revoke_key(self, fingerprint: str) -> TeamKey:
        row = central_store.revoke_key(self._store.engine, fingerprint.replace(" ", "").lower())
        self._store.records.audit(actor=self._store.user, action="team-key-revoked", entity="key",
                                  uuid=row.fingerprint)
        return next(k for k in self.keys() if k.fingerprint == row.fingerprint)

    def _trusted(self, trusted_keys_dir: str | Path | None) -> tuple[dict, set[str]]:
        if trusted_keys_dir is not None:
            return trusted_keys_from_dir(trusted_keys_dir)
        rows = central_store.keys(self._store.engine)
        trusted = {k.fingerprint: PublicKey.from_b64(k.public_key_b64) for k in rows if not k.revoked}
        if not trusted:
            raise TeamImportRefused("no teammate keys are enrolled: add each teammate's public key first "
                                    "(Team keys…, or 'fieldkit team trust-key FILE')")
        return trusted, {k.fingerprint for k in rows if k.revoked}

    # -- importing -----------------------------------------------------------------------------------

    def import_bundle(self, file: str | Path, *, trusted_keys_dir: str | Path | None = None,
                      progress: Progress | None = None) -> TeamImportResult:
        """Verify a teammate's bundle and merge its versions into this store (one transaction)."""
        path = Path(file)
        trusted, revoked = self._trusted(trusted_keys_dir)
        try:
            with open(path, "rb") as f:
                encrypted = f.read(1) == b"{"
            digest = file_sha256(path)
        except OSError as exc:
            raise TeamImportRefused(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
        if encrypted:
            raise TeamImportRefused(f"{path.name}: this bundle is encrypted to the central record, so only central "
                                    "can open it. Ask your teammate to export it for the team, not encrypted")
        try:
            bundle = verify_bundle(path, trusted_keys=trusted, revoked=revoked, progress=progress,
                                   known_data_schemas=known_revisions())
        except BundleError as exc:
            raise TeamImportRefused(f"{path.name}: refused: {exc}") from None
        with bundle:
            manifest = bundle.manifest
            inspection = manifest["inspection_id"]
            head = self._store.records.get(inspection)
            carried = any(r["uuid"] == inspection and r["entity"] == "inspection" for r in bundle.records)
            if (head is None or head.entity != "inspection") and not carried:
                raise TeamImportRefused(f"{path.name}: inspection {inspection} is not in this store and the bundle "
                                        "does not carry it; import the bundle that brought the inspection first")
            self._pin_frameworks(path, bundle.records)
            actor, device = self._store.user, self._store.device_id
            try:
                with self._store.records.transaction() as s:
                    outcome = team_merge.merge_into_store(
                        s, manifest=manifest, manifest_sha256=bundle.manifest_sha256, file_sha256=digest,
                        records=bundle.records, attachments=bundle.attachments, local_device=device,
                        stamp=utc_now_iso(), data_texts=bundle.data_texts)
                    if outcome.status == "imported":
                        self._store.records.audit(actor=actor, action="team-bundle-imported", entity="bundle",
                                                  uuid=outcome.bundle_id, session=s)
            except (CentralAlarm, MergeRefused, BundleError) as exc:
                raise TeamImportRefused(f"{path.name}: {exc}") from None
            if bundle.records:
                self._store.records.clock.observe(Hlc.decode(max(r["hlc"] for r in bundle.records)))
        self._after_change(outcome.inspections, outcome.entities)
        signer = manifest["signer"]
        return TeamImportResult(path, outcome.bundle_id, signer["inspector_id"], manifest["device_id"], inspection,
                                outcome.status, outcome.new, outcome.updated, outcome.already_present, outcome.late,
                                outcome.conflicts, outcome.attachments, tuple(outcome.warnings))

    def _pin_frameworks(self, path: Path, records: list[dict[str, Any]]) -> None:
        """An inspection arriving from a teammate needs the very framework version it pinned, here too."""
        if self._frameworks is None:
            return
        wanted = {(r["data"]["framework_id"], r["data"]["framework_version"], r["data"].get("framework_sha256"))
                  for r in records if r["entity"] == "inspection" and isinstance(r["data"], dict)
                  and "framework_id" in r["data"] and "framework_version" in r["data"]}
        for framework_id, version, sha in sorted(wanted, key=str):
            try:
                fw = self._frameworks.get(framework_id, version)
            except KeyError:
                raise TeamImportRefused(f"{path.name}: the inspection uses framework {framework_id} version "
                                        f"{version}, which this laptop does not have: import that framework file "
                                        "first (File → Import framework…)") from None
            if sha is not None and fw.content_sha256 != sha:
                raise TeamImportRefused(f"{path.name}: framework {framework_id} version {version} here differs from "
                                        "the one the inspection pinned; nothing imported")
            self._frameworks.pin(fw)

    def _after_change(self, inspections: set[str], entities: set[str]) -> None:
        if self._evidence is None or "evidence" not in entities:
            return
        for uuid in sorted(inspections):
            if self._store.records.get(uuid) is not None:
                self._evidence.rebuild_index(uuid)
        self._evidence.forget_index_state()

    # -- conflicts -----------------------------------------------------------------------------------

    def conflicts(self, inspection_uuid: str | None = None, *, status: str | None = "open") -> list[ConflictView]:
        """Conflicts as they stand now: edits made here since a conflict opened (which may have moved one
        side on without resolving it) are taken into account first."""
        self._refresh_open(inspection_uuid)
        with Session(self._store.engine) as s:
            rows = team_merge.conflicts(s, inspection_uuid=inspection_uuid, status=status)
            return [self._view(s, r) for r in rows]

    def _refresh_open(self, inspection_uuid: str | None) -> None:
        if self._store.status.read_only:  # a damaged store is shown as it is, never written
            return
        with Session(self._store.engine) as s:
            uuids = sorted({r["uuid"] for r in team_merge.conflicts(s, inspection_uuid=inspection_uuid)})
        if uuids:
            with self._store.records.transaction() as s:
                team_merge.refresh(s, uuids, stamp=utc_now_iso(), bundle_id=LOCAL_EDIT)

    def conflict(self, conflict_id: str) -> ConflictView:
        self._refresh_open(None)
        with Session(self._store.engine) as s:
            rows = [r for r in team_merge.conflicts(s, status=None) if r["conflict_id"].startswith(conflict_id)]
            if len(rows) != 1 or len(conflict_id) < 6:
                raise KeyError(f"no conflict {conflict_id}" if not rows or len(conflict_id) < 6 else
                               f"conflict id {conflict_id} is ambiguous")
            return self._view(s, rows[0])

    def _view(self, s: Session, row: dict[str, Any]) -> ConflictView:
        heads = json.loads(row["heads"])
        refs = [(h["origin_device"], h["rev"]) for h in heads]
        found = team_merge.versions_by_ref(s, row["uuid"], refs)
        current = team_merge.shown_ref(s, row["uuid"])
        sides = []
        for ref in refs:
            v = found[ref]
            sides.append(ConflictSide(v.origin_device, v.rev, v.hlc, v.author, v.deleted,
                                      json.loads(v.data) if v.data else None,
                                      v.origin_device == self._store.device_id,
                                      current == ref))
        return ConflictView(row["conflict_id"], row["uuid"], row["entity"], row["inspection_uuid"], row["kind"],
                            row["status"], row["provisional"] is None, row["detected_at"], tuple(sides))

    def resolve(self, conflict_id: str, *, keep: str | None = None, data: dict[str, Any] | None = None,
                delete: bool = False) -> Head:
        """Resolve a conflict: keep one side ('mine', 'theirs', or DEVICE/REV), save combined `data`, or
        `delete`. The new version's parents are every head of the conflict."""
        if sum(x is not None and x is not False for x in (keep, data, delete)) != 1:
            raise TeamImportRefused("say how to resolve it: keep one version, give the combined data, or delete")
        view = self.conflict(conflict_id)
        if view.status != "open":
            raise TeamImportRefused(f"conflict {view.conflict_id[:12]} is {view.status}, not open")
        if keep is not None:
            side = view.side(keep)
            content = None if side.deleted else side.data
        elif delete:
            content = None
        else:
            if not isinstance(data, dict):
                raise TeamImportRefused("the combined version must be a JSON object")
            content = data
            self._validate(view, content)
        if content is None and (view.entity in NO_AUTO_WINNER or any(flagged_safeguarding(s.data)
                                                                      for s in view.sides)):
            raise TeamImportRefused("a safeguarding concern or a judgement in conflict cannot be resolved by "
                                    "deleting it: keep a version or combine them")
        actor = self._store.user
        parents = [(s.origin_device, s.rev) for s in view.sides]
        with self._store.records.transaction() as s:
            head = self._store.records.resolve(view.uuid, content, parents=parents, author=actor, session=s)
            team_merge.refresh(s, [view.uuid], stamp=utc_now_iso(), bundle_id=f"resolution:{view.conflict_id}")
        self._after_change({view.inspection_uuid} if view.inspection_uuid else set(), {view.entity})
        return head

    def _validate(self, view: ConflictView, content: dict[str, Any]) -> None:
        if view.entity != "evidence" or self._evidence is None or view.inspection_uuid is None:
            return
        type_code, inner = content.get("type"), content.get("data")
        if not isinstance(type_code, str) or not isinstance(inner, dict):
            raise TeamImportRefused("an evidence item needs its 'type' and its 'data' object")
        problems = self._evidence.validate(view.inspection_uuid, type_code, inner, draft=True)
        if problems:
            raise ValidationError(problems)
