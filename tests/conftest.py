"""Shared fixtures. Offscreen Qt before any Qt import; fast KDF; real SQLCipher files in tmp dirs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from fieldkit.paths import AppPaths  # noqa: E402
from fieldkit.storage import keystore  # noqa: E402

pytest_plugins = ["tests.ci_strict"]  # FIELDKIT_CI_NO_SKIP: every kind of skip fails the run in CI

PASSPHRASE = "correct horse battery staple"
FAST_KDF = keystore.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths.under(tmp_path / "data")


@pytest.fixture
def store(paths):
    from fieldkit.services.store import LocalStore

    opened = LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF)
    yield opened
    opened.close()


def pytest_collection_modifyitems(config, items):
    for item in items:
        if {"qtbot", "qapp", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
