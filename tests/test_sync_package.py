"""Sync package format: device keys, signed packages, and every bad package refused.

Malicious archives are built by hand (zipfile on a BytesIO) and then signed with a valid
key, so that each check after the signature is actually reached.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import time
import tracemalloc
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest

from inspector.errors import UserError
from inspector.sync import keys, package
from inspector.sync.keys import DeviceKey, load_or_create
from inspector.sync.package import Limits, PackageError, open_package, write_package

SHA = "ab" * 32
PHOTO_NAME = f"photos/{SHA}.jpg"
CREATED = "2024-05-01T08:00:00+00:00"
FIELDS: dict[str, Any] = {"inspector": "张三", "created_at": CREATED,
                          "forms": [{"id": "f1", "sha256": "00" * 32}], "extra": {"since": None}}
SIG_MESSAGE = "the signature does not match — the file was changed or damaged after it was made"


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> DeviceKey:
    return load_or_create(tmp_path_factory.mktemp("dev-a"), "device-a")


@pytest.fixture(scope="module")
def other_key(tmp_path_factory: pytest.TempPathFactory) -> DeviceKey:
    return load_or_create(tmp_path_factory.mktemp("dev-b"), "device-b")


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("photo") / "photo.jpg"
    p.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    return p


def good_entries(photo: Path) -> list[tuple[str, bytes | Path]]:
    records = b"".join(json.dumps({"id": i, "site": f"site-{i % 7}", "note": "整洁"},
                                  ensure_ascii=False).encode() + b"\n" for i in range(500))
    return [("records.jsonl", records), ("photos.json", b'[{"sha256": "ab"}]'),
            (PHOTO_NAME, photo), (f"photos/{SHA}.display.jpg", b"\xff\xd8small\xff\xd9")]


@pytest.fixture
def good(tmp_path: Path, key: DeviceKey, photo: Path) -> Path:
    path = tmp_path / "s.pkg"
    write_package(path, key, FIELDS, good_entries(photo))
    return path


def refused(path: Path, fragment: str, limits: Limits | None = None) -> str:
    with pytest.raises(PackageError) as info:
        open_package(path, limits=limits or Limits())
    message = str(info.value)
    assert message.startswith(f"{path.name}: "), message
    assert fragment in message, message
    assert "\n" not in message
    return message


# ---- crafting archives by hand ----

def zinfo(name: str, deflate: bool = False, mode: int = stat.S_IFREG | 0o644
          ) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def manifest_for(key: DeviceKey, files: list[tuple[zipfile.ZipInfo | str, bytes]],
                 **overrides: Any) -> dict[str, Any]:
    entries = []
    for info, data in files:
        name = info.filename if isinstance(info, zipfile.ZipInfo) else info
        entries.append({"name": name, "size": len(data),
                        "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {"format": package.FORMAT, "device_id": key.device_id,
                "public_key": key.public_b64, "fingerprint": key.fingerprint,
                "inspector": "x", "created_at": CREATED, "forms": [], "extra": {},
                "entries": entries}
    manifest.update(overrides)
    return manifest


def craft(path: Path, key: DeviceKey, files: list[tuple[zipfile.ZipInfo | str, bytes]], *,
          manifest: dict[str, Any] | None = None, manifest_raw: bytes | None = None,
          manifest_at: int | None = 0, sign_with: DeviceKey | None = None,
          trailer: bytes = b"INSPSIG1", patch: Any = None) -> Path:
    """Zip `files` (+ a manifest at position `manifest_at`), then sign it properly."""
    raw = manifest_raw if manifest_raw is not None else json.dumps(
        manifest if manifest is not None else manifest_for(key, files)).encode()
    items: list[tuple[zipfile.ZipInfo | str, bytes]] = list(files)
    if manifest_at is not None:
        items.insert(manifest_at, (zinfo("manifest.json", deflate=True), raw))
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name"
        with zipfile.ZipFile(buf, "w") as zf:
            for info, data in items:
                zf.writestr(info, data)
    body = buf.getvalue()
    if patch is not None:
        body = patch(body)
    digest = hashlib.sha256(body).digest()
    signature = (sign_with or key).sign(b"inspector-package/1\n" + digest)
    path.write_bytes(body + trailer + signature)
    return path


# ---- keys ----

def test_key_is_made_once_with_mode_0600_and_reloaded(tmp_path: Path) -> None:
    k = load_or_create(tmp_path, "dev-1")
    pem = tmp_path / "keys" / "device_ed25519.pem"
    assert pem.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if os.name == "posix":
        assert stat.S_IMODE(pem.stat().st_mode) == 0o600
    info = json.loads((tmp_path / "keys" / "device.json").read_text())
    assert info["device_id"] == "dev-1" and info["public_key"] == k.public_b64
    again = load_or_create(tmp_path, "dev-1")
    assert again.public_bytes == k.public_bytes and len(k.public_bytes) == 32
    assert k.fingerprint.startswith("SHA256:") and len(k.fingerprint) == 7 + 43
    assert "=" not in k.fingerprint
    assert k.fingerprint_short == k.fingerprint[:23]
    assert keys.fingerprint_of(k.public_bytes) == k.fingerprint
    sig = k.sign(b"data")
    assert keys.verify_signature(k.public_bytes, sig, b"data")
    assert not keys.verify_signature(k.public_bytes, sig, b"datA")
    assert not keys.verify_signature(k.public_bytes, sig[:-1], b"data")
    assert "PRIVATE" not in repr(k)


def test_copied_data_dir_with_another_device_id_gets_a_new_key(tmp_path: Path) -> None:
    first = load_or_create(tmp_path, "dev-1")
    second = load_or_create(tmp_path, "dev-2")
    assert second.public_bytes != first.public_bytes and second.device_id == "dev-2"
    kept = tmp_path / "keys" / "device_ed25519.pem.old-dev-1"
    assert kept.exists() and (tmp_path / "keys" / "device.json.old-dev-1").exists()
    assert b"PRIVATE KEY" in kept.read_bytes()
    assert load_or_create(tmp_path, "dev-2").public_bytes == second.public_bytes


def test_damaged_or_missing_own_key_is_an_error_not_a_silent_new_key(tmp_path: Path) -> None:
    load_or_create(tmp_path, "dev-1")
    pem = tmp_path / "keys" / "device_ed25519.pem"
    pem.write_bytes(b"garbage")
    with pytest.raises(UserError, match="damaged"):
        load_or_create(tmp_path, "dev-1")
    pem.unlink()
    with pytest.raises(UserError, match="missing"):
        load_or_create(tmp_path, "dev-1")


# ---- the good path ----

def test_round_trip(tmp_path: Path, key: DeviceKey, photo: Path) -> None:
    entries = good_entries(photo)
    path = tmp_path / "s.pkg"
    digest = write_package(path, key, FIELDS, entries)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert not path.with_name("s.pkg.part").exists()
    assert path.read_bytes()[-72:-64] == b"INSPSIG1"
    with zipfile.ZipFile(path) as zf:
        assert zf.namelist()[0] == "manifest.json"
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in zf.infolist())
        kinds = {i.filename: i.compress_type for i in zf.infolist()}
        assert kinds["records.jsonl"] == zipfile.ZIP_DEFLATED
        assert kinds[PHOTO_NAME] == zipfile.ZIP_STORED
    with open_package(path) as pkg:
        assert pkg.file_sha256 == digest
        assert pkg.names == tuple(name for name, _ in entries)
        m = pkg.manifest
        assert m["format"] == "inspector-package/1" and m["device_id"] == "device-a"
        assert m["public_key"] == key.public_b64 and m["fingerprint"] == key.fingerprint
        assert (m["inspector"], m["created_at"], m["forms"], m["extra"]) == (
            FIELDS["inspector"], CREATED, FIELDS["forms"], FIELDS["extra"])
        assert pkg.public_key == key.public_bytes and pkg.device_id == "device-a"
        assert pkg.entry(PHOTO_NAME).size == photo.stat().st_size
        assert pkg.read_bytes("records.jsonl", 1 << 20) == entries[0][1]
        pkg.extract(PHOTO_NAME, tmp_path / "out.jpg")
        assert (tmp_path / "out.jpg").read_bytes() == photo.read_bytes()
        with pytest.raises(PackageError, match="more than the 10 bytes allowed"):
            pkg.read_bytes("records.jsonl", 10)
        with pytest.raises(ValueError):
            pkg.path_of(PHOTO_NAME)


def test_extract_dir_gets_every_checked_entry_and_is_cleaned(tmp_path: Path, good: Path,
                                                             photo: Path) -> None:
    work = tmp_path / "staging"
    work.mkdir()
    seen: list[tuple[int, int]] = []
    with open_package(good, extract_dir=work, progress=lambda d, t: seen.append((d, t))) as pkg:
        assert pkg.path_of(PHOTO_NAME).read_bytes() == photo.read_bytes()
        assert pkg.path_of("photos.json").read_bytes() == b'[{"sha256": "ab"}]'
        assert pkg.temp_dir is not None and pkg.temp_dir.parent == work
        taken = tmp_path / "taken.jpg"
        os.replace(pkg.path_of(PHOTO_NAME), taken)  # the caller moves what it keeps
    assert list(work.iterdir()) == []
    assert taken.exists()
    assert seen and seen[-1][0] == seen[-1][1]


def test_same_inputs_give_byte_identical_files(tmp_path: Path, key: DeviceKey,
                                               photo: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = write_package(tmp_path / "a" / "x.pkg", key, FIELDS, good_entries(photo))
    as_bytes = [(n, s.read_bytes() if isinstance(s, Path) else s)
                for n, s in good_entries(photo)]
    two = write_package(tmp_path / "b" / "y.pkg", key, FIELDS, as_bytes)
    assert one == two
    assert (tmp_path / "a" / "x.pkg").read_bytes() == (tmp_path / "b" / "y.pkg").read_bytes()


def test_verify_package_summary(good: Path, key: DeviceKey, photo: Path) -> None:
    summary = package.verify_package(good)
    assert summary["device_id"] == "device-a"
    assert summary["fingerprint"] == key.fingerprint
    assert summary["fingerprint_short"] == key.fingerprint_short
    assert summary["inspector"] == "张三" and summary["created_at"] == CREATED
    assert summary["file_sha256"] == hashlib.sha256(good.read_bytes()).hexdigest()
    assert summary["counts"] == {"data": 2, "photo_original": 1, "photo_display": 1}
    assert summary["sizes"]["photo_original"] == photo.stat().st_size
    assert summary["entries"] == 4
    json.dumps(summary)


def test_a_failed_write_leaves_no_file(tmp_path: Path, key: DeviceKey) -> None:
    target = tmp_path / "s.pkg"
    for bad in ("../x", "/abs", "a\\b", "", "manifest.json", "dir/"):
        with pytest.raises(ValueError):
            write_package(target, key, FIELDS, [(bad, b"x")])
    with pytest.raises(ValueError, match="twice"):
        write_package(target, key, FIELDS, [("a.json", b"1"), ("A.json", b"2")])
    with pytest.raises(ValueError, match="not allowed"):
        write_package(target, key, {"format": "x"}, [])
    with pytest.raises(FileNotFoundError):
        write_package(target, key, FIELDS, [("p.jpg", tmp_path / "nope.jpg")])
    assert list(tmp_path.iterdir()) == []


# ---- truncated, changed, unsigned ----

@pytest.mark.parametrize(("cut", "fragment"), [
    (0, "too short to be a sync package (0 bytes)"),
    (10, "too short to be a sync package"),
    (100, "too short to be a sync package"),
    ("half", "the package has no signature — the file is incomplete"),
    (-72, "the package has no signature — the file is incomplete"),
    (-40, "the end of the file is missing — it was cut off while copying"),
    (-1, "the end of the file is missing — it was cut off while copying"),
])
def test_truncated_file(good: Path, cut: int | str, fragment: str) -> None:
    data = good.read_bytes()
    n = len(data) // 2 if cut == "half" else (cut if isinstance(cut, int) and cut >= 0
                                              else len(data) + int(cut))
    good.write_bytes(data[:n])
    refused(good, fragment)


def offsets(path: Path) -> dict[str, int]:
    data = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        info = {i.filename: i for i in zf.infolist()}
        cd = zf.start_dir
    photo_header = info[PHOTO_NAME].header_offset
    rec = info["records.jsonl"]
    rec_data = rec.header_offset + 30 + len(rec.filename) + 20
    end = len(data) - 72
    return {
        "manifest local header time": 10,
        "photo local header time": photo_header + 10,
        "photo local header crc": photo_header + 14,
        "compressed records": rec_data,
        "stored photo bytes": photo_header + 30 + len(PHOTO_NAME) + 1000,
        "central directory": cd + 20,
        "central directory name": cd + 46 + 3,
        "end of central directory": end - 22 + 12,
        "signature first byte": end + 8,
        "signature last byte": len(data) - 1,
    }


@pytest.mark.parametrize("where", [
    "manifest local header time", "photo local header time", "photo local header crc",
    "compressed records", "stored photo bytes", "central directory",
    "central directory name", "end of central directory", "signature first byte",
    "signature last byte",
])
def test_one_changed_byte_breaks_the_signature(good: Path, where: str) -> None:
    data = bytearray(good.read_bytes())
    data[offsets(good)[where]] ^= 0x01
    good.write_bytes(bytes(data))
    refused(good, SIG_MESSAGE)


def test_any_changed_byte_is_refused(tmp_path: Path, key: DeviceKey) -> None:
    path = tmp_path / "small.pkg"
    write_package(path, key, FIELDS, [("records.jsonl", b'{"a": 1}\n' * 20),
                                      (PHOTO_NAME, b"\xff\xd8" + bytes(range(200)))])
    data = path.read_bytes()
    for i in range(len(data)):
        changed = bytearray(data)
        changed[i] ^= 0x20
        path.write_bytes(bytes(changed))
        with pytest.raises(PackageError) as info:
            open_package(path).close()
        assert any(w in str(info.value) for w in ("damaged", "cut off")), (i, info.value)
        assert "\n" not in str(info.value)


def test_signed_by_another_key_than_the_manifest_names(tmp_path: Path, key: DeviceKey,
                                                       other_key: DeviceKey) -> None:
    path = craft(tmp_path / "s.pkg", key, [("photos.json", b"[]")], sign_with=other_key)
    refused(path, SIG_MESSAGE)


def test_missing_signature_trailer(tmp_path: Path, good: Path) -> None:
    plain = tmp_path / "plain.zip"
    plain.write_bytes(good.read_bytes()[:-72])
    refused(plain, "the package has no signature")
    other = tmp_path / "notes.txt"
    other.write_bytes(b"hello " * 100)
    refused(other, "this is not an inspector sync package")


def test_newer_signature_format(tmp_path: Path, key: DeviceKey) -> None:
    path = craft(tmp_path / "s.pkg", key, [("photos.json", b"[]")], trailer=b"INSPSIG2")
    refused(path, "made by a newer version of inspector (signature format 2)")


# ---- manifest ----

@pytest.mark.parametrize(("fmt", "fragment"), [
    ("inspector-package/2", "made by a newer version of inspector (format "
                            "inspector-package/2) — update inspector"),
    ("inspector-package/0", "unknown package format 'inspector-package/0'"),
    ("zip", "unknown package format 'zip'"),
    (None, "unknown package format None"),
])
def test_format_version(tmp_path: Path, key: DeviceKey, fmt: str | None, fragment: str) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [("photos.json", b"[]")]
    path = craft(tmp_path / "s.pkg", key, files, manifest=manifest_for(key, files, format=fmt))
    refused(path, fragment)


def test_manifest_not_first_missing_or_not_json(tmp_path: Path, key: DeviceKey) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [("photos.json", b"[]")]
    refused(craft(tmp_path / "a.pkg", key, files, manifest_at=1),
            "the package's first entry is not its manifest (manifest.json)")
    refused(craft(tmp_path / "b.pkg", key, files, manifest_at=None),
            "the package has no manifest (manifest.json)")
    refused(craft(tmp_path / "c.pkg", key, files, manifest_raw=b"{not json"),
            "the manifest is not valid JSON")
    refused(craft(tmp_path / "d.pkg", key, files, manifest_raw=b"[1, 2]"),
            "the manifest is not valid JSON")
    refused(craft(tmp_path / "e.pkg", key, files,
                  manifest=manifest_for(key, files, public_key="AAAA")),
            "the manifest has no valid device public key")
    refused(craft(tmp_path / "f.pkg", key, files,
                  manifest=manifest_for(key, files, fingerprint="SHA256:x")),
            "the manifest's fingerprint does not match its public key")
    refused(craft(tmp_path / "g.pkg", key, files,
                  manifest=manifest_for(key, files, entries={"a": 1})),
            "the manifest is invalid: 'entries' is not a list")
    refused(craft(tmp_path / "h.pkg", key, files,
                  manifest=manifest_for(key, files, device_id="")),
            "the manifest is invalid: no device id")
    big = Limits(max_manifest=100)
    refused(craft(tmp_path / "i.pkg", key, files), "the manifest is larger than 100 bytes",
            limits=big)


def test_second_manifest_entry(tmp_path: Path, key: DeviceKey) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [("manifest.json", b"{}")]
    path = craft(tmp_path / "s.pkg", key, files, manifest=manifest_for(key, []))
    refused(path, "entry 'manifest.json' appears more than once in the package")


# ---- entry names and types ----

@pytest.mark.parametrize(("name", "fragment"), [
    ("/etc/passwd", "entry '/etc/passwd' is an absolute path — refused"),
    ("../x", "entry '../x' points outside the package (..) — refused"),
    ("photos/../../x.jpg", "points outside the package (..)"),
    ("photos\\x.jpg", "entry 'photos\\\\x.jpg' contains a backslash — refused"),
    ("C:/x.jpg", "entry 'C:/x.jpg' starts with a drive letter — refused"),
    ("", "entry '' has an empty name — refused"),
    ("photos/", "entry 'photos/' is a directory — refused"),
    ("photos/./x.jpg", "is not a plain relative path"),
    ("photos/x.jpg:stream", "contains characters not allowed in file names"),
])
def test_bad_entry_names(tmp_path: Path, key: DeviceKey, name: str, fragment: str) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [(zinfo(name), b"data")]
    refused(craft(tmp_path / "s.pkg", key, files), fragment)


def test_bad_name_listed_only_in_the_manifest(tmp_path: Path, key: DeviceKey) -> None:
    manifest = manifest_for(key, [("../evil", b"x")])
    path = craft(tmp_path / "s.pkg", key, [], manifest=manifest)
    refused(path, "the manifest is invalid: it lists the entry name '../evil', which points "
                  "outside the package")


def test_symlink_entry(tmp_path: Path, key: DeviceKey) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        (zinfo("photos/link.jpg", mode=stat.S_IFLNK | 0o777), b"/etc/passwd")]
    refused(craft(tmp_path / "s.pkg", key, files),
            "entry 'photos/link.jpg' is a symbolic link — refused")


def test_directory_entry_by_mode(tmp_path: Path, key: DeviceKey) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        (zinfo("photos", mode=stat.S_IFDIR | 0o755), b"")]
    refused(craft(tmp_path / "s.pkg", key, files), "entry 'photos' is a directory — refused")


@pytest.mark.parametrize("second", ["photos.json", "PHOTOS.json"])
def test_duplicate_entry_names(tmp_path: Path, key: DeviceKey, second: str) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [("photos.json", b"[]"),
                                                        (second, b"[1]")]
    manifest = manifest_for(key, files[:1])
    refused(craft(tmp_path / "s.pkg", key, files, manifest=manifest),
            f"entry {second!r} appears more than once in the package — refused")


def test_entry_not_in_manifest_and_manifest_entry_missing(tmp_path: Path,
                                                          key: DeviceKey) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [("photos.json", b"[]"),
                                                        ("extra.bin", b"surprise")]
    refused(craft(tmp_path / "a.pkg", key, files, manifest=manifest_for(key, files[:1])),
            "entry 'extra.bin' is not listed in the manifest — refused")
    refused(craft(tmp_path / "b.pkg", key, files[:1], manifest=manifest_for(key, files)),
            "entry 'extra.bin' is listed in the manifest but missing from the package")


def test_entry_size_or_hash_differs_from_manifest(tmp_path: Path, key: DeviceKey) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [("records.jsonl", b'{"a": 1}\n')]
    manifest = manifest_for(key, files)
    manifest["entries"][0]["size"] += 5
    refused(craft(tmp_path / "a.pkg", key, files, manifest=manifest),
            "entry 'records.jsonl' has 9 bytes but the manifest says 14 — refused")
    manifest = manifest_for(key, files)
    manifest["entries"][0]["size"] -= 1
    refused(craft(tmp_path / "b.pkg", key, files, manifest=manifest),
            "entry 'records.jsonl' is larger than the manifest says (8 bytes) — refused")
    manifest = manifest_for(key, files)
    manifest["entries"][0]["sha256"] = "0" * 64
    refused(craft(tmp_path / "c.pkg", key, files, manifest=manifest),
            "entry 'records.jsonl' does not match its SHA-256 in the manifest — refused")


def test_damaged_entry_data_in_a_signed_archive(tmp_path: Path, key: DeviceKey) -> None:
    data = b"x" * 300

    def break_crc(body: bytes) -> bytes:  # the central directory's CRC of the entry
        with zipfile.ZipFile(io.BytesIO(body)) as zf:
            cd = zf.start_dir
            n = len(zf.infolist()[0].filename)
        second = cd + 46 + n + 0  # manifest's central record has no extra/comment
        return body[:second + 16] + b"\0\0\0\0" + body[second + 20:]

    path = craft(tmp_path / "s.pkg", key, [("photos.json", data)], patch=break_crc)
    refused(path, "entry 'photos.json' cannot be read (Bad CRC-32")


def test_overlapping_entries(tmp_path: Path, key: DeviceKey) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [("a.bin", b"A" * 100),
                                                        ("b.bin", b"A" * 100)]

    def share_data(body: bytes) -> bytes:  # b.bin's central record points at a.bin's data
        with zipfile.ZipFile(io.BytesIO(body)) as zf:
            cd, a_at = zf.start_dir, zf.getinfo("a.bin").header_offset
        b_record = cd + (46 + len("manifest.json")) + (46 + len("a.bin"))
        return body[:b_record + 42] + struct.pack("<L", a_at) + body[b_record + 46:]

    path = craft(tmp_path / "s.pkg", key, files, patch=share_data)
    refused(path, "the archive's entries overlap or are out of order — refused")


# ---- zip bombs and limits ----

BOMB_SIZE = 200 * 1024 * 1024


@pytest.fixture(scope="module")
def bomb_body() -> tuple[bytes, str]:
    """An archive whose photo entry is 200 MB of zeros deflated to ~200 KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zinfo("photos/bomb.jpg", deflate=True)
        info.file_size = BOMB_SIZE
        block = bytes(1 << 20)
        with zf.open(info, "w") as f:
            for _ in range(BOMB_SIZE >> 20):
                f.write(block)
    h = hashlib.sha256()
    for _ in range(BOMB_SIZE >> 20):
        h.update(bytes(1 << 20))
    return buf.getvalue(), h.hexdigest()


