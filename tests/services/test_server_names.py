"""A server database in a clerk's words (#22, services.server_names): never a password."""

from __future__ import annotations

import pytest

from hagiang_desktop.services import server_names
from hagiang_desktop.storage.location import ServerLocation

SOCKET = "postgresql://hagiang@/t1?host=/tmp/hg-pg-x1y2/sock&port=54329"


@pytest.mark.parametrize(
    ("url", "vi", "en"),
    [
        # A local socket (the test cluster's form): this machine, its port.
        (SOCKET, "t1 (máy này, cổng 54329)", "t1 (this machine, port 54329)"),
        ("postgresql://clerk@/hagiang?host=/run/postgresql", "hagiang (máy này)", "hagiang (this machine)"),
        ("postgresql:///hagiang", "hagiang (máy này)", "hagiang (this machine)"),
        ("postgresql://localhost/hagiang", "hagiang (máy này)", "hagiang (this machine)"),
        # TCP: the server's name; the port only when it is not PostgreSQL's usual 5432.
        (
            "postgresql://clerk@db.sonoivu.local:5432/hagiang",
            "hagiang (máy chủ db.sonoivu.local)",
            "hagiang (server db.sonoivu.local)",
        ),
        (
            "postgres://clerk@10.0.0.7:5433/thi_dua",
            "thi_dua (máy chủ 10.0.0.7, cổng 5433)",
            "thi_dua (server 10.0.0.7, port 5433)",
        ),
        (
            "postgresql://db.sonoivu.local?dbname=hagiang&port=6432",
            "hagiang (máy chủ db.sonoivu.local, cổng 6432)",
            "hagiang (server db.sonoivu.local, port 6432)",
        ),
        # No database named: libpq takes the user's name.
        (
            "postgresql://clerk@db.sonoivu.local",
            "clerk (máy chủ db.sonoivu.local)",
            "clerk (server db.sonoivu.local)",
        ),
        # Two servers (libpq tries them in turn): both named.
        (
            "postgresql://clerk@db1.local,db2.local:5433/hagiang",
            "hagiang (máy chủ db1.local, db2.local:5433)",
            "hagiang (server db1.local, db2.local:5433)",
        ),
    ],
)
def test_a_server_location_reads_as_its_database_and_server(url: str, vi: str, en: str) -> None:
    location = ServerLocation(url)
    assert server_names.for_people(location, "vi") == vi
    assert server_names.for_people(location, "en") == en
    assert server_names.for_people(location) == vi  # Vietnamese unless asked


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://clerk:bí-mật@db.sonoivu.local:5433/hagiang",
        "postgresql://clerk:b%C3%AD-m%E1%BA%ADt@/hagiang?host=/run/postgresql",
        "postgresql://db.sonoivu.local/hagiang?user=clerk&password=bí-mật",
    ],
)
def test_a_password_in_the_url_is_never_in_the_words(url: str) -> None:
    location = ServerLocation(url).with_password("typed")
    for language in ("vi", "en"):
        shown = server_names.for_people(location, language)
        assert shown.startswith("hagiang (")
        assert "bí" not in shown
        assert "%C3" not in shown
        assert "typed" not in shown
        assert "clerk" not in shown  # the user is the clerk label's, not the server's
    # Nor in the address IT staff see (a tooltip, a log), wherever the URL carried it.
    for address in (location.label(), repr(location)):
        assert "bí" not in address
        assert "%C3" not in address
        assert "password" not in address
        assert "hagiang" in address
