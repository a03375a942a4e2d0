"""The same data renders the same bytes: twice in one process, and in two processes with different hash
seeds (set iteration order changes between processes, so any unsorted set would show up here)."""

from __future__ import annotations

import os
import subprocess
import sys

from fieldkit.paths import AppPaths
from tests.conftest import PASSPHRASE
from tests.reports.conftest import make_store

KINDS = ("record", "evidence-report", "methodology", "questionnaire", "safeguarding-log", "recommendations")


def test_render_twice_gives_identical_bytes(ofsted):
    services, ids = ofsted
    for kind in KINDS:
        for language in ("en", "cy"):
            first = services.reports.render(ids["inspection"], kind, language=language).pdf
            again = services.reports.render(ids["inspection"], kind, language=language).pdf
            assert first == again, f"{kind} {language} differs between two renders"
    assert b"/CreationDate (D:20000101000000" in first  # invariant: no clock in the file


def test_identical_bytes_across_processes(tmp_path):
    from fieldkit.services.container import Services
    from tests.reports.ofsted_fixture import build

    root = tmp_path / "data"
    store = make_store(root)
    ids = build(Services.over(store))
    in_process = Services.over(store).reports.render(ids["inspection"], "evidence-report", profile="published").pdf
    store.close()
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.pdf"
        env = dict(os.environ, FIELDKIT_PASSPHRASE=PASSPHRASE, PYTHONHASHSEED=seed, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.run([sys.executable, "-c", "import sys; from fieldkit.cli import main; "
                               "raise SystemExit(main(sys.argv[1:]))", "--data-dir", str(AppPaths.under(root).data_dir),
                               "report", "--inspection", ids["inspection"], "--kind", "evidence-report",
                               "--profile", "published", "--out", str(out)],
                              env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == in_process
