"""The keyslot area: a file of fixed-size cells, overwritten in place, never renamed.

Why in place: a file replaced through a temporary file and a rename leaves every earlier version in
freed blocks, and an earlier keyslot still opens the workspace key with an old password, a disabled
user's password or the recovery code. A slot that is overwritten where it lies, by a file that keeps
its inode and its blocks for its whole life, leaves no copy for the file system to free (on a disk
that writes a block where it is told to: docs/security.md says where that does not hold).

Layout (all integers big-endian)::

    header   4096 bytes: MAGIC, cell size, slots per area; written once, holds nothing secret
    area 0   copy A: 16 cells of 1024 bytes (slots 0..15), then copy B: the same 16 slots
    area 1   appended when a workspace needs a 17th slot (slots 16..31), and so on

A workspace starts with one area: 16 slots, a 36 KiB file. Users, the recovery slot and the duress
slot rarely pass a dozen; when every slot is taken the file grows in place by appending one more
area (never by rewriting the file). The two copies of a slot lie 16 KiB apart, in other blocks.

A cell: ``CELL_MAGIC``, slot index, copy (0 or 1), sequence number, payload length, payload, random
padding, and a CRC-32 of all that. An empty payload is a free slot. The CRC detects a torn write
(a crash inside a cell); it is no protection against tampering, which the slot's AEAD is.

Writing one slot: copy A of the cell, fsync, then copy B, fsync, both with the next sequence
number. A reader takes, per slot, the valid copy with the higher sequence number, so a crash (kill
-9, a power cut) before, inside or between the two writes leaves the slot's old value or its new
one, never neither. A slot whose copies disagree is repaired by writing the other copy, so a slot
removed just before a crash does not linger in its second copy.

Destroying (the emergency wipe, a duress login): every byte of the file, both copies of every cell,
overwritten with random bytes in place, fsync, then unlinked.
"""

from __future__ import annotations

import errno
import os
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import StorageFull
from app.workspace.durable import fsync_folder

