"""Supervisor exports: submissions and cases to tables people can use and share safely.

``tables`` flattens submissions (one table per form, repeat groups as child tables joined by
``PARENT_KEY``/``KEY`` as ODK does), ``writers`` writes CSV (UTF-8 with a byte-order mark, so Excel
shows every script), XLSX and JSON, ``htcds`` maps to the Human Trafficking Case Data Standard,
``deidentify`` makes the research table (k-anonymous), and ``service`` runs an export end to end
with filters, consent and the audit row.
"""
