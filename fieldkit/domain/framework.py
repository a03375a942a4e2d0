"""Inspection frameworks as versioned data: the frozen model, the TOML/JSON loader and its validator.

A framework file is TOML (format "fieldkit-framework", format_version 1; see docs/frameworks.md).
An inspection pins one framework by storing its canonical JSON and `content_sha256`, so the text an
inspection was graded against can always be read back exactly, whatever later files say.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from fractions import Fraction
from functools import cached_property
from pathlib import Path
from typing import Any

from fieldkit.domain.canonical import canonical_json, content_hash
from fieldkit.domain.errors import FrameworkError  # noqa: F401  (re-exported)

FORMAT = "fieldkit-framework"
FORMAT_VERSION = 1

SCALE_KINDS = ("graded", "binary", "survey")
NODE_KINDS = ("section", "key_function", "area", "sub_area", "criterion", "aspect", "lens", "checklist_item")
COMPARATORS = ("gt", "ge", "lt", "le", "eq")

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")  # node, checklist and item codes: "S1", "1.1", "KF1"
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # scale, level and word codes, evidence types: "four_point"
_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
_VERSION = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")


# ---------------------------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Level:
    """One point on a scale. `not_applicable` marks N/A (or "No response"): it is recorded but left
    out of distributions and proportion words."""

    code: str
    label_en: str
    label_cy: str
    definition_en: str = ""
    definition_cy: str = ""
    not_applicable: bool = False


@dataclass(frozen=True)
class Scale:
    """Levels in display order; graded scales list the best level first."""

    code: str
    kind: str
    title_en: str
    title_cy: str
    levels: tuple[Level, ...]

    def level(self, code: str) -> Level:
        for level in self.levels:
            if level.code == code:
                return level
        raise KeyError(f"scale {self.code!r} has no level {code!r}")

    @property
    def level_codes(self) -> tuple[str, ...]:
        return tuple(level.code for level in self.levels)

    @property
    def rated_levels(self) -> tuple[Level, ...]:
        return tuple(level for level in self.levels if not level.not_applicable)


@dataclass(frozen=True)
class Narrative:
    """A free-text slot a node's write-up has, e.g. MCSI's "Overall assessment"."""

    code: str
    title_en: str
    title_cy: str
    descriptor_en: str = ""
    descriptor_cy: str = ""


@dataclass(frozen=True)
class Node:
    """A section, key function, area, criterion... of the framework tree.

    `optional` nodes can be switched off for one inspection (MCSI key functions). `refs` point at the
    source text, e.g. "001 ¶7".
    """

    code: str
    kind: str
    title_en: str
    title_cy: str
    descriptor_en: str = ""
    descriptor_cy: str = ""
    graded: bool = False
    scale: str | None = None
    optional: bool = False
    narratives: tuple[Narrative, ...] = ()
    refs: tuple[str, ...] = ()
    children: tuple[Node, ...] = ()


@dataclass(frozen=True)
class ChecklistGroup:
    code: str
    title_en: str
    title_cy: str


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    title_en: str
    title_cy: str
    scale: str
    group: str | None = None
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class OverallRating:
    """The one rating a whole reading gets, e.g. "Overall rating of the report"."""

    title_en: str
    title_cy: str
    scale: str


@dataclass(frozen=True)
class Checklist:
    """A standardised reading of one kind of evidence (a case file, an s7 report).

    `applies_to` lists evidence types; `informs` lists the node codes its results are evidence for.
    """

    code: str
    title_en: str
    title_cy: str
    applies_to: tuple[str, ...]
    items: tuple[ChecklistItem, ...]
    informs: tuple[str, ...] = ()
    groups: tuple[ChecklistGroup, ...] = ()
    overall: OverallRating | None = None
    refs: tuple[str, ...] = ()

    @property
    def has_overall(self) -> bool:
        return self.overall is not None

    def item(self, code: str) -> ChecklistItem:
        for item in self.items:
            if item.code == code:
                return item
        raise KeyError(f"checklist {self.code!r} has no item {code!r}")


@dataclass(frozen=True)
class ProportionWord:
    """A quantifier with its definition: 'most' means over (gt) 65% of the sample."""

    code: str
    word_en: str
    word_cy: str
    comparator: str
    threshold: int | float

    def holds_for(self, count: int, total: int) -> bool:
        # Exact fractions: 0.8 * 100 is not 80 in floating point, and "over 80%" must be exact.
        percent = Fraction(100 * count, total)
        limit = Fraction(str(self.threshold))
        return {
            "gt": percent > limit,
            "ge": percent >= limit,
            "lt": percent < limit,
            "le": percent <= limit,
            "eq": percent == limit,
        }[self.comparator]

    @property
    def span(self) -> Fraction:
        """Width of the band of percentages the word covers; the narrowest matching word is chosen."""
        limit = Fraction(str(self.threshold))
        if self.comparator in ("gt", "ge"):
            return 100 - limit
        if self.comparator in ("lt", "le"):
            return limit
        return Fraction(0)


@dataclass(frozen=True)
class OutputCategory:
    """A labelled list of findings the report carries, e.g. CIW's "Strengths"."""

    code: str
    title_en: str
    title_cy: str
    descriptor_en: str = ""
    descriptor_cy: str = ""
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Framework:
    """One version of an inspection framework. `content_sha256` is computed, never read from a file."""

    id: str
    version: str
    title_en: str
    title_cy: str
    publisher_en: str
    publisher_cy: str
    year: int
    languages: tuple[str, ...]
    nodes: tuple[Node, ...]
    source: str = ""
    scales: tuple[Scale, ...] = ()
    checklists: tuple[Checklist, ...] = ()
    proportion_words: tuple[ProportionWord, ...] = ()
    output_categories: tuple[OutputCategory, ...] = ()
    content_sha256: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "content_sha256", content_hash(_framework_data(self)))

    def to_canonical_json(self) -> str:
        """The byte-stable form stored with an inspection; `content_sha256` is its SHA-256."""
        return canonical_json(_framework_data(self))

    def iter_nodes(self) -> Iterator[Node]:
        """Every node, depth first, parents before children, in file order."""
        stack = list(reversed(self.nodes))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def node(self, code: str) -> Node:
        try:
            return self._nodes_by_code[code]
        except KeyError:
            raise KeyError(f"framework {self.id} {self.version} has no node {code!r}") from None

    def parent(self, code: str) -> Node | None:
        self.node(code)
        return self._parents[code]

    def graded_nodes(self) -> tuple[Node, ...]:
        return tuple(node for node in self.iter_nodes() if node.graded)

    def optional_nodes(self) -> tuple[Node, ...]:
        return tuple(node for node in self.iter_nodes() if node.optional)

    def scale(self, code: str) -> Scale:
        for scale in self.scales:
            if scale.code == code:
                return scale
        raise KeyError(f"framework {self.id} {self.version} has no scale {code!r}")

    def checklist(self, code: str) -> Checklist:
        for checklist in self.checklists:
            if checklist.code == code:
                return checklist
        raise KeyError(f"framework {self.id} {self.version} has no checklist {code!r}")

    def checklists_for(self, evidence_type: str) -> tuple[Checklist, ...]:
        return tuple(c for c in self.checklists if evidence_type in c.applies_to)

    def proportion_word(self, count: int, total: int) -> ProportionWord | None:
        return proportion_word(count, total, self.proportion_words)

    # cached_property writes to the instance __dict__ directly, so it works on a frozen dataclass.
    @cached_property
    def _nodes_by_code(self) -> dict[str, Node]:
        return {node.code: node for node in self.iter_nodes()}

    @cached_property
    def _parents(self) -> dict[str, Node | None]:
        parents: dict[str, Node | None] = {node.code: None for node in self.nodes}
        for node in self.iter_nodes():
            for child in node.children:
                parents[child.code] = node
        return parents


