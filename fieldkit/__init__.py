"""FieldKit: offline evidence-gathering for inspectors of Cafcass and Cafcass Cymru."""

__version__ = "0.1.0"
APP_NAME = "FieldKit"
APP_AUTHOR = "FieldKit"
