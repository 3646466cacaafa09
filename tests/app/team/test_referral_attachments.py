"""A referred case's attachments, re-sealed for the receiving team: the bookkeeping on both sides.

Two teams' real workspaces, the directory learned as a sync would, and a stand-in for the
server's two attachment reads (what ``SyncClient.attachment`` and ``attachment_range`` answer),
so that what arrives can be altered at will. tests/integration/test_referral_attachments.py
runs the same through a real server process."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import pytest

from app.cases.book import CaseBook
from app.interviews import attachments
from app.interviews.attachments import Attachment
from app.interviews.interview import Interview
from app.team import attachment_sync, erasure_acks, referral_attachments
from app.team import directory as team_directory
from app.team.attachment_sync import AttachmentReport, plaintext_of
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.outbox import Inbox
from app.workspace.folder import Workspace
from app.workspace.ids import new_id
from sync.client import SyncClient
from sync.directory import sign_entry
from sync.envelope import Envelope, open_envelope, seal
from tests.app.form_filler import TODAY
from tests.app.interviews.test_attachments import EVIDENCE
from tests.conftest import CHEAP, PASSWORD

CONSENT = {"given": True, "recipient": "phnom_penh", "purpose": "reintegration"}
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def photo(size: int = 700_000) -> bytes:
    return JPEG + os.urandom(size)


def _book(tmp_path: Path, name: str) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, "ana", PASSWORD, cost=CHEAP)
    return case_book(session)


def two_teams(tmp_path: Path) -> tuple[CaseBook, CaseBook]:
    """Bangkok and Phnom Penh, each knowing the other's entry; Bangkok confirmed Phnom Penh."""
    bk, pp = _book(tmp_path, "bangkok"), _book(tmp_path, "phnom_penh")
    found_team(bk, "bangkok")
    found_team(pp, "phnom_penh")
    for book, other in ((bk, pp), (pp, bk)):
        signed = sign_entry(team_directory.own_entry(other), Keyring(other.store).signing_key())
        team_directory.learn_entry(book, signed)
    team_directory.confirm_team(bk, "phnom_penh", team_directory.own_entry(pp).fingerprint)
    return bk, pp


def case_with_attachments(
    book: CaseBook, passport: bytes, consent: bytes
) -> tuple[str, list[Attachment]]:
    """A case whose follow-up submission holds a photo (image question) and a scan (file)."""
    case_id = book.open_case({"prs_First_Name": "Dara"}, "intake")
    interview = Interview.start(book.session, book, EVIDENCE, case_id=case_id)
    assert interview.draft_id is not None
    interview.set_answer("first_name", "Dara")
    kept = []
    for data, name, question in ((passport, "passport.jpg", "passport"),
                                 (consent, "signed-consent.pdf", "consent")):  # fmt: skip
        added = attachments.add(
            book.session, data, original_name=name, question=question,
            draft_id=interview.draft_id,
        )  # fmt: skip
        interview.set_answer(question, added.file_name)
        kept.append(added)
    done = interview.finish()
    book.follow_up(case_id, TODAY, {}, submission_id=done.submission_id)
    linked = [attachments.get(book.store, a.id) for a in kept]  # now the submission's
    return case_id, [a for a in linked if a is not None]


def referral_of(book: CaseBook) -> Envelope:
    wire = book.store.scalar("SELECT wire FROM outbox WHERE kind = 'referral' ORDER BY rowid DESC")
    return Envelope.from_wire(json.loads(str(wire)))


def opened(receiver: CaseBook, sender: CaseBook, envelope: Envelope) -> dict[str, Any]:
    plaintext = open_envelope(
        envelope, Keyring(receiver.store).identities(), Keyring(sender.store).signing_public()
    )
    payload: dict[str, Any] = json.loads(plaintext)
    return payload


def resealed(book: CaseBook) -> dict[str, Envelope]:
    """The re-sealed envelopes waiting on ``book``, by attachment id, as an upload sends them."""
    found = {}
    for attachment_id, envelope_id, wire in book.store.query(
        "SELECT attachment_id, envelope_id, wire FROM referral_attachments WHERE wire IS NOT NULL"
    ):
        body = attachments.read_blob(book.store, f"sealed:{envelope_id}")
        head = json.loads(wire)
        found[attachment_id] = Envelope.from_wire(
            {**head, "body": base64.b64encode(body).decode("ascii")}
        )
    return found


