"""Framework templates: the built-in files, custom imports, and the versions inspections pin."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.domain.framework import (
    Framework,
    builtin_framework_paths,
    framework_from_json,
    load_framework,
)
from fieldkit.storage import framework_versions as repo


@dataclass(frozen=True)
class FrameworkInfo:
    framework_id: str
    version: str
    title_en: str
    title_cy: str
    source: str  # "built-in" or "imported"
    content_sha256: str


def _info(fw: Framework, source: str) -> FrameworkInfo:
    return FrameworkInfo(fw.id, fw.version, fw.title_en, fw.title_cy, source, fw.content_sha256)


def builtin_frameworks() -> list[Framework]:
    return [load_framework(p) for p in builtin_framework_paths()]


class FrameworkService:
    def __init__(self, engine, store=None):
        """`store` (the OpenStore) makes pins audited; without it (tests of the repository) they are not."""
        self._engine = engine
        self._store = store
        self._builtins: list[Framework] | None = None

    def _builtin(self) -> list[Framework]:
        if self._builtins is None:
            self._builtins = builtin_frameworks()
        return self._builtins

    def available(self) -> list[FrameworkInfo]:
        """Built-ins first, then anything imported or pinned into this store."""
        seen: dict[tuple[str, str], FrameworkInfo] = {}
        for fw in self._builtin():
            seen[(fw.id, fw.version)] = _info(fw, "built-in")
        for stored in repo.all_stored(self._engine):
            key = (stored.framework_id, stored.version)
            if key not in seen:
                seen[key] = _info(framework_from_json(stored.content), stored.source)
        return list(seen.values())

    def get(self, framework_id: str, version: str | None = None) -> Framework:
        """A pinned version from the store wins over the file on disk: pinned content never changes."""
        if version is not None:
            stored = repo.get(self._engine, framework_id, version)
            if stored is not None:
                return framework_from_json(stored.content)
        candidates = [fw for fw in self._builtin() if fw.id == framework_id
                      and (version is None or fw.version == version)]
        if not candidates:
            candidates = [framework_from_json(s.content) for s in repo.all_stored(self._engine)
                          if s.framework_id == framework_id and (version is None or s.version == version)]
        if not candidates:
            raise KeyError(f"no framework {framework_id}" + (f" version {version}" if version else ""))
        return max(candidates, key=lambda fw: fw.version)

    def pin(self, fw: Framework, *, source: str = "built-in") -> None:
        records, actor = (self._store.records, self._store.user) if self._store is not None else (None, "")
        repo.put(self._engine, framework_id=fw.id, version=fw.version, content_sha256=fw.content_sha256,
                 content=fw.to_canonical_json(), source=source, records=records, actor=actor)

    def import_file(self, path: Path) -> FrameworkInfo:
        """Validate a custom framework file and keep it in the store (the file itself may go away)."""
        fw = load_framework(Path(path))
        self.pin(fw, source="imported")
        return _info(fw, "imported")
