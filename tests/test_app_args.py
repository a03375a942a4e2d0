from fieldkit.app import _gui_only


def test_window_options_skip_the_cli_parser():
    assert _gui_only([]) == {}
    assert _gui_only(["--data-dir", "/tmp/x", "--lang=cy"]) == {"--data-dir": "/tmp/x", "--lang": "cy"}


def test_anything_else_goes_to_the_cli():
    assert _gui_only(["--version"]) is None
    assert _gui_only(["demo"]) is None
    assert _gui_only(["--data-dir", "/tmp/x", "store", "check"]) is None
    assert _gui_only(["--data-dir"]) is None
    assert _gui_only(["--lang", "fr"]) is None
