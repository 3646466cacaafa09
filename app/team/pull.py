"""One pull from the server: pages applied in order, each refused item kept to be fetched again,
then the refused items whose wait is over fetched again one by one (``app.team.pull_refetch``).

Contract: ``receive_page`` runs inside the transaction that stores the page (or the pages
fetched together, ``pull_pages``) and the new cursor, so the cursor never moves past an item
without its row in
``pull_refetch``; an item fetched again and applied (or already here) loses its row.

A laptop's own envelopes do not come back in its pulls (``include_own=false``): it holds them.
Except after it was put back from a copy (a backup, a disk image): the server may then hold
envelopes of this device that the copy never saw. ``own_seq_known`` is the newest seq of this
device's that this workspace knows it holds (from push results; the settings table travels with
the copy, so a restored copy has the old value). The round's first request names the newest seq
the server holds of this device (``GET /v1/devices/me``: ``newest_seq``); a larger one sets
``own_back_until``, and pulls take this device's envelopes too until the cursor reaches it. A push
the server committed but the laptop never recorded (it stopped in between) costs the same once:
its envelopes come back and are dropped as already here.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from app.team import pull_refetch
from app.team.outbox import Inbox
from app.workspace.store import CACHE_MAX_KIB, Store
from sync.batch import Pulled
from sync.client import SyncClient, with_retries
from sync.envelope import Envelope
from sync.errors import SyncError
from sync.protocol import MAX_PAGE

if TYPE_CHECKING:
    from app.team.synchronise import SyncReport


Item = dict[str, Any] | Pulled
"""An item of a pull page: the JSON page's (``seq``, ``received``, ``recipient_team``,
``envelope`` in wire form) or the framed page's (``sync.batch.Pulled``: body and signature raw)."""


