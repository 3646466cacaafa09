"""``fieldcase server``: stores and relays opaque, signed envelopes; never opens one.

Modules: ``database`` (URL, engine, Alembic migrations at start-up), ``models`` (tables),
``devices`` (names, bearer tokens, sealed team keys), ``enrolment`` (one-time codes, registering),
``approvals`` (approval, revocation), ``restored_devices`` (after a restore: registering and
approving again, the revocation journal replayed), ``store`` (push and pull of envelopes,
quarantine), ``api`` (the FastAPI app: ``create_app(db_url)``), ``tls`` (self-signed certificates
and the client's pinned TLS context), ``errors``.

This package imports nothing heavy on import, so ``sync.server.tls`` stays usable by the client
without FastAPI.
"""
