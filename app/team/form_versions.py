"""Form versions travel to the team: a supervisor publishes or withdraws one, and every laptop of
the team installs it after checking who signed it. (The algorithm in prose: sync/README.md,
"Form versions".)

Publishing (``publish_form``): the file (an XLSForm, or XForm XML) must load cleanly through the
form engine and name a version on its settings sheet. Its XForm, the original file and who
published it are stored in the workspace and, in the same transaction, sealed to the team as a
``form`` envelope signed by this device, with its audit row. A (form id, version) is written once:
publishing the same content again changes nothing, and other content under a version this laptop
already has (shipped or published) is refused, so a corrected form needs a new version.
``withdraw_form`` records that a version takes no new interviews; it travels the same way.

Receiving (``open_form_envelope``, called by ``Inbox``): a form envelope is installed only when it
comes from a supervisor's device, its signature verifies, the payload names the same envelope and
device, its XForm loads and is the version it claims, and it changes no version this laptop
already has. Anything else raises ``SyncError``; the inbox keeps the envelope in quarantine with
that reason and installs nothing of it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import BadInput
from app.interviews.form_library import IN_USE, SOURCE_SHIPPED, FormLibrary, xform_sha256
from app.team.keyring import Keyring
from app.team.outbox import outbox_of, team_name
from app.team.receivers import Arrival, receives
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.ids import new_id
from app.workspace.roles import Permission
from app.workspace.store import Store
from forms import FormDefinition, FormLoadError, load_xform, load_xlsform
from forms.load import XFORM_SUFFIXES, XLSFORM_SUFFIXES
from sync.envelope import FORM, Envelope, open_envelope, seal
from sync.errors import SyncError, SyncErrorKind

if TYPE_CHECKING:
    from app.cases.book import CaseBook

FORMAT = "fieldcase-form-1"
PUBLISH = "publish"
WITHDRAW = "withdraw"
MAX_PAYLOAD = 2 * 1024 * 1024  # one envelope must fit one push batch (sync/protocol.py)
_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")


@dataclass(frozen=True)
class FormChange:
    """What ``publish_form`` or ``withdraw_form`` did."""

    form_id: str
    version: str
    title: str
    changed: bool  # False: it was already so here (same content published, already withdrawn)
    shared: bool  # sealed for the team (False: not changed, or this laptop is in no team yet)
    in_use: str | None  # the version new interviews on this form now use (None: no version)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- publishing and withdrawing (a supervisor, on this laptop) -------------------------------------


def publish_form(book: CaseBook, path: Path) -> FormChange:
    """Install a form version here and seal it for the team. ``BadInput`` when the file does not
    load, has no version, or would change a version this laptop already has, or one withdrawn."""
    session, store = book.session, book.store
    session.require(Permission.PUBLISH_FORMS)
    data, definition = _read_form_file(path)
    form_id, version = definition.form_id, definition.version
    library = FormLibrary().on(store)
    sha256 = xform_sha256(definition.xml)
    existing = library.content_sha256(form_id, version)
    shipped = any(
        v.source == SOURCE_SHIPPED
        for v in library.versions()
        if (v.form_id, v.version) == (form_id, version)
    )
    if existing is not None and existing != sha256:
        where = "ships with fieldcase" if shipped else "was already published"
        raise BadInput(
            f"version {version} of form {form_id} {where} with other content, and a form version"
            " never changes: give this form a new version on its settings sheet"
        )
    if library.is_withdrawn(form_id, version):
        raise BadInput(
            f"version {version} of form {form_id} was withdrawn: publish the form as a new version"
        )
    if existing is not None:
        shared = share_unsent(book) > 0  # published here before this laptop joined a team
        return FormChange(
            form_id, version, definition.title, False, shared, _in_use(library, form_id)
        )
    envelope_id = new_id()
    payload = {
        "format": FORMAT,
        "id": envelope_id,
        "device": book.device,
        "action": PUBLISH,
        "form_id": form_id,
        "version": version,
        "title": definition.title,
        "xform": definition.xml,
        "sha256": sha256,
        "file_name": path.name,
        "file": base64.b64encode(data).decode("ascii"),
        "by": session.user,
        "at": audit.now_iso(),
    }
    plaintext = _encode(payload)
    if len(plaintext) > MAX_PAYLOAD:
        raise BadInput(
            f"{path.name}: the form is too large to publish ({len(plaintext) // 1024} KiB with"
            f" its XForm; at most {MAX_PAYLOAD // 1024} KiB)"
        )
    with store.atomic():
        _install(store, payload)
        audit.record(store, session.user, Action.FORM_PUBLISH, _object(form_id, version), path.name)
        shared = _seal(book, envelope_id, plaintext)
    return FormChange(form_id, version, definition.title, True, shared, _in_use(library, form_id))


def withdraw_form(book: CaseBook, form_id: str, version: str, reason: str = "") -> FormChange:
    """No new interviews on this version, here and (once synced) on every laptop of the team.
    Drafts and submissions made on it stay valid and open with it."""
    session, store = book.session, book.store
    session.require(Permission.PUBLISH_FORMS)
    library = FormLibrary().on(store)
    if library.content_sha256(form_id, version) is None:
        raise BadInput(f"there is no version {version} of form {form_id} on this laptop")
    title = library.get(form_id, version).title
    if library.is_withdrawn(form_id, version):
        shared = share_unsent(book) > 0
        return FormChange(form_id, version, title, False, shared, _in_use(library, form_id))
    envelope_id = new_id()
    payload = {
        "format": FORMAT,
        "id": envelope_id,
        "device": book.device,
        "action": WITHDRAW,
        "form_id": form_id,
        "version": version,
        "reason": reason.strip()[:500],
        "by": session.user,
        "at": audit.now_iso(),
    }
    with store.atomic():
        _install(store, payload)
        audit.record(
            store, session.user, Action.FORM_WITHDRAW, _object(form_id, version), reason[:500]
        )
        shared = _seal(book, envelope_id, _encode(payload))
    return FormChange(form_id, version, title, True, shared, _in_use(library, form_id))


def share_unsent(book: CaseBook) -> int:
    """Seal for the team what this laptop published or withdrew before it joined one (publishing
    the same file, or withdrawing the same version, again after joining does it); returns how
    many envelopes were sealed."""
    store = book.store
    if not outbox_of(book).ready():
        return 0
    unsent = "envelope_id NOT IN (SELECT envelope_id FROM outbox) AND device = ?"
    payloads: list[dict[str, Any]] = []
    for r in store.query(
        "SELECT envelope_id, form_id, version, title, xform, file_name, file_data, published_by,"
        f" published_at FROM forms WHERE {unsent}",
        (book.device,),
    ):
        payloads.append(
            {
                "format": FORMAT,
                "id": r[0],
                "device": book.device,
                "action": PUBLISH,
                "form_id": r[1],
                "version": r[2],
                "title": r[3],
                "xform": r[4],
                "sha256": xform_sha256(r[4]),
                "file_name": r[5],
                "file": base64.b64encode(r[6]).decode("ascii"),
                "by": r[7],
                "at": r[8],
            }
        )
    for r in store.query(
        "SELECT envelope_id, form_id, version, reason, withdrawn_by, withdrawn_at"
        f" FROM form_withdrawals WHERE {unsent}",
        (book.device,),
    ):
        payloads.append(
            {
                "format": FORMAT,
                "id": r[0],
                "device": book.device,
                "action": WITHDRAW,
                "form_id": r[1],
                "version": r[2],
                "reason": r[3],
                "by": r[4],
                "at": r[5],
            }
        )
    with store.atomic():
        for payload in payloads:
            _seal(book, str(payload["id"]), _encode(payload))
    return len(payloads)


def _read_form_file(path: Path) -> tuple[bytes, FormDefinition]:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{path}: {exc.strerror or exc}") from None
    try:
        if suffix in XFORM_SUFFIXES:
            definition = load_xform(data.decode("utf-8-sig"))
        elif suffix in XLSFORM_SUFFIXES:
            definition = load_xlsform(data, file_type=XLSFORM_SUFFIXES[suffix], form_id=path.stem)
        else:
            raise BadInput(f"{path.name}: not a form file (XLSForm .xlsx .xls .csv .md, or .xml)")
    except (FormLoadError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path.name} does not load: {exc}") from None
    if not definition.version.strip():
        raise BadInput(
            f"{path.name}: the form has no version: set one on its settings sheet (e.g. 2026120101)"
        )
    for what, value in (("form id", definition.form_id), ("version", definition.version)):
        if not _NAME.fullmatch(value):
            raise BadInput(
                f"{path.name}: the {what} {value!r} may hold only letters, digits, '.', '-' and"
                " '_' (at most 64)"
            )
    return data, definition


def _in_use(library: FormLibrary, form_id: str) -> str | None:
    return next(
        (v.version for v in library.versions() if v.form_id == form_id and v.status == IN_USE),
        None,
    )


def _object(form_id: str, version: str) -> str:
    return f"form:{form_id}@{version}"


def _encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _seal(book: CaseBook, envelope_id: str, plaintext: bytes) -> bool:
    """Seal the payload for the team into the outbox; False when this laptop is in no team."""
    store = book.store
    team = team_name(store)
    keyring = Keyring(store)
    if team is None or keyring.current_team_key() is None:
        return False
    envelope = seal(
        plaintext,
        recipients=keyring.recipients(),
        signer=keyring.signing_key(),
        envelope_id=envelope_id,
        team=team,
        device=book.device,
        kind=FORM,
    )
    store.execute(
        "INSERT INTO outbox (envelope_id, kind, wire, created_at) VALUES (?, ?, ?, ?)",
        (envelope.id, envelope.kind, json.dumps(envelope.to_wire()), audit.now_iso()),
    )
    return True


def _install(store: Store, payload: dict[str, Any]) -> bool:
    """Store a checked publication or withdrawal; False when it was here already."""
    if payload["action"] == PUBLISH:
        return (
            store.execute(
                "INSERT OR IGNORE INTO forms (form_id, version, title, xform, sha256, file_name,"
                " file_data, published_by, published_at, device, envelope_id, installed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    payload["form_id"],
                    payload["version"],
                    payload["title"],
                    payload["xform"],
                    xform_sha256(payload["xform"]),
                    payload["file_name"],
                    base64.b64decode(payload["file"]),
                    payload["by"],
                    payload["at"],
                    payload["device"],
                    payload["id"],
                    audit.now_iso(),
                ),
            )
            == 1
        )
    return (
        store.execute(
            "INSERT OR IGNORE INTO form_withdrawals (form_id, version, withdrawn_by, withdrawn_at,"
            " reason, device, envelope_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                payload["form_id"],
                payload["version"],
                payload["by"],
                payload["at"],
                str(payload.get("reason") or ""),
                payload["device"],
                payload["id"],
            ),
        )
        == 1
    )


# -- receiving (the inbox, on every laptop of the team) --------------------------------------------


@receives(FORM)
def _receive(arrival: Arrival, envelope: Envelope) -> bool:
    """A form version a supervisor's device published or withdrew: checked, then installed."""
    inbox = arrival.inbox
    payload = open_form_envelope(
        inbox.store,
        envelope,
        arrival.identities,
        inbox.signer_key(envelope),
        from_supervisor=inbox.is_supervisor(envelope.device),
    )
    install_received(inbox.store, arrival.book.session.user, payload)
    return True


