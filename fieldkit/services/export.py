"""Exporting an inspection as a signed "fieldkit bundle v1", after a privacy check the inspector confirms.

By default a bundle carries every record version of the inspection that no receipt from central has
acknowledged yet (`--all`: every version). The child pseudonym register never leaves the laptop;
safeguarding concerns travel in every bundle, acknowledged or not. Bundles are sealed to central's
X25519 key once one is configured; an unencrypted export is recorded in the audit log.

Privacy check: `PrivacyReport` is built by a scanner, a callable `text -> iterable of matches`. The
default is `fieldkit.domain.privacy.scan`, told the inspection's register pseudonyms and never-to-write
names. Should no checker be importable, the report says so and the export needs the same explicit
confirmation as one with findings. A match may be a string or an object with `kind`/`category`,
`text`/`match` and optionally `start`; anything else is shown with `str()`.
"""

from __future__ import annotations

import importlib
import uuid as uuidlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit import __version__
from fieldkit.bulk import gc_paused
from fieldkit.exchange.bundle import BundleInfo, LazyBlob, bundle_file_name, write_bundle
from fieldkit.exchange.canonical import RawJSON
from fieldkit.exchange.receipt import ReceiptError, read_receipt
from fieldkit.exchange.schema import ATTACHMENT_ENTITY, attachment_reference
from fieldkit.services.inspections import CHILD, LOCAL_ONLY_ENTITIES, NEVER_WRITE
from fieldkit.services.keys import KeyService
from fieldkit.services.store import OpenStore
from fieldkit.storage import attachment_blobs, export_rows
from fieldkit.storage.acknowledgements import acknowledge
from fieldkit.storage.merge_rules import flagged_safeguarding
from fieldkit.storage.migrate import head_revision
from fieldkit.storage.records import Version

CONCERN = "concern"  # safeguarding concerns: always exported, never auto-merged
ALWAYS_EXPORTED = frozenset({CONCERN})
DEFAULT_CHECKER = "fieldkit.domain.privacy"


def is_safeguarding(version: Version) -> bool:
    """A safeguarding concern: its own entity, or an evidence item flagged `safeguarding` (in its data)."""
    return version.entity in ALWAYS_EXPORTED or flagged_safeguarding(version.data)


AUDIT_ACKED_SETTING = "bundle.audit_acked_seq"

Scanner = Callable[[str], Iterable[Any]]
AttachmentLoader = Callable[[list[Version]], Mapping[str, bytes]]
Progress = Callable[[int, int], None]


class ExportRefused(ValueError):
    """The export did not happen; the message says why and what to do."""


class PrivacyNotAccepted(ExportRefused):
    pass


class NothingToExport(ExportRefused):
    pass


# -- the privacy check ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrivacyFinding:
    uuid: str
    entity: str
    field: str
    kind: str
    text: str
    excerpt: str

    def line(self) -> str:
        return f"{self.entity} {self.uuid[:8]} {self.field}: {self.kind}: {self.excerpt}"


@dataclass(frozen=True)
class PrivacyReport:
    checker: str | None  # None: no privacy checker is installed, nothing was scanned
    findings: tuple[PrivacyFinding, ...] = ()
    fields_checked: int = 0

    @property
    def needs_confirmation(self) -> bool:
        return self.checker is None or bool(self.findings)

    def lines(self) -> list[str]:
        if self.checker is None:
            return ["privacy check: no privacy checker is installed; nothing was scanned. "
                    "Read the records before you confirm."]
        head = (f"privacy check ({self.checker}): {len(self.findings)} possible identifying detail(s) "
                f"in {self.fields_checked} text field(s)")
        return [head, *("  " + f.line() for f in self.findings)]


def default_scanner() -> tuple[str, Scanner] | None:
    """`fieldkit.domain.privacy.scan` when the privacy checker is installed, else None."""
    try:
        module = importlib.import_module("fieldkit.domain.privacy")
    except ImportError:
        return None
    scan = getattr(module, "scan", None)
    return (DEFAULT_CHECKER, scan) if callable(scan) else None


