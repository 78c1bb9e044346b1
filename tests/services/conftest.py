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


@pytest.fixture(scope="session")
def _templates(tmp_path_factory, _demo_template):  # type: ignore[no-untyped-def]
    """The bundle tests' keys, district and inbox files, once (``bundle_templates.make_templates``)."""
    from tests.services.bundle_templates import make_templates

    return make_templates(tmp_path_factory.mktemp("bundles"), _demo_template)


@pytest.fixture(scope="session")
def _server_templates(_templates, pg_cluster, pg_template, pg_demo_template):  # type: ignore[no-untyped-def]
    """The district and the inbox as server databases, once (names of the template databases)."""
    from tests.services.bundle_templates import make_server_templates

    return make_server_templates(_templates[0], pg_cluster, pg_template, pg_demo_template)
