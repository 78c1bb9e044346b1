"""Keeping the office's data safe: checks, backups, restores and purging a nominee's personal data.

Each function is one use case. Checks and backups read the file without changing it; a restore
replaces it only after the backup has been verified; a purge is one transaction followed by a
WAL checkpoint, so that the nominee's data is gone from the database file *and* its WAL.

One module per kind of use case; this package re-exports their public names, so
``from hagiang_desktop.services import maintenance`` keeps working (issue #23):

- :mod:`.checks`: :func:`check_database` (its :class:`CheckReport` of :class:`Finding`);
- :mod:`.backups`: the backups (:func:`daily_backup`, :func:`backup_now`, :func:`backup_server`…)
  and the restores (:func:`verify_backup`, :func:`restore_database`, :func:`restore_workspace`…);
- :mod:`.purge`: :func:`purge_nomination`.

The errors the faces catch (:class:`BackupError`, :class:`ServerBackupError`) and a backup's
facts (:class:`BackupInfo`) are re-exported here: a face never imports :mod:`storage`.
"""

from hagiang_desktop.services.maintenance.backups import (
    BACKUP_KEEP,
    BackupError,
    BackupInfo,
    ServerBackupError,
    backup_file,
    backup_file_name,
    backup_keep,
    backup_now,
    backup_server,
    daily_backup,
    default_backup_folder,
    latest_good_backup,
    list_backups,
    live_office,
    restore_closed_database,
    restore_database,
    restore_server,
    restore_workspace,
    verify_backup,
)
from hagiang_desktop.services.maintenance.checks import CheckReport, Finding, check_database
from hagiang_desktop.services.maintenance.purge import PurgeResult, purge_nomination

__all__ = [
    "BACKUP_KEEP",
    "BackupError",
    "BackupInfo",
    "CheckReport",
    "Finding",
    "PurgeResult",
    "ServerBackupError",
    "backup_file",
    "backup_file_name",
    "backup_keep",
    "backup_now",
    "backup_server",
    "check_database",
    "daily_backup",
    "default_backup_folder",
    "latest_good_backup",
    "list_backups",
    "live_office",
    "purge_nomination",
    "restore_closed_database",
    "restore_database",
    "restore_server",
    "restore_workspace",
    "verify_backup",
]