def _texts(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        if value.strip():
            yield path, value
    elif isinstance(value, dict):
        for key in sorted(value):
            yield from _texts(value[key], f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, f"{path}[{i}]")


def _finding(version: Version, path: str, text: str, match: Any) -> PrivacyFinding:
    if isinstance(match, str):
        kind, found, start = "possible identifier", match, text.find(match)
    else:
        kind = str(getattr(match, "kind", None) or getattr(match, "category", None) or type(match).__name__)
        found = getattr(match, "text", None) or getattr(match, "match", None) or str(match)
        start = getattr(match, "start", None)
        start = start if isinstance(start, int) else text.find(str(found))
    found = str(found)
    if start is not None and start >= 0:
        lo, hi = max(0, start - 20), min(len(text), start + len(found) + 20)
        excerpt = ("…" if lo else "") + text[lo:start] + "[" + found + "]" + text[start + len(found):hi] \
            + ("…" if hi < len(text) else "")
    else:
        excerpt = "[" + found + "]"
    return PrivacyFinding(version.uuid, version.entity, path, kind, found, excerpt.replace("\n", " "))


def privacy_report(versions: Iterable[Version], scanner: tuple[str, Scanner] | None) -> PrivacyReport:
    if scanner is None:
        return PrivacyReport(None)
    name, scan = scanner
    findings: list[PrivacyFinding] = []
    checked = 0
    latest: dict[str, Version] = {}
    for v in versions:  # scan what leaves the laptop: every version, but each text once per record
        if v.data is not None:
            latest[f"{v.uuid}/{v.origin_device}/{v.rev}"] = v
    seen: set[tuple[str, str, str]] = set()
    for v in latest.values():
        for path, text in _texts(v.data, ""):
            if (v.uuid, path, text) in seen:
                continue
            seen.add((v.uuid, path, text))
            checked += 1
            findings.extend(_finding(v, path, text, m) for m in scan(text))
    return PrivacyReport(name, tuple(findings), checked)


# -- export ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportPlan:
    inspection_uuid: str
    include_all: bool
    versions: tuple[Version, ...]
    audit_events: tuple[dict[str, Any], ...]
    privacy: PrivacyReport
    central_key_fingerprint: str | None  # where the bundle will be sealed to, if encrypted
    counts: dict[str, int] = field(default_factory=dict)
    # Each version's data exactly as stored (canonical text), spliced into the bundle unparsed.
    data_texts: Mapping[tuple[str, str, int], str] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    manifest_sha256: str
    device_seq: int
    records: int
    audit_events: int
    attachments: int
    encrypted: bool
    central_key_fingerprint: str | None
    size: int


class ExportService:
    def __init__(self, store: OpenStore, keys: KeyService, *, scanner: tuple[str, Scanner] | None | bool = True,
                 attachments: AttachmentLoader | None = None):
        self._store = store
        self._keys = keys
        self._scanner = default_scanner() if scanner is True else (scanner or None)
        self._attachments = attachments

    def plan(self, inspection_uuid: str, *, include_all: bool = False) -> ExportPlan:
        records = self._store.records
        head = records.get(inspection_uuid)
        if head is None or head.entity != "inspection":
            raise KeyError(f"no inspection {inspection_uuid}")
        with gc_paused():
            everything = export_rows.versions(self._store.engine, inspection_uuid)
        # Safeguarding concerns travel in every bundle, acknowledged or not.
        concerns = set() if include_all else {v.uuid for v, _, _ in everything if is_safeguarding(v)}
        chosen = [(v, text) for v, text, acked in everything if include_all or not acked or v.uuid in concerns]
        chosen = sorted(((v, t) for v, t in chosen if v.entity not in LOCAL_ONLY_ENTITIES),
                        key=lambda vt: (vt[0].hlc, vt[0].uuid, vt[0].origin_device, vt[0].rev))
        versions = tuple(v for v, _ in chosen)
        acked_seq = 0 if include_all else int(self._store.setting(AUDIT_ACKED_SETTING) or 0)
        events = tuple(export_rows.audit_events(self._store.engine, after_seq=acked_seq))
        central = self._keys.central_key()
        return ExportPlan(inspection_uuid, include_all, versions, events,
                          privacy_report(versions, self._scanner_for(inspection_uuid)),
                          central.fingerprint if central else None,
                          dict(sorted(Counter(v.entity for v in versions).items())),
                          {(v.uuid, v.origin_device, v.rev): t for v, t in chosen if t is not None})

    def _scanner_for(self, inspection_uuid: str) -> tuple[str, Scanner] | None:
        """The configured scanner; the built-in checker is told this inspection's register pseudonyms
        (which are fine to write) and its never-to-write names."""
        if self._scanner is None or self._scanner[0] != DEFAULT_CHECKER:
            return self._scanner
        from fieldkit.domain.privacy import scan

        records = self._store.records
        pseudonyms = tuple(str((h.data or {}).get("pseudonym", "")) for h in
                           records.list(CHILD, inspection_uuid=inspection_uuid))
        never = tuple(n for h in records.list(NEVER_WRITE, inspection_uuid=inspection_uuid)
                      for n in (h.data or {}).get("names", []))
        return DEFAULT_CHECKER, lambda text: scan(text, known_pseudonyms=pseudonyms, never_write=never)

    def write(self, plan: ExportPlan, out: str | Path, *, encrypt: bool = True,
              accept_privacy_report: bool = False, progress: Progress | None = None) -> ExportResult:
        """Write the planned bundle to `out` (a file, or a folder to name it in) and note it in the audit log."""
        if not plan.versions:
            raise NothingToExport(f"inspection {plan.inspection_uuid}: no record versions to export "
                                  "(everything has been acknowledged by central; use --all to send everything)")
        if plan.privacy.needs_confirmation and not accept_privacy_report:
            raise PrivacyNotAccepted("the privacy report must be reviewed and accepted before export "
                                     "(CLI: --accept-privacy-report)")
        key = self._keys.signing_key()
        central = self._keys.central_key() if encrypt else None
        seq, prev = self._keys.next_sequence()
        versions = list(plan.versions)
        attachments = dict(self._attachments(versions)) if self._attachments else self._attached_files(versions)
        target = Path(out)
        info: BundleInfo
        # The audit events are copied with the collector still paused: 100,000 new dicts beside the plan's
        # objects would otherwise set off a full collection (a third of a second, for nothing).
        with gc_paused():
            envelopes = [_envelope(v, plan.data_texts) for v in versions]
            audit_events = [dict(e) for e in plan.audit_events]
        kwargs = dict(
            records=envelopes,
            audit_events=audit_events,
            attachments=attachments, signing_key=key,
            signer={"inspector_id": self._keys.inspector_id(), "display_name": self._store.user},
            device_id=self._store.device_id, device_seq=seq, prev_manifest_sha256=prev,
            inspection_id=plan.inspection_uuid, data_schema_version=head_revision(), producer_version=__version__,
            central_public_key=central.encryption_key if central else None, progress=progress)
        if target.is_dir():
            bundle_id = str(uuidlib.uuid4())
            created = datetime.now(UTC).isoformat(timespec="seconds")
            target = target / bundle_file_name(self._keys.inspector_id(), created, bundle_id,
                                               encrypted=central is not None)
            info = write_bundle(target, bundle_id=bundle_id, created_at=created, **kwargs)
        else:
            info = write_bundle(target, **kwargs)
        self._keys.bundle_written(seq, info.manifest_sha256)
        self._store.records.audit(actor=self._store.user, action="export" if info.encrypted else
                                  "export-unencrypted", entity="bundle", uuid=info.bundle_id)
        return ExportResult(info.path, info.bundle_id, info.manifest_sha256, seq, len(versions),
                            len(plan.audit_events), len(attachments), info.encrypted,
                            central.fingerprint if central else None, info.size)

    def _attached_files(self, versions: list[Version]) -> dict[str, LazyBlob]:
        """The files the attachment records in the bundle refer to, read one at a time while writing."""
        wanted = {sha for v in versions if v.entity == ATTACHMENT_ENTITY
                  and (sha := attachment_reference(v.envelope())) is not None}
        sizes = attachment_blobs.sizes(self._store.engine, wanted)
        missing = sorted(wanted - set(sizes))
        if missing:
            raise ExportRefused(f"{len(missing)} attached file(s) are not in this store any more "
                                f"({', '.join(m[:12] + '…' for m in missing[:3])}); nothing was exported")
        engine = self._store.engine
        return {sha: LazyBlob(size, lambda sha=sha: attachment_blobs.read(engine, sha) or b"")
                for sha, size in sizes.items()}

    def export(self, inspection_uuid: str, out: str | Path, *, include_all: bool = False, encrypt: bool = True,
               accept_privacy_report: bool = False, progress: Progress | None = None) -> ExportResult:
        plan = self.plan(inspection_uuid, include_all=include_all)
        return self.write(plan, out, encrypt=encrypt, accept_privacy_report=accept_privacy_report,
                          progress=progress)


def _envelope(v: Version, texts: Mapping[tuple[str, str, int], str]) -> dict[str, Any]:
    """The version's bundle line, its data as the store's canonical text when there is one (no re-serialising)."""
    envelope = v.envelope()
    text = texts.get((v.uuid, v.origin_device, v.rev))
    if text is not None and envelope["data"] is not None:
        envelope["data"] = RawJSON(text)
    return envelope


# -- receipts ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptResult:
    receipt_id: str
    bundle_id: str
    marked: int
    already: int
    unknown: int
    mismatched: int


class ReceiptService:
    def __init__(self, store: OpenStore, keys: KeyService):
        self._store = store
        self._keys = keys

    def apply(self, file: str | Path) -> ReceiptResult:
        """Check a receipt against central's key and mark the versions it names as acknowledged."""
        path = Path(file)
        central = self._keys.central_key()
        if central is None:
            raise ReceiptError(f"{path}: no central key is configured, so the receipt cannot be checked "
                               "(run 'fieldkit central-key set FILE' first)")
        try:
            body = read_receipt(path.read_bytes(), central.receipt_key)
        except ReceiptError as exc:
            raise ReceiptError(f"{path}: {exc}") from None
        if body["device_id"] != self._store.device_id:
            raise ReceiptError(f"{path}: receipt is for device {body['device_id']}, this store is "
                               f"{self._store.device_id}")
        # Read settings before the transaction: the SQLCipher engine shares one connection per thread,
        # and another session closing inside this one would roll back its updates.
        actor = self._store.user
        with self._store.records.transaction() as session:
            result = acknowledge(session, body["receipt_id"], body["versions"])
            self._store.records.audit(actor=actor, action="receipt-applied", entity="receipt",
                                      uuid=body["receipt_id"], session=session)
        through = body["audit_through_seq"]
        if through is not None and through > int(self._store.setting(AUDIT_ACKED_SETTING) or 0):
            self._store.set_setting(AUDIT_ACKED_SETTING, through)
        return ReceiptResult(body["receipt_id"], body["bundle_id"], result.marked, result.already,
                             len(result.unknown), len(result.mismatched))
