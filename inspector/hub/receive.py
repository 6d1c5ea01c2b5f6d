"""A pushed package on the hub: verified by the same reader as a file import, checked by the
same rules (sync.rules: authorship proven by signatures, roles, clock, pseudo devices'
records, references), then applied in one PostgreSQL transaction under the apply lock.

What is applied is the join of `db.add_versions`; the package's bytes are kept (content-
addressed) so that laptops pulling receive exactly what its signer made. The checks that
read the hub's state run inside the locked transaction: two pushes racing cannot both be
judged against a state that neither of them sees.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from ..store import versions as vs
from ..store.store import to_json
from ..sync import authorship, keys, pseudo, rules
from ..sync import receive as sync_receive
from ..sync.package import VerifiedPackage, open_package
from . import db
from .blobs import Blobs
from .limits import MAX_RECORDS

NOT_THE_SENDER = QT_TRANSLATE_NOOP(
    "hub.not_the_sender",
    "{source}: the package is signed by device {signer}, not by the device that sent it ({sender})"
    " — a laptop pushes only its own packages")
HISTORY_REWRITTEN = QT_TRANSLATE_NOOP(
    "hub.history_rewritten",
    "{source}: the history of device {device} was rewritten after package {file} (applied "
    "{date}): its audit log no longer holds row {seq} as that package showed it — refused by "
    "the hub; if that laptop was restored from a backup, its hub's admin runs 'inspector hub "
    "devices reset-history {fingerprint}'")
RECORDS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "hub.records_too_large",
    "{source}: its {entry} is {size} bytes, more than this hub reads into memory ({limit}, "
    "'hub serve --max-records'): import the package from its file on a supervisor's laptop")
PHOTO_NOT_ITS_NAME = QT_TRANSLATE_NOOP(
    "hub.photo_not_its_name", "{source}: photo {sha} is not the photo its name says")


@dataclass(frozen=True)
class Sender:
    """The device whose signed request brought the package, as the hub trusts it."""
    device_id: str
    fingerprint: str
    role: str


@dataclass(frozen=True)
class Outcome:
    status: str  # "applied" or "already"
    seq: int
    sha256: str
    versions: int  # in the package
    new: int  # versions new to the hub
    photos: int


def receive(conn: db.Conn, blobs: Blobs, path: Path, sender: Sender,
            source: str = "package", max_records: int = MAX_RECORDS) -> Outcome:
    """Verify, check and apply the package file `path`; rules.Refused / PackageError (a
    UserError) when it is refused, the database then as it was."""
    with tempfile.TemporaryDirectory(prefix="hub-package-") as tmp:
        pkg = open_package(path, extract_dir=Path(tmp))
        with pkg:
            sha = pkg.file_sha256
            done = db.package(conn, sha)
            if done is not None:
                return Outcome("already", int(done["seq"]), sha, int(done["records"]), 0,
                               int(done["photos"]))
            manifest = pkg.manifest
            public = str(manifest.get("public_key", ""))
            try:
                fingerprint = keys.fingerprint_of(keys.public_from_b64(public))
            except ValueError:
                raise rules.Refused(sync_receive.NO_SIGNER(source=source)) from None
            if fingerprint != sender.fingerprint or pkg.device_id != sender.device_id:
                raise rules.Refused(NOT_THE_SENDER(source=source, signer=pkg.device_id[:8],
                                                   sender=sender.device_id[:8]))
            records = sync_receive.RECORDS
            if records in pkg.names and (size := pkg.entry(records).size) > max_records:
                raise rules.Refused(RECORDS_TOO_LARGE(
                    source=source, entry=records, size=f"{size:,}", limit=f"{max_records:,}"))
            versions = rules.parse_records(source, sync_receive.entry_text(pkg, records))
            photo_meta = sync_receive.photo_meta_of(source, sync_receive.entry_text(
                pkg, sync_receive.PHOTOS))
            for needed in (authorship.ENTRY, sync_receive.HISTORY):
                if needed not in pkg.names:
                    raise rules.Refused(sync_receive.MADE_BY_OLDER_VERSION(
                        source=source, entry=needed))
            try:
                certs = authorship.parse(sync_receive.entry_text(pkg, authorship.ENTRY))
            except ValueError as exc:
                raise rules.Refused(sync_receive.BAD_CERTIFICATES(
                    source=source, entry=authorship.ENTRY, detail=exc)) from None
            photos = _photo_files(pkg, source, photo_meta)
            # The files first (content-addressed, so a copy left by a refused package is
            # harmless), then the rows that point at them, in one transaction.
            for file, _original, kept_as in photos.values():
                blobs.put("photos", kept_as, file)
            blobs.put("packages", sha, path)
            with db.apply_lock(conn):
                if (done := db.package(conn, sha)) is not None:  # pushed meanwhile
                    return Outcome("already", int(done["seq"]), sha, int(done["records"]), 0,
                                   int(done["photos"]))
                proven, vouched = _check(conn, source, sender, public, versions, certs,
                                         photo_meta, pkg)
                checkpoints = _history(conn, pkg, source, sender, fingerprint)
                seq = db.add_package(conn, {
                    "sha256": sha, "device_id": sender.device_id, "fingerprint": fingerprint,
                    "role": sender.role, "inspector": str(manifest.get("inspector") or ""),
                    "size": path.stat().st_size, "records": len(proven),
                    "photos": len(photo_meta)})
                used = {v.cert for v in proven if v.cert}
                db.keep_certificates(conn, [(c.id, c.device_id, c.inspector, c.public_key,
                                             c.digests, c.signature)
                                            for c in certs if c.id in used])
                new = db.add_versions(conn, seq, [_row(v) for v in proven])
                db.set_new_versions(conn, seq, new)
                for sha_photo, meta in photo_meta.items():
                    db.add_photo(conn, seq, sha_photo, str(meta.get("ext", "jpg")),
                                 bool(meta.get("original_present")),
                                 json.dumps(meta, ensure_ascii=False, sort_keys=True))
                db.add_heads(conn, seq, sender.device_id, checkpoints)
                db.add_vouched(conn, seq, {c.device_id: c.public_key for c in certs
                                           if c.device_id in vouched and c.id in used})
                db.add_audit(conn, seq, sha, sender.device_id)
            return Outcome("applied", seq, sha, len(proven), new, len(photo_meta))


def _history(conn: db.Conn, pkg: Any, source: str, sender: Sender, fingerprint: str
             ) -> dict[int, str]:
    """The sender's audit chain as this package vouches for it, checked against what its
    packages applied here vouched for (rules.check_history); its checkpoints to keep."""
    head, checkpoints = sync_receive.read_history(
        source, sync_receive.entry_text(pkg, sync_receive.HISTORY), sender.device_id)
    try:
        rules.check_history(source, sender.device_id, fingerprint, head, checkpoints,
                            db.heads_seen(conn, sender.device_id))
    except rules.Refused as exc:  # the same words, with the hub admin's command
        fields = exc.msg.fields if exc.msg is not None else {}
        raise rules.Refused(HISTORY_REWRITTEN(**fields)) from None
    return checkpoints


def _photo_files(pkg: Any, source: str, photo_meta: dict[str, dict[str, Any]]
                 ) -> dict[str, tuple[Path, bool, str]]:
    """Each listed photo's checked file in the package, and the name it is kept under:
    the original by its hash, a display-size copy as `<sha>.display.jpg`."""
    out = {}
    for sha, meta in photo_meta.items():
        original = bool(meta.get("original_present"))
        name = f"photos/{sha}.{meta.get('ext')}" if original else f"photos/{sha}.display.jpg"
        if name not in pkg.names:
            raise rules.Refused(sync_receive.PHOTO_FILE_MISSING(source=source, sha=sha[:12]))
        if original and pkg.entry(name).sha256 != sha:
            raise rules.Refused(PHOTO_NOT_ITS_NAME(source=source, sha=sha[:12]))
        out[sha] = (pkg.path_of(name), original, sha if original else f"{sha}.display.jpg")
    return out


def _check(conn: db.Conn, source: str, sender: Sender, public: str,
           versions: list[vs.Version], certs: list[authorship.Certificate],
           photo_meta: dict[str, dict[str, Any]], pkg: VerifiedPackage
           ) -> tuple[list[vs.Version], set[str]]:
    """The rules a supervisor's import applies, judged against the hub's state; the
    versions proven, and the supervisors the package vouches for whose work it relays."""
    signer = rules.DeviceRole(sender.device_id, sender.role, True)
    proven = rules.check_authorship(source, signer, public, versions, certs,
                                    lambda device: db.keys_of(conn, device))
    pseudo.check(source, proven, lambda form_id, version: db.form_row(conn, form_id, version))
    rules.check_clock(source, proven)
    trusted = db.roles(conn)
    roles = {d: rules.DeviceRole(d, r, True) for d, r in trusted.items()}
    vouched = sync_receive.vouched(source, pkg, signer, certs, trusted.__contains__)
    roles.update({d: rules.DeviceRole(d, "supervisor", True) for d in vouched})

    base_of = sync_receive.base_finder(
        proven, lambda t, r, v: db.version_data(conn, t, r, v))

    rules.check_roles(source, signer, proven, roles,
                      lambda table, rid: db.record(conn, table, rid), base_of)
    rules.check_references(
        source, proven,
        have_form=lambda key: db.record(conn, "forms", key) is not None,
        have_photo=lambda sha: sha in photo_meta or db.has_photo(conn, sha))
    return proven, vouched


def _row(v: vs.Version) -> db.VersionRow:
    base = v.data.get("base")
    return db.VersionRow(v.table, v.record_id, v.version, v.device, v.digest,
                         str(base) if base else None, v.text or to_json(v.data), v.cert)
