"""Signed requests and responses: no passwords, only the device keys laptops already have.

A request carries its device's id and public key, the time, a random nonce, the SHA-256 of
its body and an Ed25519 signature over all of them with the method and the path (and
query). The hub accepts it only if the signature holds, the time is within WINDOW_S of its
own clock, the nonce is new, and the key is one its admin trusted — all judged from the
headers, before a byte of the body is read — and then only if the body hashes to what
the signed header declared. A response carries the
hub's signature over the request's nonce, the status and the SHA-256 of its body, checked
against the key the laptop pinned at `hub connect`: an impostor cannot answer for the hub.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass

from ..sync import keys

REQUEST_CONTEXT = b"inspector-hub-request/1\n"
RESPONSE_CONTEXT = b"inspector-hub-response/1\n"
WINDOW_S = 300  # how far a request's time may be from the hub's clock
H_DEVICE, H_KEY, H_TIME = "x-inspector-device", "x-inspector-key", "x-inspector-time"
H_NONCE, H_SIGNATURE, H_INSPECTOR = "x-inspector-nonce", "x-inspector-signature", \
    "x-inspector-name"
H_BODY = "x-inspector-body-sha256"  # the body's SHA-256, as the signature covers it
H_HUB_SIGNATURE = "x-hub-signature"


def request_message(method: str, target: str, body_sha256: str, device_id: str,
                    public_b64: str, at_ms: int, nonce: str) -> bytes:
    return REQUEST_CONTEXT + "\n".join(
        [method.upper(), target, body_sha256, device_id, public_b64, str(at_ms), nonce]
    ).encode("utf-8")


def response_message(nonce: str, status: int, body_sha256: str) -> bytes:
    return RESPONSE_CONTEXT + f"{nonce}\n{status}\n{body_sha256}".encode()


def sign_request(key: keys.DeviceKey, inspector: str, method: str, target: str,
                 body_sha256: str, *, at_ms: int | None = None,
                 nonce: str | None = None) -> dict[str, str]:
    at = at_ms if at_ms is not None else time.time_ns() // 1_000_000
    nonce = nonce or secrets.token_hex(16)
    signature = key.sign(request_message(method, target, body_sha256, key.device_id,
                                         key.public_b64, at, nonce))
    return {H_DEVICE: key.device_id, H_KEY: key.public_b64, H_TIME: str(at), H_NONCE: nonce,
            H_BODY: body_sha256, H_SIGNATURE: base64.b64encode(signature).decode("ascii"),
            # the name is informative (shown to the admin), percent-free ASCII in a header
            H_INSPECTOR: base64.b64encode(inspector.encode("utf-8")).decode("ascii")}


@dataclass(frozen=True)
class Signed:
    """A request whose signature holds (whether the key is trusted is the hub's question)."""
    device_id: str
    public_b64: str
    fingerprint: str
    inspector: str
    nonce: str


class BadRequest(Exception):
    """Why a request's signature is refused: `reason` is "signature" or "stale"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def declared_body(headers: Mapping[str, str]) -> str:
    """The body's SHA-256 the request declares (and signs): 64 hex digits, or BadRequest."""
    declared = headers.get(H_BODY, "")
    if len(declared) != 64 or any(c not in "0123456789abcdef" for c in declared):
        raise BadRequest("signature")
    return declared


def check_request(headers: Mapping[str, str], method: str, target: str,
                  body_sha256: str | None = None, now_ms: int | None = None) -> Signed:
    """The request's signature checked from its headers alone: over the body hash it
    declares (`declared_body`) unless `body_sha256` is given. The caller compares the body
    it then reads with that declared hash."""
    if body_sha256 is None:
        body_sha256 = declared_body(headers)
    try:
        device_id, public_b64 = headers[H_DEVICE], headers[H_KEY]
        at, nonce = int(headers[H_TIME]), headers[H_NONCE]
        signature = base64.b64decode(headers[H_SIGNATURE], validate=True)
        public = keys.public_from_b64(public_b64)
        inspector = base64.b64decode(headers.get(H_INSPECTOR, ""), validate=True).decode(
            "utf-8", "replace")
    except (KeyError, ValueError, binascii.Error):
        raise BadRequest("signature") from None
    if not 16 <= len(nonce) <= 64 or not device_id or len(device_id) > 100:
        raise BadRequest("signature")
    message = request_message(method, target, body_sha256, device_id, public_b64, at, nonce)
    if not keys.verify_signature(public, signature, message):
        raise BadRequest("signature")
    now = now_ms if now_ms is not None else time.time_ns() // 1_000_000
    if abs(now - at) > WINDOW_S * 1000:
        raise BadRequest("stale")
    return Signed(device_id, public_b64, keys.fingerprint_of(public), inspector[:200], nonce)


def sign_response(key: keys.DeviceKey, nonce: str, status: int, body: bytes) -> str:
    digest = hashlib.sha256(body).hexdigest()
    return base64.b64encode(key.sign(response_message(nonce, status, digest))).decode("ascii")


def response_ok(public_b64: str, nonce: str, status: int, body: bytes, signature: str) -> bool:
    try:
        public = keys.public_from_b64(public_b64)
        raw = base64.b64decode(signature, validate=True)
    except (ValueError, binascii.Error):
        return False
    digest = hashlib.sha256(body).hexdigest()
    return keys.verify_signature(public, raw, response_message(nonce, status, digest))
