"""This computer's Ed25519 device key: made on first use, kept only in the data directory.

    DATA_DIR/keys/device_ed25519.pem   private key, PKCS8 PEM, unencrypted, mode 0600
    DATA_DIR/keys/device.json          {"device_id", "public_key", "fingerprint", "created_at"}

The key belongs to the computer, like the device id: when the data directory was copied
to another computer (which gave it a new device id), the old pair is moved aside as
`*.old-<old device id>` and a new pair is made. A key that is missing or unreadable while
device.json says it belongs to this device is an error, never silently replaced: the
supervisor's database ties the device id to that key and would refuse a new one.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..photos.tree import fsync_dir

KEY_DAMAGED = QT_TRANSLATE_NOOP(
    "sync.key_damaged",
    "{path}: this device's private key is damaged or not an unencrypted Ed25519 key — restore the "
    "keys folder from a backup")
KEY_MISMATCH = QT_TRANSLATE_NOOP(
    "sync.key_mismatch",
    "{path}: this device's private key does not match the public key recorded in {info} — restore "
    "the keys folder from a backup")
KEY_FOLDER = QT_TRANSLATE_NOOP("sync.key_folder", "cannot create the key folder {folder}: {error}")
KEY_MISSING = QT_TRANSLATE_NOOP(
    "sync.key_missing",
    "{path}: this device's private key is missing although {info} says it was made here — restore "
    "the keys folder from a backup (inspector backup --with-keys)")
KEY_UNREADABLE = QT_TRANSLATE_NOOP(
    "sync.key_unreadable",
    "{path}: cannot read this device's private key: {error}")
KEY_BEING_MADE = QT_TRANSLATE_NOOP(
    "sync.key_being_made",
    "{path}: another inspector process is making this device's key; if none is running, delete "
    "this file")

KEY_DIR = "keys"
PRIVATE_NAME = "device_ed25519.pem"
INFO_NAME = "device.json"
LOCK_NAME = ".creating"
PUBLIC_SIZE = 32
SIGNATURE_SIZE = 64
SHORT_FINGERPRINT_CHARS = 16
LOCK_WAIT_S = 10.0
LOCK_STALE_S = 60.0


def fingerprint_of(public_raw: bytes) -> str:
    """'SHA256:' + unpadded base64 of SHA-256(raw public key), like `ssh-keygen -l`."""
    digest = hashlib.sha256(public_raw).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def short_fingerprint(fingerprint: str) -> str:
    """For display: 'SHA256:' + the first 16 characters of the hash (96 bits)."""
    body = fingerprint.removeprefix("SHA256:")
    return "SHA256:" + body[:SHORT_FINGERPRINT_CHARS]


def public_from_b64(text: str) -> bytes:
    """The 32 raw bytes of a base64 public key; ValueError if it is not one."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64") from exc
    if len(raw) != PUBLIC_SIZE:
        raise ValueError(f"{len(raw)} bytes, not {PUBLIC_SIZE}")
    return raw


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    if len(public_raw) != PUBLIC_SIZE or len(signature) != SIGNATURE_SIZE:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class DeviceKey:
    device_id: str
    private_key: Ed25519PrivateKey = field(repr=False, compare=False)

    @property
    def public_bytes(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_bytes).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_bytes)

    @property
    def fingerprint_short(self) -> str:
        return short_fingerprint(self.fingerprint)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def load_or_create(data_dir: Path, device_id: str) -> DeviceKey:
    """This computer's key for `device_id`, made (and saved, 0600) on first use."""
    if not isinstance(device_id, str) or not device_id.strip():
        raise ValueError("device_id must be a non-empty string")
    keys_dir = data_dir / KEY_DIR
    key = _load(keys_dir, device_id)
    if key is not None:
        return key
    try:
        keys_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(keys_dir, 0o700)
    except OSError as exc:
        raise UserError(KEY_FOLDER(folder=keys_dir, error=exc.strerror)) from None
    with _creation_lock(keys_dir):
        key = _load(keys_dir, device_id)  # another process may have made it meanwhile
        if key is not None:
            return key
        _move_aside(keys_dir)
        return _create(keys_dir, device_id)


