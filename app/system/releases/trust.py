"""The release keys this program trusts: :data:`RELEASE_KEYS`, in this file, shipped inside it.

The keys are code, not a data file beside it, so the frozen bundle carries them with its modules
and nothing on the disk next to the program is read to decide what to trust. There is deliberately
no setting, environment variable or command-line option that adds a key: someone who can hand a
laptop a USB stick (or run its server) must not be able to make it trust theirs. Tests pass their
own throwaway key to the functions of :mod:`.manifest` and :mod:`.install` as an argument; the
command line and the desktop app call :func:`shipped_keys`.

A new key is introduced by a release signed with a key trusted already whose program lists the
new key here too; a key is retired by a release that no longer lists it. The secret halves are
never in the repository (docs/security.md, "Releases").
"""

from __future__ import annotations

from app.system.releases.minisign import PublicKey

RELEASE_KEYS = (
    # fieldcase release key 1, id 6A56915F14CBE5E6 (made 2026-12-06)
    "RWTm5csUX5FWanC3BeJ3p1wy0ICpJnRJ+vstGiJslOnSg+QFQCuHWEzJ",
)


def shipped_keys() -> list[PublicKey]:
    return [PublicKey.parse(text) for text in RELEASE_KEYS]
