"""The laptop's side of the sync protocol: HTTP calls, errors as ``SyncError`` kinds, retries.

Knows envelopes and bytes, not cases (``app/team/synchronise.py`` wires it to the workspace). Every
request carries the protocol version; errors come back as ``SyncError`` with a kind the caller
reacts to (``NETWORK``/``SERVER``: retry later; ``AUTH``/``REVOKED``: stop and say why;
``PROTOCOL``: say which side to update). ``with_retries`` retries what is retryable with
exponential back-off and full jitter, a bounded number of times.
"""

from __future__ import annotations

import gzip
import json
import random
import ssl
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import httpx

from sync import batch
from sync.envelope import Envelope
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import (
    MAX_BATCH_BYTES,
    MAX_BATCH_ENVELOPES,
    OLDEST_PROTOCOL,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
)

T = TypeVar("T")
PUSH_GZIP_LEVEL = 6

_KINDS = {
    "auth": SyncErrorKind.AUTH,
    "pending": SyncErrorKind.AUTH,
    "enrolment": SyncErrorKind.AUTH,
    "forbidden": SyncErrorKind.AUTH,
    "revoked": SyncErrorKind.REVOKED,
    "protocol": SyncErrorKind.PROTOCOL,
    "malformed": SyncErrorKind.MALFORMED,
    "too_large": SyncErrorKind.MALFORMED,
    "conflict": SyncErrorKind.MALFORMED,
    "not_found": SyncErrorKind.MALFORMED,
}


