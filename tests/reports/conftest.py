"""Report fixtures: real encrypted stores filled through the services, and PDFs read back with poppler."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from fieldkit.paths import AppPaths
from tests.conftest import FAST_KDF, PASSPHRASE


def make_store(root: Path, name: str = "Ann Inspector"):
    from fieldkit.services.store import LocalStore

    return LocalStore(AppPaths.under(root)).create(PASSPHRASE, display_name=name, params=FAST_KDF)


def pdf_text(pdf: bytes, tmp: Path, *, raw: bool = True) -> str:
    """pdftotext in content order (-raw: each table cell's lines stay together), whitespace collapsed."""
    path = tmp / f"read-{abs(hash(pdf))}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", *(["-raw"] if raw else []), "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


def pdf_pages(pdf: bytes, tmp: Path, mode: str = "-raw") -> list[str]:
    """The text of each page (form feeds separate them), whitespace collapsed; `mode` -layout keeps a
    contents line's title and page number together."""
    path = tmp / f"pages-{abs(hash(pdf))}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", mode, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [re.sub(r"\s+", " ", page).strip() for page in out.split("\f") if page.strip()]


def pdf_info(pdf: bytes, tmp: Path, *args: str) -> str:
    path = tmp / f"info-{abs(hash(pdf))}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", *args, str(path)], capture_output=True, check=True, text=True).stdout


def pdf_fonts(pdf: bytes, tmp: Path) -> str:
    path = tmp / f"fonts-{abs(hash(pdf))}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout


@pytest.fixture(scope="module")
def ofsted(tmp_path_factory):
    """(services, ids) over seed 001's graded inspection, built once per test module."""
    from fieldkit.services.container import Services
    from tests.reports.ofsted_fixture import build

    store = make_store(tmp_path_factory.mktemp("ofsted") / "data")
    services = Services.over(store)
    ids = build(services)
    yield services, ids
    store.close()


@pytest.fixture(scope="module")
def ciw(tmp_path_factory):
    """(services, inspection id) over the CIW 2018 demo with its conclusions."""
    from fieldkit.services.container import Services
    from fieldkit.services.demo_conclusions import create_demo_inspection

    store = make_store(tmp_path_factory.mktemp("ciw") / "data", name="Rhian Evans")
    services = Services.over(store)
    uuid = create_demo_inspection(services, "ciw-2018")
    yield services, uuid
    store.close()
