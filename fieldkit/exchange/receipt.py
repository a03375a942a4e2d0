"""Receipts: central's signed statement "I hold these record versions from this bundle".

The laptop marks exactly the listed versions as acknowledged (only those may ever be purged locally),
so a receipt is checked against central's Ed25519 key before anything is believed. A receipt file is
one canonical JSON line `{"receipt": {...}, "signature": "<minisign .minisig text>"}`; the signature
covers the canonical document of `receipt` (with its LF) and its trusted comment names the receipt.
Format: docs/bundle-format.md §13.
"""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from fieldkit.exchange import canonical
from fieldkit.exchange.minisign import PublicKey, SignatureError, SigningKey
from fieldkit.exchange.minisign import verify as verify_signature
from fieldkit.exchange.schema import is_hex64

FORMAT = "fieldkit-receipt"
SCHEMA_VERSION = 1
FORMAT_TAG = f"{FORMAT}/{SCHEMA_VERSION}"
MAX_RECEIPT_SIZE = 64 * 1024 * 1024
RECEIPT_FIELDS = frozenset({"format", "schema_version", "receipt_id", "bundle_id", "manifest_sha256",
                            "device_id", "issued_at", "audit_through_seq", "versions"})
VERSION_FIELDS = frozenset({"uuid", "origin_device", "rev", "version_hash"})


class ReceiptError(Exception):
    """A receipt that is malformed, not from this central record, or altered."""


def build_receipt(*, bundle_id: str, manifest_sha256: str, device_id: str, issued_at: str,
                  versions: list[dict[str, Any]], audit_through_seq: int | None,
                  receipt_id: str | None = None) -> dict[str, Any]:
    body = {
        "format": FORMAT, "schema_version": SCHEMA_VERSION, "receipt_id": receipt_id or str(uuidlib.uuid4()),
        "bundle_id": bundle_id, "manifest_sha256": manifest_sha256, "device_id": device_id,
        "issued_at": issued_at, "audit_through_seq": audit_through_seq,
        "versions": sorted(({k: v[k] for k in VERSION_FIELDS} for v in versions),
                           key=lambda v: (v["uuid"], v["origin_device"], v["rev"])),
    }
    check_receipt(body)
    return body


def trusted_comment(body: dict[str, Any]) -> str:
    return (f"receipt_id={body['receipt_id']} format={FORMAT_TAG} "
            f"receipt_sha256={canonical.sha256_hex(canonical.document(body))}")


def sign_receipt(body: dict[str, Any], key: SigningKey) -> bytes:
    check_receipt(body)
    signature = key.sign(canonical.document(body), trusted_comment(body),
                         untrusted_comment=f"fieldkit receipt for bundle {body['bundle_id']}")
    return canonical.document({"receipt": body, "signature": signature})


def check_receipt(body: Any) -> None:
    if not isinstance(body, dict):
        raise ReceiptError("receipt: not a JSON object")
    if body.get("format") != FORMAT or body.get("schema_version") != SCHEMA_VERSION:
        raise ReceiptError(f"receipt: unknown format {body.get('format')!r} version {body.get('schema_version')!r} "
                           f"(expected {FORMAT_TAG})")
    if set(body) != RECEIPT_FIELDS:
        raise ReceiptError(f"receipt: expected fields {sorted(RECEIPT_FIELDS)}, found {sorted(body)}")
    for key in ("receipt_id", "bundle_id", "device_id", "issued_at"):
        if not isinstance(body[key], str) or not body[key]:
            raise ReceiptError(f"receipt.{key} must be a non-empty string")
    if not is_hex64(body["manifest_sha256"]):
        raise ReceiptError("receipt.manifest_sha256 must be 64 lower-case hex digits")
    seq = body["audit_through_seq"]
    if seq is not None and (not isinstance(seq, int) or isinstance(seq, bool) or seq < 0):
        raise ReceiptError("receipt.audit_through_seq must be an integer >= 0 or null")
    if not isinstance(body["versions"], list):
        raise ReceiptError("receipt.versions must be a list")
    for i, v in enumerate(body["versions"]):
        if not isinstance(v, dict) or set(v) != VERSION_FIELDS:
            raise ReceiptError(f"receipt.versions[{i}]: expected fields {sorted(VERSION_FIELDS)}")
        if not isinstance(v["rev"], int) or isinstance(v["rev"], bool) or v["rev"] < 1:
            raise ReceiptError(f"receipt.versions[{i}].rev must be an integer >= 1")
        if not is_hex64(v["version_hash"]):
            raise ReceiptError(f"receipt.versions[{i}].version_hash must be 64 lower-case hex digits")
        if not all(isinstance(v[k], str) and v[k] for k in ("uuid", "origin_device")):
            raise ReceiptError(f"receipt.versions[{i}]: uuid and origin_device must be non-empty strings")


def read_receipt(blob: bytes, central_key: PublicKey) -> dict[str, Any]:
    """The receipt body, once its signature checks out against central's key; ReceiptError otherwise."""
    if len(blob) > MAX_RECEIPT_SIZE:
        raise ReceiptError("receipt: file is implausibly large")
    try:
        outer = canonical.loads_canonical(blob.rstrip(b"\n") if blob.endswith(b"\n") else blob)
    except ValueError as exc:
        raise ReceiptError(f"receipt: {exc}") from None
    if not isinstance(outer, dict) or set(outer) != {"receipt", "signature"} \
            or not isinstance(outer["signature"], str):
        raise ReceiptError("receipt: expected an object with 'receipt' and 'signature'")
    body = outer["receipt"]
    check_receipt(body)
    try:
        comment = verify_signature(central_key, canonical.document(body), outer["signature"])
    except SignatureError as exc:
        raise ReceiptError(f"receipt signature: {exc} (is this receipt from the central record whose key "
                           f"is configured?)") from None
    if comment != trusted_comment(body):
        raise ReceiptError(f"receipt signature: trusted comment {comment!r} does not name this receipt")
    return body