class ServerStandIn:
    """The server's answers to ``GET /v1/attachments/{id}`` and its ranged body reads."""

    def __init__(self, stored: dict[str, Envelope], vouched: dict[str, str] | None = None):
        self.stored = stored
        self.vouched = vouched or {}  # envelope id -> the SHA-256 the server claims

    def attachment(self, envelope_id: str) -> dict[str, Any] | None:
        envelope = self.stored.get(envelope_id)
        if envelope is None:
            return None
        head = envelope.to_wire()
        del head["body"]
        sha256 = self.vouched.get(envelope_id, envelope.body_sha256)
        return {"envelope": head, "size": len(envelope.body), "sha256": sha256, "seq": 1}

    def attachment_range(self, envelope_id: str, start: int, length: int) -> bytes:
        return self.stored[envelope_id].body[start : start + length]


def download(book: CaseBook, server: ServerStandIn) -> AttachmentReport:
    report = AttachmentReport()
    referral_attachments.download_pending(book, cast(SyncClient, server), report)
    return report


def test_a_referral_names_each_attachment_resealed_once_for_the_other_team(
    tmp_path: Path,
) -> None:
    bk, pp = two_teams(tmp_path)
    passport, consent = photo(), os.urandom(400_000)
    case_id, kept = case_with_attachments(bk, passport, consent)
    bk.refer(case_id, "phnom_penh", CONSENT)

    payload = opened(pp, bk, referral_of(bk))
    listed = {a["id"]: a for a in payload["attachments"]}
    assert set(listed) == {a.id for a in kept}
    for attachment in kept:
        entry = listed[attachment.id]
        assert entry["envelope"] != attachment.id and entry["sha256"] == attachment.sha256
    envelopes = resealed(bk)
    assert {a: e.id for a, e in envelopes.items()} == {a: e["envelope"] for a, e in listed.items()}
    for attachment, data in zip(kept, (passport, consent), strict=True):
        envelope = envelopes[attachment.id]
        assert (envelope.kind, envelope.team, envelope.recipient_team) == (
            "attachment", "bangkok", "phnom_penh",
        )  # fmt: skip
        header, inside = attachment_sync.read_plaintext(
            open_envelope(
                envelope, Keyring(pp.store).identities(), Keyring(bk.store).signing_public()
            )
        )
        assert header["id"] == attachment.id and header["sha256"] == attachment.sha256
        assert inside == data  # the receiving team's key opens it; the file whole

    # Referred to the same team again (after a decline, say): the same envelopes, not new ones.
    before = bk.store.query("SELECT envelope_id, sealed_at FROM referral_attachments")
    assert referral_attachments.seal_pending(bk) == 0
    bk.refer(case_id, "phnom_penh", CONSENT, note="again")
    again = opened(pp, bk, referral_of(bk))
    assert again["id"] != payload["id"] and again["attachments"] == payload["attachments"]
    after = bk.store.query("SELECT envelope_id, sealed_at FROM referral_attachments")
    assert [tuple(r) for r in after] == [tuple(r) for r in before]
    assert referral_attachments.waiting_uploads(bk) == 2
    for book in (bk, pp):
        book.session.lock()


def test_the_other_team_fetches_them_verified_and_waits_for_those_not_uploaded(
    tmp_path: Path,
) -> None:
    bk, pp = two_teams(tmp_path)
    passport, consent = photo(), os.urandom(900_000)
    case_id, kept = case_with_attachments(bk, passport, consent)
    bk.refer(case_id, "phnom_penh", CONSENT)
    assert Inbox(pp).receive([referral_of(bk)]).applied == 1
    attachment_sync._scan_submissions(pp)  # the team's own scan leaves them to the referral
    assert pp.store.scalar("SELECT count(*) FROM attachment_downloads") == 0

    nothing_yet = download(pp, ServerStandIn({}))
    assert (nothing_yet.waiting, nothing_yet.received, nothing_yet.refused) == (2, 0, [])
    stored = {e.id: e for e in resealed(bk).values()}
    report = download(pp, ServerStandIn(stored))
    assert (report.received, report.refused) == (2, [])
    got = {a.id: a for a in attachments.for_case(pp.session, case_id)}
    assert set(got) == {a.id for a in kept}
    for attachment, data in zip(kept, (passport, consent), strict=True):
        assert attachments.read(pp.store, attachment.id) == data
        mine = got[attachment.id]
        assert (mine.original_name, mine.media_type, mine.question, mine.device) == (
            attachment.original_name, attachment.media_type, attachment.question,
            attachment.device,
        )  # fmt: skip
    assert (
        pp.store.scalar("SELECT count(*) FROM attachment_chunks WHERE blob LIKE 'partial:%'") == 0
    )
    again = download(pp, ServerStandIn(stored))
    assert (again.received, again.waiting, again.refused) == (0, 0, [])
    for book in (bk, pp):
        book.session.lock()


