"""``fieldcase sync quarantine``: every refused envelope on this laptop, and why.

Added to the ``sync`` command (additive: ``fieldcase sync`` alone still runs a round)::

    fieldcase sync quarantine --workspace DIR --user NAME --password-stdin [--json]
    fieldcase sync quarantine --workspace DIR --user NAME --password-stdin --dismiss SEQ

Lists what the verification report screen lists: envelopes refused on the way in (the inbox's
quarantine) and this laptop's envelopes the server refused, newest first. Plain text by default
(one line each: time, direction, envelope id, device, kind, reason); ``--json`` prints a JSON
array of objects with ``direction``, ``envelope_id``, ``device``, ``kind``, ``refusal`` (a stable
code), ``reason`` (the technical text) and ``when``. Supervisors only. Exit code 0 either way:
listing a quarantine succeeds whether it is empty or not.

Items of the server's pull pages that were refused are fetched again at later rounds until a good
copy arrives (app/team/pull_refetch.py): the listing ends with them (``--json``: objects with
``direction`` "fetch_again", ``seq``, ``envelope_id``, ``device``, ``reason``, ``attempts``,
``next_try``, ``dismissed_by``). ``--dismiss SEQ`` stops fetching the one at place SEQ (a
supervisor judged it forged; audited).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from app.cli.workspace import logged_in


def register(sub: Any) -> None:
    """Extend the ``sync`` parser (made by ``app.cli.sync``) with the ``quarantine`` action."""
    parser: argparse.ArgumentParser = sub.choices["sync"]
    parser.add_argument(
        "action",
        nargs="?",
        choices=["quarantine"],
        help="quarantine: list refused envelopes and why, instead of syncing",
    )
    parser.add_argument(
        "--json", action="store_true", help="with quarantine: print JSON instead of lines"
    )
    parser.add_argument(
        "--dismiss",
        type=int,
        metavar="SEQ",
        help="with quarantine: stop fetching again the refused item at place SEQ (supervisors)",
    )
    round_handler: Callable[[argparse.Namespace], int] = parser.get_default("handler")

    def handler(args: argparse.Namespace) -> int:
        if args.action == "quarantine":
            return _quarantine(args)
        return round_handler(args)

    parser.set_defaults(handler=handler)


def _quarantine(args: argparse.Namespace) -> int:
    from app.team import pull_refetch
    from app.team.case_book import case_book
    from app.team.verification import refused_items

    with logged_in(args) as (session, _):
        if args.dismiss is not None:
            pull_refetch.dismiss(session, args.dismiss)
            print(f"The refused item at place {args.dismiss} will not be fetched again.")
            return 0
        items = refused_items(case_book(session))
        again = pull_refetch.listed(session.store)
    if args.json:
        listing = [item.to_json() for item in items] + [
            {"direction": "fetch_again", **row.to_json()} for row in again
        ]
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("Nothing refused: the quarantine is empty.")
    for item in items:
        print(
            f"{item.when}  {item.direction:<8}  {item.envelope_id}  device {item.device}"
            f"  {item.kind or '?'}  {item.refusal.value}: {item.reason}"
        )
    waiting = [row for row in again if row.dismissed_by is None]
    if waiting:
        print(f"{len(waiting)} refused item(s) from the server are fetched again at each sync:")
    for row in again:
        state = (
            f"dismissed by {row.dismissed_by}"
            if row.dismissed_by
            else f"tried {row.attempts} time(s)"
        )
        print(
            f"  place {row.seq}  {row.envelope_id or '?'}  device {row.device or '?'}"
            f"  {state}: {row.reason}"
        )
    return 0
