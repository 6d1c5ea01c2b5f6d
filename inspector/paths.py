"""Where a data directory lives, and refusing the places SQLite's WAL cannot work."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .errors import UserError

ENV_VAR = "INSPECTOR_DATA_DIR"
DB_NAME = "inspector.sqlite3"
# WAL needs shared memory that network filesystems do not provide reliably.
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs",
              "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph", "lustre"}


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("inspector", appauthor=False))


NETWORK_PREFIXES = ("\\\\", "//")  # UNC: \\server\share, //server/share


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    chosen = explicit or os.environ.get(ENV_VAR) or default_data_dir()
    if os.fspath(chosen).startswith(NETWORK_PREFIXES):
        # resolve() would turn //server/share into the local /server/share; keep it as
        # given so check_local refuses it.
        return Path(chosen)
    return Path(chosen).expanduser().resolve()


def filesystem_type(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """The type of the filesystem holding `path` (Linux), from the longest mount prefix."""
    try:
        lines = Path(mounts).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, best_type = mount, parts[2]
    return best_type


def check_local(path: Path, mounts: str = "/proc/mounts") -> None:
    """Refuse a data directory on a network share, in one line that says why."""
    if str(path).startswith(NETWORK_PREFIXES):
        raise UserError(f"data directory {path} is on a network share; SQLite's WAL mode "
                        "needs a local disk — choose a folder on this computer")
    fstype = filesystem_type(path, mounts)
    if fstype in NETWORK_FS:
        raise UserError(f"data directory {path} is on a network filesystem ({fstype}); "
                        "SQLite's WAL mode needs a local disk — choose a folder on this "
                        "computer")


def prepare_data_dir(path: Path) -> Path:
    check_local(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create data directory {path}: {exc.strerror}") from None
    return path
