"""Export rows kept ahead: a supervisor's first export waits only for what arrived just before it.

An export flattens the submissions it has no current row for and keeps their rows
(``app.export.rows``); every later export reads them back, 6-8x faster. The keeper does that
flattening earlier, off the user's path: in the desktop app at login and once the changes of a
sync round or of cases saved have stopped coming (``app.ui.export_keeper``, debounced), at the
end of ``fieldcase sync`` (the command line). It is
the export's own code (``ExportRows.keep``), so a row kept ahead is byte for byte the row an export
would have made.

Each call keeps at most ``limit`` rows, in transactions of at most ``BATCH`` (500) rows, so a draft
save waits at most one batch. Only where the user may export: a social worker's laptop keeps
nothing (its user never exports, so rows would be work and encrypted bytes for nothing).

The cost is moved, not removed: the keeper spends what the first export would have spent
(``bench/export.py`` reports both).
"""

from __future__ import annotations

from app.export.rows import BATCH, ExportRows
from app.interviews.form_library import FormLibrary
from app.workspace.roles import Permission
from app.workspace.session import Session


class Keeper:
    """Keeps one workspace's export rows ahead, a batch per ``step``, for one round (after a sync,
    after a form is finished): the form definitions are looked up once, and each step finds
    what is left from the indexes alone, never reading a record it does not flatten."""

    def __init__(self, session: Session, library: FormLibrary | None = None) -> None:
        self.session = session
        self._library = library
        self._rows: ExportRows | None = None
        self._after = [""]  # the last submission id looked at (see ``ExportRows.keep``)

    def step(self, limit: int = BATCH) -> int:
        """Keep the rows of at most ``limit`` submissions that have no current row; returns how
        many were kept (0: every row is current, the workspace is locked, or the user may not
        export)."""
        session = self.session
        if session.is_locked or not session.can(Permission.EXPORT):
            return 0
        if self._rows is None:
            library = self._library or FormLibrary().on(session.store)
            self._rows = ExportRows(session.store, library)
        return self._rows.keep(limit, self._after)


def keep_ahead(session: Session, library: FormLibrary | None = None, *, limit: int = BATCH) -> int:
    """Keep the rows of every submission that has none current, ``limit`` at a time (each batch
    its own transactions); returns how many were kept."""
    keeper = Keeper(session, library)
    total = 0
    while kept := keeper.step(limit):
        total += kept
    return total