@pytest.mark.parametrize("tamper", ["body", "stranger", "swapped", "not_for_us"])
def test_what_does_not_verify_is_refused_and_nothing_of_it_kept(
    tmp_path: Path, tamper: str
) -> None:
    bk, pp = two_teams(tmp_path)
    case_id, (passport, consent) = case_with_attachments(bk, photo(), os.urandom(300_000))
    bk.refer(case_id, "phnom_penh", CONSENT)
    Inbox(pp).receive([referral_of(bk)])
    envelopes = resealed(bk)
    target = envelopes[passport.id]
    stranger = _book(tmp_path, "stranger")
    found_team(stranger, "bangkok")  # a laptop calling itself Bangkok's, in no directory entry
    keyring = Keyring(bk.store)
    vouched: dict[str, str] = {}
    if tamper == "body":  # a byte flipped on the server, which vouches for the new hash
        body = bytearray(target.body)
        body[len(body) // 2] ^= 1
        vouched[target.id] = hashlib.sha256(bytes(body)).hexdigest()
        target = replace(target, body=bytes(body))
    elif tamper in ("stranger", "swapped", "not_for_us"):
        data = attachments.read(bk.store, consent.id if tamper == "swapped" else passport.id)
        plaintext = plaintext_of(consent if tamper == "swapped" else passport, data)
        recipients = [
            Keyring(stranger.store).current_team_key().recipient  # type: ignore[union-attr]
            if tamper == "not_for_us"
            else team_directory.known_team_entry(bk, "phnom_penh").recipient  # type: ignore[union-attr]
        ]
        signer = (
            Keyring(stranger.store).signing_key() if tamper == "stranger" else keyring.signing_key()
        )
        device = stranger.device if tamper == "stranger" else bk.device
        target = seal(plaintext, recipients=recipients, signer=signer, envelope_id=target.id,
                      team="bangkok", device=device, kind="attachment")  # fmt: skip
    server = ServerStandIn({target.id: target, envelopes[consent.id].id: envelopes[consent.id]})
    report = download(pp, server)
    assert report.received == 1 and [r["id"] for r in report.refused] == [target.id]
    reason = report.refused[0]["reason"]
    expected = {
        "body": "signature does not verify",
        "stranger": "is not a known device of team bangkok's directory entry",
        "swapped": "claims another id",
        "not_for_us": "identities opens",
    }[tamper]
    assert expected in reason, reason
    assert attachments.get(pp.store, passport.id) is None
    assert attachments.get(pp.store, consent.id) is not None  # the other one is kept
    assert (
        pp.store.scalar("SELECT count(*) FROM attachment_chunks WHERE blob LIKE 'partial:%'") == 0
    )
    assert download(pp, server).refused == []  # refused once, reported once
    for book in (bk, pp, stranger):
        book.session.lock()


def test_an_altered_body_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    bk, pp = two_teams(tmp_path)
    case_id, (passport, _) = case_with_attachments(bk, photo(), os.urandom(1000))
    bk.refer(case_id, "phnom_penh", CONSENT)
    Inbox(pp).receive([referral_of(bk)])
    stored = {e.id: e for e in resealed(bk).values()}
    target = resealed(bk)[passport.id]
    body = bytearray(target.body)
    body[-1] ^= 1
    stored[target.id] = replace(target, body=bytes(body))  # the server still claims the old hash
    report = download(pp, ServerStandIn(stored, {target.id: target.body_sha256}))
    assert [r["id"] for r in report.refused] == [target.id]
    assert "the body was altered" in report.refused[0]["reason"]
    assert attachments.get(pp.store, passport.id) is None
    for book in (bk, pp):
        book.session.lock()


def test_a_file_not_yet_on_the_referring_laptop_is_sealed_once_it_arrives(
    tmp_path: Path,
) -> None:
    bk, pp = two_teams(tmp_path)
    data = photo()
    case_id, (passport, consent) = case_with_attachments(bk, data, os.urandom(1000))
    # As if made on another laptop of the team and not downloaded here yet.
    with bk.store.atomic():
        attachments.drop_blob(bk.store, passport.id)
        bk.store.execute("DELETE FROM attachments WHERE id = ?", (passport.id,))
    bk.refer(case_id, "phnom_penh", CONSENT)
    listed = {a["id"] for a in opened(pp, bk, referral_of(bk))["attachments"]}
    assert listed == {passport.id, consent.id}  # named at once: the referral need not wait
    assert set(resealed(bk)) == {consent.id}
    assert referral_attachments.waiting_uploads(bk) == 2
    assert referral_attachments.seal_pending(bk) == 0  # still not here
    attachments.store_received(bk.store, passport, data)  # the download arrives
    assert referral_attachments.seal_pending(bk) == 1
    assert set(resealed(bk)) == {passport.id, consent.id}
    assert referral_attachments.seal_pending(bk) == 0
    for book in (bk, pp):
        book.session.lock()


def _older_referral(bk: CaseBook, pp: CaseBook, change: dict[str, Any]) -> Envelope:
    """The referral as another fieldcase would have sealed it: its payload changed, re-signed."""
    payload = opened(pp, bk, referral_of(bk))
    envelope_id = new_id()
    payload.update(change, id=envelope_id)
    payload = {k: v for k, v in payload.items() if v is not None}
    entry = team_directory.known_team_entry(bk, "phnom_penh")
    assert entry is not None
    sealed = seal(
        json.dumps(payload).encode(), recipients=[entry.recipient],
        signer=Keyring(bk.store).signing_key(), envelope_id=envelope_id, team="bangkok",
        device=bk.device, kind="referral",
    )  # fmt: skip
    return replace(sealed, recipient_team="phnom_penh")


def test_a_referral_from_an_older_fieldcase_brings_the_case_and_waits_for_nothing(
    tmp_path: Path,
) -> None:
    bk, pp = two_teams(tmp_path)
    case_id, _ = case_with_attachments(bk, photo(), os.urandom(1000))
    bk.refer(case_id, "phnom_penh", CONSENT)
    older = _older_referral(bk, pp, {"attachments": None})  # no list at all
    assert Inbox(pp).receive([older]).applied == 1
    assert pp.state(case_id).status == "referred"
    attachment_sync._scan_submissions(pp)
    assert pp.store.scalar("SELECT count(*) FROM attachment_downloads") == 0
    report = download(pp, ServerStandIn({}))
    assert (report.waiting, report.received, report.refused) == (0, 0, [])
    assert attachments.for_case(pp.session, case_id) == []  # simply not available
    for book in (bk, pp):
        book.session.lock()


def test_a_list_its_submissions_do_not_bear_out_refuses_the_referral_whole(
    tmp_path: Path,
) -> None:
    bk, pp = two_teams(tmp_path)
    case_id, (passport, _) = case_with_attachments(bk, photo(), os.urandom(1000))
    bk.refer(case_id, "phnom_penh", CONSENT)
    listed = opened(pp, bk, referral_of(bk))["attachments"]
    wrong = [{**a, "sha256": "0" * 64} if a["id"] == passport.id else a for a in listed]
    report = Inbox(pp).receive([_older_referral(bk, pp, {"attachments": wrong})])
    assert report.applied == 0 and "do not name" in report.refused[0][1]
    assert pp.store.scalar("SELECT count(*) FROM submissions") == 0  # nothing half-stored
    assert pp.store.scalar("SELECT count(*) FROM referral_downloads") == 0
    assert pp.list_cases().total == 0
    for book in (bk, pp):
        book.session.lock()


def test_erasing_a_referred_case_takes_its_referral_and_resealed_files_off_the_laptop(
    tmp_path: Path,
) -> None:
    bk, pp = two_teams(tmp_path)
    case_id, kept = case_with_attachments(bk, photo(), os.urandom(1000))
    bk.refer(case_id, "phnom_penh", CONSENT)
    referral = referral_of(bk)
    envelope_ids = set(
        bk.store.query_one("SELECT group_concat(envelope_id) FROM referral_attachments")[0].split(
            ","
        )
    )
    Inbox(pp).receive([referral])
    bk.erase(case_id, "the person asked for it")
    assert bk.store.scalar("SELECT count(*) FROM outbox WHERE kind = 'referral'") == 0
    assert bk.store.scalar("SELECT count(*) FROM referral_attachments") == 0
    assert bk.store.scalar("SELECT count(*) FROM referrals") == 0
    assert bk.store.scalar("SELECT count(*) FROM attachment_chunks") == 0
    # The erasure names the case's own envelopes, not what was handed to the other team.
    ((_, named),) = erasure_acks.pending(bk.store)
    assert {a.id for a in kept} <= set(named)
    assert not (envelope_ids | {referral.id}) & set(named)
    # The other team's copy is its own; erasing it there drops its downloads too.
    assert pp.store.scalar("SELECT count(*) FROM referral_downloads") == 2
    pp.erase(case_id, "closed and erased after the agreed time")
    assert pp.store.scalar("SELECT count(*) FROM referral_downloads") == 0
    assert pp.store.scalar("SELECT count(*) FROM referrals") == 0
    for book in (bk, pp):
        book.session.lock()
