"""The workspace: one encrypted local store on one laptop, and who may open it.

The door (what the rest of the application calls):

- ``folder.Workspace``: the closed folder; ``create``, ``login`` and ``recover`` give a
  ``session.Session``, the only way to the records (roles checked, every view and edit audited);
- ``store.Store``: the SQLCipher connection (``atomic`` with savepoints, named migrations), and
  ``schema.MIGRATIONS``, the tables of every package, by area in ``migrations/``;
- ``audit`` (the hash-chained log), ``roles`` (who may do what), ``ids`` (time-ordered ids),
  ``durable`` (files replaced atomically), ``settings`` (what a supervisor may change here),
  ``wipe`` (the emergency wipe);
- below the session, used by the folder: ``keyslots`` (the key wrapped per user, in the
  ``keyslot_area`` file, overwritten in place and never renamed), ``recovery``
  (the recovery code), ``credentials`` (user name and password rules), ``backoff`` (failed logins).

It imports nothing of the application but ``app.errors``, the exception root every package
shares; it knows no cases, interviews, team or interface (tests/test_layering.py).

Nothing is imported here: the login window reads the folder without loading SQLCipher or the
session's code (tests/ui/test_cold_start.py).
"""