def open_form_envelope(
    store: Store,
    envelope: Envelope,
    identities: list[str],
    device_key: bytes,
    *,
    from_supervisor: bool,
) -> dict[str, Any]:
    """Verify, open and check a ``form`` envelope; returns the payload to ``install_received``.
    Raises ``SyncError`` with the reason it is refused."""
    if not from_supervisor:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: a form version from device {envelope.device}, which is not"
            " a supervisor's device: not installed",
        )
    try:
        plaintext = open_envelope(envelope, identities, device_key)
    except SyncError as exc:
        if exc.kind is not SyncErrorKind.SIGNATURE:
            raise
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: a form version whose signature does not verify (forged, or"
            " changed on the way): not installed",
        ) from exc
    payload = _read_payload(envelope, plaintext)
    if payload["action"] == PUBLISH:
        _check_publication(FormLibrary().on(store), envelope, payload)
    return payload


def install_received(store: Store, user: str, payload: dict[str, Any]) -> None:
    """Install a payload ``open_form_envelope`` accepted (in the inbox's transaction)."""
    if _install(store, payload):
        action = Action.FORM_PUBLISH if payload["action"] == PUBLISH else Action.FORM_WITHDRAW
        audit.record(
            store,
            user,
            action,
            _object(payload["form_id"], payload["version"]),
            f"received: by {payload['by']} on device {payload['device']}",
        )


