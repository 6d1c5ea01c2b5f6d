"""A trusted package's content, read and checked against every rule before it is applied.

What the signatures prove (authorship), the pseudo devices' records, the sender's audit
history, roles, the clock, photos and references: any failure refuses the package with
one line, before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from ..store import Store, certificates, heads, photo_rows
from ..store import device as devices
from ..store import versions as vs
from . import authorship, keys, preflight, pseudo, rules
from .package import VerifiedPackage

OWN_PACKAGE = QT_TRANSLATE_NOOP(
    "sync.own_package",
    "{source}: this package was made on this computer")
NO_ENTRY = QT_TRANSLATE_NOOP("sync.no_entry", "{file}: the package has no {entry}")
ENTRY_TOO_LARGE = QT_TRANSLATE_NOOP("sync.entry_too_large", "{file}: {entry} is too large")
NO_SIGNER = QT_TRANSLATE_NOOP(
    "sync.no_signer",
    "{source}: the package does not say which device made it")
MADE_BY_OLDER_VERSION = QT_TRANSLATE_NOOP(
    "sync.made_by_older_version",
    "{source}: the package has no {entry} — it was made by an older version of inspector; update "
    "inspector on the sending computer and export again")
BAD_CERTIFICATES = QT_TRANSLATE_NOOP("sync.bad_certificates", "{source}: {entry} {detail}")
ENTRY_DAMAGED = QT_TRANSLATE_NOOP("sync.entry_damaged", "{source}: {entry} is damaged")
PHOTO_FILE_MISSING = QT_TRANSLATE_NOOP(
    "sync.photo_file_missing",
    "{source}: photo {sha} is listed but its file is missing")
NOT_UTF8 = QT_TRANSLATE_NOOP("sync.not_utf8", "{file}: {entry} is not UTF-8 text")

RECORDS = "records.jsonl"
PHOTOS = "photos.json"
HISTORY = "history.json"
ROLES = "roles.json"  # in a supervisor's package: the supervisors it trusts
MAX_JSON = 1 << 30  # 1 GB of records is ~2 million versions: far beyond a city's round


def signer_of(store: Store, manifest: dict[str, Any], source: str) -> tuple[str, str, str, str]:
    try:
        device_id = str(manifest["device_id"])
        public = str(manifest["public_key"])
        fingerprint = keys.fingerprint_of(keys.public_from_b64(public))
        inspector = str(manifest.get("inspector", ""))
    except (KeyError, ValueError, TypeError):
        raise rules.Refused(NO_SIGNER(source=source)) \
            from None
    if device_id == store.device_id:
        raise rules.Refused(OWN_PACKAGE(source=source))
    return device_id, public, fingerprint, inspector


@dataclass
class Received:
    """A trusted package's content, every rule checked, ready to apply."""
    versions: list[vs.Version]
    photo_meta: dict[str, dict[str, Any]]
    certificates: list[certificates.StoredCertificate]  # those that prove a version here
    # (device, key, fingerprint, inspector, role): devices first known from a supervisor's
    # relay — as inspectors, or as supervisors when the relaying supervisor says so
    authors: list[tuple[str, str, str, str, str]]
    checkpoints: dict[int, str]  # the signer's audit chain as the package vouches for it


