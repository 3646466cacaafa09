"""The release keys this program trusts: :data:`RELEASE_KEYS`, in this file, shipped inside it.

The keys are code, not a data file beside it, so the frozen bundle carries them with its modules
and nothing on the disk next to the program is read to decide what to trust. There is deliberately
no setting, environment variable or command-line option that adds a key: someone who can hand a
laptop a USB stick (or run its server) must not be able to make it trust theirs. Tests pass their
own throwaway key to the functions of :mod:`.manifest` and :mod:`.install` as an argument; the
command line and the desktop app call :func:`shipped_keys`.

One exception, for the bundle's own smoke test (packaging/bundle_test.py installs a second,
newer build of itself signed by a throwaway key): :data:`TEST_KEY_VARIABLE`, when set in this
process's environment, names one more public key (its minisign text, not a file), and every use
says so on standard error. It is no way in for someone who hands the laptop a USB stick or runs its
server: only whoever sets the environment fieldcase starts in can use it, and they can already
make the program load code of theirs (``LD_PRELOAD``, a changed launcher). docs/updates.md says so.

A new key is introduced by a release signed with a key trusted already whose program lists the
new key here too; a key is retired by a release that no longer lists it. The secret halves are
never in the repository (docs/security.md, "Releases").
"""

from __future__ import annotations

import os
import sys

from app.system.releases.minisign import MinisignError, PublicKey

RELEASE_KEYS = (
    # fieldcase release key 1, id 6A56915F14CBE5E6 (made 2026-12-06)
    "RWTm5csUX5FWanC3BeJ3p1wy0ICpJnRJ+vstGiJslOnSg+QFQCuHWEzJ",
)


TEST_KEY_VARIABLE = "FIELDCASE_SMOKE_TEST_RELEASE_KEY"


def shipped_keys() -> list[PublicKey]:
    keys = [PublicKey.parse(text) for text in RELEASE_KEYS]
    extra = os.environ.get(TEST_KEY_VARIABLE)
    if extra:
        try:
            key = PublicKey.parse(extra)
        except MinisignError:
            print(f"fieldcase: warning: {TEST_KEY_VARIABLE} is not a public key", file=sys.stderr)
        else:
            print(
                f"fieldcase: warning: also trusting the test release key {key.key_id_hex} "
                f"named by {TEST_KEY_VARIABLE}",
                file=sys.stderr,
            )
            keys.append(key)
    return keys