def craft_bomb(path: Path, key: DeviceKey, bomb: tuple[bytes, str], declared: int) -> Path:
    """The bomb archive with a manifest (declaring `declared` bytes) put first, signed."""
    body, sha = bomb
    with zipfile.ZipFile(io.BytesIO(body)) as src:
        bomb_info = src.infolist()[0]
        compressed = body[bomb_info.header_offset:src.start_dir]  # local header + data + DD
        bomb_central = body[src.start_dir:src.start_dir + 46 + len(bomb_info.filename)]
    manifest = manifest_for(key, [], entries=[
        {"name": "photos/bomb.jpg", "size": declared, "sha256": sha}])
    raw = json.dumps(manifest).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zinfo("manifest.json", deflate=True), raw)
    head = buf.getvalue()
    with zipfile.ZipFile(io.BytesIO(head)) as zf:
        cd = zf.start_dir
    manifest_central = head[cd:-22]
    # splice: manifest entry, bomb entry, both central records (bomb's offset moved)
    offset = cd
    moved = bomb_central[:42] + struct.pack("<L", offset) + bomb_central[46:]
    central = manifest_central + moved
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 2, 2, len(central),
                       offset + len(compressed), 0)
    archive = head[:cd] + compressed + central + eocd
    signature = key.sign(b"inspector-package/1\n" + hashlib.sha256(archive).digest())
    path.write_bytes(archive + b"INSPSIG1" + signature)
    return path