def proportion_word(count: int, total: int, words: Sequence[ProportionWord]) -> ProportionWord | None:
    """The word the framework defines for `count` out of `total`, or None if no word applies.

    When several words hold (90% is over 80, 65 and 51), the one with the narrowest band wins, so
    "almost all" beats "majority"; on a tie the word listed first wins.
    """
    if total < 0 or count < 0 or count > total:
        raise ValueError(f"not a proportion: {count} of {total}")
    if total == 0:
        return None
    best: ProportionWord | None = None
    for word in words:
        if word.holds_for(count, total) and (best is None or word.span < best.span):
            best = word
    return best


# -------------------------------------------------------------------------------------------- loading


def load_framework(path: str | Path) -> Framework:
    """Read and validate a framework file; every problem is reported with the file and key path."""
    path = Path(path)
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FrameworkError([f"{source}: cannot read: {exc.strerror or exc}"]) from None
    try:
        # utf-8-sig: Windows editors save a byte-order mark that TOML would otherwise reject.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FrameworkError([f"{source}: not UTF-8 text (byte {exc.start})"]) from None
    return parse_framework(text, source)


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)$")


def parse_framework(text: str, source: str) -> Framework:
    """Validate framework TOML `text`; `source` (usually the file name) starts every error line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError has no lineno attribute; the position is only in the message.
        message = str(exc)
        match = _TOML_POSITION.search(message)
        if match:
            where = f"line {match.group(1)}, column {match.group(2)}"
        else:
            match = _TOML_AT_END.search(message)
            last_line = text.count("\n") + 1
            where = f"end of file (line {last_line})"
        if match:
            message = message[: match.start()]
        raise FrameworkError([f"{source}: {where}: malformed TOML: {message}"]) from None
    return _build(data, source)


def framework_from_json(text: str, source: str = "stored framework", expected_sha256: str | None = None) -> Framework:
    """Read back `Framework.to_canonical_json()`; with `expected_sha256`, refuse altered content."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FrameworkError([f"{source}: line {exc.lineno}, column {exc.colno}: malformed JSON: {exc.msg}"]) from None
    framework = _build(data, source)
    if expected_sha256 is not None and framework.content_sha256 != expected_sha256:
        raise FrameworkError([f"{source}: content_sha256 is {framework.content_sha256}, expected {expected_sha256}"])
    return framework


