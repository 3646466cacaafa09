"""A workspace writer that the reliability tests run in a child process, then kill or starve.

Not a test module: ``tests/app/workspace/test_crash.py``, ``test_plaintext.py`` and ``test_full_disk.py``
start it as ``python tests/app/workspace/crash_writer.py MODE WORKSPACE ...`` with the password on the first
line of standard input (never in the arguments, as the command line does). Every line it prints is
flushed at once, and a line that reports a commit is printed only after the commit returned, so the
parent may treat each complete line as a promise the workspace must keep after a SIGKILL.

Modes:

``loop WORKSPACE USER SEED``
    Log in, print ``ready``, then save records for ever: ``save_draft`` (a commit) prints
    ``draft ID TAG``, ``finalise_draft`` (a commit) prints ``sub ID TAG``. TAG is unique per record
    and is stored inside the record, so the parent can see duplicates. Payload sizes vary from a
    few bytes to several pages; now and then a WAL checkpoint runs, so kills land in those too.

``syncloop WORKSPACE USER SEED SERVER_URL``
    Log in to a laptop workspace already enrolled with the sync server at SERVER_URL, approved and
    in a team; print ``ready``, then loop for ever: write one to four case events (in a quarter of
    the rounds 10 to 30, a backlog), each its own transaction (a new case, or an update of a case
    this process opened), printing ``event EVENT_ID CASE_ID TAG`` after each commit (TAG is unique
    and stored in the event); print ``sync`` and run one ``Synchroniser(book).sync()`` round
    against the real server (push, pull and the rest); when it returns, print ``sent ENVELOPE_ID``
    for each envelope the outbox now marks sent that it did not mark when this process started
    nor was printed since (sent means acknowledged by the server: the parent holds the server to
    it), then ``round N``.

``hold WORKSPACE USER [--plain]``
    Line 2 of standard input is a JSON list of marker strings. Log in, open ``store.atomic()``,
    write drafts and submissions holding the markers until far more than the page cache, so the
    uncommitted pages spill into the WAL file, then print ``ready`` and sleep inside the open
    transaction until killed. ``--plain`` does the same through the same ``Session`` code over a
    plain (unencrypted) ``sqlite3`` database, the control that proves the scan can find markers.

``fill WORKSPACE USER LIMIT``
    Log in, then cap every file this process writes at LIMIT bytes (``RLIMIT_FSIZE``, SIGXFSZ
    ignored: a write past it fails with EFBIG, as on a full disk) and save large records until one
    fails. Prints ``sub ID`` per commit, then ``full CLASS MESSAGE`` for the failure, then the
    outcome of one more small save (``again CLASS``), of reading (``read N``) and of ``lock()``
    (``lock CLASS`` and ``key-zeroed BOOL``).

``leave WORKSPACE USER N``
    Log in, save N records of about 8 KB (``sub ID`` per commit), then end with ``os._exit``: no
    lock, no checkpoint, the WAL left behind exactly as a killed process leaves it.

``login WORKSPACE USER LIMIT``
    Cap files at LIMIT bytes, then log in: prints ``login ok`` or ``login CLASS MESSAGE``, then
    ``leaked N``: sessions left in memory with an open database or a key not zeroed after a failed
    login (they are unreachable for the caller, who got an exception instead).

``slots WORKSPACE USER LIMIT``
    Log in, cap files at LIMIT bytes, then try to add a user and to change USER's password (both
    overwrite a slot of the keyslot file in place). Prints ``add CLASS MESSAGE`` and
    ``passwd CLASS MESSAGE``, then ``users N`` (rows in the users table afterwards).
"""

from __future__ import annotations

import gc
import json
import os
import random
import resource
import signal
import sqlite3
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.errors import StorageFull  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402
from app.workspace.roles import Role  # noqa: E402
from app.workspace.schema import MIGRATIONS  # noqa: E402
from app.workspace.session import Session  # noqa: E402
from app.workspace.store import Store  # noqa: E402

CHEAP = KdfCost(iterations=1, memory_kib=8192, lanes=1)
KHMER_FILLER = "កុមារត្រូវបានជួញដូរ "  # "a child was trafficked": realistic multi-byte content


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def limit_file_size(limit: int) -> None:
    """From now on a write that would grow any file past ``limit`` bytes fails with EFBIG."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))


def login(folder: str, user: str) -> Session:
    password = sys.stdin.readline().rstrip("\n")
    return Workspace.at(folder).login(user, password)


def plain_session(folder: str) -> Session:
    """The app's own ``Session`` and ``Store`` code over a plain sqlite3 file: the control."""
    path = Path(folder) / "workspace.db"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "secure_delete = ON",
        "temp_store = MEMORY",
        "foreign_keys = ON",
    ):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    store = Store(conn)
    store.migrate(MIGRATIONS)
    workspace = Workspace(Path(folder), str(uuid.uuid4()))
    return Session(workspace, store, bytearray(32), "ana", Role.SUPERVISOR)


def loop(folder: str, user: str, seed: int) -> None:
    rng = random.Random(seed)
    session = login(folder, user)
    say("ready")
    n = 0
    while True:
        n += 1
        tag = f"{seed}-{n}"
        size = rng.choice((10, 200, 1500, 5000, 12000))
        data = {"tag": tag, "name": "សុខ ដារ៉ា", "story": (KHMER_FILLER * size)[:size]}
        draft_id = session.save_draft("intake", "1", data)
        say(f"draft {draft_id} {tag}")
        if rng.random() < 0.3:  # an answer typed later rewrites the same draft row
            data["age"] = rng.randint(12, 40)
            session.save_draft("intake", "1", data, draft_id=draft_id)
            say(f"draft {draft_id} {tag}")
        submission_id = session.finalise_draft(draft_id)
        say(f"sub {submission_id} {tag}")
        if rng.random() < 0.02:
            session.store.checkpoint()