def previous(data_dir: Path, device_id: str) -> DeviceKey | None:
    """The key of a device this data directory was before it was copied to this computer
    (kept aside as *.old-<device id>), or None when it is gone."""
    keys_dir = data_dir / KEY_DIR
    for info_path in sorted(keys_dir.glob(f"{INFO_NAME}.old-*")):
        info = _read_info(info_path)
        if not info or info.get("device_id") != device_id:
            continue
        pem_path = keys_dir / (PRIVATE_NAME + info_path.name[len(INFO_NAME):])
        try:
            private = serialization.load_pem_private_key(pem_path.read_bytes(), password=None)
        except (OSError, ValueError, TypeError):
            continue
        if isinstance(private, Ed25519PrivateKey):
            key = DeviceKey(device_id, private)
            if info.get("public_key") == key.public_b64:
                return key
    return None


def existing(data_dir: Path, device_id: str) -> DeviceKey | None:
    """This computer's key if one was made, without making one."""
    return _load(data_dir / KEY_DIR, device_id)


# ---- internals ----

def own_fingerprint(data_dir: Path | None, device_id: str) -> str:
    """This device's key fingerprint for a screen, or "" when it cannot be read."""
    if data_dir is None:
        return ""
    try:
        return load_or_create(data_dir, device_id).fingerprint
    except (UserError, OSError, ValueError):
        return ""


def _load(keys_dir: Path, device_id: str) -> DeviceKey | None:
    """The saved key if it was made for `device_id`; None when there is none for it."""
    pem_path, info_path = keys_dir / PRIVATE_NAME, keys_dir / INFO_NAME
    info = _read_info(info_path)
    if info is None or info.get("device_id") != device_id:
        return None  # no key yet, or one made for another device: the caller makes one
    try:
        pem = pem_path.read_bytes()
    except FileNotFoundError:
        raise UserError(
            KEY_MISSING(path=pem_path, info=INFO_NAME)) from None
    except OSError as exc:
        raise UserError(KEY_UNREADABLE(path=pem_path, error=exc.strerror)) from None
    try:
        private = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        private = None
    if not isinstance(private, Ed25519PrivateKey):
        raise UserError(KEY_DAMAGED(path=pem_path))
    key = DeviceKey(device_id, private)
    if info.get("public_key") != key.public_b64:
        raise UserError(KEY_MISMATCH(path=pem_path, info=INFO_NAME))
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if pem_path.stat().st_mode & 0o077:
                os.chmod(pem_path, 0o600)
    return key


def _read_info(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}  # unreadable: treated as made for another device (moved aside)
    return data if isinstance(data, dict) else {}


def _create(keys_dir: Path, device_id: str) -> DeviceKey:
    key = DeviceKey(device_id, Ed25519PrivateKey.generate())
    pem = key.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    info = {"device_id": device_id, "public_key": key.public_b64,
            "fingerprint": key.fingerprint,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds")}
    # The private key lands first: device.json naming this device is the commit point.
    _write_private(keys_dir / PRIVATE_NAME, pem)
    _write_private(keys_dir / INFO_NAME,
                   (json.dumps(info, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    fsync_dir(keys_dir)
    return key


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _move_aside(keys_dir: Path) -> None:
    """Keep a previous key pair (another device's) as *.old-<its device id>."""
    pem_path, info_path = keys_dir / PRIVATE_NAME, keys_dir / INFO_NAME
    info = _read_info(info_path) or {}
    old = info.get("device_id")
    tag = re.sub(r"[^A-Za-z0-9._-]", "_", old) if isinstance(old, str) and old else "unknown"
    for path in (pem_path, info_path):
        if not path.exists():
            continue
        target = path.with_name(f"{path.name}.old-{tag}")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{path.name}.old-{tag}-{n}")
        os.replace(path, target)


@contextlib.contextmanager
def _creation_lock(keys_dir: Path) -> Iterator[None]:
    """Only one process makes (or replaces) the key; a crashed holder's lock goes stale."""
    lock = keys_dir / LOCK_NAME
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            try:
                age = time.time() - lock.stat().st_mtime
            except FileNotFoundError:
                continue
            if age > LOCK_STALE_S:
                with contextlib.suppress(FileNotFoundError):
                    lock.unlink()
                continue
            if time.monotonic() > deadline:
                raise UserError(KEY_BEING_MADE(path=lock)) from None
            time.sleep(0.05)
    os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()
