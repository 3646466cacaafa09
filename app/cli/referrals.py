"""``fieldcase referral ...``: cases handed to another team, and that team's answer.

::

    fieldcase referral teams   --workspace DIR --user NAME --password-stdin
    fieldcase referral trust   ... --team T --fingerprint "XXXX XXXX ..."
    fieldcase referral send    ... --case ID --to-team T --purpose P --consent [--note TEXT]
    fieldcase referral list    ...
    fieldcase referral accept  ... --case ID
    fieldcase referral decline ... --case ID [--reason TEXT]

``teams`` prints the team directory as this laptop verified it (JSON: team, fingerprint, key id,
devices, how it was confirmed). ``trust`` records that a person compared a team's fingerprint
with that team's supervisor; referrals go only to confirmed teams. ``send`` refers a case with the
person's consent (``--consent`` says it was given for this team and purpose; without it nothing
is recorded). ``list`` prints referrals received (with the team's decision, if any) and this
laptop's referrals still waiting to be sent, as JSON. Everything travels at the next
``fieldcase sync``, which also publishes and learns the directory. Standard input: the password.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.workspace import _login, _workspace_args


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "referral",
        help="refer cases to another team; accept or decline cases referred to this team",
        description="Refer cases to another team; accept or decline cases referred to this "
        "team. Standard input: the user's password (one line).",
    )
    actions = parser.add_subparsers(dest="referral_action", metavar="ACTION", required=True)

    def action(name: str, text: str) -> argparse.ArgumentParser:
        made: argparse.ArgumentParser = actions.add_parser(name, help=text, description=text)
        _workspace_args(made)
        made.set_defaults(handler=_run)
        return made

    action("teams", "the team directory as this laptop verified it")
    trust = action("trust", "confirm a team's fingerprint, compared with its supervisor")
    trust.add_argument("--team", required=True, help="the team's name in the directory")
    trust.add_argument("--fingerprint", required=True, help="as that team's supervisor reads it")
    send = action("send", "refer a case to another team, with the person's consent")
    send.add_argument("--case", required=True, help="the case id")
    send.add_argument("--to-team", required=True, help="the receiving team")
    send.add_argument("--purpose", required=True, help="why (e.g. reintegration)")
    send.add_argument(
        "--consent",
        action="store_true",
        help="the person agreed that their case goes to this team, for this purpose",
    )
    send.add_argument("--note", default="", help="a note for the receiving team")
    action("list", "referrals received, and this laptop's waiting to be sent")
    accept = action("accept", "accept a case referred to this team")
    accept.add_argument("--case", required=True, help="the case id")
    decline = action("decline", "decline a case referred to this team")
    decline.add_argument("--case", required=True, help="the case id")
    decline.add_argument("--reason", default="", help="why, for the referring team")


def _run(args: argparse.Namespace) -> int:
    from app.team.case_book import case_book

    session, _ = _login(args)
    try:
        print(json.dumps(_do(case_book(session), args), ensure_ascii=False, indent=2))
    finally:
        session.lock()
    return 0


def _do(book: Any, args: argparse.Namespace) -> Any:
    from app.team import directory as team_directory
    from app.team import referrals

    name = args.referral_action
    if name == "teams":
        return [t.to_json() for t in team_directory.teams(book)]
    if name == "trust":
        return team_directory.confirm_team(book, args.team, args.fingerprint).to_json()
    if name == "send":
        consent = {"given": bool(args.consent), "recipient": args.to_team, "purpose": args.purpose}
        event = book.refer(args.case, args.to_team, consent, note=args.note)
        waiting = {e.id: state for e, state in referrals.waiting_to_send(book)}
        # "sealed": in the outbox, it leaves at the next sync; otherwise why it waits
        return {"event": event.id, "state": waiting.get(event.id, "sealed")}
    if name == "list":
        return {
            "received": [r.to_json() for r in referrals.received(book)],
            "waiting_to_send": [
                {"case_id": e.case_id, "to_team": e.payload.get("to_team"), "why": state}
                for e, state in referrals.waiting_to_send(book)
            ],
        }
    event = referrals.decide(book, args.case, name, getattr(args, "reason", ""))
    return {"event": event.id, "case_id": event.case_id, "decision": name}
