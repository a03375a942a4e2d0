"""The record data layout the store writes is the one the verifier reads, and a verifier given the reader's
schema history refuses a bundle from a newer one (without the history it does not judge)."""

from __future__ import annotations

import dataclasses

import pytest

from fieldkit.exchange.schema import DATA_SCHEMA, BundleError
from fieldkit.exchange.verify import verify_bundle
from fieldkit.storage.migrate import head_revision, known_revisions
from fieldkit.storage.records import Version
from tests.exchange.test_bundle import TRUSTED, build


def test_the_store_writes_the_layout_the_verifier_reads():
    default = next(f.default for f in dataclasses.fields(Version) if f.name == "data_schema")
    assert default == DATA_SCHEMA


def test_known_revisions_are_the_migration_history():
    assert head_revision() in known_revisions() and "0001" in known_revisions()


def test_an_unknown_database_schema_is_refused_only_by_a_reader_with_a_history():
    blob = build(data_schema_version="9999")
    verify_bundle(blob, trusted_keys=TRUSTED).close()  # no history given: not judged
    verify_bundle(build(), trusted_keys=TRUSTED, known_data_schemas=known_revisions()).close()  # "0002"
    with pytest.raises(BundleError, match="data_schema_version '9999' is not a database schema"):
        verify_bundle(blob, trusted_keys=TRUSTED, known_data_schemas=known_revisions())
