"""The forms this laptop can fill: the shipped ones (forms/definitions) and the versions a
supervisor published to the team (table ``forms``, installed by app/team/form_versions.py).

A form is identified by id + version and never changes once published. A draft or submission
names the version it was made with and always opens with that version, withdrawn or not
(``get(form_id, version)``); a new interview uses the newest version that is not withdrawn
(``get(form_id)``). Versions compare as numbers when they are all digits (XLSForm's usual
``yyyymmddnn``); any other version sorts before every numeric one, by its text.

A shipped version an interview started on is also *kept* in the workspace (``keep``): when an
app update ships a newer version, the drafts and submissions made on the old one still open, and
new interviews use the new one.

A library without a store knows the shipped forms only (demo data, form tests). Shipped forms are
converted once per process; a stored version is read from its XForm once per content.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.workspace.store import Store
from forms import FormDefinition, FormLoadError, load_form, load_xform

SHIPPED = Path(__file__).resolve().parents[2] / "forms" / "definitions"

SOURCE_SHIPPED = "shipped"
SOURCE_PUBLISHED = "published"
IN_USE = "in use"
OLDER = "older"
WITHDRAWN = "withdrawn"


@functools.cache
def _shipped_titles() -> dict[str, dict[str, str]]:
    path = SHIPPED / "titles.json"  # built with the shipped forms (forms/definitions/build.py)
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def form_title(form_id: str, title: str, language: str | None) -> str:
    """A form's title in the interface language (``km``...). XLSForm has no translated title, so
    the shipped forms' translations come from ``titles.json``, for every version of those form
    ids; any other form keeps its own title."""
    texts = _shipped_titles().get(form_id, {})
    return texts.get(language or "", "") or title or texts.get("en", "") or form_id


@dataclass(frozen=True)
class FormVersion:
    """One version of a form on this laptop, as ``fieldcase forms list`` shows it."""

    form_id: str
    version: str
    title: str
    source: str  # shipped | published
    status: str  # in use | older | withdrawn
    sha256: str
    published_by: str | None = None
    published_at: str | None = None
    withdrawn_by: str | None = None
    withdrawn_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class FormLibrary:
    folders: tuple[Path, ...] = (SHIPPED,)
    store: Store | None = None

    def on(self, store: Store) -> FormLibrary:
        """The same library with the versions published to this workspace's team."""
        return replace(self, store=store)

    # -- reading --------------------------------------------------------------------------------

    def get(self, form_id: str, version: str | None = None) -> FormDefinition:
        """A given version (withdrawn or not: drafts and submissions made on it still open), or
        the newest version open to new interviews."""
        if version is None:
            known = [v for v in self.versions() if v.form_id == form_id]
            usable = [v for v in known if v.status == IN_USE]
            if not usable:
                if known:
                    raise BadInput(
                        f"every version of the form {form_id} was withdrawn: no new interviews"
                    )
                raise BadInput(f"there is no form {form_id} on this laptop")
            version = usable[0].version
        shipped = _shipped(self.folders).get((form_id, version))
        if shipped is not None:
            return shipped
        if self.store is not None:
            for table in ("forms", "kept_forms"):
                row = self.store.query_one(
                    f"SELECT sha256 FROM {table} WHERE form_id = ? AND version = ?",
                    (form_id, version),
                )
                if row is not None:
                    return _stored(self.store, table, form_id, version, str(row[0]))
        raise BadInput(f"version {version} of form {form_id} is not on this laptop")

    def stored(self, form_id: str, version: str) -> FormDefinition | None:
        """A version this workspace holds a copy of (published, or kept when an interview
        started on it), read from its XForm: milliseconds, where ``get`` converts every shipped
        XLSForm first (seconds). For callers that need a few known versions, as an export does;
        None when the workspace holds no copy (then ``get``)."""
        if self.store is not None:
            for table in ("forms", "kept_forms"):
                row = self.store.query_one(
                    f"SELECT sha256 FROM {table} WHERE form_id = ? AND version = ?",
                    (form_id, version),
                )
                if row is not None:
                    return _stored(self.store, table, form_id, version, str(row[0]))
        return None

    def keep(self, definition: FormDefinition) -> None:
        """Keep a shipped version this workspace starts an interview on, so that its drafts and
        submissions still open when an app update ships another version (call on the database
        thread; a no-op for published versions, which are stored already)."""
        key = (definition.form_id, definition.version)
        if self.store is None or _shipped(self.folders).get(key) is not definition:
            return
        self.store.execute(
            "INSERT OR IGNORE INTO kept_forms (form_id, version, title, xform, sha256, kept_at)"
            " VALUES (?, ?, ?, ?, ?, datetime('now'))",
            (*key, definition.title, definition.xml, _shipped_sha256(self.folders)[key]),
        )

    def content_sha256(self, form_id: str, version: str) -> str | None:
        """The SHA-256 of a version's XForm, or None when this laptop does not have it."""
        shipped = _shipped(self.folders).get((form_id, version))
        if shipped is not None:
            return _shipped_sha256(self.folders)[(form_id, version)]
        if self.store is None:
            return None
        for table in ("forms", "kept_forms"):
            value = self.store.scalar(
                f"SELECT sha256 FROM {table} WHERE form_id = ? AND version = ?", (form_id, version)
            )
            if value is not None:
                return str(value)
        return None

    def is_withdrawn(self, form_id: str, version: str) -> bool:
        if self.store is None:
            return False
        return (
            self.store.query_one(
                "SELECT 1 FROM form_withdrawals WHERE form_id = ? AND version = ?",
                (form_id, version),
            )
            is not None
        )

    def versions(self) -> list[FormVersion]:
        """Every version on this laptop, by form id and newest first, with its status."""
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for (form_id, version), definition in _shipped(self.folders).items():
            found[(form_id, version)] = {
                "title": definition.title,
                "source": SOURCE_SHIPPED,
                "sha256": _shipped_sha256(self.folders)[(form_id, version)],
            }
        withdrawn: dict[tuple[str, str], tuple[str, str]] = {}
        if self.store is not None:
            for r in self.store.query(
                "SELECT form_id, version, title, sha256, published_by, published_at FROM forms"
            ):
                found.setdefault(
                    (r[0], r[1]),
                    {
                        "title": r[2],
                        "source": SOURCE_PUBLISHED,
                        "sha256": r[3],
                        "published_by": r[4],
                        "published_at": r[5],
                    },
                )
            for r in self.store.query("SELECT form_id, version, title, sha256 FROM kept_forms"):
                # shipped by an earlier release of the app, used here: drafts still open
                found.setdefault(
                    (r[0], r[1]), {"title": r[2], "source": SOURCE_SHIPPED, "sha256": r[3]}
                )
            for r in self.store.query(
                "SELECT form_id, version, withdrawn_by, withdrawn_at FROM form_withdrawals"
            ):
                withdrawn[(r[0], r[1])] = (r[2], r[3])
        result: list[FormVersion] = []
        for form_id in sorted({f for f, _ in found}):
            newest_first = sorted(
                (v for f, v in found if f == form_id), key=version_key, reverse=True
            )
            in_use_given = False
            for version in newest_first:
                gone = withdrawn.get((form_id, version))
                if gone is not None:
                    status = WITHDRAWN
                elif not in_use_given:
                    status, in_use_given = IN_USE, True
                else:
                    status = OLDER
                result.append(
                    FormVersion(
                        form_id,
                        version,
                        status=status,
                        withdrawn_by=gone[0] if gone else None,
                        withdrawn_at=gone[1] if gone else None,
                        **found[(form_id, version)],
                    )
                )
        return result

    def form_ids(self) -> list[str]:
        """The forms a new interview can be started on (a version not withdrawn)."""
        return sorted({v.form_id for v in self.versions() if v.status == IN_USE})


