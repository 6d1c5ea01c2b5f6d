"""`inspector hub serve`: the hub's HTTP API, a Starlette application served by uvicorn.

Stateless: everything lives in PostgreSQL and the blob folder, so any number of `hub
serve` processes may share one database (the advisory locks of `db` order their writes).
Every request is signed by a device key (`auth`); every response by the hub's key.

    POST /v1/hello             who the hub is (its key), and how it stands with this device
    POST /v1/have              of these version digests and photo hashes, which it lacks
    POST /v1/packages          a signed package (the body): verified, checked, applied
    GET  /v1/changes?after=N   the packages applied after N that this device may pull
    GET  /v1/packages/SHA256   one of them, byte for byte as its signer made it
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Msg
from ..sync import keys
from . import auth, db
from .blobs import LocalBlobs
from .hubkey import load_key
from .pool import Database, DatabaseDown
from .receive import Sender, receive

MAX_JSON = 16 << 20  # a `have` list of 500k digests
MAX_PACKAGE = 4 << 30
PULL_PAGE = 200

BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "hub.bad_signature", "the hub refused the request: its signature does not match")
STALE = QT_TRANSLATE_NOOP(
    "hub.stale",
    "the hub refused the request: this computer's clock is more than {minutes} minutes from the "
    "hub's — check the date, time and time zone")
REPLAYED = QT_TRANSLATE_NOOP("hub.replayed", "the hub refused the request: it was sent before")
NOT_TRUSTED = QT_TRANSLATE_NOOP(
    "hub.not_trusted",
    "the hub does not trust this computer yet: ask the hub's admin to run 'inspector hub devices "
    "trust {fingerprint} --role inspector|supervisor'")
REFUSED_KEY = QT_TRANSLATE_NOOP(
    "hub.refused_key", "the hub's admin refused this computer's key ({fingerprint})")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "hub.too_large", "the hub refused the request: its body is larger than {limit} bytes")
NO_SUCH_PACKAGE = QT_TRANSLATE_NOOP("hub.no_such_package", "the hub has no package {sha}")
BAD_BODY = QT_TRANSLATE_NOOP("hub.bad_body", "the hub could not read the request: {detail}")
DATABASE_DOWN = QT_TRANSLATE_NOOP(
    "hub.database_down", "the hub's database is unavailable; try again in a moment")


class Refusal(Exception):
    def __init__(self, status: int, message: Msg) -> None:
        super().__init__(str(message))
        self.status, self.message = status, message


@dataclass
class Hub:
    database: Database
    blobs: LocalBlobs
    key: keys.DeviceKey
    max_body: int

    def run(self, fn: Callable[[db.Conn], Any]) -> Any:
        return self.database.run(fn)


def _error_body(message: Msg) -> bytes:
    fields = {k: str(v) for k, v in message.fields.items()}
    return json.dumps({"error": str(message), "key": message.key, "fields": fields},
                      ensure_ascii=False).encode("utf-8")


def _signed(hub: Hub, request: Request, status: int, body: bytes,
            media_type: str = "application/json") -> Response:
    nonce = request.headers.get(auth.H_NONCE, "")
    return Response(body, status, media_type=media_type,
                    headers={auth.H_HUB_SIGNATURE: auth.sign_response(hub.key, nonce, status,
                                                                      body)})


async def _read_body(request: Request, limit: int, spool: Path) -> tuple[Path, str, int]:
    """The body into a temporary file under `spool`, hashed as it arrives; Refusal 413 as
    soon as it (or what Content-Length declares) passes `limit`."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise Refusal(413, TOO_LARGE(limit=limit))
    digest, size = hashlib.sha256(), 0
    fd, name = tempfile.mkstemp(dir=spool, prefix=".upload-")
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise Refusal(413, TOO_LARGE(limit=limit))
                digest.update(chunk)
                out.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path, digest.hexdigest(), size