def _read_payload(envelope: Envelope, plaintext: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(plaintext)
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ValueError("not a form version")
        if payload.get("id") != envelope.id or payload.get("device") != envelope.device:
            raise ValueError("it claims another envelope or device (a replay)")
        if payload.get("action") not in (PUBLISH, WITHDRAW):
            raise ValueError(f"unknown action {payload.get('action')!r}")
        names = ["form_id", "version", "by", "at"]
        if payload["action"] == PUBLISH:
            names += ["title", "xform", "sha256", "file_name", "file"]
        for name in names:
            if not isinstance(payload.get(name), str):
                raise ValueError(f"no {name}")
        for name in ("form_id", "version"):
            if not _NAME.fullmatch(payload[name]):
                raise ValueError(f"bad {name}")
        if payload["action"] == PUBLISH:
            base64.b64decode(payload["file"], validate=True)
    except (ValueError, UnicodeDecodeError, binascii.Error) as exc:
        raise SyncError(
            SyncErrorKind.MALFORMED, f"envelope {envelope.id}: not a form version ({exc})"
        ) from exc
    return payload


def _check_publication(library: FormLibrary, envelope: Envelope, payload: dict[str, Any]) -> None:
    form_id, version = payload["form_id"], payload["version"]
    named = f"envelope {envelope.id}: version {version} of form {form_id}"
    sha256 = xform_sha256(payload["xform"])
    if sha256 != payload["sha256"]:
        raise SyncError(SyncErrorKind.MALFORMED, f"{named}: its XForm is not the one it names")
    existing = library.content_sha256(form_id, version)
    if existing is not None:
        if existing != sha256:
            raise SyncError(
                SyncErrorKind.MALFORMED,
                f"{named} is already on this laptop with other content, and a published form"
                " version never changes: not installed",
            )
        return  # the same content again: nothing to check
    try:
        definition = load_xform(payload["xform"])
    except FormLoadError as exc:
        raise SyncError(SyncErrorKind.MALFORMED, f"{named} does not load: {exc}") from exc
    if (definition.form_id, definition.version) != (form_id, version):
        raise SyncError(
            SyncErrorKind.MALFORMED,
            f"{named}: its XForm is version {definition.version} of form {definition.form_id}",
        )