MAGIC = b"fieldcase keyslot area 2\n"
HEADER_SIZE = 4096
CELL_SIZE = 1024
SLOTS_PER_AREA = 16
COPY_SIZE = CELL_SIZE * SLOTS_PER_AREA
AREA_SIZE = 2 * COPY_SIZE
CELL_MAGIC = b"FCKC"
_HEAD = struct.Struct(">4sIBQH")  # magic, slot index, copy, sequence number, payload length
_CRC = struct.Struct(">I")
MAX_PAYLOAD = CELL_SIZE - _HEAD.size - _CRC.size
MIGRATING = ".migrating"  # suffix of the new file while an old-format file is converted
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Hold the keyslot file's folder locked for one writer (``flock`` on the folder, which
    outlives the file's conversion), so that the desktop app and a ``fieldcase`` command changing
    users at once do not give one free slot to two users. No lock where ``flock`` is missing
    (Windows) or the folder cannot be opened."""
    fd = _open_folder(path.parent)
    if fd is None:
        yield
        return
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _open_folder(folder: Path) -> int | None:
    if os.name != "posix":
        return None
    try:
        return os.open(folder, os.O_RDONLY)
    except OSError:
        return None


def cell_offset(index: int, copy: int) -> int:
    area, slot = divmod(index, SLOTS_PER_AREA)
    return HEADER_SIZE + area * AREA_SIZE + copy * COPY_SIZE + slot * CELL_SIZE


def encode_cell(index: int, copy: int, seq: int, payload: bytes) -> bytes:
    if len(payload) > MAX_PAYLOAD:
        raise ValueError(f"a keyslot holds at most {MAX_PAYLOAD} bytes")
    body = _HEAD.pack(CELL_MAGIC, index, copy, seq, len(payload)) + payload
    body += os.urandom(CELL_SIZE - _CRC.size - len(body))
    return body + _CRC.pack(zlib.crc32(body))


@dataclass(frozen=True)
class Cell:
    seq: int
    payload: bytes


def decode_cell(data: bytes, index: int, copy: int) -> Cell | None:
    """The cell, or ``None`` when it is torn, damaged or belongs elsewhere."""
    if len(data) != CELL_SIZE:
        return None
    body, crc = data[: -_CRC.size], data[-_CRC.size :]
    if _CRC.unpack(crc)[0] != zlib.crc32(body):
        return None
    magic, cell_index, cell_copy, seq, length = _HEAD.unpack_from(body)
    if magic != CELL_MAGIC or cell_index != index or cell_copy != copy or length > MAX_PAYLOAD:
        return None
    return Cell(seq, body[_HEAD.size : _HEAD.size + length])


@dataclass
class Area:
    """What a reader sees: per slot index its payload (``b""`` free, ``None`` when neither copy
    reads back), the highest sequence number, and the slots whose two copies disagree."""

    payloads: list[bytes | None]
    seq: int
    stale: dict[int, tuple[int, Cell]] = field(default_factory=dict)  # index -> (copy, newest)
    unwritten: list[int] = field(default_factory=list)  # free, but a copy is zeros or torn


def is_area(data: bytes) -> bool:
    return data.startswith(MAGIC)


def header() -> bytes:
    head = MAGIC + struct.pack(">III", CELL_SIZE, SLOTS_PER_AREA, HEADER_SIZE)
    return head + bytes(HEADER_SIZE - len(head))


def parse(data: bytes) -> Area:
    """Read every cell. A slot with no valid copy is free when a copy is zeros or past the end
    (the file cut short, or an area whose append was interrupted: appending writes every cell
    of copy A, then of copy B, before any slot goes there), and damaged otherwise."""
    areas = max(1, -(-(len(data) - HEADER_SIZE) // AREA_SIZE))
    payloads: list[bytes | None] = []
    stale: dict[int, tuple[int, Cell]] = {}
    unwritten: list[int] = []
    top = 0
    for index in range(areas * SLOTS_PER_AREA):
        copies: list[Cell | None] = []
        blank = 0
        for copy in (0, 1):
            raw = data[cell_offset(index, copy) : cell_offset(index, copy) + CELL_SIZE]
            copies.append(decode_cell(raw, index, copy))
            blank += copies[-1] is None and not raw.strip(b"\0")
        valid = [(c.seq, copy, c) for copy, c in enumerate(copies) if c is not None]
        if not valid:
            payloads.append(b"" if blank else None)
            if blank:
                unwritten.append(index)
            continue
        seq, copy, newest = max(valid, key=lambda v: v[0])
        top = max(top, seq)
        payloads.append(newest.payload)
        other = copies[1 - copy]
        if other is None or other.seq != seq or other.payload != newest.payload:
            stale[index] = (1 - copy, newest)
    return Area(payloads, top, stale, unwritten)


def read(path: Path) -> Area:
    return parse(path.read_bytes())


def create(path: Path, payloads: list[bytes]) -> None:
    """A new file holding ``payloads`` in slots 0, 1, ... (at least one area). The header is
    written last, after the cells are on disk: a file with the header is complete."""
    areas = max(1, -(-len(payloads) // SLOTS_PER_AREA))
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
    try:
        with _full_disk_is_storage_full(path):
            _write_new_area(fd, payloads, 0, areas)
            _pwrite(fd, header(), 0)
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        try:
            destroy(path)
        except OSError:
            path.unlink(missing_ok=True)
        raise
    os.close(fd)
    fsync_folder(path.parent)


def write(path: Path, changes: dict[int, bytes], area: Area) -> None:
    """Set each slot index of ``changes`` to its payload (``b""`` frees it), in place: copy A of
    every changed cell, fsync, copy B, fsync. Slots whose copies disagreed are repaired first (by
    writing the copy that lost, never the one that holds the value), and free slots left unwritten
    by an interrupted append are written free. An index past the end grows the file by whole
    areas of free cells."""
    if not changes and not area.stale and not area.unwritten:
        return
    seq = area.seq + 1
    fd = os.open(path, os.O_RDWR | _BINARY)
    try:
        with _full_disk_is_storage_full(path):
            repairs = [(i, v) for i, v in area.stale.items() if i not in changes]
            for index, (copy, cell) in repairs:
                _write_cell(fd, index, copy, cell.seq, cell.payload)
            blanks = [i for i in area.unwritten if i not in changes]
            for index in blanks:
                for copy in (0, 1):
                    _write_cell(fd, index, copy, 0, b"")
            if repairs or blanks:
                os.fsync(fd)
            have = len(area.payloads) // SLOTS_PER_AREA
            need = max(changes, default=-1) // SLOTS_PER_AREA + 1
            if need > have:
                size = os.fstat(fd).st_size
                try:
                    _write_new_area(fd, [], have, need - have)
                except BaseException:
                    os.ftruncate(fd, size)
                    raise
            for copy in (0, 1):
                for index, payload in changes.items():
                    _write_cell(fd, index, copy, seq, payload)
                os.fsync(fd)
    finally:
        os.close(fd)


def repair(path: Path, area: Area) -> None:
    """Make both copies of every slot agree, under the writers' lock and from a fresh read (a
    writer may have been between its two copies). Best effort: a read-only disk is left as it is."""
    if not area.stale and not area.unwritten:
        return
    try:
        with writing(path):
            write(path, {}, read(path))
    except (OSError, StorageFull):
        pass


def destroy(path: Path) -> int:
    """Overwrite the whole file in place with random bytes (both copies of every cell, the header
    too), fsync, unlink. Returns the bytes overwritten (0 if there was no file)."""
    try:
        fd = os.open(path, os.O_WRONLY | _BINARY)
    except FileNotFoundError:
        return 0
    try:
        size = os.fstat(fd).st_size
        for offset in range(0, size, 1 << 20):
            _pwrite(fd, os.urandom(min(1 << 20, size - offset)), offset)
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)
    fsync_folder(path.parent)
    return size


def convert(path: Path, payloads: list[bytes]) -> None:
    """Replace a file of another format (the old one line per slot) by an area holding
    ``payloads``, leaving nothing of the old file: the area is written complete beside it, the old
    file overwritten in place with random bytes, and only then the area renamed over it (a rename
    of a new file, whose blocks are new: nothing of a slot is freed by it). A crash at any point
    is finished or undone by ``finish_conversion``."""
    tmp = path.with_name(path.name + MIGRATING)
    destroy(tmp)
    create(tmp, payloads)
    _overwrite(path)
    os.replace(tmp, path)
    fsync_folder(path.parent)


def finish_conversion(path: Path) -> None:
    """After a crash inside ``convert``: a complete new area (its header written) wins and the
    conversion is finished; an incomplete one is destroyed and the old file, untouched until the
    new one was complete, is read as it was."""
    tmp = path.with_name(path.name + MIGRATING)
    if not tmp.exists():
        return
    with tmp.open("rb") as fh:
        complete = is_area(fh.read(len(MAGIC)))
    with path.open("rb") as fh:
        converted = is_area(fh.read(len(MAGIC)))
    if complete and not converted:
        _overwrite(path)
        os.replace(tmp, path)
        fsync_folder(path.parent)
    else:
        destroy(tmp)


def _overwrite(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | _BINARY)
    try:
        size = os.fstat(fd).st_size
        _pwrite(fd, os.urandom(size), 0)
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_new_area(fd: int, payloads: list[bytes], first_area: int, areas: int) -> None:
    for area in range(first_area, first_area + areas):
        for copy in (0, 1):
            cells = b"".join(
                encode_cell(index, copy, 0, payloads[index] if index < len(payloads) else b"")
                for index in range(area * SLOTS_PER_AREA, (area + 1) * SLOTS_PER_AREA)
            )
            _pwrite(fd, cells, cell_offset(area * SLOTS_PER_AREA, copy))
    os.fsync(fd)


def _write_cell(fd: int, index: int, copy: int, seq: int, payload: bytes) -> None:
    _pwrite(fd, encode_cell(index, copy, seq, payload), cell_offset(index, copy))


def _pwrite(fd: int, data: bytes, offset: int) -> None:
    """All of ``data`` at ``offset`` (``os.pwrite``; seek and write where it is missing)."""
    view = memoryview(data)
    while view:
        if hasattr(os, "pwrite"):
            written = os.pwrite(fd, view, offset)
        else:  # Windows
            os.lseek(fd, offset, os.SEEK_SET)
            written = os.write(fd, view)
        view = view[written:]
        offset += written


@contextmanager
def _full_disk_is_storage_full(path: Path) -> Iterator[None]:
    """A full disk (or a file size limit) becomes ``StorageFull``: the slot keeps its old value."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise StorageFull(
                f"the disk is full: could not write {path.name}; nothing was lost"
            ) from exc
        raise
