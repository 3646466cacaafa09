"""The server's tables: routing data and opaque bytes only, never anything of a case's content.

Times are ISO 8601 UTC strings with milliseconds (``2026-11-28T14:00:00.000Z``): they sort as text
and read the same on SQLite and PostgreSQL. ``Envelope.seq`` is assigned from the one row of
``server_counter`` inside the pushing transaction, which holds that row's lock until it commits,
so sequence numbers become visible in increasing order and a pull cursor never skips one (see
sync/README.md, "Sequence numbers").
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAME = 128  # sync.envelope's team and device names: [A-Za-z0-9_.:-]{1,128}


class Base(DeclarativeBase):
    pass


class ServerCounter(Base):
    __tablename__ = "server_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False)


class EnrolmentCode(Base):
    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    team: Mapped[str] = mapped_column(String(NAME), nullable=False)
    created: Mapped[str] = mapped_column(String(32), nullable=False)
    expires: Mapped[str] = mapped_column(String(32), nullable=False)
    used: Mapped[str | None] = mapped_column(String(32))
    used_by: Mapped[str | None] = mapped_column(String(NAME))


class Device(Base):
    __tablename__ = "devices"

    device: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    team: Mapped[str] = mapped_column(String(NAME), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    age_recipient: Mapped[str] = mapped_column(String(256), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(48), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    registered: Mapped[str] = mapped_column(String(32), nullable=False)
    approved: Mapped[str | None] = mapped_column(String(32))
    revoked: Mapped[str | None] = mapped_column(String(32))
    revoke_reason: Mapped[str | None] = mapped_column(String(500))
    reregistered: Mapped[str | None] = mapped_column(String(32))  # without a code, after a restore
    team_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    team_key_by: Mapped[str | None] = mapped_column(String(NAME))
    team_key_updated: Mapped[str | None] = mapped_column(String(32))


class Envelope(Base):
    __tablename__ = "envelopes"
    __table_args__ = (
        Index("ix_envelopes_team_seq", "team", "seq"),
        Index("ix_envelopes_recipient_team_seq", "recipient_team", "seq"),
        Index("ix_envelopes_device_seq", "device", "seq"),
    )

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    team: Mapped[str] = mapped_column(String(NAME), nullable=False)
    device: Mapped[str] = mapped_column(String(NAME), ForeignKey("devices.device"), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    recipient_team: Mapped[str | None] = mapped_column(String(NAME))
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    body_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    body: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    signature: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created: Mapped[str] = mapped_column(String(64), nullable=False)
    received: Mapped[str] = mapped_column(String(32), nullable=False)


class Quarantine(Base):
    """Refused envelopes, kept for a supervisor to look at; never served to a pull."""

    __tablename__ = "quarantine"

    qid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    envelope_id: Mapped[str | None] = mapped_column(String(64))
    device: Mapped[str] = mapped_column(String(NAME), nullable=False, index=True)
    team: Mapped[str] = mapped_column(String(NAME), nullable=False)
    reason: Mapped[str] = mapped_column(String(500), nullable=False)
    received: Mapped[str] = mapped_column(String(32), nullable=False)
    wire: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Upload(Base):
    """A chunked upload of one attachment envelope in progress (sync/README.md, "Attachments").

    Its routing data and signature arrive first (with ``recipient_team`` for an attachment that
    travels with a referral to another team); ``committed`` is how many body bytes are stored
    in ``upload_chunks``. Finishing checks size, SHA-256 and signature, stores the envelope once
    and deletes the upload and its chunks."""

    __tablename__ = "uploads"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team: Mapped[str] = mapped_column(String(NAME), nullable=False)
    device: Mapped[str] = mapped_column(String(NAME), ForeignKey("devices.device"), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    created: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    body_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    signature: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    submission: Mapped[str | None] = mapped_column(String(36))
    recipient_team: Mapped[str | None] = mapped_column(String(NAME))  # a referred attachment's
    committed: Mapped[int] = mapped_column(BigInteger, nullable=False)
    started: Mapped[str] = mapped_column(String(32), nullable=False)
    updated: Mapped[str] = mapped_column(String(32), nullable=False)


class UploadChunk(Base):
    __tablename__ = "upload_chunks"

    upload_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("uploads.id", ondelete="CASCADE"), primary_key=True
    )
    start: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class SubmissionAttachment(Base):
    """A submission's attachment envelopes, as its device declared them: the submission is
    complete on the server when every one of them is stored."""

    __tablename__ = "submission_attachments"

    submission: Mapped[str] = mapped_column(String(36), primary_key=True)
    attachment: Mapped[str] = mapped_column(String(36), primary_key=True)
    team: Mapped[str] = mapped_column(String(NAME), nullable=False)
    device: Mapped[str] = mapped_column(String(NAME), nullable=False)


class TeamEntry(Base):
    """A team's entry in the directory (sync/README.md, "Referrals between teams"): its age
    recipient and the devices that may refer for it, as JSON signed by one of its supervisors'
    devices. The server checks the signature on upload; laptops check it again, against the key
    they pinned for that team."""

    __tablename__ = "team_directory"

    team: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    device: Mapped[str] = mapped_column(String(NAME), ForeignKey("devices.device"), nullable=False)
    entry: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    signature: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    updated: Mapped[str] = mapped_column(String(32), nullable=False)


class SealedTeamKey(Base):
    """One team key sealed (age) to one device, after a rotation (sync/README.md, "Team key
    rotation"): ``key_id`` names the key (``sync.directory.key_id`` of its recipient); the bytes
    are a welcome the server cannot open."""

    __tablename__ = "sealed_team_keys"

    device: Mapped[str] = mapped_column(
        String(NAME), ForeignKey("devices.device"), primary_key=True
    )
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    by: Mapped[str] = mapped_column(String(NAME), nullable=False)
    updated: Mapped[str] = mapped_column(String(32), nullable=False)


class Erasure(Base):
    """A supervisor's erasure of a case, as the server may see it: the erasure envelope's id and
    the ids of the envelopes it names (sync/README.md, "Erased cases on the server")."""

    __tablename__ = "erasures"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team: Mapped[str] = mapped_column(String(NAME), nullable=False, index=True)
    ids: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list, sorted
    ids_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    first_ack: Mapped[str] = mapped_column(String(32), nullable=False)
    dropped: Mapped[str | None] = mapped_column(String(32))


class ErasureAck(Base):
    __tablename__ = "erasure_acks"

    erasure: Mapped[str] = mapped_column(
        String(36), ForeignKey("erasures.id", ondelete="CASCADE"), primary_key=True
    )
    device: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    acked: Mapped[str] = mapped_column(String(32), nullable=False)


class ErasedEnvelope(Base):
    """What remains of an envelope dropped with its erased case: a push of the same id again is
    refused as erased rather than stored again."""

    __tablename__ = "erased_envelopes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team: Mapped[str] = mapped_column(String(NAME), nullable=False)
    erasure: Mapped[str] = mapped_column(String(36), nullable=False)
    erased: Mapped[str] = mapped_column(String(32), nullable=False)


class ServerMeta(Base):
    """Facts about this server database, one row each. ``generation``: a random id, new when the
    database is restored from a backup (``sync.server.backup``), so a laptop notices that envelopes
    it pushed may be gone; ``generation_seq``: the newest seq the database held then."""

    __tablename__ = "server_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