def test_zip_bomb_is_refused_by_the_ratio_while_reading(tmp_path: Path, key: DeviceKey,
                                                        bomb_body: tuple[bytes, str]) -> None:
    path = craft_bomb(tmp_path / "bomb.pkg", key, bomb_body, declared=BOMB_SIZE)
    assert path.stat().st_size < 1024 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        refused(path, "entry 'photos/bomb.jpg' expands to more than 200× its compressed size "
                      "— refused as a possible zip bomb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2.0
    assert peak < 16 * 1024 * 1024, peak


def test_zip_bomb_with_a_lying_manifest_stops_at_the_declared_size(
        tmp_path: Path, key: DeviceKey, bomb_body: tuple[bytes, str]) -> None:
    path = craft_bomb(tmp_path / "bomb.pkg", key, bomb_body, declared=1000)
    refused(path, "entry 'photos/bomb.jpg' is larger than the manifest says (1000 bytes)")


def test_zip_bomb_within_ratio_is_stopped_by_the_size_limits(
        tmp_path: Path, key: DeviceKey, bomb_body: tuple[bytes, str]) -> None:
    path = craft_bomb(tmp_path / "bomb.pkg", key, bomb_body, declared=BOMB_SIZE)
    refused(path, "entry 'photos/bomb.jpg' is 200 MB, more than the limit of 10 MB",
            limits=Limits(max_entry=10 << 20, max_ratio=10_000))
    refused(path, "the package holds 200 MB, more than the limit of 50 MB",
            limits=Limits(max_total=50 << 20, max_ratio=10_000))


def test_limits_are_counted_on_bytes_produced(tmp_path: Path, key: DeviceKey) -> None:
    data = b"".join(json.dumps({"id": hashlib.sha256(b"%d" % i).hexdigest()[:12], "ok": True,
                                "note": "cleaned"}).encode() + b"\n"
                    for i in range(60_000))  # ~3.5 MB of JSON lines
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        (zinfo("records.jsonl", deflate=True), data)]
    path = craft(tmp_path / "s.pkg", key, files)
    with open_package(path) as pkg:  # default ratio: fine
        assert pkg.entry("records.jsonl").size == len(data)
    refused(path, "entry 'records.jsonl' expands to more than 2× its compressed size",
            limits=Limits(max_ratio=2))


def test_entry_count_limit(tmp_path: Path, key: DeviceKey) -> None:
    files: list[tuple[zipfile.ZipInfo | str, bytes]] = [(f"p{i}.bin", b"x") for i in range(5)]
    path = craft(tmp_path / "s.pkg", key, files)
    refused(path, "the package has more entries than the limit of 3 — refused",
            limits=Limits(max_entries=3))
    with open_package(path, limits=Limits(max_entries=6)) as pkg:
        assert len(pkg.names) == 5


def test_reads_are_rechecked_after_verification(tmp_path: Path, good: Path) -> None:
    with zipfile.ZipFile(good) as zf:
        at = zf.getinfo(PHOTO_NAME).header_offset + 30 + len(PHOTO_NAME) + 2_000_000
    with open_package(good) as pkg:
        with good.open("r+b") as fh:  # changed on the USB stick after verification
            fh.seek(at)
            fh.write(b"X")
        with pytest.raises(PackageError, match=r"cannot be read \(Bad CRC-32"):
            pkg.extract(PHOTO_NAME, tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()
    assert not (tmp_path / "out.jpg.part").exists()


def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "nope.pkg", "no such file")