def syncloop(folder: str, user: str, seed: int, server_url: str) -> None:
    from app.team.case_book import case_book
    from app.team.synchronise import Synchroniser

    rng = random.Random(seed)
    session = login(folder, user)
    book = case_book(session)
    store = session.store
    printed = {
        r[0] for r in store.query("SELECT envelope_id FROM outbox WHERE sent_at IS NOT NULL")
    }
    say("ready")
    mine: list[str] = []
    n = 0
    rounds = 0
    while True:
        burst = rng.random() < 0.25  # a day offline: a backlog, a longer push
        for _ in range(rng.randint(10, 30) if burst else rng.randint(1, 4)):
            n += 1
            tag = f"{seed}-{n}"
            size = rng.choice((10, 200, 1500, 5000))
            if mine and rng.random() < 0.3:
                case_id = rng.choice(mine)
                event_id = book.update(case_id, {"note": tag}).id
            else:
                properties = {"prs_First_Name": "សុខ ដារ៉ា", "tag": tag}
                properties["story"] = (KHMER_FILLER * size)[:size]
                case_id = book.open_case(properties, "intake")
                mine.append(case_id)
                event_id = store.scalar(
                    "SELECT id FROM case_events WHERE case_id = ? AND type = 'create'", (case_id,)
                )
            say(f"event {event_id} {case_id} {tag}")
        say("sync")
        Synchroniser(book).sync(server_url)
        rounds += 1
        for row in store.query("SELECT envelope_id FROM outbox WHERE sent_at IS NOT NULL"):
            if row[0] not in printed:
                printed.add(row[0])
                say(f"sent {row[0]}")
        say(f"round {rounds}")


def hold(folder: str, user: str, plain: bool) -> None:
    if plain:
        sys.stdin.readline()
        session = plain_session(folder)
    else:
        session = login(folder, user)
    markers = json.loads(sys.stdin.readline())
    padding = "x" * 6000
    with session.store.atomic():
        for i in range(2500):  # about 25 MB: well past the page cache (8 MB in this SQLCipher)
            data = {"i": i, "markers": markers, "note": " / ".join(markers), "pad": padding}
            draft_id = session.save_draft("intake", "1", data)
            if i % 2:
                session.finalise_draft(draft_id)
        say("ready")
        time.sleep(600)


def fill(folder: str, user: str, limit: int) -> None:
    session = login(folder, user)
    limit_file_size(limit)
    big = KHMER_FILLER * 1000
    for i in range(100_000):
        try:
            draft_id = session.save_draft("intake", "1", {"i": i, "story": big})
            submission_id = session.finalise_draft(draft_id)
        except StorageFull as exc:
            say(f"full {type(exc).__name__} {exc}")
            break
        say(f"sub {submission_id}")
    else:
        say("never full")
    try:
        session.save_draft("intake", "1", {"small": True})
        say("again saved")
    except Exception as exc:
        say(f"again {type(exc).__name__} {exc}")
    try:
        say(f"read {len(session.submission_ids())}")
    except Exception as exc:
        say(f"read-failed {type(exc).__name__} {exc}")
    key = session._key
    try:
        session.lock()
        say("lock ok")
    except Exception as exc:
        say(f"lock {type(exc).__name__} {exc}")
    say(f"locked {session.is_locked}")
    say(f"key-zeroed {not any(key)}")


def leave(folder: str, user: str, count: int) -> None:
    session = login(folder, user)
    for i in range(count):
        draft_id = session.save_draft("intake", "1", {"i": i, "story": KHMER_FILLER * 150})
        say(f"sub {session.finalise_draft(draft_id)}")
    os._exit(0)


def login_limited(folder: str, user: str, limit: int) -> None:
    limit_file_size(limit)
    try:
        session = login(folder, user)
        say("login ok")
    except Exception as exc:
        say(f"login {type(exc).__name__} {exc}")
        del exc
        gc.collect()
        leaked = [
            o
            for o in gc.get_objects()
            if isinstance(o, Session) and (o.store.is_open or any(o._key))
        ]
        say(f"leaked {len(leaked)}")
    else:
        session.lock()
    os._exit(0)


def slots(folder: str, user: str, limit: int) -> None:
    session = login(folder, user)
    limit_file_size(limit)
    try:
        session.add_user("bopha", Role.SOCIAL_WORKER, "another long password", cost=CHEAP)
        say("add saved")
    except Exception as exc:
        say(f"add {type(exc).__name__} {exc}")
    try:
        session.set_password(user, "a brand new password", cost=CHEAP)
        say("passwd saved")
    except Exception as exc:
        say(f"passwd {type(exc).__name__} {exc}")
    say(f"users {session.store.scalar('SELECT count(*) FROM users')}")
    os._exit(0)  # no lock(): its audit row would meet the same limit


def main(argv: list[str]) -> None:
    mode, folder, user, *rest = argv
    if mode == "loop":
        loop(folder, user, int(rest[0]))
    elif mode == "syncloop":
        syncloop(folder, user, int(rest[0]), rest[1])
    elif mode == "hold":
        hold(folder, user, plain="--plain" in rest)
    elif mode == "fill":
        fill(folder, user, int(rest[0]))
    elif mode == "leave":
        leave(folder, user, int(rest[0]))
    elif mode == "login":
        login_limited(folder, user, int(rest[0]))
    elif mode == "slots":
        slots(folder, user, int(rest[0]))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
