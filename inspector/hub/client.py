"""The laptop's side of the hub: `hub connect` pins the hub's key, `sync push` sends what the
hub lacks (uploaded resumably: `send`), `sync pull` fetches the packages applied since the
last pull and imports them through `sync.exchange.import_packages`, exactly as files from
a USB stick.

The hub is remembered in `hub.json` in the data directory (its URL, its key, the pull
cursor). A laptop that never connects works exactly as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from ..errors import UserError
from ..messages import CATALOGUE, QT_TRANSLATE_NOOP, Msg, fields_of
from ..store import Store, packages
from ..store import versions as vs
from ..store.schema import PHOTO_TABLES
from ..store.settings import Role
from ..sync import authorship, exchange, keys
from . import auth, send

LINK_FILE = "hub.json"
INCOMING = Path("sync") / "hub-incoming"
OUTGOING = Path("sync") / "hub-outgoing"  # a package until the hub has answered for it
TIMEOUT_S = 60.0
# An unsigned answer with one of these is the proxy's in front of the hub (nginx, Caddy)
# while no hub process answers it: the hub cannot be reached — nothing is taken from it.
GATEWAY_DOWN = (502, 503, 504)

NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "hub.not_connected", "this computer is not connected to a hub: inspector hub connect URL")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "hub.unreachable", "the hub at {url} cannot be reached ({detail}); nothing was sent or "
    "received — work on offline, and try again later")
IMPOSTOR = QT_TRANSLATE_NOOP(
    "hub.impostor",
    "the answer from {url} is not signed by the hub this computer connected to ({fingerprint}) "
    "— nothing was sent or received; if the hub's key really changed, connect again")
HUB_SAID = QT_TRANSLATE_NOOP("hub.said", "the hub answered {status}: {text}")
FINGERPRINT_DIFFERS = QT_TRANSLATE_NOOP(
    "hub.fingerprint_differs",
    "the hub at {url} has the key {actual}, not {expected} — not connected")
BAD_URL = QT_TRANSLATE_NOOP("hub.bad_url", "{url}: not a hub address (use http://HOST:PORT)")
DAMAGED_DOWNLOAD = QT_TRANSLATE_NOOP(
    "hub.damaged_download", "package {sha} arrived damaged from the hub; pull again")


@dataclass
class Link:
    url: str
    public_key: str
    fingerprint: str
    cursor: int = 0


def load_link(store: Store) -> Link:
    path = _link_path(store)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Link(str(data["url"]), str(data["public_key"]), str(data["fingerprint"]),
                    int(data.get("cursor", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        raise UserError(NOT_CONNECTED()) from None


def save_link(store: Store, link: Link) -> None:
    path = _link_path(store)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".hub-")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(asdict(link), out, indent=2)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def _link_path(store: Store) -> Path:
    if store.data_dir is None:
        raise UserError(exchange.NEEDS_DATA_DIR())
    return store.data_dir / LINK_FILE


class Client:
    """Signed requests to one hub; with `pinned`, every answer must carry its signature."""

    def __init__(self, store: Store, url: str, pinned: str | None = None) -> None:
        self.url = url.rstrip("/")
        self.key = exchange.own_key(store)
        self.inspector = store.setting("inspector")
        self.pinned = pinned
        self.http = httpx.Client(timeout=TIMEOUT_S, trust_env=False)

    def close(self) -> None:
        self.http.close()

    def call(self, method: str, path: str, body: bytes = b"",
             params: dict[str, str] | None = None) -> httpx.Response:
        target = path + (f"?{urlencode(params)}" if params else "")
        headers = auth.sign_request(self.key, self.inspector, method, target,
                                    hashlib.sha256(body).hexdigest())
        try:
            response = self.http.request(method, self.url + target, content=body,
                                         headers=headers)
        except httpx.HTTPError as exc:
            raise UserError(UNREACHABLE(url=self.url, detail=_detail(exc))) from None
        pinned = self.pinned or _claimed_key(response)
        if not auth.response_ok(pinned, headers[auth.H_NONCE], response.status_code,
                                response.content, response.headers.get(auth.H_HUB_SIGNATURE, "")):
            if response.status_code in GATEWAY_DOWN:  # the TLS proxy, with no hub behind it
                raise UserError(UNREACHABLE(url=self.url,
                                            detail=f"HTTP {response.status_code}")) from None
            fingerprint = _fingerprint(pinned)
            raise UserError(IMPOSTOR(url=self.url, fingerprint=fingerprint))
        if response.status_code >= 400:
            raise UserError(_hub_error(response))
        return response

    def json(self, method: str, path: str, data: Any = None,
             params: dict[str, str] | None = None) -> dict[str, Any]:
        body = b"" if data is None else json.dumps(data).encode("utf-8")
        got: dict[str, Any] = self.call(method, path, body, params).json()
        return got


def _detail(exc: httpx.HTTPError) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _claimed_key(response: httpx.Response) -> str:
    """Before a key is pinned (connect): the key the answer itself names."""
    try:
        return str(response.json()["hub_key"])
    except (ValueError, KeyError, TypeError):
        return ""


def _fingerprint(public_b64: str) -> str:
    try:
        return keys.fingerprint_of(keys.public_from_b64(public_b64))
    except ValueError:
        return "?"


def _hub_error(response: httpx.Response) -> Msg:
    """The hub's refusal in this computer's language when it is one of our messages."""
    try:
        data = response.json()
        key, fields, text = str(data["key"]), dict(data["fields"]), str(data["error"])
    except (ValueError, KeyError, TypeError):
        return HUB_SAID(status=response.status_code, text=response.text[:200])
    if key in CATALOGUE and set(fields_of(CATALOGUE[key])) <= set(fields):
        return Msg(key, fields)
    return HUB_SAID(status=response.status_code, text=text)


# --- connect -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Hello:
    url: str
    public_key: str
    fingerprint: str
    status: str  # how the hub stands with this computer: pending, trusted or refused
    role: str


def hello(store: Store, url: str) -> Hello:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UserError(BAD_URL(url=url))
    client = Client(store, url)
    try:
        data = client.json("POST", "/v1/hello", {})
    finally:
        client.close()
    public = str(data["hub_key"])
    return Hello(client.url, public, _fingerprint(public), str(data["status"]),
                 str(data.get("role") or ""))


def connect(store: Store, met: Hello, expected: str | None = None) -> Link:
    """Pin the hub `met` answered with (its fingerprint `expected`, when the person typed
    it in rather than confirmed it)."""
    if expected is not None and expected not in (met.fingerprint,
                                                 keys.short_fingerprint(met.fingerprint)):
        raise UserError(FINGERPRINT_DIFFERS(url=met.url, actual=met.fingerprint,
                                            expected=expected))
    try:
        cursor = load_link(store).cursor if load_link(store).public_key == met.public_key \
            else 0
    except UserError:
        cursor = 0
    link = Link(met.url, met.public_key, met.fingerprint, cursor)
    save_link(store, link)
    return link


# --- push --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pushed:
    status: str  # "nothing to push", "applied", "already" or "cancelled"
    versions: int = 0
    photos: int = 0
    new: int = 0
    sha256: str = ""
    resumed_from: int = 0  # bytes of an interrupted upload the hub held already
    size: int = 0  # of the package whose upload was resumed


def push(store: Store, progress: send.Progress | None = None,
         cancelled: Callable[[], bool] = lambda: False) -> Pushed:
    """Send the upload an earlier push left unfinished, if the hub holds part of it; then
    ask the hub which of this computer's versions and photos it lacks, and send one
    package with exactly those. The package is uploaded resumably (`send`) and kept in
    OUTGOING until the hub has answered for it, so a push stopped half-way goes on from
    where it stopped. Sending again is harmless (the hub answers "already")."""
    link = load_link(store)
    client = Client(store, link.url, link.public_key)
    assert store.data_dir is not None
    outgoing = store.data_dir / OUTGOING
    outgoing.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda _done, _total: None)
    answers: list[dict[str, Any]] = []
    resumed = (0, 0)
    try:
        for kept in sorted(outgoing.glob("hub-push-*.pkg")):
            sent = _deliver(client, kept, report, cancelled, only_resume=True)
            if sent.answer is None and cancelled():
                return Pushed("cancelled", resumed_from=sent.resumed_from, size=sent.size)
            if sent.answer is not None:
                answers.append(sent.answer)
                resumed = (sent.resumed_from, sent.size)
        authors = None if store.role is Role.SUPERVISOR else [store.device_id,
                                                               *vs.PSEUDO_DEVICES]
        selected = vs.select(store, 0, None, authors)
        digest = {id(v): authorship.digest_of(authorship.line_of(v)).hex() for _, v in selected}
        shas = sorted({str(v.data["photo_sha256"]) for _, v in selected
                       if v.table in PHOTO_TABLES and not v.data.get("deleted")})
        lacks = client.json("POST", "/v1/have", {"digests": sorted(set(digest.values())),
                                                  "photos": shas})
        missing = set(lacks["digests"])
        if missing:
            have_photos = set(shas) - set(lacks["photos"])
            made = exchange.export_package(
                store, outgoing / f"hub-push-{time.strftime('%Y%m%d-%H%M%S')}.pkg",
                keep=lambda v: digest.get(id(v)) in missing, among=selected,
                note=f"{packages.HUB_NOTE}{link.url}", skip_photos=have_photos)
            sent = _deliver(client, made.path, report, cancelled)
            if sent.answer is None:
                return Pushed("cancelled", size=sent.size)
            answers.append(sent.answer)
    finally:
        client.close()
    if not answers:
        return Pushed("nothing to push")
    statuses = {str(a["status"]) for a in answers}
    return Pushed("applied" if "applied" in statuses else "already",
                  sum(int(a["versions"]) for a in answers),
                  sum(int(a["photos"]) for a in answers), sum(int(a["new"]) for a in answers),
                  str(answers[-1]["sha256"]), *resumed)


def _deliver(client: Client, path: Path, progress: send.Progress,
             cancelled: Callable[[], bool], *, only_resume: bool = False) -> send.Sent:
    """`send.send`, and the package file let go once the hub has answered for it — or
    refused it (as it is, it would be refused again), or holds none of it (`only_resume`:
    what it lacks is packaged afresh). Kept when the request, not the package, was
    refused (`send.KEEP_ON`: out of reach, this computer's clock, its key not trusted)."""
    try:
        sent = send.send(client, path, progress, cancelled, only_resume=only_resume)
    except UserError as exc:
        if exc.msg is None or exc.msg.key not in send.KEEP_ON:
            path.unlink(missing_ok=True)
        raise
    if sent.answer is not None or not cancelled():
        path.unlink(missing_ok=True)
    return sent


# --- pull --------------------------------------------------------------------------------

Outcome = tuple[Path, exchange.ImportResult | UserError]


def pull(store: Store, *, trust_new: bool = False, confirmed: bool = False,
         cancelled: Callable[[], bool] = lambda: False) -> Generator[Outcome, None, None]:
    """Each package the hub applied since the last pull (not this computer's own), in the
    order it applied them, downloaded and imported as a file would be; the cursor moves on
    after each page is imported."""
    link = load_link(store)
    client = Client(store, link.url, link.public_key)
    assert store.data_dir is not None
    incoming = store.data_dir / INCOMING
    incoming.mkdir(parents=True, exist_ok=True)
    try:
        while True:
            page = client.json("GET", "/v1/changes", params={"after": str(link.cursor)})
            files = []
            for item in page["packages"]:
                sha = str(item["sha256"])
                data = client.call("GET", f"/v1/packages/{sha}").content
                if hashlib.sha256(data).hexdigest() != sha:
                    raise UserError(DAMAGED_DOWNLOAD(sha=sha[:12]))
                who = str(item.get("inspector") or str(item["device_id"])[:8])
                path = incoming / f"hub-{int(item['seq']):06d}-{who}.pkg"
                path.write_bytes(data)
                files.append(path)
            try:
                if files:
                    yield from exchange.import_packages(store, files, trust_new=trust_new,
                                                        confirmed=confirmed,
                                                        cancelled=cancelled)
            finally:
                for path in files:
                    path.unlink(missing_ok=True)
            if cancelled():
                return
            link.cursor = int(page["cursor"])
            save_link(store, link)
            if not page.get("more"):
                return
    finally:
        client.close()