def version_key(version: str) -> tuple[int, int, str]:
    return (1, int(version), version) if version.isdigit() else (0, 0, version)


def xform_sha256(xml: str) -> str:
    return hashlib.sha256(xml.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=8)
def _shipped(folders: tuple[Path, ...]) -> dict[tuple[str, str], FormDefinition]:
    """The forms in ``folders``, converted once per process (they change only with the app)."""
    by_key: dict[tuple[str, str], FormDefinition] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.xlsx")):
            try:
                definition = load_form(path)
            except FormLoadError as exc:
                raise BadInput(f"the form {path.name} does not load: {exc}") from exc
            by_key[(definition.form_id, definition.version)] = definition
    return by_key


@functools.lru_cache(maxsize=8)
def _shipped_sha256(folders: tuple[Path, ...]) -> dict[tuple[str, str], str]:
    return {key: xform_sha256(d.xml) for key, d in _shipped(folders).items()}


_PARSED: dict[str, FormDefinition] = {}  # XForm SHA-256 -> definition (content never changes)
_PARSED_LOCK = threading.Lock()


def _stored(store: Store, table: str, form_id: str, version: str, sha256: str) -> FormDefinition:
    """A version stored in the workspace: published (``forms``) or kept (``kept_forms``)."""
    with _PARSED_LOCK:
        cached = _PARSED.get(sha256)
    if cached is not None:
        return cached
    xml = str(
        store.scalar(
            f"SELECT xform FROM {table} WHERE form_id = ? AND version = ?", (form_id, version)
        )
    )
    try:
        definition = load_xform(xml)
    except FormLoadError as exc:  # it loaded when it was installed: the store was damaged
        raise BadInput(f"version {version} of form {form_id} no longer loads: {exc}") from exc
    with _PARSED_LOCK:
        _PARSED[sha256] = definition
    return definition
