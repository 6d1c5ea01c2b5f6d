"""`inspector hub serve`: the hub's HTTP API, a Starlette application served by uvicorn.

Stateless: everything lives in PostgreSQL and the blob folder, so any number of `hub
serve` processes may share one database (the advisory locks of `db` order their writes).
Every request is signed by a device key (`auth`), and its signed headers are judged
before its body is read; every response is signed by the hub's key.

    POST /v1/hello             who the hub is (its key), and how it stands with this device
    POST /v1/have              of these version digests and photo hashes, which it lacks
    POST /v1/packages          a signed package (the body): verified, checked, applied
    GET  /v1/uploads/SHA256?size=N           how many bytes of this device's upload of
                               package SHA256 (N bytes) the hub holds, or "already" applied
    POST /v1/uploads/SHA256?size=N&offset=O  bytes O… of it (a chunk): appended when O is
                               what the hub holds; the last one applies it, as POST /v1/packages
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
from dataclasses import dataclass, field
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
from . import auth, db, uploads
from .blobs import LocalBlobs
from .hubkey import load_key
from .limits import MAX_PACKAGE, MAX_RECORDS
from .pool import Database, DatabaseDown
from .receive import Sender, receive

MAX_JSON = 16 << 20  # a `have` list of 500k digests
MAX_CHUNK = uploads.MAX_CHUNK
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
WRONG_OFFSET = QT_TRANSLATE_NOOP(
    "hub.wrong_offset",
    "the hub refused the chunk at byte {offset}: it holds {held} bytes of this upload")
UPLOAD_MISMATCH = QT_TRANSLATE_NOOP(
    "hub.upload_mismatch",
    "the hub refused the upload: its {size} bytes are not package {sha}, so they were "
    "discarded — push again")
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
    max_records: int

    def run(self, fn: Callable[[db.Conn], Any]) -> Any:
        return self.database.run(fn)


@dataclass
class Call:
    """A request whose signed headers were accepted; its body is not read yet."""
    hub: Hub
    request: Request
    signed: auth.Signed
    row: dict[str, Any] | None
    limit: int  # the route's largest body
    spooled: list[Path] = field(default_factory=list)
    received: int = 0  # body bytes read so far

    @property
    def sender(self) -> Sender:
        assert self.row is not None
        return Sender(self.signed.device_id, self.signed.fingerprint, str(self.row["role"]))

    async def body(self, limit: int | None = None) -> Path:
        """The body in a temporary file under the blob folder, hashed as it arrives:
        Refusal 413 as soon as it passes `limit`, 401 when it is not the body signed."""
        limit = self.limit if limit is None else limit
        digest = hashlib.sha256()
        root = self.hub.blobs.root
        fd, name = tempfile.mkstemp(dir=root, prefix=uploads.temp_prefix(uploads.SPOOL))
        path = Path(name)
        self.spooled.append(path)
        with os.fdopen(fd, "wb") as out:
            async for chunk in self.request.stream():
                self.received += len(chunk)
                if self.received > limit:
                    raise Refusal(413, TOO_LARGE(limit=limit))
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != auth.declared_body(self.request.headers):
            raise Refusal(401, BAD_SIGNATURE())
        return path


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


def _declared_length(request: Request, limit: int) -> int | None:
    """The body's length as Content-Length declares it; Refusal 413 above `limit`."""
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit():
        return None
    if int(declared) > limit:
        raise Refusal(413, TOO_LARGE(limit=limit))
    return int(declared)


def _authenticate(hub: Hub, request: Request, *, hello: bool = False
                  ) -> tuple[auth.Signed, dict[str, Any] | None]:
    """The request's headers judged — signature over the body hash they declare, time,
    nonce, the key's standing — before its body is read."""
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    try:
        signed = auth.check_request(request.headers, request.method, target)
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


def _endpoint(fn: Callable[[Call], Any], limit: int | None = None, *, hello: bool = False
              ) -> Callable[[Request], Any]:
    """`fn` for a request whose declared length is within `limit` (default --max-body) and
    whose signed headers hold: a refusal is answered before the body is read."""
    async def handle(request: Request) -> Response:
        hub: Hub = request.app.state.hub
        call: Call | None = None
        try:
            most = limit if limit is not None else hub.max_body
            _declared_length(request, most)
            signed, row = await run_in_threadpool(_authenticate, hub, request, hello=hello)
            call = Call(hub, request, signed, row, most)
            result = await fn(call)
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
            for path in call.spooled if call is not None else ():
                path.unlink(missing_ok=True)
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


async def hello(call: Call) -> dict[str, Any]:
    row = call.row
    return {"hub_key": call.hub.key.public_b64, "fingerprint": call.hub.key.fingerprint,
            "status": str(row["status"]) if row else "pending",
            "role": str(row["role"] or "") if row else ""}