def received(store: Store, pkg: VerifiedPackage, signer: rules.DeviceRole,
              public: str) -> Received:
    """Read the package's records, certificates and history, and check every rule: the
    authorship the signatures prove, pseudo devices' records, the sender's history,
    roles, clock, photos and references. Refused → nothing was written."""
    source = pkg.path.name
    versions = rules.parse_records(source, entry_text(pkg, RECORDS))
    photo_meta = photo_meta_of(source, entry_text(pkg, PHOTOS))
    for needed in (authorship.ENTRY, HISTORY):
        if needed not in pkg.names:
            raise rules.Refused(MADE_BY_OLDER_VERSION(source=source, entry=needed))
    try:
        certs = authorship.parse(entry_text(pkg, authorship.ENTRY))
    except ValueError as exc:
        raise rules.Refused(BAD_CERTIFICATES(
            source=source, entry=authorship.ENTRY, detail=exc)) from None

    mine = keys.existing(store.data_dir, store.device_id) if store.data_dir else None

    def known_keys(device: str) -> list[str]:
        found = devices.keys_of(store.db, device)
        if device == store.device_id:  # our own versions sent back: signed by our key(s)
            return [mine.public_b64, *found] if mine is not None else \
                ["(this computer has no key yet)", *found]
        return found

    fingerprint = keys.fingerprint_of(keys.public_from_b64(public))
    try:
        versions = rules.check_authorship(source, signer, public, versions, certs,
                                          known_keys)
        pseudo.check(source, versions, store.registered_form)
        head, checkpoints = read_history(source, entry_text(pkg, HISTORY), signer.device_id)
        rules.check_history(source, signer.device_id, fingerprint, head, checkpoints,
                            heads.seen(store, signer.device_id))
        supervisors = _vouched(store, pkg, signer, certs)
        _check(store, source, versions, photo_meta, set(pkg.names), signer, supervisors)
    except rules.RoleRefused:
        # A supervisor's work from a device trusted as an inspector's: say how to change
        # the trust, rather than which record an inspector may not send.
        if signer.role != "inspector" or preflight.claimed_role(pkg.manifest) != "supervisor":
            raise
        raise preflight.TrustedAsInspector(source, signer.device_id, fingerprint, str(
            pkg.manifest.get("inspector") or "")) from None
    used = {v.cert for v in versions if v.cert}
    kept = [certificates.StoredCertificate(c.id, c.device_id, c.inspector, c.public_key,
                                           c.digests, c.signature)
            for c in certs if c.id in used]
    authors = [(c.device_id, c.public_key, keys.fingerprint_of(keys.public_from_b64(
        c.public_key)), c.inspector, "supervisor" if c.device_id in supervisors else "inspector")
        for c in certs if c.id in used and c.device_id != signer.device_id
        and (not known_keys(c.device_id) or c.device_id in supervisors)]
    return Received(versions, photo_meta, kept, authors, checkpoints)


def _vouched(store: Store, pkg: VerifiedPackage, signer: rules.DeviceRole,
             certs: list[authorship.Certificate]) -> set[str]:
    """Devices this trusted supervisor's package says are supervisors too (roles.json),
    whose work it passes on: their reviews count as a supervisor's here unless this
    computer trusts them itself — and only by the key the supervisor names."""
    def trusted_here(device_id: str) -> bool:
        known = devices.find(store.db, device_id)
        return device_id == store.device_id or (known is not None and bool(known["trusted"]))

    return vouched(pkg.path.name, pkg, signer, certs, trusted_here)


def vouched(source: str, pkg: VerifiedPackage, signer: rules.DeviceRole,
            certs: Sequence[authorship.Certificate],
            trusted_here: Callable[[str], bool]) -> set[str]:
    """The authors of `certs` that roles.json, in a package signed by a supervisor, names
    as supervisors by the key they signed with, leaving out the devices the receiver
    trusts itself (its own word on them stands): a laptop's rule, and the hub's."""
    if signer.role != "supervisor" or ROLES not in pkg.names:
        return set()
    try:
        named = {str(d): str(k) for d, k in json.loads(entry_text(pkg, ROLES))["supervisors"]}
    except (ValueError, KeyError, TypeError):
        raise rules.Refused(ENTRY_DAMAGED(source=source, entry=ROLES)) from None
    return {c.device_id for c in certs
            if named.get(c.device_id) == c.public_key and not trusted_here(c.device_id)}


def supervisors_entry(store: Store) -> bytes:
    """roles.json, in a supervisor's package: the supervisors it trusts, by key."""
    named = [[str(d["device_id"]), str(d["public_key"])] for d in devices.all_devices(store.db)
             if d["role"] == "supervisor" and d["trusted"] and d["public_key"]]
    return json.dumps({"supervisors": named}).encode("utf-8")


