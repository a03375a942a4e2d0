"""Real windows under Xvfb, saved as PNG by a test (set FIELDKIT_SAVE_SCREENSHOTS=1 to refresh docs/)."""

from __future__ import annotations

import pytest

from tests.ui.xvfb_scene import keep_if_asked, render_scene

# (scene of scripts/screenshot.py, file name under docs/screenshots)
SCENES = [("workspace", "workspace"), ("unlock", "unlock"),
          ("evidence-register", "evidence-register"),
          ("evidence-item:court_report_reading:ofsted-2007:checklist", "evidence-court-report"),
          ("evidence-item:case_file_reading:ciw-2018:children", "evidence-case-file"),
          ("question-set", "question-set"), ("purge", "purge")]


@pytest.mark.parametrize(("scene", "name"), SCENES, ids=[n for _, n in SCENES])
def test_screen_renders_under_xvfb(tmp_path, scene, name):
    _, out = render_scene(tmp_path, scene, name)
    keep_if_asked(out, name)
