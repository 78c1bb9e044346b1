"""Driver files for the token tests (#21)."""

from __future__ import annotations

from pathlib import Path


def write_32bit_dll(path: Path) -> Path:
    """Write the header of a 32-bit Windows DLL (PE, machine i386), as vendors' old drivers are built."""
    header = bytearray(512)
    header[:2] = b"MZ"
    header[0x3C:0x40] = (0x80).to_bytes(4, "little")
    header[0x80:0x84] = b"PE\0\0"
    header[0x84:0x86] = (0x14C).to_bytes(2, "little")
    path.write_bytes(bytes(header))
    return path