async def have(call: Call) -> dict[str, Any]:
    data = _json(await call.body())
    try:
        digests = [bytes.fromhex(str(d)) for d in data.get("digests", [])]
        photos = [str(p) for p in data.get("photos", [])]
    except (ValueError, TypeError) as exc:
        raise Refusal(400, BAD_BODY(detail=exc)) from None

    def lacks(conn: db.Conn) -> dict[str, Any]:
        return {"digests": [d.hex() for d in db.missing_digests(conn, digests)],
                "photos": db.missing_photos(conn, photos)}
    result: dict[str, Any] = await run_in_threadpool(call.hub.run, lacks)
    return result


def _source(request: Request) -> str:
    return Path(request.query_params.get("name", "package")[:200] or "package").name


def _apply(call: Call, path: Path) -> dict[str, Any]:
    """The whole package at `path` verified, checked and applied (or "already" there)."""
    def apply(conn: db.Conn) -> dict[str, Any]:
        out = receive(conn, call.hub.blobs, path, call.sender, source=_source(call.request),
                      max_records=call.hub.max_records)
        return {"status": out.status, "seq": out.seq, "sha256": out.sha256,
                "versions": out.versions, "new": out.new, "photos": out.photos}
    result: dict[str, Any] = call.hub.run(apply)
    return result


async def upload(call: Call) -> dict[str, Any]:
    """A whole package in one request (the laptops send theirs resumably: `chunk`)."""
    body = await call.body()
    result: dict[str, Any] = await run_in_threadpool(_apply, call, body)
    return result


# --- resumable uploads: GET /v1/uploads/SHA256?size=N, POST …&offset=O ----------------------

def _upload_of(call: Call) -> tuple[str, int, Path]:
    """The upload a request names: the package's SHA-256, its size, and the partial file
    of the device that signed the request."""
    sha = call.request.path_params["sha256"]
    size = call.request.query_params.get("size", "")
    if not uploads.SHA.fullmatch(sha) or not size.isdigit() or int(size) < 1:
        raise Refusal(400, BAD_BODY(detail="an upload is named by its SHA-256 and ?size=N"))
    if int(size) > call.hub.max_body:
        raise Refusal(413, TOO_LARGE(limit=call.hub.max_body))
    return sha, int(size), uploads.partial_path(call.hub.blobs.root, call.signed.fingerprint,
                                                sha, int(size))


def _already(call: Call, sha: str) -> dict[str, Any] | None:
    """The hub's answer when this device's package `sha` is applied already."""
    done = call.hub.run(lambda conn: db.package(conn, sha))
    if done is None or done["device_id"] != call.signed.device_id:
        return None
    return {"status": "already", "seq": int(done["seq"]), "sha256": sha,
            "versions": int(done["records"]), "new": 0, "photos": int(done["photos"])}


async def offset(call: Call) -> dict[str, Any]:
    """How many bytes of the upload the hub holds (or that it is applied already)."""
    sha, size, partial = _upload_of(call)

    def look() -> dict[str, Any]:
        return _already(call, sha) or {"offset": uploads.held(partial), "size": size}
    result: dict[str, Any] = await run_in_threadpool(look)
    return result


async def chunk(call: Call) -> dict[str, Any]:
    """Bytes `offset`… of the upload: refused at once unless `offset` is what the hub
    holds; appended; once the whole package is there and hashes to its name, applied."""
    sha, size, partial = _upload_of(call)
    at = call.request.query_params.get("offset", "")
    if not at.isdigit() or int(at) > size:
        raise Refusal(400, BAD_BODY(detail=f"offset {at!r} is not within the {size} bytes"))
    start, room = int(at), min(size - int(at), MAX_CHUNK)
    _declared_length(call.request, room)
    held = await run_in_threadpool(uploads.held, partial)
    if held != start:  # before the body is read; judged again under the lock
        raise Refusal(409, WRONG_OFFSET(offset=start, held=held))
    fp = call.signed.fingerprint
    try:
        body = await call.body(room)
    except (ClientDisconnect, Refusal):  # what a cut chunk cost, counted
        with contextlib.suppress(DatabaseDown, psycopg.Error):
            await run_in_threadpool(call.hub.run, lambda conn: db.note_chunk(
                conn, fp, sha, size, None, call.received, False))
        raise
    result: dict[str, Any] = await run_in_threadpool(_take, call, sha, size, start, partial,
                                                     body)
    return result


