"""The shared libraries an ELF file asks for (its ``DT_NEEDED`` entries), read from the file.

Linux only needs this: Qt's platform plugin is loaded when the ``QApplication`` is built, and a
library it needs that the system lacks makes Qt abort the process with a message that names the
wrong package. Reading the dynamic section tells, before Qt starts, which libraries each of Qt's
files will ask the dynamic loader for. Nothing is loaded or executed to find out.

Contract: :func:`needed_libraries` returns the names in the file's order, ``[]`` for a file with no
dynamic section, and raises :class:`NotElf` for anything that is not a readable ELF file (a
truncated or foreign file gives that error, never an ``IndexError`` or a ``struct.error``).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

SHT_DYNAMIC = 6
DT_NULL = 0
DT_NEEDED = 1


class NotElf(ValueError):
    """The file is not an ELF file this reader understands."""


def needed_libraries(path: Path) -> list[str]:
    try:
        with path.open("rb") as file:
            return _needed(file)
    except (OSError, struct.error) as exc:
        raise NotElf(f"{path}: {exc}") from exc


def _needed(file: BinaryIO) -> list[str]:
    ident = file.read(16)
    if (
        len(ident) < 16
        or ident[:4] != b"\x7fELF"
        or ident[4] not in (1, 2)
        or ident[5] not in (1, 2)
    ):
        raise NotElf("not an ELF file")
    wide = ident[4] == 2  # ELFCLASS64
    order = "<" if ident[5] == 1 else ">"
    header = file.read(48 if wide else 36)
    if wide:
        shoff, shentsize, shnum = (
            struct.unpack_from(order + "Q", header, 24)[0],
            *struct.unpack_from(order + "HH", header, 42),
        )
    else:
        shoff, shentsize, shnum = (
            struct.unpack_from(order + "I", header, 16)[0],
            *struct.unpack_from(order + "HH", header, 30),
        )
    if shoff == 0 or shnum == 0:
        return []
    file.seek(shoff)
    table = file.read(shentsize * shnum)
    # name, type, flags, addr, offset, size, link
    section = order + ("IIQQQQI" if wide else "IIIIIII")
    sections = [struct.unpack_from(section, table, i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link in sections:
        if kind != SHT_DYNAMIC:
            continue
        if link >= len(sections):
            raise NotElf("the dynamic section names no string table")
        strings = _read(file, sections[link][4], sections[link][5])
        entry = order + ("qQ" if wide else "iI")
        step = struct.calcsize(entry)
        dynamic = _read(file, offset, size)
        names: list[str] = []
        for start in range(0, len(dynamic) - step + 1, step):
            tag, value = struct.unpack_from(entry, dynamic, start)
            if tag == DT_NULL:
                break
            if tag == DT_NEEDED:
                end = strings.find(b"\0", value)
                if value >= len(strings) or end < 0:
                    raise NotElf("a needed library's name lies outside the string table")
                names.append(strings[value:end].decode("utf-8", "replace"))
        return names
    return []


def _read(file: BinaryIO, offset: int, size: int) -> bytes:
    file.seek(offset)
    data = file.read(size)
    if len(data) != size:
        raise NotElf("the file is truncated")
    return data
