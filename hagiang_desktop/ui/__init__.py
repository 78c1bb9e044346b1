"""The window: the only package that imports PySide6.

Importing it first protects the process against a reference-counting bug of PySide6 6.12 on
Python 3.11 (found by the benchmarks of issue #11): every call of a Qt method that returns
nothing (``setText``, ``setData``, ``appendRow``…) and every ``QModelIndex.data()`` that finds
no data gives back ``None`` without taking a reference to it, so ``None``'s reference count
falls by one per call. A clerk's session makes a few tens of thousands of such calls, a
province database makes them while opening, and when the count reaches zero CPython aborts the
whole program ("Fatal Python error: none_dealloc"), unsaved typing lost. Python 3.12 made
``None`` immortal (PEP 683), which makes the bug harmless; on 3.11 we give ``None`` so many
extra references that no session can use them up.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    import ctypes

    # ob_refcnt is the first field of every CPython object; id() is the object's address.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
