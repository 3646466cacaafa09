"""``fieldcase sync quarantine``: every refused envelope on this laptop, and why.

Added to the ``sync`` command (additive: ``fieldcase sync`` alone still runs a round)::

    fieldcase sync quarantine --workspace DIR --user NAME --password-stdin [--json]

Lists what the verification report screen lists: envelopes refused on the way in (the inbox's
quarantine) and this laptop's envelopes the server refused, newest first. Plain text by default
(one line each: time, direction, envelope id, device, kind, reason); ``--json`` prints a JSON
array of objects with ``direction``, ``envelope_id``, ``device``, ``kind``, ``refusal`` (a stable
code), ``reason`` (the technical text) and ``when``. Supervisors only. Exit code 0 either way:
listing a quarantine succeeds whether it is empty or not.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from app.cli_workspace import logged_in


def register(sub: Any) -> None:
    """Extend the ``sync`` parser (made by ``app.cli_sync``) with the ``quarantine`` action."""
    parser: argparse.ArgumentParser = sub.choices["sync"]
    parser.add_argument(
        "action",
        nargs="?",
        choices=["quarantine"],
        help="quarantine: list refused envelopes and why, instead of syncing",
    )
    parser.add_argument(
        "--json", action="store_true", help="with quarantine: print a JSON array instead of lines"
    )
    round_handler: Callable[[argparse.Namespace], int] = parser.get_default("handler")

    def handler(args: argparse.Namespace) -> int:
        if args.action == "quarantine":
            return _quarantine(args)
        return round_handler(args)

    parser.set_defaults(handler=handler)


def _quarantine(args: argparse.Namespace) -> int:
    from app.cases.book import CaseBook
    from app.verification import refused_items

    with logged_in(args) as (session, _):
        items = refused_items(CaseBook(session))
    if args.json:
        print(json.dumps([item.to_json() for item in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("Nothing refused: the quarantine is empty.")
    for item in items:
        print(
            f"{item.when}  {item.direction:<8}  {item.envelope_id}  device {item.device}"
            f"  {item.kind or '?'}  {item.refusal.value}: {item.reason}"
        )
    return 0
