"""``fieldcase team rotate-key``: a new team key after a laptop was lost (app/team/key_rotation.py)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.workspace import _workspace_args, logged_in


def register(teams: Any) -> None:
    """Add ``rotate-key`` to the ``fieldcase team`` actions."""
    p = teams.add_parser(
        "rotate-key",
        help="supervisor: make a new team key (after a laptop was lost); sync delivers it",
    )
    _workspace_args(p)
    p.add_argument("--reason", default="", help="why, for the audit log (e.g. 'laptop stolen')")
    p.set_defaults(handler=_rotate)


def _rotate(args: argparse.Namespace) -> int:
    from app.team.case_book import case_book
    from app.team.key_rotation import rotate_team_key
    from app.team.keyring import Keyring
    from sync.directory import key_id

    with logged_in(args) as (session, _):
        book = case_book(session)
        key = rotate_team_key(book, args.reason)
        kept = len(Keyring(book.store).team_keys())
    print(f"New team key {key_id(key.recipient)}; everything sealed here from now on uses it.")
    print(f"{kept - 1} older key(s) kept to open what was sealed before.")
    print("Revoke the lost laptop on the server if not done yet, then sync this laptop: it seals")
    print("the new key to every approved laptop of the team (never to a revoked one).")
    return 0
