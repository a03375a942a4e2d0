"""minisign-format Ed25519 signatures: our code and the stock Debian `minisign` must agree both ways."""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.exchange.minisign import (
    KeyFileError,
    PublicKey,
    SignatureError,
    SigningKey,
    load_public_key_file,
    verify,
)

COMMENT = "bundle_id=0 format=fieldkit-bundle/1 manifest_sha256=00"


def minisign_binary() -> str:
    """The real tool; its absence is a failure, never a skip (the interop claim rests on it)."""
    path = shutil.which("minisign")
    assert path, "the stock `minisign` CLI is required (Debian: apt-get install minisign)"
    return path


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


def test_sign_then_verify_returns_the_trusted_comment(key):
    sig = key.sign(b"message", COMMENT)
    assert verify(key.public_key, b"message", sig) == COMMENT
    assert verify(key.public_key.raw, b"message", sig) == COMMENT


def test_fingerprint_and_key_id_derive_from_the_raw_public_key(key):
    assert key.fingerprint == hashlib.sha256(key.public_key.raw).hexdigest()
    assert key.key_id == bytes.fromhex(key.fingerprint)[:8]
    assert key.public_key.key_id_hex == key.key_id[::-1].hex().upper()


def test_private_bytes_round_trip_gives_the_same_key_and_signatures(key):
    again = SigningKey.from_private_bytes(key.private_bytes())
    assert len(key.private_bytes()) == 32
    assert again.fingerprint == key.fingerprint
    assert again.sign(b"m", COMMENT) == key.sign(b"m", COMMENT)  # Ed25519 is deterministic


def test_private_key_of_wrong_length_is_refused():
    with pytest.raises(KeyFileError):
        SigningKey.from_private_bytes(b"\x00" * 31)


def test_public_key_file_round_trip(key):
    text = key.public_key_file_text()
    assert text.startswith(f"untrusted comment: minisign public key {key.public_key.key_id_hex}\n")
    assert load_public_key_file(text) == key.public_key
    assert load_public_key_file(text.splitlines()[1]) == key.public_key  # the bare base64 line, as -P takes


@pytest.mark.parametrize("text", ["", "untrusted comment: x\n", "untrusted comment: x\nnot base64!\n",
                                  "untrusted comment: x\n" + base64.b64encode(b"Ed" + b"\0" * 10).decode()])
def test_malformed_public_key_files_are_refused(text):
    with pytest.raises(KeyFileError):
        load_public_key_file(text)


def test_changed_message_is_rejected(key):
    sig = key.sign(b"message", COMMENT)
    with pytest.raises(SignatureError, match="does not match the signed file"):
        verify(key.public_key, b"messagE", sig)


def test_changed_trusted_comment_is_rejected(key):
    sig = key.sign(b"message", COMMENT).replace("format=", "formaT=")
    with pytest.raises(SignatureError, match="trusted comment"):
        verify(key.public_key, b"message", sig)


def test_another_key_is_named_by_key_id(key):
    other = SigningKey.generate()
    with pytest.raises(SignatureError, match=f"signed by key id {key.public_key.key_id_hex}"):
        verify(other.public_key, b"m", key.sign(b"m", COMMENT))


def test_same_key_id_but_another_key_fails_the_signature(key):
    impostor = PublicKey(raw=SigningKey.generate().public_key.raw, key_id=key.key_id)
    with pytest.raises(SignatureError, match="does not match"):
        verify(impostor, b"m", key.sign(b"m", COMMENT))


def test_legacy_non_prehashed_signatures_are_refused(key):
    lines = key.sign(b"m", COMMENT).splitlines()
    blob = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"Ed" + blob[2:]).decode()
    with pytest.raises(SignatureError, match="only prehashed"):
        verify(key.public_key, b"m", "\n".join(lines) + "\n")


def test_comments_must_be_single_lines(key):
    with pytest.raises(ValueError, match="single line"):
        key.sign(b"m", "two\nlines")
    with pytest.raises(ValueError, match="single line"):
        key.sign(b"m", COMMENT, untrusted_comment="a\rb")


