"""The team: everything this laptop exchanges with its team and with other teams.

The door (what the rest of the application calls):

- ``outbox``: every event, submission and attachment sealed (signed by this device, encrypted to
  the team and the supervisors' export key) in the same transaction that records it, and the
  inbox that opens what arrives, checks who sent it and applies it, or keeps it in quarantine
  with the reason;
- ``synchronise`` (one round with the server: push, then ``pull``, ``pull_refetch``,
  ``attachment_sync`` and ``erasure_acks``), ``transfer`` and ``transfer_attachments`` (the same
  envelopes on a USB stick);
- ``membership`` (founding a team and joining it without a server), ``invitation`` (enrolling with
  a server), ``keyring`` (this device's keys and the team's), ``key_rotation``,
  ``device_approvals`` and ``supervisor_trust`` (which devices are whose), ``directory`` (the
  signed directory of teams);
- ``form_versions``: publishing and withdrawing a form version for the team, and installing one
  a trusted supervisor's device published;
- ``referrals`` and ``referral_attachments``: a case sent to another team, with its files;
- ``verification``: what a batch brought in and everything refused, for the supervisor.

It sits above the case book and interviews, which do not know how events leave the laptop, and
below the interface and the command line (tests/test_layering.py).
"""