class SyncClient:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        verify: ssl.SSLContext | bool = True,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.protocol = PROTOCOL_VERSION
        """The version this client speaks to this server: its newest, or an older one the server
        named when it refused the newest (426), so a laptop updated before its server syncs on."""
        headers = {PROTOCOL_HEADER: str(self.protocol)}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers=headers,
            verify=verify,
            transport=transport,
            timeout=timeout,
        )

    def close(self) -> None:
        self.http.close()

    def _call(
        self,
        method: str,
        path: str,
        *,
        allow: tuple[int, ...] = (),
        resend: bool = True,
        **kwargs: Any,
    ) -> httpx.Response:
        """One request; a status in ``allow`` is returned to the caller instead of raised.

        A 426 naming an older protocol this client also speaks switches to it for good and sends
        the request again (unless ``resend`` is false: the body depends on the version)."""
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise SyncError(SyncErrorKind.NETWORK, "the server did not answer in time") from exc
        except httpx.TransportError as exc:
            raise SyncError(
                SyncErrorKind.NETWORK, f"no connection to the server ({exc.__class__.__name__})"
            ) from exc
        if response.status_code in allow:
            return response
        if response.status_code >= 500:
            raise SyncError(
                SyncErrorKind.SERVER,
                f"the server failed ({response.status_code}); it will be tried again",
            )
        if response.status_code >= 400:
            try:
                body = response.json()
                code, message = str(body.get("error", "")), str(body.get("message", ""))
            except (ValueError, AttributeError):
                code, message = "", response.text[:200]
            kind = _KINDS.get(code, SyncErrorKind.MALFORMED)
            if response.status_code == 426:
                kind = SyncErrorKind.PROTOCOL
                if self._step_down(response) and resend:
                    return self._call(method, path, allow=allow, resend=False, **kwargs)
            raise SyncError(
                kind, message or f"the server refused the request ({response.status_code})"
            )
        return response

    def _step_down(self, refusal: httpx.Response) -> bool:
        """After a 426: speak the server's version from now on if it is older and known here."""
        try:
            theirs = refusal.json().get("server_protocol")
        except (ValueError, AttributeError):
            return False
        if type(theirs) is not int or not OLDEST_PROTOCOL <= theirs < self.protocol:
            return False
        self.protocol = theirs
        self.http.headers[PROTOCOL_HEADER] = str(theirs)
        return True

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/v1/health").json()
        return result

    def register(
        self, enrolment_code: str, device: str, signing_key: str, age_recipient: str
    ) -> dict[str, Any]:
        body = {
            "enrolment_code": enrolment_code,
            "device": device,
            "signing_key": signing_key,
            "age_recipient": age_recipient,
        }
        result: dict[str, Any] = self._call("POST", "/v1/devices", json=body).json()
        return result

    def me(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/v1/devices/me").json()
        return result

    def held(self, ids: list[str]) -> list[str]:
        """Which of these envelope ids of this device the server holds (after a restore)."""
        result = self._call("POST", "/v1/envelopes/held", json={"ids": ids}).json()
        return [str(i) for i in result.get("held", [])]

    def devices(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._call("GET", "/v1/devices").json()
        return result

    def put_team_key(self, device: str, sealed: bytes) -> None:
        self._call("PUT", f"/v1/devices/{device}/team-key", content=sealed)

    def team_key(self) -> bytes | None:
        try:
            return self._call("GET", "/v1/devices/me/team-key").content
        except SyncError as exc:
            if "not yet" in str(exc) or exc.kind is SyncErrorKind.MALFORMED:
                return None
            raise

    def put_sealed_team_key(self, device: str, key_id: str, sealed: bytes) -> None:
        """After a rotation: one team key (a welcome holding every key) sealed to ``device``."""
        self._call("PUT", f"/v1/devices/{device}/team-keys/{key_id}", content=sealed)

    def sealed_team_keys(self) -> list[dict[str, Any]]:
        """The key ids a supervisor sealed to this device (``[{"key_id", "by", "updated"}]``);
        none from a server too old to know rotation (404)."""
        response = self._call("GET", "/v1/devices/me/team-keys", allow=(404,))
        if response.status_code == 404:
            return []
        result: list[dict[str, Any]] = response.json()
        return result

    def sealed_team_key(self, key_id: str) -> bytes:
        return self._call("GET", f"/v1/devices/me/team-keys/{key_id}").content

    def ack_erasure(self, erasure_id: str, ids: Sequence[str]) -> tuple[int, dict[str, Any]]:
        """Tell the server this laptop applied an erasure; (HTTP status, answer). 403, 404 and
        409 come back instead of raising: the caller decides whether to try again later."""
        response = self._call(
            "POST", f"/v1/erasures/{erasure_id}/ack", json={"ids": list(ids)}, allow=(403, 404, 409)
        )
        body: dict[str, Any] = response.json()
        return response.status_code, body

    def enrolment_code(self, hours: int = 72) -> str:
        """A one-time code for a new laptop of this team (a supervisor's device only)."""
        answer: dict[str, Any] = self._call(
            "POST", "/v1/enrolment-codes", json={"hours": hours}
        ).json()
        return str(answer["code"])

    def reregister(self, request: dict[str, str]) -> dict[str, Any]:
        """After a restore: register this laptop again without a code (``sync.reregistration``);
        ``request`` holds device, team, signing_key, age_recipient, token and signature."""
        result: dict[str, Any] = self._call("POST", "/v1/devices/re-register", json=request).json()
        return result

    def approve_again(self, device: str, fingerprint: str, *, supervisor: bool) -> None:
        """A supervisor's device approves again a device that registered again after a restore."""
        body = {"fingerprint": fingerprint, "supervisor": supervisor}
        self._call("POST", f"/v1/devices/{device}/approve", json=body)

    def revoke(self, device: str, reason: str, keys: tuple[str, str] | None = None) -> None:
        """A supervisor's device revokes ``device`` (``keys``: its signing key in base64 and age
        recipient, for a server that does not hold it)."""
        body: dict[str, Any] = {"reason": reason}
        if keys is not None:
            body["signing_key"], body["age_recipient"] = keys
        self._call("POST", f"/v1/devices/{device}/revoke", json=body)

    def teams(self) -> list[dict[str, Any]]:
        """The team directory: every team's signed entry (``sync.directory``)."""
        result: list[dict[str, Any]] = self._call("GET", "/v1/teams").json()
        return result

    def put_team_entry(self, wire: dict[str, str]) -> None:
        self._call("PUT", "/v1/teams/me", json=wire)

    def push(self, envelopes: Sequence[Envelope]) -> list[dict[str, Any]]:
        """One batch; the results, one per envelope, arrive only after the server committed.

        Protocol 2 sends the framed batch (``sync.batch``: bodies as raw bytes), protocol 1 JSON
        with bodies in base64; both gzip-compressed."""
        for _ in range(2):
            protocol = self.protocol
            if protocol >= 2:
                raw, content_type = batch.encode(envelopes), batch.CONTENT_TYPE
            else:
                wire = {"envelopes": [e.to_wire() for e in envelopes]}
                raw, content_type = json.dumps(wire).encode("utf-8"), "application/json"
            try:
                response = self._call(
                    "POST",
                    "/v1/push",
                    content=gzip.compress(raw, compresslevel=PUSH_GZIP_LEVEL),
                    headers={"Content-Encoding": "gzip", "Content-Type": content_type},
                    resend=False,
                )
                break
            except SyncError as exc:
                if exc.kind is not SyncErrorKind.PROTOCOL or self.protocol == protocol:
                    raise
        results: list[dict[str, Any]] = response.json()["results"]
        if len(results) != len(envelopes):
            raise SyncError(
                SyncErrorKind.SERVER, "the server answered for another number of envelopes"
            )
        return results

    def pull(
        self, since: int, limit: int = 200, *, include_own: bool = True, framed: bool = False
    ) -> dict[str, Any]:
        """One page after ``since``; ``include_own=False`` leaves out this device's own envelopes
        (a server from before that parameter ignores it and serves them: still correct).

        ``framed=True`` asks for the framed pull page (``sync.batch``: bodies as raw bytes); its
        items come back as ``batch.Pulled`` instead of JSON items, ``next`` and ``more`` alike. A
        server that does not know it answers JSON, taken as before. A framed page that is not one
        as a whole raises SyncError(MALFORMED)."""
        params = {"since": since, "limit": limit, "include_own": "true" if include_own else "false"}
        headers = {"Accept": f"{batch.PULL_CONTENT_TYPE}, application/json;q=0.5"} if framed else {}
        response = self._call("GET", "/v1/pull", params=params, headers=headers)
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == batch.PULL_CONTENT_TYPE:
            items, after, more = batch.decode_page(response.content)
            return {"envelopes": items, "next": after, "more": more}
        try:
            result: dict[str, Any] = response.json()
        except ValueError as exc:
            raise SyncError(SyncErrorKind.MALFORMED, "the pull page is not JSON") from exc
        return result

    # -- attachments: chunked uploads and ranged reads (driven by sync/chunks.py) ---------------

    def open_upload(
        self, head: dict[str, Any], size: int, sha256: str, submission: str | None
    ) -> dict[str, Any]:
        body = {"envelope": head, "size": size, "sha256": sha256, "submission": submission}
        result: dict[str, Any] = self._call("POST", "/v1/uploads", json=body).json()
        return result

    def upload_status(self, upload_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", f"/v1/uploads/{upload_id}").json()
        return result

    def put_chunk(self, upload_id: str, offset: int, data: bytes) -> dict[str, Any]:
        """Append a chunk at ``offset``; when the server stands elsewhere (409), where it stands."""
        response = self._call(
            "PUT",
            f"/v1/uploads/{upload_id}",
            params={"offset": offset},
            content=data,
            headers={"Content-Type": "application/octet-stream"},
            allow=(409,),
        )
        if response.status_code == 409:
            return self.upload_status(upload_id)
        result: dict[str, Any] = response.json()
        return result

    def finish_upload(self, upload_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("POST", f"/v1/uploads/{upload_id}/finish").json()
        return result

    def link_attachments(self, submission: str, attachment_ids: Sequence[str]) -> dict[str, Any]:
        result: dict[str, Any] = self._call(
            "PUT",
            f"/v1/submissions/{submission}/attachments",
            json={"attachments": list(attachment_ids)},
        ).json()
        return result

    def submission_status(self, submission: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", f"/v1/submissions/{submission}").json()
        return result

    def attachment(self, attachment_id: str) -> dict[str, Any] | None:
        """An attachment envelope's head, size and SHA-256; None while it is not uploaded."""
        response = self._call("GET", f"/v1/attachments/{attachment_id}", allow=(404,))
        if response.status_code == 404:
            return None
        result: dict[str, Any] = response.json()
        return result

    def attachment_range(self, attachment_id: str, start: int, length: int) -> bytes:
        response = self._call(
            "GET",
            f"/v1/attachments/{attachment_id}/body",
            headers={"Range": f"bytes={start}-{start + length - 1}"},
        )
        answered = response.headers.get("content-range", "")
        if response.status_code != 206 or not answered.startswith(f"bytes {start}-"):
            raise SyncError(SyncErrorKind.SERVER, "the server did not answer the range asked for")
        return response.content


def batches(
    envelopes: Sequence[Envelope], max_bytes: int = MAX_BATCH_BYTES // 2
) -> list[list[Envelope]]:
    """Split into batches under the server's limits (bytes measured on the uncompressed JSON)."""
    out: list[list[Envelope]] = []
    current: list[Envelope] = []
    size = 0
    for envelope in envelopes:
        item = len(envelope.body) * 4 // 3 + 600
        if current and (size + item > max_bytes or len(current) >= MAX_BATCH_ENVELOPES):
            out.append(current)
            current, size = [], 0
        current.append(envelope)
        size += item
    if current:
        out.append(current)
    return out


def with_retries(
    call: Callable[[], T],
    *,
    attempts: int = 5,
    base: float = 0.5,
    cap: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
    rng: random.Random | None = None,
) -> T:
    """Run ``call``; retry retryable ``SyncError`` with exponential back-off and full jitter."""
    rng = rng or random.Random()
    for attempt in range(attempts):
        try:
            return call()
        except SyncError as exc:
            if not exc.retryable or attempt == attempts - 1:
                raise
            sleep(rng.uniform(0, min(cap, base * 2**attempt)))
    raise AssertionError("unreachable")
