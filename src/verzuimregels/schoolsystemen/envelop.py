"""The array inside a one-key JSON envelope, streamed: SOMtoday's ``{"items": [...]}`` and the pupils
file's ``{"leerlingen": [...]}`` are read element by element, whatever their size, as a bare array is."""

from __future__ import annotations

import io
import re
from typing import IO, Any

_BOM = b"\xef\xbb\xbf"


class _Envelop(io.RawIOBase):
    """The stream from the array's ``[`` on, with the closing ``}`` of the envelope held back and
    dropped at the end."""

    _ACHTER = 64

    def __init__(self, bron: IO[bytes]) -> None:
        self._bron = bron
        self._buffer = b""
        self._eind = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._eind and len(self._buffer) < len(buffer) + self._ACHTER:
            data = self._bron.read(1 << 16)
            if data:
                self._buffer += data
                continue
            self._eind = True
            rest = self._buffer.rstrip()
            self._buffer = rest[:-1] if rest.endswith(b"}") else rest
        n = min(len(buffer), len(self._buffer) - (0 if self._eind else self._ACHTER))
        buffer[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def zonder_envelop(bron: IO[bytes], sleutel: str) -> IO[bytes]:
    """``bron`` (with ``peek``) from the ``[`` of ``{"<sleutel>": [...]}`` on when it starts so (a
    byte-order mark before it allowed), else ``bron`` as it is."""
    begin: Any = bron
    patroon = re.compile(rb'\s*\{\s*"' + re.escape(sleutel.encode()) + rb'"\s*:\s*(?=\[)')
    envelop = patroon.match(begin.peek(1 << 12)[: 1 << 12].removeprefix(_BOM))
    if envelop is None:
        return bron
    begin.read(envelop.end() + (3 if begin.peek(3)[:3] == _BOM else 0))
    return io.BufferedReader(_Envelop(bron))
