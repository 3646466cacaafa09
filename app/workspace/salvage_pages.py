"""Reading a damaged workspace database page by page, trusting only what SQLCipher's HMAC verifies.

The file, then the committed frames of its write-ahead log (whose checksums must chain, as SQLite
requires): each page is checked against its HMAC (SHA-512 or SHA-256, whichever the database was
written with: app/workspace/store.py) and only then decrypted (AES-256-CBC, SQLCipher 4's page
format); a page that fails is never decrypted, never parsed. Above the pages:
the B-tree walk (table and index pages, their cells and overflow pages) and the decoding of
SQLite records. Which of the rows read here are trusted, and where they go, is
app/workspace/salvage.py's concern.
"""

from __future__ import annotations

import hashlib
import hmac
import mmap
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import WorkspaceDamaged

# SQLCipher 4's page format, which app/workspace/store.py keeps: 4096-byte pages, and at the end
# of each page a reserve of a 16-byte IV and the page's HMAC: 64 bytes of HMAC-SHA512 (SQLCipher's
# default), or 32 of HMAC-SHA256 (a database made on a laptop that computes it faster).
PAGE_SIZE = 4096
IV_BYTES = 16
HMAC_BYTES = {"sha512": 64, "sha256": 32}
SALT_BYTES = 16
LOCK_BYTE_PAGE = 2**30 // PAGE_SIZE + 1  # SQLite never uses the page holding byte 2**30
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)

PAGE_TABLE_LEAF = 0x0D
PAGE_TABLE_INTERIOR = 0x05
PAGE_INDEX_LEAF = 0x0A
PAGE_INDEX_INTERIOR = 0x02


# -- pages --------------------------------------------------------------------------------------


class Pages:
    """The damaged database's pages as SQLCipher wrote them: the file, then the committed frames
    of its write-ahead log. ``page`` gives a page's plaintext only when its HMAC verifies."""

    def __init__(self, db_path: Path, key: bytes | bytearray) -> None:
        self._key = bytes(key)
        with db_path.open("rb") as f:  # mapped, not read whole: a workspace may be large
            self._file: bytes | mmap.mmap = (
                mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if db_path.stat().st_size else b""
            )
        if len(self._file) < PAGE_SIZE:
            raise WorkspaceDamaged(f"{db_path} is too short to hold a database")
        salt = self._file[:SALT_BYTES]
        mask = bytes(b ^ 0x3A for b in salt)
        self._hmac_key = hashlib.pbkdf2_hmac("sha512", self._key, mask, 2, 32)
        self.hmac = "sha512"
        self._wal: dict[int, bytes] = {}
        self.count = len(self._file) // PAGE_SIZE
        self.wal_frames = 0
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.is_file():
            size = self._read_wal(wal.read_bytes())
            if size:
                self.count = size
        self.damaged: set[int] = set()
        self._cache: dict[int, bytes | None] = {}
        self.hmac = self._written_with()

    @property
    def reserve(self) -> int:
        return IV_BYTES + HMAC_BYTES[self.hmac]

    def _written_with(self) -> str:
        """The page HMAC the database was written with: the one under which page 1 (or, when it
        is damaged, the first page that verifies under either) verifies; SHA-512 when none does."""
        for pgno in range(1, min(self.count, 64) + 1):
            for name in HMAC_BYTES:
                self.hmac = name
                if self._verify_and_decrypt(pgno) is not None:
                    return name
        return "sha512"

    def _read_wal(self, data: bytes) -> int:
        """Keep the frames up to the last commit whose checksums chain from the log's header;
        returns the database's size in pages after that commit (0 when none)."""
        if len(data) < 32:
            return 0
        magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">6I", data[:24])
        if magic not in WAL_MAGICS or page_size != PAGE_SIZE:
            return 0
        order = ">" if magic & 1 else "<"
        s0, s1 = _wal_checksum(order, data[:24], 0, 0)
        if (s0, s1) != struct.unpack(">2I", data[24:32]):
            return 0
        frames: dict[int, bytes] = {}
        committed: dict[int, bytes] = {}
        size = 0
        offset = 32
        while offset + 24 + PAGE_SIZE <= len(data):
            head = data[offset : offset + 24]
            pgno, commit, f_salt1, f_salt2, c0, c1 = struct.unpack(">6I", head)
            page = data[offset + 24 : offset + 24 + PAGE_SIZE]
            if (f_salt1, f_salt2) != (salt1, salt2):
                break
            s0, s1 = _wal_checksum(order, head[:8], s0, s1)
            s0, s1 = _wal_checksum(order, page, s0, s1)
            if (s0, s1) != (c0, c1):
                break
            frames[pgno] = page
            if commit:
                committed.update(frames)
                frames = {}
                size = commit
            offset += 24 + PAGE_SIZE
            self.wal_frames += 1
        self._wal = committed
        return size

    def raw(self, pgno: int) -> bytes | None:
        if pgno in self._wal:
            return self._wal[pgno]
        start = (pgno - 1) * PAGE_SIZE
        if pgno < 1 or start + PAGE_SIZE > len(self._file):
            return None
        return self._file[start : start + PAGE_SIZE]

    def page(self, pgno: int) -> bytes | None:
        """The page's plaintext (page 1 with SQLite's header magic back in place), or ``None``
        when it is missing or its HMAC fails (then it is counted among ``damaged``)."""
        if pgno in self._cache:
            return self._cache[pgno]
        plain = self._verify_and_decrypt(pgno)
        if plain is None:
            self.damaged.add(pgno)
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[pgno] = plain
        return plain

    def close(self) -> None:
        self._cache.clear()
        if isinstance(self._file, mmap.mmap):
            self._file.close()

    def _verify_and_decrypt(self, pgno: int) -> bytes | None:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        raw = self.raw(pgno)
        if raw is None or pgno > self.count:
            return None
        start = SALT_BYTES if pgno == 1 else 0
        reserve, tag_bytes = self.reserve, HMAC_BYTES[self.hmac]
        body = raw[start : PAGE_SIZE - reserve]
        iv = raw[PAGE_SIZE - reserve : PAGE_SIZE - tag_bytes]
        tag = raw[PAGE_SIZE - tag_bytes :]
        mac = hmac.new(self._hmac_key, body + iv + struct.pack("<I", pgno), self.hmac)
        if not hmac.compare_digest(mac.digest(), tag):
            return None
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(body) + decryptor.finalize()
        return (SQLITE_MAGIC if pgno == 1 else b"") + plain

    def scan(self) -> None:
        """Check every page, so that ``damaged`` names them all (also those no table reached)."""
        for pgno in range(1, self.count + 1):
            self.page(pgno)