def receive_page(
    store: Store,
    inbox: Inbox,
    items: Sequence[Item],
    report: SyncReport,
    refetch: bool = False,
) -> None:
    """Apply one page's items, JSON or framed alike; each refused one is kept to be fetched
    again (app/team/pull_refetch.py), each one fetched again and now good is forgotten."""
    with collector_paused():
        _receive_page(store, inbox, items, report, refetch)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a page is applied, and let run after.

    A page of 1,000 envelopes allocates some hundred thousand objects that live until the page
    is done (envelopes, events, rows), and nearly none in cycles (the reference count frees
    them). With the collector on, those allocations start a collection every 700 and now and
    then a full one, which walks every object the process holds: a laptop's interface, its
    caches, whatever was loaded. Measured on a pull of 6,000 envelopes, the collections cost
    0.15 s in a fresh process and 0.56 s in one holding two million objects; held off for a page
    they cost nothing, and what a page leaves in cycles is collected after it. The collector is
    the process's, not this thread's: it stays held off until the last page applied in any
    thread is done, and is never turned on here if it was off before."""
    with _Paused.lock:
        if _Paused.pages == 0:
            _Paused.resume = gc.isenabled()
            gc.disable()
        _Paused.pages += 1
    try:
        yield
    finally:
        with _Paused.lock:
            _Paused.pages -= 1
            if _Paused.pages == 0 and _Paused.resume:
                gc.enable()


@contextmanager
def page_cache_raised(store: Store) -> Iterator[None]:
    """SQLCipher's page cache of ``store`` raised to its most (``CACHE_MAX_KIB``) while a pull
    applies its pages, and put back as it was after.

    The cache is sized from the workspace when it is opened (half the file): a new laptop's
    workspace is nearly empty then, so its first pull writes through the smallest cache (8 MiB)
    while the workspace grows to some hundred megabytes. Each page of envelopes inserts into the
    search terms', name-order entries' and cases' indexes all over them; a database page that
    left the cache is read and decrypted again, and dirty pages past the cache are spilled
    (encrypted and written) before the commit writes them again. Measured on a new laptop's
    first round of 20,000 envelopes: the name-order entries' inserts 1.7 s of CPU with 8 MiB,
    0.6 s with 64 MiB. SQLite takes the cache's memory only as pages are read, so a small pull
    costs no more memory than before."""
    before = store.scalar("PRAGMA cache_size")
    raise_to = isinstance(before, int) and (before < 0 and -before < CACHE_MAX_KIB)
    if raise_to:
        store.execute(f"PRAGMA cache_size = -{CACHE_MAX_KIB}")
    try:
        yield
    finally:
        if raise_to and store.is_open:
            store.execute(f"PRAGMA cache_size = {before}")


class _Paused:
    """Pages being applied now, in any thread, and whether the collector was on before them."""

    lock = threading.Lock()
    pages = 0
    resume = True


def _receive_page(
    store: Store,
    inbox: Inbox,
    items: Sequence[Item],
    report: SyncReport,
    refetch: bool,
) -> None:
    envelopes: list[Envelope] = []
    place: dict[str, int] = {}
    for item in items:
        seq = _seq(item)
        try:
            if isinstance(item, Pulled):  # a framed page's item: body and signature raw
                envelope = item.envelope()
            else:
                envelope = Envelope.from_wire(item["envelope"])
        except (SyncError, KeyError, TypeError) as exc:
            reason = str(exc) if isinstance(exc, SyncError) else "not an envelope"
            if not refetch:
                report.pull_refused.append({"id": str(seq), "reason": reason})
            if seq is not None:
                claimed = _claimed(item)
                pull_refetch.refused(
                    store, seq, _text(claimed.get("id")), _text(claimed.get("device")),
                    reason,
                )  # fmt: skip
            continue
        envelopes.append(envelope)
        if seq is not None:
            place[envelope.id] = seq
    received = inbox.receive(envelopes)
    refused_ids = dict(received.refused)
    for envelope in envelopes:
        seq = place.get(envelope.id)
        if seq is None:
            continue
        if envelope.id in refused_ids:
            pull_refetch.refused(store, seq, envelope.id, envelope.device, refused_ids[envelope.id])
        elif refetch:
            pull_refetch.resolved(store, seq)
            report.refetched += 1
    report.pulled += received.applied
    report.pull_duplicates += received.duplicates
    if not refetch:  # refused again when fetched again: counted in refused_waiting, not twice
        report.pull_refused += [{"id": i, "reason": r} for i, r in received.refused]


PAGE = MAX_PAGE
"""Envelopes asked for in one page of a round's pull: the most a server serves (it may send
fewer, up to its byte limit). Each page is one request; a new laptop's first round of 20,000
envelopes spends less in 20 pages than in 100."""

TRANSACTION = 4 * PAGE
"""Envelopes a round's pull applies in one transaction at most: the pages are fetched first (no
write lock held while waiting on the network), then applied one after the other in one
transaction with the cursor after the last. A transaction's commit encrypts every database page
it changed, and a page of envelopes changes nearly every page of the search terms' and name-order
entries' indexes however few it adds to each: the fewer the commits, the less written (a new
laptop's first round of 20,000 envelopes: 1.6 s of CPU in commits at 1,000 envelopes a
transaction, 1.0 s at 2,000, less again at 4,000). A draft's save does not wait for all of it:
when another connection of the app waits to write (``Store.writers_waiting``), the transaction
ends after the part being applied (``APPLY``), and the pages fetched but not applied go into
the next one."""

APPLY = 2 * PAGE
"""Envelopes applied together (one ``receive_page``: one refold of their cases) inside a pull's
transaction; between two such parts the transaction ends early if a save waits, so a draft's
save waits for at most this many envelopes (about a second), as before transactions grew."""

WAL_PAGES_DURING_PULL = 64 * 1024
"""SQLite copies the write-ahead log into the database file (a checkpoint) once the log holds
more than 1,000 pages, after the commit that passed it: during a pull, after every transaction,
which copies nearly the same index pages again each time. While a round pulls, the log may grow
to this many pages (256 MiB) first; one checkpoint after the pull copies each page once.
Measured on a new laptop's first round of 20,000 envelopes: 363 MB written instead of 520, and
0.3-0.4 s of CPU less in rounds taken one after the other (no difference shows in two rounds run
side by side). A crash meanwhile loses nothing: the log is part of the database, read at the next
open as always; a save on the app's other connection meanwhile may do the checkpoint itself."""


def pull_pages(
    store: Store,
    client: SyncClient,
    inbox: Inbox,
    report: SyncReport,
    cursor: int,
    save_cursor: Callable[[int], None],
) -> int:
    """A round's pull from ``cursor`` to the end: pages of ``PAGE`` fetched, up to
    ``TRANSACTION`` envelopes applied in one transaction with the cursor after them
    (``save_cursor``), the page cache raised and checkpoints held back meanwhile; returns the
    cursor reached."""
    fetched: deque[tuple[list[Item], int]] = deque()  # pages not yet applied, each its cursor
    more, after = True, cursor
    with page_cache_raised(store), checkpoints_held_back(store):
        while more or fetched:
            while more and sum(len(items) for items, _ in fetched) < TRANSACTION:
                own = include_own(store, after)
                ask = partial(client.pull, after, PAGE, include_own=own, framed=True)
                page = with_retries(ask)
                after, more = int(page["next"]), bool(page["more"])
                fetched.append((page["envelopes"], after))
            with store.atomic():  # pages, their refusals and the cursor after them land together
                while fetched:
                    items: list[Item] = []
                    while fetched and len(items) < APPLY:
                        page_items, cursor = fetched.popleft()
                        items += page_items
                    receive_page(store, inbox, items, report)
                    if store.writers_waiting():
                        break  # a save waits: it goes next, the other pages after it
                save_cursor(cursor)
                own_caught_up(store, cursor)
            _give_way(store)
    return cursor


