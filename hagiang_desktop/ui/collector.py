"""Python's cyclic garbage collected on the UI thread only.

Python starts a collection on whichever thread happens to allocate past the threshold. When that
is a worker (a picker reading the directory, the dashboard's figures, a backup) and the cycles it
finds hold a closed dialog or window, Qt destroys those widgets on the worker's thread and the
program crashes. So the automatic collection is switched off and a timer on the UI thread does
the same work: it looks at the allocation counts a few times a second and collects the
generations Python itself would have collected; not while a worker builds a bulk of records
(:mod:`hagiang_desktop.core.collection`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from hagiang_desktop.core.collection import collection_is_paused


class MainThreadCollector(QObject):
    """Collect cyclic garbage from a timer of the UI thread, as Python's thresholds ask.

    Args:
        parent: the object the timer belongs to (the application).
        interval_ms: how often the allocation counts are looked at.
    """

    def __init__(self, parent: QObject, interval_ms: int = 250) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold, if any.

        Returns:
            The generation collected, or -1 when none was due (or a bulk build paused collection).
        """
        if collection_is_paused():  # a worker is building a bulk of records (core.collection)
            return -1
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = -1
        for generation in range(3):
            if counts[generation] > thresholds[generation]:
                due = generation
            else:
                break
        if due >= 0:
            gc.collect(due)
        return due

    def stop(self) -> None:
        """Stop the timer and give collection back as it was (tests; the program never stops it)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def install_collector(parent: QObject, interval_ms: int = 250) -> MainThreadCollector:
    """Switch Python's automatic collection to a timer of the UI thread.

    Args:
        parent: the application (the collector lives as long as it does).
        interval_ms: how often the allocation counts are looked at.

    Returns:
        The collector (kept alive by its parent).
    """
    return MainThreadCollector(parent, interval_ms)