def _wal_checksum(order: str, data: bytes, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


# -- records and B-trees ------------------------------------------------------------------------


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        byte = buf[i + n]
        if n == 8:
            return ((value << 8) | byte) & 0xFFFFFFFFFFFFFFFF, i + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, i + n + 1
    raise AssertionError("unreachable")


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def decode_record(payload: bytes, limit: int | None = None) -> list[Any]:
    """The values of one SQLite record (header of serial types, then the values); ``limit``:
    only that many first values (of a record whose end was lost)."""
    header_size, i = _varint(payload, 0)
    types = []
    while i < header_size:
        serial, i = _varint(payload, i)
        types.append(serial)
    values: list[Any] = []
    pos = header_size
    for serial in types[:limit]:
        if serial == 0:
            values.append(None)
        elif serial in _INT_SIZES:
            size = _INT_SIZES[serial]
            values.append(int.from_bytes(payload[pos : pos + size], "big", signed=True))
            pos += size
        elif serial == 7:
            values.append(struct.unpack(">d", payload[pos : pos + 8])[0])
            pos += 8
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 12:
            size = (serial - 12) // 2
            chunk = payload[pos : pos + size]
            if len(chunk) != size:
                raise ValueError("record shorter than its header says")
            values.append(bytes(chunk) if serial % 2 == 0 else chunk.decode("utf-8"))
            pos += size
        else:
            raise ValueError(f"reserved serial type {serial}")
    return values


@dataclass
class Cell:
    rowid: int | None  # None in an index B-tree
    payload: bytes | None  # None when an overflow page of it failed
    lost_page: int | None = None
    local: bytes = b""  # what the verified page itself held (to name a lost row)
    pages: tuple[int, ...] = ()  # from the walk's root to its page, then its overflow pages
    leaf: int = 0  # the page holding the cell


@dataclass
class TreeWalk:
    cells: list[Cell] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    damaged: list[int] = field(default_factory=list)  # pages of this tree whose HMAC failed


class BTrees:
    def __init__(self, pages: Pages) -> None:
        self.pages = pages
        page1 = pages.page(1)
        if page1 is None:
            raise WorkspaceDamaged(
                "page 1 of the workspace database (its schema) is damaged: nothing can be salvaged"
            )
        # SQLite's reserve is the 80 bytes SQLCipher sets when it is keyed, also where the HMAC
        # chosen after the key (SHA-256) fills only the last 48 of them.
        reserve = page1[20]
        if (
            reserve != IV_BYTES + HMAC_BYTES["sha512"]
            or struct.unpack(">H", page1[16:18])[0] != PAGE_SIZE
        ):
            raise WorkspaceDamaged("the workspace database has an unexpected page format")
        self.usable = PAGE_SIZE - reserve
        self.visited: set[int] = set()

    def walk(self, root: int) -> TreeWalk:
        """The tree below ``root`` (pages not walked before), its cells in a list."""
        walk = TreeWalk()
        walk.cells = list(self.cells(root, walk))
        return walk

    def cells(self, root: int, walk: TreeWalk) -> Iterator[Cell]:
        """The cells of the tree below ``root`` as they are read (a table of attachments need
        not fit in memory); ``walk`` collects its pages and its damaged pages meanwhile."""
        stack: list[tuple[int, tuple[int, ...]]] = [(root, ())]
        while stack:
            pgno, above = stack.pop()
            if pgno in self.visited:
                continue
            if not 1 <= pgno <= self.pages.count:  # the file was cut short: a page is missing
                self.pages.damaged.add(pgno)
                walk.damaged.append(pgno)
                continue
            self.visited.add(pgno)
            page = self.pages.page(pgno)
            if page is None:
                walk.damaged.append(pgno)
                continue
            try:
                children, found = self._page(pgno, page)
            except (struct.error, IndexError, ValueError):
                found, children = [], []
            if found is None:  # verified, yet not a B-tree page: never trusted
                self.pages.damaged.add(pgno)
                walk.damaged.append(pgno)
                continue
            walk.pages.append(pgno)
            path = (*above, pgno)
            for cell in found:
                cell.pages = path + cell.pages
                cell.leaf = pgno
                yield cell
            stack.extend((child, path) for child in reversed(children))

    def _page(self, pgno: int, page: bytes) -> tuple[list[int], list[Cell] | None]:
        header = 100 if pgno == 1 else 0
        kind = page[header]
        if kind not in (PAGE_TABLE_INTERIOR, PAGE_TABLE_LEAF, PAGE_INDEX_LEAF, PAGE_INDEX_INTERIOR):
            return [], None
        ncells = struct.unpack(">H", page[header + 3 : header + 5])[0]
        interior = kind in (PAGE_TABLE_INTERIOR, PAGE_INDEX_INTERIOR)
        pointers = header + (12 if interior else 8)
        children: list[int] = []
        found: list[Cell] = []
        for n in range(ncells):
            at = struct.unpack(">H", page[pointers + 2 * n : pointers + 2 * n + 2])[0]
            if kind == PAGE_TABLE_INTERIOR:
                children.append(struct.unpack(">I", page[at : at + 4])[0])
            elif kind == PAGE_TABLE_LEAF:
                size, i = _varint(page, at)
                rowid, i = _varint(page, i)
                found.append(self._payload(page, i, size, _signed(rowid), table=True))
            else:
                i = at
                if kind == PAGE_INDEX_INTERIOR:
                    children.append(struct.unpack(">I", page[at : at + 4])[0])
                    i += 4
                size, i = _varint(page, i)
                found.append(self._payload(page, i, size, None, table=False))
        if interior:
            children.append(struct.unpack(">I", page[header + 8 : header + 12])[0])
        return children, found

    def _payload(self, page: bytes, i: int, size: int, rowid: int | None, table: bool) -> Cell:
        u = self.usable
        most = u - 35 if table else ((u - 12) * 64 // 255) - 23
        least = ((u - 12) * 32 // 255) - 23
        if size <= most:
            return Cell(rowid, page[i : i + size], local=page[i : i + size])
        local = least + (size - least) % (u - 4)
        if local > most:
            local = least
        parts = [page[i : i + local]]
        following = struct.unpack(">I", page[i + local : i + local + 4])[0]
        remaining = size - local
        seen: list[int] = []
        while remaining > 0:
            if following in seen or not 1 <= following <= self.pages.count:
                if following not in seen:  # the file was cut short
                    self.pages.damaged.add(following)
                return Cell(rowid, None, following, parts[0])
            seen.append(following)
            self.visited.add(following)
            overflow = self.pages.page(following)
            if overflow is None:
                return Cell(rowid, None, following, parts[0])
            take = min(remaining, u - 4)
            parts.append(overflow[4 : 4 + take])
            remaining -= take
            following = struct.unpack(">I", overflow[:4])[0]
        return Cell(rowid, b"".join(parts), local=parts[0], pages=tuple(seen))

    def freelist(self) -> set[int]:
        """Pages on the free list (they held no live rows)."""
        page1 = self.pages.page(1)
        assert page1 is not None
        trunk = struct.unpack(">I", page1[32:36])[0]
        free: set[int] = set()
        while trunk and trunk not in free and trunk <= self.pages.count:
            free.add(trunk)
            page = self.pages.page(trunk)
            if page is None:
                break
            following, count = struct.unpack(">II", page[:8])
            for n in range(min(count, (self.usable - 8) // 4)):
                free.add(struct.unpack(">I", page[8 + 4 * n : 12 + 4 * n])[0])
            trunk = following
        return free