def read_history(source: str, raw: str, device_id: str
                  ) -> tuple[tuple[int, str], dict[int, str]]:
    try:
        data = json.loads(raw)
        if data["device_id"] != device_id:
            raise ValueError("another device's history")
        head = (int(data["head"][0]), str(data["head"][1]))
        checkpoints = {int(seq): str(h) for seq, h in data["checkpoints"]}
    except (ValueError, KeyError, TypeError, IndexError):
        raise rules.Refused(ENTRY_DAMAGED(source=source, entry=HISTORY)) from None
    return head, checkpoints


def photo_meta_of(source: str, raw: str) -> dict[str, dict[str, Any]]:
    try:
        items = json.loads(raw)
        return {str(m["sha256"]): dict(m) for m in items}
    except (ValueError, KeyError, TypeError):
        raise rules.Refused(ENTRY_DAMAGED(source=source, entry=PHOTOS)) from None


def _check(store: Store, source: str, versions: list[vs.Version],
           photo_meta: dict[str, dict[str, Any]], names: set[str],
           signer: rules.DeviceRole, supervisors: set[str]) -> None:
    rules.check_clock(source, versions)
    roles = {str(d["device_id"]): rules.DeviceRole(str(d["device_id"]), str(d["role"]),
                                                   bool(d["trusted"]))
             for d in devices.all_devices(store.db)}
    roles.update({d: rules.DeviceRole(d, "supervisor", True) for d in supervisors})
    rules.check_roles(source, signer, versions, roles, _lookup(store, versions),
                      base_finder(versions, lambda t, r, v: vs.version_data(store, t, r, v)))
    for sha, meta in photo_meta.items():
        expected = (f"photos/{sha}.{meta.get('ext')}" if meta.get("original_present")
                    else f"photos/{sha}.display.jpg")
        if expected not in names:
            raise rules.Refused(PHOTO_FILE_MISSING(source=source, sha=sha[:12]))
    rules.check_references(
        source, versions,
        have_form=lambda key: store.get("forms", key) is not None,
        have_photo=lambda sha: sha in photo_meta or photo_rows.photo(store, sha) is not None)


def _lookup(store: Store, versions: list[vs.Version]) -> rules.Lookup:
    """store.get for the records the package touches and the inspections its parts belong
    to, read in batches up front (check_roles asks for each, often twice)."""
    wanted: dict[str, set[str]] = {}
    for v in versions:
        wanted.setdefault(v.table, set()).add(v.record_id)
        if "inspection_id" in v.data:
            wanted.setdefault("inspections", set()).add(str(v.data["inspection_id"]))
    held = {t: vs.current_rows(store, t, ids) for t, ids in wanted.items()}

    def current(table: str, record_id: str) -> dict[str, Any] | None:
        if table in held and record_id in wanted.get(table, ()):
            return held[table].get(record_id)
        return store.get(table, record_id)
    return current


def entry_text(pkg: VerifiedPackage, name: str) -> str:
    if name not in pkg.names:
        raise rules.Refused(NO_ENTRY(file=pkg.path.name, entry=name))
    if pkg.entry(name).size > MAX_JSON:
        raise rules.Refused(ENTRY_TOO_LARGE(file=pkg.path.name, entry=name))
    try:
        return pkg.path_of(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise rules.Refused(NOT_UTF8(file=pkg.path.name, entry=name)) from None


def base_finder(versions: Sequence[vs.Version],
                stored: Callable[[str, str, str], dict[str, Any] | None]
                ) -> Callable[[vs.Version], dict[str, Any] | None]:
    """The version an edit was made from: as stored here (`stored(table, record, version)`),
    else arriving in the same package."""
    def base_of(v: vs.Version) -> dict[str, Any] | None:
        base = v.data.get("base")
        if not base:
            return None
        return stored(v.table, v.record_id, str(base)) or next(
            (o.data for o in versions if o.table == v.table and o.record_id == v.record_id
             and o.version == base), None)
    return base_of
