import json
import os

import pytest

from fieldkit.storage import keystore
from fieldkit.storage.errors import KeyFileError, WrongPassphrase
from tests.conftest import FAST_KDF


def test_round_trip_and_wrong_passphrase(tmp_path):
    path = tmp_path / "k.json"
    dek = keystore.create_key_file(path, "right passphrase", FAST_KDF)
    assert len(dek) == 32
    assert keystore.unwrap_key(path, "right passphrase") == dek
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        keystore.unwrap_key(path, "wrong passphrase")
    assert path.read_bytes() == before


def test_change_passphrase_rewraps_same_key(tmp_path):
    path = tmp_path / "k.json"
    dek = keystore.create_key_file(path, "first passphrase", FAST_KDF)
    keystore.change_passphrase(path, "first passphrase", "second passphrase", FAST_KDF)
    assert keystore.unwrap_key(path, "second passphrase") == dek
    with pytest.raises(WrongPassphrase):
        keystore.unwrap_key(path, "first passphrase")


def test_change_with_wrong_old_passphrase_changes_nothing(tmp_path):
    path = tmp_path / "k.json"
    keystore.create_key_file(path, "first passphrase", FAST_KDF)
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        keystore.change_passphrase(path, "not it at all", "second passphrase", FAST_KDF)
    assert path.read_bytes() == before


def test_key_file_holds_no_plain_key(tmp_path):
    path = tmp_path / "k.json"
    dek = keystore.create_key_file(path, "right passphrase", FAST_KDF)
    assert dek.hex() not in path.read_text()
    assert dek not in path.read_bytes()
    if os.name != "nt":
        assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_refuses_to_overwrite_existing_key_file(tmp_path):
    path = tmp_path / "k.json"
    keystore.create_key_file(path, "right passphrase", FAST_KDF)
    with pytest.raises(KeyFileError, match="already exists"):
        keystore.create_key_file(path, "other passphrase", FAST_KDF)


@pytest.mark.parametrize("content, reason", [
    ("{not json", "unreadable"),
    (json.dumps({"format": "other"}), "not a FieldKit key file"),
    (json.dumps({"format": "fieldkit-key", "version": 1, "kdf": {}}), "damaged"),
])
def test_damaged_key_file_names_file_and_reason(tmp_path, content, reason):
    path = tmp_path / "k.json"
    path.write_text(content)
    with pytest.raises(KeyFileError, match=reason) as err:
        keystore.unwrap_key(path, "whatever passphrase")
    assert str(path) in str(err.value)