def _authenticate(hub: Hub, request: Request, body_sha256: str, *, hello: bool = False
                  ) -> tuple[auth.Signed, dict[str, Any] | None]:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    try:
        signed = auth.check_request(request.headers, request.method, target, body_sha256)
    except auth.BadRequest as exc:
        if exc.reason == "stale":
            raise Refusal(401, STALE(minutes=auth.WINDOW_S // 60)) from None
        raise Refusal(401, BAD_SIGNATURE()) from None

    def check(conn: db.Conn) -> dict[str, Any] | None:
        with conn.transaction():
            if not db.use_nonce(conn, signed.fingerprint, signed.nonce, auth.WINDOW_S):
                raise Refusal(401, REPLAYED())
            row = db.device(conn, signed.fingerprint)
            if row is None:
                db.note_pending(conn, signed.fingerprint, signed.device_id, signed.public_b64,
                                signed.inspector)
                row = db.device(conn, signed.fingerprint)
        return row

    row = hub.run(check)
    status = str(row["status"]) if row else "pending"
    if not hello and status == "refused":
        raise Refusal(403, REFUSED_KEY(fingerprint=signed.fingerprint))
    if not hello and (status != "trusted" or row is None or row["device_id"] != signed.device_id):
        raise Refusal(403, NOT_TRUSTED(fingerprint=signed.fingerprint))
    return signed, row


def _endpoint(fn: Callable[[Hub, Request, Path, str], Any], limit: int | None = None
              ) -> Callable[[Request], Any]:
    async def handle(request: Request) -> Response:
        hub: Hub = request.app.state.hub
        body_path: Path | None = None
        try:
            body_path, body_sha, _size = await _read_body(
                request, limit if limit is not None else hub.max_body, hub.blobs.root)
            result = await fn(hub, request, body_path, body_sha)
        except ClientDisconnect:  # gone mid-upload: its bytes are dropped, nobody to answer
            return Response(status_code=400)
        except Refusal as exc:
            return _signed(hub, request, exc.status, _error_body(exc.message))
        except UserError as exc:  # a refused package: the rule it broke, in one line
            message = exc.msg if exc.msg is not None else BAD_BODY(detail=str(exc))
            return _signed(hub, request, 422, _error_body(message))
        except (DatabaseDown, psycopg.OperationalError):
            return _signed(hub, request, 503, _error_body(DATABASE_DOWN()))
        finally:
            if body_path is not None:
                body_path.unlink(missing_ok=True)
        if isinstance(result, Response):
            return result
        return _signed(hub, request, 200, json.dumps(result, ensure_ascii=False).encode())
    return handle


def _json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes() or b"{}")
    except (ValueError, UnicodeDecodeError) as exc:
        raise Refusal(400, BAD_BODY(detail=exc)) from None
    if not isinstance(data, dict):
        raise Refusal(400, BAD_BODY(detail="not a JSON object"))
    return data


async def hello(hub: Hub, request: Request, body: Path, sha: str) -> dict[str, Any]:
    _signed_req, row = await run_in_threadpool(_authenticate, hub, request, sha, hello=True)
    return {"hub_key": hub.key.public_b64, "fingerprint": hub.key.fingerprint,
            "status": str(row["status"]) if row else "pending",
            "role": str(row["role"] or "") if row else ""}


async def have(hub: Hub, request: Request, body: Path, sha: str) -> dict[str, Any]:
    await run_in_threadpool(_authenticate, hub, request, sha)
    data = _json(body)
    try:
        digests = [bytes.fromhex(str(d)) for d in data.get("digests", [])]
        photos = [str(p) for p in data.get("photos", [])]
    except (ValueError, TypeError) as exc:
        raise Refusal(400, BAD_BODY(detail=exc)) from None

    def lacks(conn: db.Conn) -> dict[str, Any]:
        return {"digests": [d.hex() for d in db.missing_digests(conn, digests)],
                "photos": db.missing_photos(conn, photos)}
    result: dict[str, Any] = await run_in_threadpool(hub.run, lacks)
    return result


async def upload(hub: Hub, request: Request, body: Path, sha: str) -> dict[str, Any]:
    signed, row = await run_in_threadpool(_authenticate, hub, request, sha)
    assert row is not None
    sender = Sender(signed.device_id, signed.fingerprint, str(row["role"]))
    name = request.query_params.get("name", "package")[:200] or "package"

    def apply(conn: db.Conn) -> dict[str, Any]:
        out = receive(conn, hub.blobs, body, sender, source=Path(name).name)
        return {"status": out.status, "seq": out.seq, "sha256": out.sha256,
                "versions": out.versions, "new": out.new, "photos": out.photos}
    result: dict[str, Any] = await run_in_threadpool(hub.run, apply)
    return result


async def changes(hub: Hub, request: Request, body: Path, sha: str) -> dict[str, Any]:
    signed, row = await run_in_threadpool(_authenticate, hub, request, sha)
    assert row is not None
    try:
        after = int(request.query_params.get("after", "0"))
    except ValueError as exc:
        raise Refusal(400, BAD_BODY(detail=exc)) from None
    # A supervisor receives the whole city; an inspector's laptop only supervisors' packages
    # (its sites, rounds, corrections), as it would from a USB stick.
    only = None if row["role"] == "supervisor" else "supervisor"

    def listing(conn: db.Conn) -> dict[str, Any]:
        rows = db.packages_after(conn, after, signed.device_id, only, PULL_PAGE)
        cursor = int(rows[-1]["seq"]) if len(rows) == PULL_PAGE else max(
            [after, db.last_package_seq(conn), *(int(r["seq"]) for r in rows)])
        return {"packages": [{k: r[k] for k in ("seq", "sha256", "device_id", "inspector",
                                                  "role", "size")} for r in rows],
                "cursor": cursor, "more": len(rows) == PULL_PAGE}
    result: dict[str, Any] = await run_in_threadpool(hub.run, listing)
    return result


async def download(hub: Hub, request: Request, body: Path, sha: str) -> Response:
    _signed_req, row = await run_in_threadpool(_authenticate, hub, request, sha)
    wanted = request.path_params["sha256"]
    found = await run_in_threadpool(hub.run, lambda conn: db.package(conn, wanted))
    if found is None or (row is not None and row["role"] != "supervisor"
                         and found["role"] != "supervisor"):
        raise Refusal(404, NO_SUCH_PACKAGE(sha=wanted[:12]))
    data = await run_in_threadpool(hub.blobs.path("packages", wanted).read_bytes)
    return _signed(hub, request, 200, data, "application/octet-stream")


def create_app(url: str, blob_dir: Path, *, max_body: int = MAX_PACKAGE,
               pool_size: int = 8) -> Starlette:
    """The hub as an ASGI application (uvicorn runs it; tests may run it in-process)."""
    blobs = LocalBlobs(blob_dir)
    with db.connect(url) as conn:
        db.require_schema(conn)
        key = load_key(conn)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        database = Database(url, pool_size)
        database.open()
        app.state.hub = Hub(database, blobs, key, max_body)
        try:
            yield
        finally:
            database.close()

    return Starlette(routes=[
        Route("/v1/hello", _endpoint(hello, MAX_JSON), methods=["POST"]),
        Route("/v1/have", _endpoint(have, MAX_JSON), methods=["POST"]),
        Route("/v1/packages", _endpoint(upload), methods=["POST"]),
        Route("/v1/changes", _endpoint(changes, 0), methods=["GET"]),
        Route("/v1/packages/{sha256:str}", _endpoint(download, 0), methods=["GET"]),
    ], lifespan=lifespan)
