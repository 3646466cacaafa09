"""A server restored from a backup: push again what it lost, pull again what it renumbered.

A restore (``fieldcase server restore``, sync/server/backup.py) puts the server back to the moment
of its backup and gives it a new *generation*, named in ``GET /v1/devices/me``. Envelopes pushed
after that backup are gone from the server, though the laptops that pushed them marked them sent;
what the server did after the backup is undone too (an erased case's envelopes it dropped are
back); and the server hands out again the sequence numbers after the backup's newest, which a
laptop's pull cursor may already have passed.

So at the first round against a generation this laptop has not seen (``notice``):

- it asks the server, in batches of ``BATCH`` ids, which of the envelopes it marked sent the
  server holds, and marks the others unsent: the round's push sends them again (a copy the
  server does hold is taken as ``duplicate``: nothing twice). Its attachments the same way: one
  the server lacks is sealed again and uploaded (its sealed copy was dropped once stored), and
  so is one it re-sealed for a referral to another team (``referral_attachments.send_again``:
  sealed again from the file kept here, under the same envelope id);
- every erasure it acknowledged is acknowledged again at the round's end
  (``erasure_acks.acknowledge_again``), whether the restored server holds the erased case's
  envelopes or not: once every laptop of the team has done so, the server drops them again. An
  erasure envelope pushed after the backup is pushed again by its laptop like any other, and the
  others' acknowledgements wait (404) until it is there;
- its pull cursor and what it knows of its own seqs go back to ``generation_seq``, the newest seq
  the server held when the generation began: what others push again gets seqs after it, and
  envelopes pulled twice are dropped as already here (an erased case's are never applied: the
  erasure named them).

The new generation is stored in the same transaction, so this happens once per restore; a round
cut short before that transaction simply does it again.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from app.team import erasure_acks, referral_attachments
from app.workspace.store import Store
from sync.client import SyncClient, with_retries

GENERATION = "server_generation"
BATCH = 500


def notice(store: Store, client: SyncClient, me: dict[str, Any]) -> int:
    """At a round's start, with the server's ``me``: returns how many envelopes this laptop marked
    sent that the server no longer holds (now waiting to be pushed or uploaded again)."""
    current = me.get("generation")
    if not isinstance(current, str) or not current:
        return 0  # a server from before generations
    known = store.scalar("SELECT value FROM settings WHERE key = ?", (GENERATION,))
    if known == current:
        return 0
    missing = _missing(store, client, "outbox")
    # An attachment's sealed copy was dropped once stored: its row goes, and the round's upload
    # seals it again from the file kept here (app/team/attachment_sync.py, seal_pending).
    attachments = _missing(store, client, "attachment_outbox")
    referred = _missing(store, client, "referral_attachments")
    floor = me.get("generation_seq")
    floor = floor if isinstance(floor, int) and not isinstance(floor, bool) else 0
    with store.atomic():
        for envelope_id in missing:
            store.execute("UPDATE outbox SET sent_at = NULL WHERE envelope_id = ?", (envelope_id,))
        for envelope_id in attachments:
            store.execute("DELETE FROM attachment_outbox WHERE envelope_id = ?", (envelope_id,))
        referral_attachments.send_again(store, referred)
        erasure_acks.acknowledge_again(store)
        # Seqs after the floor may name other envelopes now (a laptop first seeing a generation
        # at worst pulls again, once, what came after the server's upgrade).
        for key in ("server_cursor", "own_seq_known"):
            value = store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
            if value is not None and int(str(value)) > floor:
                _put(store, key, str(floor))
        store.execute("DELETE FROM settings WHERE key = 'own_back_until'")
        # A refused item after the floor is another envelope's seq now: the pull from the floor
        # brings it again (pushed again by its laptop) and refuses it again if it must.
        store.execute("DELETE FROM pull_refetch WHERE seq > ?", (floor,))
        _put(store, GENERATION, current)
    return len(missing) + len(attachments) + len(referred)


def _missing(store: Store, client: SyncClient, table: str) -> list[str]:
    """The envelopes of ``table`` marked sent that the server does not hold."""
    sent = [
        str(row[0])
        for row in store.query(
            f"SELECT envelope_id FROM {table} WHERE sent_at IS NOT NULL ORDER BY envelope_id"
        )
    ]
    missing: list[str] = []
    for start in range(0, len(sent), BATCH):
        batch = sent[start : start + BATCH]
        held = set(with_retries(partial(client.held, batch)))
        missing += [envelope_id for envelope_id in batch if envelope_id not in held]
    return missing


def _put(store: Store, key: str, value: str) -> None:
    store.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
