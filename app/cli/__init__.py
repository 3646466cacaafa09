"""The ``fieldcase`` command line: ``main`` parses and reports, one module per command group
(``workspace``, ``cases``, ``team``, ``export``, ``sync``, ``forms``, ``referrals``, ``server``,
``settings``, ``doctor``...), each adding its parsers with ``register(subparsers)``.

It is a thin layer over the same services the desktop app uses, and never imports the desktop app:
``app.start`` opens one or the other.
"""
