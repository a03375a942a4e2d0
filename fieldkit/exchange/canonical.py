"""Canonical JSON for bundle members, and the strict reader that insists on it.

Same byte form as `fieldkit.domain.canonical` (so `data_sha256` agrees with the store), with two extras:
NaN and infinities are refused (JSON cannot express them, and other languages would hash them
differently), and whole documents end with one LF. The reader refuses anything that would not
re-serialise to the very same bytes: that rules out duplicate keys, which parsers resolve differently,
so every verifier sees the same values the signer signed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from fieldkit.domain.canonical import sha256_hex

__all__ = ["RawJSON", "dumps", "document", "jsonl", "loads_canonical", "content_hash", "sha256_hex"]


class RawJSON:
    """Text that is already canonical JSON (e.g. a record's `data` as the store keeps it), for the bundle
    writer to splice in as it is instead of parsing and serialising it again. A holder, not a copy."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return f"RawJSON({self.text[:40]!r}…)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RawJSON) and other.text == self.text

    __hash__ = None  # type: ignore[assignment]


def dumps(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def document(value: Any) -> bytes:
    return dumps(value) + b"\n"


def jsonl(values: Iterable[Any]) -> bytes:
    return b"".join(document(v) for v in values)


def content_hash(value: Any) -> str:
    return sha256_hex(dumps(value))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen.add(key)
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def loads_canonical(data: bytes) -> Any:
    """Parse one canonical JSON value (no trailing LF); ValueError says what is wrong."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte {exc.start})") from None
    # The common case first, without the per-object duplicate hook: a value that serialises back to the
    # very same bytes cannot have had a duplicate key (the second would have replaced the first). Anything
    # else goes the careful way below, which says what is wrong.
    try:
        value = json.loads(text, parse_constant=_no_constants)
        if dumps(value) == data:
            return value
    except (ValueError, RecursionError):
        pass
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise ValueError("nested too deeply") from None
    try:
        again = dumps(value)
    except (ValueError, RecursionError):  # lone surrogates cannot be encoded as UTF-8
        raise ValueError("holds text that is not valid Unicode") from None
    if again != data:
        raise ValueError("not in canonical form (sorted keys, no spaces, no \\u escapes for printable text)")
    return value
