"""``fieldcase server``: stores and relays opaque, signed envelopes; never opens one.

Modules: ``database`` (URL, engine, Alembic migrations at start-up), ``models`` (tables),
``devices`` (enrolment, approval, revocation, bearer tokens, sealed team keys), ``store`` (push
and pull of envelopes, quarantine), ``api`` (the FastAPI app: ``create_app(db_url)``), ``tls``
(self-signed certificates and the client's pinned TLS context), ``errors``.

This package imports nothing heavy on import, so ``sync.server.tls`` stays usable by the client
without FastAPI.
"""
