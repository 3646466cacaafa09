"""The forms this laptop can fill: the shipped ones (forms/definitions), by id and version.

A draft or submission names the form id and version it was made with and is always opened with
that version; new interviews use the newest. (Forms published through the server join this
library with signed versions later.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.errors import BadInput
from forms import FormDefinition, FormLoadError, load_form

SHIPPED = Path(__file__).resolve().parent.parent / "forms" / "definitions"


@dataclass
class FormLibrary:
    folders: tuple[Path, ...] = (SHIPPED,)
    _by_key: dict[tuple[str, str], FormDefinition] = field(default_factory=dict)
    _loaded: bool = False

    def _load(self) -> None:
        if self._loaded:
            return
        for folder in self.folders:
            for path in sorted(folder.glob("*.xlsx")):
                try:
                    definition = load_form(path)
                except FormLoadError as exc:
                    raise BadInput(f"the form {path.name} does not load: {exc}") from exc
                self._by_key[(definition.form_id, definition.version)] = definition
        self._loaded = True

    def get(self, form_id: str, version: str | None = None) -> FormDefinition:
        self._load()
        if version is not None:
            found = self._by_key.get((form_id, version))
            if found is None:
                raise BadInput(f"version {version} of form {form_id} is not on this laptop")
            return found
        versions = sorted((v for (f, v) in self._by_key if f == form_id), key=_version_key)
        if not versions:
            raise BadInput(f"there is no form {form_id} on this laptop")
        return self._by_key[(form_id, versions[-1])]

    def form_ids(self) -> list[str]:
        self._load()
        return sorted({f for f, _ in self._by_key})


def _version_key(version: str) -> tuple[int, str]:
    return (int(version), version) if version.isdigit() else (-1, version)