def test_crlf_signature_files_are_read(key):
    sig = key.sign(b"m", COMMENT).replace("\n", "\r\n")
    assert verify(key.public_key, b"m", sig) == COMMENT


@given(st.text(max_size=400))
def test_arbitrary_text_is_never_accepted_and_only_raises_signature_error(text):
    key = SigningKey.from_private_bytes(b"\x01" * 32)
    with pytest.raises(SignatureError):
        verify(key.public_key, b"m", text)


one_line = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=80)


@given(st.binary(max_size=300), one_line)
def test_any_message_and_comment_round_trip(message, comment):
    key = SigningKey.from_private_bytes(b"\x02" * 32)
    assert verify(key.public_key, message, key.sign(message, comment)) == comment


# -- the stock tool -----------------------------------------------------------------------------------


def test_stock_minisign_verifies_our_signature(key, tmp_path):
    (tmp_path / "key.pub").write_text(key.public_key_file_text())
    (tmp_path / "m.json").write_bytes(b'{"a":1}\n')
    (tmp_path / "m.json.minisig").write_text(key.sign(b'{"a":1}\n', COMMENT))
    done = subprocess.run([minisign_binary(), "-V", "-p", tmp_path / "key.pub", "-m", tmp_path / "m.json",
                           "-x", tmp_path / "m.json.minisig"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Signature and comment signature verified" in done.stdout
    assert f"Trusted comment: {COMMENT}" in done.stdout


def test_stock_minisign_rejects_our_signature_over_changed_bytes(key, tmp_path):
    (tmp_path / "key.pub").write_text(key.public_key_file_text())
    (tmp_path / "m.json").write_bytes(b'{"a":2}\n')
    (tmp_path / "m.json.minisig").write_text(key.sign(b'{"a":1}\n', COMMENT))
    done = subprocess.run([minisign_binary(), "-V", "-p", tmp_path / "key.pub", "-m", tmp_path / "m.json",
                           "-x", tmp_path / "m.json.minisig"], capture_output=True, text=True)
    assert done.returncode != 0


def test_we_verify_a_signature_made_by_stock_minisign(tmp_path):
    tool = minisign_binary()
    subprocess.run([tool, "-G", "-W", "-p", tmp_path / "k.pub", "-s", tmp_path / "k.key"], check=True,
                   capture_output=True)
    (tmp_path / "f").write_bytes(b"made elsewhere\n")
    subprocess.run([tool, "-S", "-s", tmp_path / "k.key", "-m", tmp_path / "f", "-t", "from the tool"],
                   check=True, capture_output=True)
    pub = load_public_key_file((tmp_path / "k.pub").read_text())
    sig = (tmp_path / "f.minisig").read_text()
    assert verify(pub, b"made elsewhere\n", sig) == "from the tool"
    with pytest.raises(SignatureError):
        verify(pub, b"made elsewhere!\n", sig)


def test_published_test_vector_of_docs_bundle_format():
    """docs/bundle-format.md §3.4 prints these bytes for implementers in other languages; keep them true."""
    key = SigningKey.from_private_bytes(bytes(range(32)))
    assert key.fingerprint == "56475aa75463474c0285df5dbf2bcab73da651358839e9b77481b2eab107708c"
    assert key.public_key_file_text() == (
        "untrusted comment: minisign public key 4C476354A75A4756\n"
        "RWRWR1qnVGNHTAOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4\n")
    assert key.sign(b"fieldkit\n", "test vector") == (
        "untrusted comment: signature from fieldkit key 4C476354A75A4756\n"
        "RURWR1qnVGNHTKV3qZHV2mpfhQX889/+t2qr0OPKKp09jDJfsBLwZG5cvSP5x6BDCdPbGgJBWP0/ImFVoo3lRyWzJJhHEHMbBA8=\n"
        "trusted comment: test vector\n"
        "DK9RtfKR4SUJ1ZKUfnSWDuazVMQ0HrWiCxv8KXe6sqPk3Z3CRc9k+bfOgQWwl7QSsNzavJbeoqQZAbIdoA11Ag==\n")