def _give_way(store: Store, most: float = 5.0) -> None:
    """Let the saves waiting to write go first (SQLite's busy handler would let this connection,
    beginning again at once, take the lock before them): wait until none waits, at most
    ``most`` seconds."""
    deadline = time.monotonic() + most
    while store.writers_waiting() and time.monotonic() < deadline:
        time.sleep(0.002)


@contextmanager
def checkpoints_held_back(store: Store) -> Iterator[None]:
    """The write-ahead log left to grow to ``WAL_PAGES_DURING_PULL`` pages before a checkpoint,
    then checkpointed once, and SQLite's automatic checkpoints put back as they were."""
    before = store.scalar("PRAGMA wal_autocheckpoint")
    hold = isinstance(before, int) and 0 < before < WAL_PAGES_DURING_PULL
    if hold:
        store.execute(f"PRAGMA wal_autocheckpoint = {WAL_PAGES_DURING_PULL}")
    try:
        yield
    finally:
        if hold and store.is_open:
            store.execute(f"PRAGMA wal_autocheckpoint = {before}")
            store.query("PRAGMA wal_checkpoint(PASSIVE)")  # never waits for a reader


OWN_KNOWN = "own_seq_known"
OWN_BACK_UNTIL = "own_back_until"


def own_pushed(store: Store, results: list[dict[str, Any]]) -> None:
    """After a push: the server holds these of ours (accepted or duplicate) at these seqs."""
    seqs = [r["seq"] for r in results if r.get("status") in ("accepted", "duplicate")]
    newest = max((s for s in seqs if isinstance(s, int)), default=0)
    if newest > _number(store, OWN_KNOWN):
        _put(store, OWN_KNOWN, newest)


def own_on_server(store: Store, newest: object) -> None:
    """At a round's start: ``newest`` is the newest seq of this device the server holds; if this
    workspace does not know it, pull this device's envelopes too up to there."""
    if not isinstance(newest, int) or isinstance(newest, bool):
        return  # a server from before include_own: it serves them anyway
    if newest > _number(store, OWN_KNOWN) and newest > _number(store, OWN_BACK_UNTIL):
        _put(store, OWN_BACK_UNTIL, newest)


def include_own(store: Store, cursor: int) -> bool:
    """Whether the page after ``cursor`` must hold this device's own envelopes too."""
    return cursor < _number(store, OWN_BACK_UNTIL)


def own_caught_up(store: Store, cursor: int) -> None:
    """After the pull: once the cursor passed ``own_back_until``, every own envelope is here."""
    until = _number(store, OWN_BACK_UNTIL)
    if until and cursor >= until:
        store.execute("DELETE FROM settings WHERE key = ?", (OWN_BACK_UNTIL,))
        if until > _number(store, OWN_KNOWN):
            _put(store, OWN_KNOWN, until)


def _number(store: Store, key: str) -> int:
    value = store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    try:
        return int(str(value)) if value is not None else 0
    except ValueError:
        return 0


def _put(store: Store, key: str, value: int) -> None:
    store.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def fetch_again(
    store: Store, client: SyncClient, inbox: Inbox, report: SyncReport, started: float
) -> None:
    """Fetch again, one by one, the refused items whose wait was over when the round began."""
    for seq in pull_refetch.due(store, started):
        page = with_retries(partial(client.pull, seq - 1, 1, framed=True))
        items = [item for item in page["envelopes"] if _seq(item) == seq]
        with store.atomic():
            if not items:  # nothing there any more (an erasure dropped it on the server)
                pull_refetch.resolved(store, seq)
                continue
            receive_page(store, inbox, items, report, refetch=True)


def _claimed(item: object) -> dict[str, Any]:
    """The envelope's head as a refused item claims it, for the refetch row ({}: nothing)."""
    if isinstance(item, Pulled):
        return item.claimed()
    wire = item.get("envelope") if isinstance(item, dict) else None
    return wire if isinstance(wire, dict) else {}


def _seq(item: object) -> int | None:
    if isinstance(item, Pulled):
        seq: object = item.seq
    else:
        seq = item.get("seq") if isinstance(item, dict) else None
    return seq if isinstance(seq, int) and not isinstance(seq, bool) and seq > 0 else None


def _text(value: object) -> str | None:
    return value[:200] if isinstance(value, str) else None
