"""The one exception root of sync, with kinds the client and UI react to::

SyncError
├── kind=MALFORMED   bytes that are not an envelope, a batch or an age file
├── kind=SIGNATURE   an envelope whose device signature does not verify (tampered, forged)
├── kind=DECRYPT     no identity we hold opens it, or its ciphertext was altered
├── kind=AUTH        the server refused our device credentials
├── kind=REVOKED     our device (or the envelope's device) was revoked
├── kind=PROTOCOL    the other side speaks a protocol version we do not
├── kind=NETWORK     no connection, a dropped connection, a timeout: retry later
└── kind=SERVER      the server failed; retry later
"""

from __future__ import annotations

import enum


class SyncErrorKind(enum.Enum):
    MALFORMED = "malformed"
    SIGNATURE = "signature"
    DECRYPT = "decrypt"
    AUTH = "auth"
    REVOKED = "revoked"
    PROTOCOL = "protocol"
    NETWORK = "network"
    SERVER = "server"


class SyncError(Exception):
    def __init__(self, kind: SyncErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def retryable(self) -> bool:
        return self.kind in (SyncErrorKind.NETWORK, SyncErrorKind.SERVER)