def builtin_framework_paths() -> list[Path]:
    """The framework files shipped with FieldKit, from the source tree or the frozen bundle."""
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return sorted((root / "resources" / "frameworks").glob("*.toml"))


def load_builtin_frameworks() -> list[Framework]:
    return [load_framework(path) for path in builtin_framework_paths()]


# ----------------------------------------------------------------------------------------- validation


def _keys(cls: type) -> tuple[list[str], list[str]]:
    """The TOML keys of a table: its dataclass fields, required where the field has no default.

    Deriving them from the model means the file format and the dataclasses cannot drift apart.
    """
    required: list[str] = []
    optional: list[str] = []
    for f in fields(cls):
        if f.init:
            (required if f.default is MISSING else optional).append(f.name)
    return required, optional


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _type_name(value: Any) -> str:
    for kind, name in ((bool, "a boolean"), (int | float, "a number"), (str, "a string"), (list, "an array")):
        if isinstance(value, kind):
            return name
    return "a table" if isinstance(value, dict) else f"a {type(value).__name__}"


class _Reader:
    """Walks the parsed data and collects every problem rather than stopping at the first, so that
    `fieldkit frameworks check` lists them all in one run. Getters return a placeholder on error;
    the half-built framework is thrown away if anything was reported."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{self.source}: {path}: {message}")

    def table(self, value: Any, path: str, cls: type, header: Sequence[str] = ()) -> dict[str, Any]:
        """The table at `path` after reporting unknown and missing keys; {} if it is not a table."""
        if not isinstance(value, dict):
            self.fail(path or "(top level)", f"expected a table, got {_type_name(value)}")
            return {}
        required, optional = _keys(cls)
        required = [*header, *required]
        allowed = [*required, *optional]
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                self.fail(_join(path, key), f"unknown key{hint} (allowed: {', '.join(allowed)})")
        for key in required:
            if key not in value:
                self.fail(_join(path, key), "required key missing" + _LANGUAGE_HINT.get(key[-3:], ""))
        return value

    def text(self, table: dict[str, Any], key: str, path: str, required: bool = True) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            self.fail(_join(path, key), f"expected a string, got {_type_name(value)}")
            return ""
        if required and key in table and not value.strip():
            self.fail(_join(path, key), "must not be empty")
        return value

    def pair(self, table: dict[str, Any], stem: str, path: str, required: bool = True) -> tuple[str, str]:
        """`<stem>_en` and `<stem>_cy`; an optional pair still needs both languages or neither."""
        en = self.text(table, f"{stem}_en", path, required)
        cy = self.text(table, f"{stem}_cy", path, required)
        if en.strip() and not cy.strip() and not required:
            self.fail(_join(path, f"{stem}_cy"), f"Welsh (cy) text missing: {stem}_en is given")
        elif cy.strip() and not en.strip() and not required:
            self.fail(_join(path, f"{stem}_en"), f"English (en) text missing: {stem}_cy is given")
        return en, cy

    def code(self, table: dict[str, Any], key: str, path: str, pattern: re.Pattern[str], what: str) -> str:
        value = self.text(table, key, path)
        if value and not pattern.match(value):
            self.fail(_join(path, key), f"{value!r} is not a valid {what} (must match {pattern.pattern})")
        return value

    def choice(self, table: dict[str, Any], key: str, path: str, choices: Sequence[str]) -> str:
        value = self.text(table, key, path)
        if value and value not in choices:
            close = difflib.get_close_matches(value, choices, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            self.fail(_join(path, key), f"{value!r} is not one of: {', '.join(choices)}{hint}")
        return value

    def flag(self, table: dict[str, Any], key: str, path: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.fail(_join(path, key), f"expected true or false, got {_type_name(value)}")
            return False
        return value

    def number(self, table: dict[str, Any], key: str, path: str, whole: bool = False) -> int | float:
        value = table.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int | float) or (whole and isinstance(value, float)):
            self.fail(_join(path, key), f"expected a {'whole ' if whole else ''}number, got {_type_name(value)}")
            return 0
        if value != value or value in (float("inf"), float("-inf")):
            self.fail(_join(path, key), "expected a finite number")
            return 0
        # 80 and 80.0 are one threshold and must give one hash.
        return int(value) if float(value).is_integer() else float(value)

    def strings(
        self,
        table: dict[str, Any],
        key: str,
        path: str,
        pattern: re.Pattern[str] | None = None,
        what: str = "",
    ) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list):
            self.fail(_join(path, key), f"expected an array of strings, got {_type_name(value)}")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            item_path = _join(_join(path, key), i)
            if not isinstance(item, str) or not item.strip():
                self.fail(item_path, f"expected a non-empty string, got {_type_name(item)}")
            elif pattern is not None and not pattern.match(item):
                self.fail(item_path, f"{item!r} is not a valid {what} (must match {pattern.pattern})")
            elif item in out:
                self.fail(item_path, f"{item!r} is listed twice")
            else:
                out.append(item)
        return tuple(out)

    def tables(self, table: dict[str, Any], key: str, path: str, at_least_one: str = "") -> list[tuple[str, Any]]:
        """(path, entry) for each entry of an array of tables; the caller checks the entries."""
        value = table.get(key, [])
        if not isinstance(value, list):
            self.fail(_join(path, key), f"expected an array of tables ([[{key}]]), got {_type_name(value)}")
            return []
        if at_least_one and key in table and not value:
            self.fail(_join(path, key), f"needs at least one {at_least_one}")
        return [(_join(_join(path, key), i), entry) for i, entry in enumerate(value)]

    def unique(self, seen: dict[str, str], code: str, path: str, what: str) -> None:
        if code and code in seen:
            self.fail(path, f"duplicate {what} {code!r} (first at {seen[code]})")
        elif code:
            seen[code] = path


_LANGUAGE_HINT = {
    "_cy": ": every title and label needs Welsh (cy) as well as English (en)",
    "_en": ": every title and label needs English (en) as well as Welsh (cy)",
}


def _build(data: Any, source: str) -> Framework:
    reader = _Reader(source)
    framework = _read_framework(reader, data)
    if reader.problems:
        raise FrameworkError(reader.problems)
    return framework


def _read_framework(r: _Reader, data: Any) -> Framework:
    # A wrong header means another kind of file or a newer format: listing its keys would be noise.
    if isinstance(data, dict) and "format" not in data:
        r.fail("format", f'required key missing: a framework file starts with format = "{FORMAT}"')
        return _PLACEHOLDER
    if isinstance(data, dict) and data["format"] != FORMAT:
        r.fail("format", f"expected {FORMAT!r}, got {data['format']!r}: not a FieldKit framework file")
        return _PLACEHOLDER
    format_version = data.get("format_version", FORMAT_VERSION) if isinstance(data, dict) else FORMAT_VERSION
    if isinstance(format_version, bool) or format_version != FORMAT_VERSION:
        r.fail("format_version", f"this FieldKit reads format_version {FORMAT_VERSION}, got {format_version!r}")
        return _PLACEHOLDER
    top = r.table(data, "", Framework, header=("format", "format_version"))

    scales = _read_scales(r, top)
    known_scales = {scale.code: scale for scale in scales}
    node_paths: dict[str, str] = {}
    nodes = tuple(
        _read_node(r, path, entry, known_scales, node_paths) for path, entry in r.tables(top, "nodes", "", "node")
    )
    year = int(r.number(top, "year", "", whole=True))
    if "year" in top and not 1800 <= year <= 2200:
        r.fail("year", f"{year} is not a plausible year")
    languages = r.strings(top, "languages", "", _LANGUAGE, "language code")
    if "languages" in top and not languages:
        r.fail("languages", "list the language(s) the framework was published in")
    title_en, title_cy = r.pair(top, "title", "")
    publisher_en, publisher_cy = r.pair(top, "publisher", "")
    return Framework(
        id=r.code(top, "id", "", _ID, "framework id"),
        version=r.code(top, "version", "", _VERSION, "version (dotted numbers, e.g. 1.0)"),
        title_en=title_en,
        title_cy=title_cy,
        publisher_en=publisher_en,
        publisher_cy=publisher_cy,
        year=year,
        languages=languages,
        nodes=nodes,
        source=r.text(top, "source", "", required=False),
        scales=scales,
        checklists=_read_checklists(r, top, known_scales, node_paths),
        proportion_words=_read_words(r, top),
        output_categories=_read_categories(r, top),
    )


def _read_scales(r: _Reader, top: dict[str, Any]) -> tuple[Scale, ...]:
    scales: list[Scale] = []
    seen: dict[str, str] = {}
    for path, entry in r.tables(top, "scales", ""):
        table = r.table(entry, path, Scale)
        code = r.code(table, "code", path, _NAME, "scale code")
        r.unique(seen, code, _join(path, "code"), "scale code")
        kind = r.choice(table, "kind", path, SCALE_KINDS)
        title_en, title_cy = r.pair(table, "title", path)
        levels = _read_levels(r, table, path)
        rated = [level for level in levels if not level.not_applicable]
        levels_path = _join(path, "levels")
        if "levels" in table and kind == "binary" and len(rated) != 2:
            r.fail(levels_path, f"a binary scale has exactly 2 levels besides N/A, not {len(rated)}")
        elif "levels" in table and len(rated) < 2:
            r.fail(levels_path, "a scale needs at least 2 levels besides N/A")
        if len(levels) - len(rated) > 1:
            r.fail(levels_path, "at most one level can be not_applicable")
        scales.append(Scale(code=code, kind=kind, title_en=title_en, title_cy=title_cy, levels=levels))
    return tuple(scales)


def _read_levels(r: _Reader, scale: dict[str, Any], scale_path: str) -> tuple[Level, ...]:
    levels: list[Level] = []
    seen: dict[str, str] = {}
    for path, entry in r.tables(scale, "levels", scale_path):
        table = r.table(entry, path, Level)
        code = r.code(table, "code", path, _NAME, "level code")
        r.unique(seen, code, _join(path, "code"), "level code")
        label_en, label_cy = r.pair(table, "label", path)
        definition_en, definition_cy = r.pair(table, "definition", path, required=False)
        not_applicable = r.flag(table, "not_applicable", path)
        levels.append(Level(code, label_en, label_cy, definition_en, definition_cy, not_applicable))
    return tuple(levels)


def _scale_ref(r: _Reader, table: dict[str, Any], path: str, known: Mapping[str, Scale]) -> str | None:
    """A reference to a scale that judgements can use (survey scales are for questionnaires only)."""
    if "scale" not in table:
        return None
    code = r.text(table, "scale", path)
    if code and code not in known:
        listed = ", ".join(sorted(known)) or "none defined"
        r.fail(_join(path, "scale"), f"unknown scale {code!r} (known: {listed})")
    elif code and known[code].kind == "survey":
        r.fail(_join(path, "scale"), f"{code!r} is a survey scale; grades need a graded or binary scale")
    return code or None


def _read_node(r: _Reader, path: str, entry: Any, scales: Mapping[str, Scale], seen: dict[str, str]) -> Node:
    table = r.table(entry, path, Node)
    code = r.code(table, "code", path, _CODE, "node code")
    r.unique(seen, code, _join(path, "code"), "node code")
    kind = r.choice(table, "kind", path, NODE_KINDS)
    title_en, title_cy = r.pair(table, "title", path)
    descriptor_en, descriptor_cy = r.pair(table, "descriptor", path, required=False)
    graded = r.flag(table, "graded", path)
    scale = _scale_ref(r, table, path, scales)
    if graded and "scale" not in table:
        r.fail(_join(path, "scale"), "required key missing: a graded node needs a scale")
    elif scale is not None and not graded:
        r.fail(_join(path, "scale"), "a scale is given but graded is false")
    narratives: list[Narrative] = []
    seen_narratives: dict[str, str] = {}
    for n_path, n_entry in r.tables(table, "narratives", path):
        n = r.table(n_entry, n_path, Narrative)
        n_code = r.code(n, "code", n_path, _NAME, "narrative code")
        r.unique(seen_narratives, n_code, _join(n_path, "code"), "narrative code")
        n_title_en, n_title_cy = r.pair(n, "title", n_path)
        n_descriptor_en, n_descriptor_cy = r.pair(n, "descriptor", n_path, required=False)
        narratives.append(Narrative(n_code, n_title_en, n_title_cy, n_descriptor_en, n_descriptor_cy))
    return Node(
        code=code,
        kind=kind,
        title_en=title_en,
        title_cy=title_cy,
        descriptor_en=descriptor_en,
        descriptor_cy=descriptor_cy,
        graded=graded,
        scale=scale,
        optional=r.flag(table, "optional", path),
        narratives=tuple(narratives),
        refs=r.strings(table, "refs", path),
        children=tuple(
            _read_node(r, child_path, child, scales, seen) for child_path, child in r.tables(table, "children", path)
        ),
    )


def _read_checklists(
    r: _Reader, top: dict[str, Any], scales: Mapping[str, Scale], node_codes: Mapping[str, str]
) -> tuple[Checklist, ...]:
    checklists: list[Checklist] = []
    seen: dict[str, str] = {}
    for path, entry in r.tables(top, "checklists", ""):
        table = r.table(entry, path, Checklist)
        code = r.code(table, "code", path, _CODE, "checklist code")
        r.unique(seen, code, _join(path, "code"), "checklist code")
        title_en, title_cy = r.pair(table, "title", path)
        applies_to = r.strings(table, "applies_to", path, _NAME, "evidence type")
        if "applies_to" in table and not applies_to:
            r.fail(_join(path, "applies_to"), "list at least one evidence type")
        informs = r.strings(table, "informs", path)
        for i, node_code in enumerate(informs):
            if node_code not in node_codes:
                r.fail(_join(_join(path, "informs"), i), f"unknown node {node_code!r}")
        groups: list[ChecklistGroup] = []
        group_paths: dict[str, str] = {}
        for g_path, g_entry in r.tables(table, "groups", path):
            g = r.table(g_entry, g_path, ChecklistGroup)
            g_code = r.code(g, "code", g_path, _NAME, "group code")
            r.unique(group_paths, g_code, _join(g_path, "code"), "group code")
            groups.append(ChecklistGroup(g_code, *r.pair(g, "title", g_path)))
        overall = None
        if "overall" in table:
            o_path = _join(path, "overall")
            o = r.table(table["overall"], o_path, OverallRating)
            overall = OverallRating(*r.pair(o, "title", o_path), scale=_scale_ref(r, o, o_path, scales) or "")
        checklists.append(
            Checklist(
                code=code,
                title_en=title_en,
                title_cy=title_cy,
                applies_to=applies_to,
                items=_read_items(r, table, path, scales, group_paths),
                informs=informs,
                groups=tuple(groups),
                overall=overall,
                refs=r.strings(table, "refs", path),
            )
        )
    return tuple(checklists)


def _read_items(
    r: _Reader,
    checklist: dict[str, Any],
    checklist_path: str,
    scales: Mapping[str, Scale],
    groups: Mapping[str, str],
) -> tuple[ChecklistItem, ...]:
    items: list[ChecklistItem] = []
    seen: dict[str, str] = {}
    for path, entry in r.tables(checklist, "items", checklist_path, "item"):
        table = r.table(entry, path, ChecklistItem)
        code = r.code(table, "code", path, _CODE, "item code")
        r.unique(seen, code, _join(path, "code"), "item code")
        title_en, title_cy = r.pair(table, "title", path)
        scale = _scale_ref(r, table, path, scales) or ""
        group = r.text(table, "group", path) if "group" in table else None
        if group and group not in groups:
            listed = ", ".join(groups) or "none defined"
            r.fail(_join(path, "group"), f"unknown group {group!r} (known: {listed})")
        items.append(ChecklistItem(code, title_en, title_cy, scale, group, r.strings(table, "refs", path)))
    return tuple(items)


def _read_words(r: _Reader, top: dict[str, Any]) -> tuple[ProportionWord, ...]:
    words: list[ProportionWord] = []
    seen: dict[str, str] = {}
    for path, entry in r.tables(top, "proportion_words", ""):
        table = r.table(entry, path, ProportionWord)
        code = r.code(table, "code", path, _NAME, "word code")
        r.unique(seen, code, _join(path, "code"), "proportion word code")
        word_en, word_cy = r.pair(table, "word", path)
        comparator = r.choice(table, "comparator", path, COMPARATORS)
        threshold = r.number(table, "threshold", path)
        if not 0 <= threshold <= 100:
            r.fail(_join(path, "threshold"), f"{threshold} is not a percentage from 0 to 100")
        words.append(ProportionWord(code, word_en, word_cy, comparator, threshold))
    return tuple(words)


def _read_categories(r: _Reader, top: dict[str, Any]) -> tuple[OutputCategory, ...]:
    categories: list[OutputCategory] = []
    seen: dict[str, str] = {}
    for path, entry in r.tables(top, "output_categories", ""):
        table = r.table(entry, path, OutputCategory)
        code = r.code(table, "code", path, _NAME, "output category code")
        r.unique(seen, code, _join(path, "code"), "output category code")
        title_en, title_cy = r.pair(table, "title", path)
        descriptor_en, descriptor_cy = r.pair(table, "descriptor", path, required=False)
        refs = r.strings(table, "refs", path)
        categories.append(OutputCategory(code, title_en, title_cy, descriptor_en, descriptor_cy, refs))
    return tuple(categories)


# --------------------------------------------------------------------------------- canonical data form


def _data(value: Any) -> Any:
    """Plain JSON data in the file's own shape (field names are the TOML keys).

    Fields still at their default are left out, so adding an optional key to the format later does not
    change the hash of every framework an inspection has already pinned.
    """
    if isinstance(value, tuple):
        return [_data(item) for item in value]
    if not is_dataclass(value):
        return value
    out: dict[str, Any] = {}
    for f in fields(value):
        if not f.init:  # derived, e.g. content_sha256
            continue
        item = getattr(value, f.name)
        if f.default is MISSING or item != f.default:
            out[f.name] = _data(item)
    return out


def _framework_data(framework: Framework) -> dict[str, Any]:
    return {"format": FORMAT, "format_version": FORMAT_VERSION, **_data(framework)}


# Returned after a fatal header problem; never reaches a caller because a problem has been recorded.
_PLACEHOLDER = Framework(
    id="",
    version="",
    title_en="",
    title_cy="",
    publisher_en="",
    publisher_cy="",
    year=0,
    languages=(),
    nodes=(),
)
