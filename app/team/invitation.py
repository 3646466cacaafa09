"""An enrolment invitation: everything a laptop needs to join a server, as one line of text
(printed, read aloud, or scanned from a QR code):

    fieldcase-enrol:v1?server=https%3A%2F%2F10.0.0.5%3A8765&code=ABCD-EFGH-JKMN-PQRS&tls=AB12...

The server's address, the one-time code and, for HTTPS, the certificate fingerprint the laptop
pins. Nothing in it is secret for long: the code works once and only until a supervisor approves
the laptop after comparing its fingerprint.

An invitation made on a supervisor's laptop (``fieldcase team invite``) also carries that laptop's
device fingerprint (``supervisor=``): the new laptop then joins only a team whose welcome that
supervisor's device signed, so its first trust comes from the supervisor, not from the server
(whose administrator could enrol a "supervisor" of their own and welcome it into a made-up team).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from app.errors import BadInput

PREFIX = "fieldcase-enrol:v1?"


@dataclass(frozen=True)
class Invitation:
    server: str
    code: str
    tls_fingerprint: str | None = None
    supervisor: str | None = None  # the inviting supervisor's device fingerprint (no spaces)

    def to_text(self) -> str:
        fields = {"server": self.server, "code": self.code}
        if self.tls_fingerprint:
            fields["tls"] = self.tls_fingerprint
        if self.supervisor:
            fields["supervisor"] = "".join(self.supervisor.split()).upper()
        return PREFIX + urlencode(fields)

    @staticmethod
    def from_text(text: str) -> Invitation:
        text = text.strip()
        if not text.startswith(PREFIX):
            raise BadInput(
                "this is not a fieldcase invitation (it starts with fieldcase-enrol:v1?)"
            )
        fields = parse_qs(text[len(PREFIX) :])
        try:
            server, code = fields["server"][0], fields["code"][0]
        except (KeyError, IndexError) as exc:
            raise BadInput("this invitation lacks the server's address or the code") from exc
        return Invitation(
            server, code, fields.get("tls", [None])[0], fields.get("supervisor", [None])[0]
        )
