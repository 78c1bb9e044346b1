"""How a server database is named for people: the status bar, the set-up wizard, the command line.

The one place a server is named in a clerk's words, in each UI language: "t1 (máy này, cổng
54329)", "hagiang (máy chủ db.local)"; never a password. Storage says which database and which
server(s) a location names (:meth:`ServerLocation.servers`); the words live here, below the two
faces (``ui`` and ``cli``) that show them.
"""

from __future__ import annotations

from hagiang_desktop.storage.location import ServerLocation

#: The words of :func:`for_people`, in each UI language.
_WORDS = {
    "vi": {"here": "máy này", "server": "máy chủ {host}", "port": "cổng {port}"},
    "en": {"here": "this machine", "server": "server {host}", "port": "port {port}"},
}


def for_people(location: ServerLocation, language: str = "vi") -> str:
    """Return the database and where its server is, in a clerk's words; never a password.

    Args:
        location: the server database.
        language: ``vi`` or ``en`` (the UI language).

    Returns:
        "t1 (máy này, cổng 54329)", "hagiang (server db1.local, db2.local:5433)", …
    """
    words = _WORDS["en" if language == "en" else "vi"]
    servers = location.servers()
    if len(servers) == 1:
        host, port = servers[0]
        where = [words["server"].format(host=host) if host else words["here"]]
        where += [words["port"].format(port=port)] if port else []
    else:  # several servers: each with its port, as IT staff wrote them
        named = ", ".join(f"{host or words['here']}{':' + port if port else ''}" for host, port in servers)
        where = [words["server"].format(host=named)]
    return f"{location.database_name()} ({', '.join(where)})"
