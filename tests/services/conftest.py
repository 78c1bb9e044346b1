"""The services know no engine (#22): each test here runs on a SQLite file and on a server.

``workspace`` and ``demo_workspace`` are, in this folder, the parameterised ones of
``tests/conftest.py``. A test about the file itself is marked ``tests.engines.FILE_ONLY`` with
its reason; ``demo_path`` (the demo's file) stays a file.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def workspace(any_workspace):  # type: ignore[no-untyped-def]
    """A fresh database seeded with the directory, on a file and then on a server."""
    return any_workspace


@pytest.fixture
def demo_workspace(any_demo_workspace):  # type: ignore[no-untyped-def]
    """The demo office, open, on a file and then on a server."""
    return any_demo_workspace
