"""Backups of a whole data directory, safe to make while the app is running.

The database is copied with SQLite's backup API (a consistent snapshot, even while
another connection writes); then the photo originals that snapshot knows are added.
Derivatives are left out: they are rebuilt from the originals. Keys go in only when asked:
a backup without them cannot sign packages as this device.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .. import output, paths
from ..errors import UserError
from ..hashing import file_sha256
from ..messages import QT_TRANSLATE_NOOP
from ..photos.tree import PhotoTree
from ..store import Store, snapshot
from ..store.store import now_iso

BACKUP_NEEDS_DATA_DIR = QT_TRANSLATE_NOOP(
    "sync.backup_needs_data_dir",
    "only a data directory on disk can be backed up")
RESTORE_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "sync.restore_not_empty",
    "{folder} is not empty; restore only into a new or empty folder")
NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "sync.not_a_backup",
    "{file}: not an inspector backup (cannot read it as one)")
UNKNOWN_BACKUP_FORMAT = QT_TRANSLATE_NOOP(
    "sync.unknown_backup_format",
    "{file}: unknown backup format {format}")
BACKUP_NO_MANIFEST = QT_TRANSLATE_NOOP(
    "sync.backup_no_manifest",
    "{file}: not an inspector backup (no manifest)")
BACKUP_BAD_NAME = QT_TRANSLATE_NOOP(
    "sync.backup_bad_name",
    "{file}: refuses the entry name '{name}'")
BACKUP_ENTRY_DAMAGED = QT_TRANSLATE_NOOP(
    "sync.backup_entry_damaged",
    "{file}: entry {name} is damaged (its hash differs)")
BACKUP_ENTRY_UNREADABLE = QT_TRANSLATE_NOOP(
    "sync.backup_entry_unreadable",
    "{file}: entry {name} cannot be read ({detail})")

FORMAT = "inspector-backup/1"
KEYS_DIR = "keys"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    photos: int
    with_keys: bool
    size: int


def backup(store: Store, out: Path, with_keys: bool = False) -> BackupResult:
    if store.data_dir is None:
        raise UserError(BACKUP_NEEDS_DATA_DIR())
    tree = PhotoTree(store.data_dir)
    with tempfile.TemporaryDirectory() as tmp, output.writing(out) as part:
        snapshot_path = Path(tmp) / paths.DB_NAME
        photos = snapshot.copy_to(store, snapshot_path)
        entries: list[tuple[str, Path]] = [(paths.DB_NAME, snapshot_path)]
        for sha, ext in photos:
            original = tree.original(sha, ext)
            if original.exists():
                entries.append((original.relative_to(store.data_dir).as_posix(), original))
        keys = store.data_dir / KEYS_DIR
        if with_keys and keys.is_dir():
            entries += [(f"{KEYS_DIR}/{p.name}", p) for p in sorted(keys.iterdir())
                        if p.is_file()]
        manifest = {
            "format": FORMAT, "created_at": now_iso(), "device_id": store.device_id,
            "with_keys": with_keys,
            "entries": [{"name": n, "size": p.stat().st_size, "sha256": file_sha256(p)}
                        for n, p in entries],
        }
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, path in entries:
                kind = zipfile.ZIP_STORED if name.startswith("photos/") else zipfile.ZIP_DEFLATED
                zf.write(path, name, compress_type=kind)
    return BackupResult(out, len(entries) - 1, with_keys, out.stat().st_size)


def _safe_name(name: str) -> bool:
    pure = PurePosixPath(name)
    return (bool(name) and not pure.is_absolute() and ".." not in pure.parts
            and "\\" not in name and ":" not in name)


def restore(archive: Path, data_dir: Path) -> int:
    """Restore into an empty (or new) data directory; returns the number of files."""
    if data_dir.exists() and any(data_dir.iterdir()):
        raise UserError(RESTORE_NOT_EMPTY(folder=data_dir))
    paths.check_local(data_dir)
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile):
        raise UserError(NOT_A_BACKUP(file=archive)) from None
    with zf, tempfile.TemporaryDirectory(dir=data_dir.parent if data_dir.parent.exists()
                                         else None) as tmp:
        try:
            manifest = json.loads(zf.read("manifest.json"))
        except (KeyError, ValueError):
            raise UserError(BACKUP_NO_MANIFEST(file=archive)) from None
        if manifest.get("format") != FORMAT:
            raise UserError(UNKNOWN_BACKUP_FORMAT(
                file=archive, format=repr(manifest.get('format'))))
        staged = Path(tmp) / "data"
        for entry in manifest["entries"]:
            name = str(entry["name"])
            if not _safe_name(name):
                raise UserError(BACKUP_BAD_NAME(file=archive, name=name))
            target = staged / name
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            try:
                with zf.open(name) as src, open(target, "wb") as dst:
                    for block in iter(lambda: src.read(1 << 20), b""):
                        digest.update(block)
                        dst.write(block)
            except (KeyError, zipfile.BadZipFile, OSError) as exc:
                raise UserError(BACKUP_ENTRY_UNREADABLE(
                    file=archive, name=name, detail=exc)) from None
            if digest.hexdigest() != entry["sha256"]:
                raise UserError(BACKUP_ENTRY_DAMAGED(file=archive, name=name))
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        if data_dir.exists():
            data_dir.rmdir()
        shutil.move(str(staged), str(data_dir))
    Store.open(data_dir).close()  # migrates an older backup; new device id on a new computer
    return len(manifest["entries"])
