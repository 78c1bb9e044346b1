"""Progress reports, and Cancel, for the long use cases the window runs in a worker (ui.workers).

A use case takes ``progress(done, total) -> bool`` (or None) and calls :func:`report` now and
then. When the clerk has pressed Cancel, :func:`report` raises
:class:`~hagiang_desktop.exports.model.Cancelled`; raised inside ``with ws.session()``, it rolls
the one transaction back, so a cancelled import or status change writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

# Re-exported: the faces catch a cancelled job from here, not from exports (#23).
from hagiang_desktop.exports.model import Cancelled as Cancelled

#: ``progress(done, total)``: returns False once the clerk asked to stop.
Progress = Callable[[int, int], bool]

#: Report a long loop's progress once per this many items (a report crosses threads).
EVERY = 200


def report(progress: Progress | None, done: int, total: int) -> None:
    """Report ``done`` of ``total`` (on every :data:`EVERY`-th item and the last); stop if asked.

    Args:
        progress: the callback, or None when nobody watches.
        done: items done so far.
        total: items in all (0 when not known).

    Raises:
        Cancelled: the callback returned False.
    """
    if progress is None or (done % EVERY and done != total):
        return
    if not progress(done, total):
        raise Cancelled
