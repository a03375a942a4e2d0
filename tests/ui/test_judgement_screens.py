"""A judgement beside its decision support, in a real window under Xvfb (FIELDKIT_SAVE_SCREENSHOTS=1 refreshes
docs/screenshots/): the graded East Midlands demo in English, the CIW demo's narrative judgement in Welsh."""

from __future__ import annotations

import pytest

from tests.ui.xvfb_scene import keep_if_asked, render_scene


@pytest.mark.parametrize(("scene", "lang", "name"), [
    ("judgement:1.3:ofsted-2007", "en", "judgement"),
    ("judgement:A1:ciw-2018", "cy", "judgement-cy"),
    ("safeguarding:ofsted-2007", "en", "safeguarding"),
])
def test_judgement_screens_render_under_xvfb(tmp_path, scene, lang, name):
    image, out = render_scene(tmp_path, scene, name, lang=lang, timeout=180)
    if name == "judgement":
        # The bar chart is drawn: the adequate and inadequate bars' colours are on screen.
        bars = {image.pixelColor(x, y).name() for x in range(700, 1280, 4) for y in range(300, 800, 4)}
        assert {"#d55e00", "#e69f00"} <= bars
    keep_if_asked(out, name)
