"""Who made each version: proven by its author's signature, never by its own stamp.

A version's stamp names a device, but the sender writes the stamp. So every package
carries certificates: a device's Ed25519 signature over the SHA-256 digests of the
versions it made (each digest taken over the version's line in records.jsonl, which is
the same bytes wherever the version is written again). The signer of a package
certifies its own versions in it; a supervisor passing on other devices' versions
carries the certificates their authors made, kept since they arrived — so a relay can
neither alter nor invent what it passes on.

    authorship.jsonl   one certificate per line:
        {"device_id", "inspector" (who uses it), "public_key" (base64), "digests" (base64
         of the sorted 32-byte digests, concatenated), "signature" (base64)}

The signature signs b"inspector-authorship/1\\n" + device id + b"\\n" + inspector +
b"\\n" + the raw public key + SHA-256(digests).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..store.store import to_json
from ..store.versions import Version
from .keys import DeviceKey, public_from_b64, verify_signature

ENTRY = "authorship.jsonl"
CONTEXT = b"inspector-authorship/1\n"
DIGEST_SIZE = 32


def line_of(version: Version) -> str:
    """The version as one line of records.jsonl (without the newline)."""
    return line_with(version.table, version.text or to_json(version.data))


def line_with(table: str, data_json: str) -> str:
    """to_json({"table": table, "data": data}) made from to_json(data) (keys sorted:
    "data" comes first), so the data's text is made once and kept for versions.data."""
    return f'{{"data": {data_json}, "table": {to_json(table)}}}'


def digest_of(line: str) -> bytes:
    return hashlib.sha256(line.encode("utf-8")).digest()


@dataclass(frozen=True)
class Certificate:
    device_id: str
    inspector: str
    public_key: str  # base64 of the 32 raw bytes
    digests: bytes  # sorted digests, concatenated
    signature: str  # base64
    _covered: frozenset[bytes] = field(default=frozenset(), compare=False, repr=False)

    @functools.cached_property
    def message(self) -> bytes:
        return (CONTEXT + self.device_id.encode("utf-8") + b"\n"
                + self.inspector.encode("utf-8") + b"\n" + public_from_b64(self.public_key)
                + hashlib.sha256(self.digests).digest())

    @functools.cached_property
    def id(self) -> str:
        return hashlib.sha256(self.message + base64.b64decode(self.signature)).hexdigest()

    @property
    def count(self) -> int:
        return len(self.digests) // DIGEST_SIZE

    def covers(self, digest: bytes) -> bool:
        return digest in self._covered

    def verified(self) -> bool:
        try:
            public = public_from_b64(self.public_key)
            signature = base64.b64decode(self.signature, validate=True)
        except (ValueError, binascii.Error):
            return False
        return verify_signature(public, signature, self.message)

    def to_line(self) -> str:
        return json.dumps({"device_id": self.device_id, "inspector": self.inspector,
                           "public_key": self.public_key,
                           "digests": base64.b64encode(self.digests).decode("ascii"),
                           "signature": self.signature}, sort_keys=True)


def make(device_id: str, inspector: str, public_key: str, digests: bytes,
         signature: str) -> Certificate:
    """A certificate from its stored or received parts (not yet verified)."""
    if len(digests) % DIGEST_SIZE:
        raise ValueError("the digests are not whole SHA-256 digests")
    covered = frozenset(digests[i:i + DIGEST_SIZE] for i in range(0, len(digests), DIGEST_SIZE))
    return Certificate(device_id, inspector, public_key, digests, signature, covered)


def sign(key: DeviceKey, inspector: str, digests: Iterable[bytes]) -> Certificate:
    """This device's certificate for the versions with these digests."""
    joined = b"".join(sorted(set(digests)))
    unsigned = make(key.device_id, inspector, key.public_b64, joined, "")
    signature = base64.b64encode(key.sign(unsigned.message)).decode("ascii")
    return make(key.device_id, inspector, key.public_b64, joined, signature)


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of each non-blank line of a .jsonl member. Split on "\n"
    only: a text field may hold U+2028, which splitlines() cuts."""
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield n, line


def parse(text: str) -> list[Certificate]:
    """authorship.jsonl; ValueError naming the line when one is not a certificate."""
    out = []
    for n, line in numbered_lines(text):
        try:
            item = json.loads(line)
            cert = make(str(item["device_id"]), str(item.get("inspector") or ""),
                        str(item["public_key"]),
                        base64.b64decode(str(item["digests"]), validate=True),
                        str(item["signature"]))
            public_from_b64(cert.public_key)
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise ValueError(f"line {n} is not a certificate ({exc})") from None
        out.append(cert)
    return out