def _take(call: Call, sha: str, size: int, start: int, partial: Path, body: Path
          ) -> dict[str, Any]:
    hub, fp, n = call.hub, call.signed.fingerprint, body.stat().st_size

    def note(held: int | None, appended: bool, outcome: str | None = None) -> None:
        def write(conn: db.Conn) -> None:
            db.note_chunk(conn, fp, sha, size, held, n, appended)
            if outcome is not None:
                db.finish_upload(conn, fp, sha, outcome)
        hub.run(write)

    with uploads.locked(partial.parent):
        if (done := _already(call, sha)) is not None:
            partial.unlink(missing_ok=True)
            note(None, False, "already")
            return done
        held = uploads.held(partial)
        if held != start:
            note(None, False)
            raise Refusal(409, WRONG_OFFSET(offset=start, held=held))
        if n:
            if start == 0:  # a new upload: the abandoned ones go
                _sweep(hub)
            held = uploads.append(partial, body)
        note(held, bool(n))
        if held < size:
            return {"offset": held, "size": size}
        if uploads.sha256_of(partial) != sha:
            partial.unlink()
            note(None, False, "mismatch")
            raise Refusal(422, UPLOAD_MISMATCH(size=size, sha=sha[:12]))
        try:
            result = _apply(call, partial)
        except UserError:
            partial.unlink()
            with contextlib.suppress(DatabaseDown, psycopg.Error):
                hub.run(lambda conn: db.finish_upload(conn, fp, sha, "refused"))
            raise
        partial.unlink()
        hub.run(lambda conn: db.finish_upload(conn, fp, sha, str(result["status"])))
        return result


def _sweep(hub: Hub) -> tuple[int, int]:
    """Partial uploads untouched for a week, and the temporary files of hub processes
    that are gone: removed (at start, and as each new upload begins)."""
    spool = uploads.sweep_spool(hub.blobs.root, blobs=False)
    partials = uploads.sweep_partials(hub.blobs.root)
    hub.run(lambda conn: db.expire_uploads(conn, uploads.KEEP_PARTIAL_S))
    return len(spool), len(partials)


async def changes(call: Call) -> dict[str, Any]:
    request, row = call.request, call.row
    assert row is not None
    try:
        after = int(request.query_params.get("after", "0"))
    except ValueError as exc:
        raise Refusal(400, BAD_BODY(detail=exc)) from None
    # A supervisor receives the whole city; an inspector's laptop only supervisors' packages
    # (its sites, rounds, corrections), as it would from a USB stick.
    only = None if row["role"] == "supervisor" else "supervisor"

    def listing(conn: db.Conn) -> dict[str, Any]:
        rows = db.packages_after(conn, after, call.signed.device_id, only, PULL_PAGE)
        cursor = int(rows[-1]["seq"]) if len(rows) == PULL_PAGE else max(
            [after, db.last_package_seq(conn), *(int(r["seq"]) for r in rows)])
        return {"packages": [{k: r[k] for k in ("seq", "sha256", "device_id", "inspector",
                                                  "role", "size")} for r in rows],
                "cursor": cursor, "more": len(rows) == PULL_PAGE}
    result: dict[str, Any] = await run_in_threadpool(call.hub.run, listing)
    return result


async def download(call: Call) -> Response:
    hub, row = call.hub, call.row
    wanted = call.request.path_params["sha256"]
    found = await run_in_threadpool(hub.run, lambda conn: db.package(conn, wanted))
    if found is None or (row is not None and row["role"] != "supervisor"
                         and found["role"] != "supervisor"):
        raise Refusal(404, NO_SUCH_PACKAGE(sha=wanted[:12]))
    data = await run_in_threadpool(hub.blobs.path("packages", wanted).read_bytes)
    return _signed(hub, call.request, 200, data, "application/octet-stream")


def create_app(url: str, blob_dir: Path, *, max_body: int = MAX_PACKAGE,
               max_records: int = MAX_RECORDS, pool_size: int = 8) -> Starlette:
    """The hub as an ASGI application (uvicorn runs it; tests may run it in-process)."""
    blobs = LocalBlobs(blob_dir)
    with db.connect(url) as conn:
        db.require_schema(conn)
        key = load_key(conn)
        db.expire_uploads(conn, uploads.KEEP_PARTIAL_S)
    # what hub processes killed mid-request left (a body spooled, a blob half written)
    swept = (len(uploads.sweep_spool(blobs.root)), len(uploads.sweep_partials(blobs.root)))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        database = Database(url, pool_size)
        database.open()
        app.state.hub = Hub(database, blobs, key, max_body, max_records)
        try:
            yield
        finally:
            database.close()

    app = Starlette(routes=[
        Route("/v1/hello", _endpoint(hello, MAX_JSON, hello=True), methods=["POST"]),
        Route("/v1/have", _endpoint(have, MAX_JSON), methods=["POST"]),
        Route("/v1/packages", _endpoint(upload), methods=["POST"]),
        Route("/v1/uploads/{sha256:str}", _endpoint(offset, 0), methods=["GET"]),
        Route("/v1/uploads/{sha256:str}", _endpoint(chunk, MAX_CHUNK), methods=["POST"]),
        Route("/v1/changes", _endpoint(changes, 0), methods=["GET"]),
        Route("/v1/packages/{sha256:str}", _endpoint(download, 0), methods=["GET"]),
    ], lifespan=lifespan)
    app.state.swept = swept
    return app
