"""Trust like SSH: which keys this computer takes packages from, and packages held.

A key is trusted by a supervisor, as an inspector's or a supervisor's device, after
comparing its fingerprint with the one the laptop shows. A package signed by any other key
is held — and the key is held beside the trusted ones, never in their place: an unknown key
claiming a known device's id cannot block that device, several keys claiming one id wait
side by side, and the supervisor trusts the right one and refuses the others.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store, heads, packages
from ..store import device as devices

HELD_NEEDS_DATA_DIR = QT_TRANSLATE_NOOP(
    "sync.held_needs_data_dir",
    "held packages need a data directory on disk")
NO_SUCH_DEVICE = QT_TRANSLATE_NOOP(
    "sync.no_such_device",
    "no device with fingerprint '{fingerprint}' (inspector devices list)")
SEVERAL_DEVICES = QT_TRANSLATE_NOOP(
    "sync.several_devices",
    "{n} devices have a fingerprint starting '{fingerprint}'; give more of it (inspector devices "
    "list)")
BAD_ROLE = QT_TRANSLATE_NOOP("sync.bad_role", "--role must be one of {roles}")
NOT_TRUSTED_YET = QT_TRANSLATE_NOOP(
    "sync.not_trusted_yet",
    "device {device} is not trusted yet: trust it first (inspector devices trust FINGERPRINT "
    "--role inspector)")

if TYPE_CHECKING:
    from .exchange import ImportResult

UNKNOWN = "unknown device"  # why a package is held: no trusted key for its device yet
NEW_KEY = "new key"  # its device is trusted with another key
SEVERAL = "several keys"  # another untrusted key claims the same device id


@dataclass(frozen=True)
class Standing:
    """What this computer does with a package from (device, key): apply it as `role`, or
    hold it because of `held`."""
    role: str = ""
    held: str = ""
    trusted_fingerprint: str = ""  # with NEW_KEY: the key that is trusted for the device


def standing(store: Store, device_id: str, public: str, fingerprint: str,
             trust_new: bool) -> Standing:
    known = devices.find(store.db, device_id)
    if known is not None and known["public_key"] != public:
        return Standing(held=NEW_KEY, trusted_fingerprint=str(known["fingerprint"] or ""))
    if known is not None and known["trusted"]:
        return Standing(role=str(known["role"]))
    rivals = [k for k in devices.held_for_device(store.db, device_id)
              if k["fingerprint"] != fingerprint]
    if rivals:
        return Standing(held=SEVERAL)
    # Unknown, or known only as the author of versions a supervisor passed on: --trust-new
    # (a scripted set-up) takes it as an inspector's.
    return Standing(role="inspector") if trust_new else Standing(held=UNKNOWN)


def held_dir(store: Store) -> Path:
    if store.data_dir is None:
        raise UserError(HELD_NEEDS_DATA_DIR())
    return store.data_dir / "sync" / "held"


def held_path(store: Store, package: packages.Package) -> Path:
    """Where a held package's copy is: under its hash, by the name it came with (so what
    is said of it, once trusted, names the file the supervisor imported); a copy held
    before names were kept is `<sha>.pkg`."""
    folder = held_dir(store) / package.sha256
    named = folder / (Path(package.file_name).name or "package.pkg")
    return named if named.exists() else held_dir(store) / f"{package.sha256}.pkg"


def drop_held_copy(store: Store, package: packages.Package) -> None:
    with contextlib.suppress(OSError):
        held_path(store, package).unlink()
    with contextlib.suppress(OSError):
        (held_dir(store) / package.sha256).rmdir()


def hold(store: Store, path: Path, sha: str, device_id: str, public: str, fingerprint: str,
         inspector: str, claimed_role: str = "") -> None:
    """Keep a copy of the package and its key until a supervisor decides."""
    folder = held_dir(store) / sha
    folder.mkdir(parents=True, exist_ok=True)
    for before in folder.iterdir():  # held again under another name: the newest is kept
        if before.name != path.name:
            before.unlink()
    shutil.copyfile(path, folder / (path.name or "package.pkg"))
    with store.transaction():
        devices.hold_key(store.db, fingerprint, device_id, public, inspector, claimed_role)
        packages.record_held(store, sha256=sha, device_id=device_id, file_name=path.name,
                             fingerprint=fingerprint)


def _one(store: Store, fingerprint: str) -> tuple[str, dict[str, Any]]:
    """The key `fingerprint` (or a prefix of it) names: ("held", row) or ("device", row)."""
    held = devices.held_by_fingerprint(store.db, fingerprint)
    keys = {str(k["fingerprint"]) for k in held}  # a held key may be known already (from a
    # supervisor's package): it is the held one that waits for a decision
    known = [d for d in devices.by_fingerprint(store.db, fingerprint)
             if not d["this_device"] and str(d["fingerprint"]) not in keys]
    found = [("held", dict(k)) for k in held] + [("device", dict(d)) for d in known]
    if not found:
        raise UserError(NO_SUCH_DEVICE(fingerprint=fingerprint))
    if len(found) > 1:
        raise UserError(SEVERAL_DEVICES(n=len(found), fingerprint=fingerprint))
    return found[0]


def trust_device(store: Store, fingerprint: str, role: str, *, confirmed: bool = False
                 ) -> tuple[dict[str, Any], list[ImportResult]]:
    """Trust a key as an inspector's or a supervisor's device — replacing the key trusted
    for that device before, if any — then apply the packages held for it (`confirmed`:
    even one that would make many conflicts, preflight.check)."""
    from .exchange import ImportResult, import_package
    from .package import PackageError
    from .rules import Refused

    if role not in devices.ROLES:
        raise UserError(BAD_ROLE(roles=', '.join(devices.ROLES)))
    kind, row = _one(store, fingerprint)
    device_id = str(row["device_id"])
    replaced = None
    with store.transaction():
        if kind == "held":
            before = devices.find(store.db, device_id)
            if before is not None and before["public_key"] != row["public_key"]:
                replaced = str(before["fingerprint"] or "")
                devices.retire_key(store.db, device_id, str(before["public_key"]))
            devices.remember(store.db, device_id, str(row["public_key"]),
                             str(row["fingerprint"]), str(row["inspector"]), role, True)
            devices.drop_held_key(store.db, str(row["fingerprint"]))
        else:
            devices.trust(store.db, device_id, role)
        store._audit("trust", "devices", device_id, None,
                     {"role": role, "fingerprint": row["fingerprint"], "replaced": replaced})
    applied = []
    for package in packages.held(store, str(row["fingerprint"])):
        held = held_path(store, package)
        if held.exists():
            try:
                applied.append(import_package(store, held, confirmed=confirmed))
            except (PackageError, Refused) as exc:
                packages.set_status(store, package.sha256, "refused")
                applied.append(ImportResult(held, "refused", device_id, str(row["fingerprint"]),
                                            str(row["inspector"]), refusal=exc))
            drop_held_copy(store, package)
    dev = devices.find(store.db, device_id) or row
    return {**dev, "replaced": replaced}, applied


def refuse_device(store: Store, fingerprint: str) -> tuple[dict[str, Any], int]:
    """Drop a held key and every package held for it; on a trusted device, withdraw the
    trust (its next packages are held). Returns the key's row and the packages dropped."""
    kind, row = _one(store, fingerprint)
    dropped = packages.held(store, str(row["fingerprint"]))
    with store.transaction():
        if kind == "held":
            devices.drop_held_key(store.db, str(row["fingerprint"]))
        else:
            devices.untrust(store.db, str(row["device_id"]))
        for package in dropped:
            packages.set_status(store, package.sha256, "refused")
        store._audit("refuse", "devices", str(row["device_id"]), None,
                     {"fingerprint": row["fingerprint"], "packages": len(dropped)})
    for package in dropped:
        drop_held_copy(store, package)
    return row, len(dropped)


def reset_history(store: Store, fingerprint: str) -> tuple[dict[str, Any], int]:
    """Accept that a trusted device's audit history starts again (a laptop restored from
    a backup): its next package is not compared with what earlier ones showed."""
    kind, row = _one(store, fingerprint)
    if kind == "held":
        raise UserError(NOT_TRUSTED_YET(device=str(row['device_id'])[:8]))
    with store.transaction():
        forgotten = heads.forget(store, str(row["device_id"]))
        store._audit("reset-history", "devices", str(row["device_id"]), None,
                     {"fingerprint": row["fingerprint"], "points": forgotten})
    return row, forgotten
