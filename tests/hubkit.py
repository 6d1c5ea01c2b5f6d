"""What the hub's tests share: a hub database on the session's PostgreSQL, `inspector hub
serve` processes on free loopback ports, and laptops connected to it and trusted by it."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import socket
import stat
import subprocess
import sys
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pgcluster import Cluster
from psycopg import sql
from synckit import fingerprint, ok

from inspector.hlc import Stamp
from inspector.hub import auth, db
from inspector.store.versions import Version
from inspector.sync import authorship, keys
from inspector.sync.package import write_package

_names = itertools.count(1)


@dataclass
class Hub:
    db: str
    files: Path
    fingerprint: str
    urls: list[str] = field(default_factory=list)
    procs: list[subprocess.Popen[str]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.urls[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def new_hub(cluster: Cluster, root: Path) -> Hub:
    """A fresh hub database, initialised by `inspector hub init`."""
    url = cluster.create_db(f"hub{next(_names)}_{os.getpid()}")
    out = ok(None, "hub", "init", "--db", url).out
    return Hub(url, root / "hub-files", out.split("hub key fingerprint: ")[1].strip())


def serve(hub: Hub, *extra: str, port: int | None = None) -> str:
    """One more `inspector hub serve` process on this hub's database (on `port`, say the
    port of a process that was killed); its URL."""
    port = port or _free_port()
    # what it says goes to a file (a pipe nobody reads would stop it once full)
    log = hub.files.parent / f"hub-serve-{port}-{len(hub.procs)}.log"
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "inspector", "hub", "serve", "--db", hub.db, "--photos",
             str(hub.files), "--listen", f"127.0.0.1:{port}", *extra],
            stdout=out, stderr=subprocess.STDOUT, text=True)
    hub.logs.append(log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(log.read_text(encoding="utf-8"))
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    else:
        proc.kill()
        raise AssertionError("hub serve did not start")
    hub.procs.append(proc)
    hub.urls.append(f"http://127.0.0.1:{port}")
    return hub.urls[-1]


def stop(hub: Hub) -> None:
    for proc in hub.procs:
        proc.terminate()
    for proc in hub.procs:
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def running(cluster: Cluster, root: Path, processes: int = 1, durable: bool = False
            ) -> Iterator[Hub]:
    """A new hub with `processes` serving it. `durable`: its database commits
    synchronously (PostgreSQL's default, which the test cluster turns off for speed), so
    that a commit acknowledged survives PostgreSQL's crash."""
    hub = new_hub(cluster, root)
    if durable:
        with db.connect(cluster.url()) as conn:
            conn.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = on").format(
                sql.Identifier(hub.db.rsplit("/", 1)[1])))
    try:
        for _ in range(processes):
            serve(hub)
        yield hub
    finally:
        stop(hub)


def join(hub: Hub, laptop: Path, role: str, url: str | None = None) -> None:
    """Connect a laptop to the hub (its fingerprint typed in, as its admin shows it) and
    have the hub's admin trust it."""
    ok(laptop, "hub", "connect", url or hub.url, "--fingerprint", hub.fingerprint)
    ok(None, "hub", "devices", "trust", fingerprint(laptop), "--role", role, "--db", hub.db)


def waiting_on_the_lock(url: str) -> int:
    """How many transactions wait on the hub's apply lock (pg_locks)."""
    import psycopg

    from inspector.hub import schema

    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                           "NOT granted AND objid = %s",
                           [schema.APPLY_LOCK & 0xFFFFFFFF]).fetchone()
    return int(row[0]) if row else 0


# --- synthetic devices and packages (the fault tests and bench/hub.py) --------------------

def new_devices(hub: Hub, n: int, role: str = "inspector") -> list[keys.DeviceKey]:
    """`n` devices of their own (fresh Ed25519 keys), trusted by the hub's admin."""
    made = [keys.DeviceKey(f"dev-{c:03d}-{uuid.uuid4().hex[:8]}", Ed25519PrivateKey.generate())
            for c in range(n)]
    with db.connect(hub.db) as conn:
        for k in made:
            db.note_pending(conn, k.fingerprint, k.device_id, k.public_b64, "test")
            db.decide(conn, k.fingerprint, "trusted", role)
    return made


def make_package(out: Path, key: keys.DeviceKey, n: int, versions: int) -> str:
    """A real signed package of `versions` new sites made by `key`'s device, with its
    author's certificate, as a laptop's export carries them; its SHA-256."""
    lines, digests = [], []
    for i in range(versions):
        stamp = Stamp(1_780_000_000_000 + n * 1000 + i, 0, key.device_id)
        v = Version("sites", {"id": str(uuid.uuid4()), "version": str(stamp),
                              "origin": key.device_id, "name": f"点位{n}-{i}",
                              "category_id": "main_road", "district": "东城区"})
        line = authorship.line_of(v)
        lines.append(line)
        digests.append(authorship.digest_of(line))
    cert = authorship.sign(key, "bench", digests)
    history = {"device_id": key.device_id, "head": [0, "0" * 64], "checkpoints": []}
    return write_package(out, key, {"inspector": "bench", "forms": [], "extra": {}}, [
        ("records.jsonl", "".join(x + "\n" for x in lines).encode()),
        ("photos.json", b"[]"),
        (authorship.ENTRY, (cert.to_line() + "\n").encode()),
        ("history.json", json.dumps(history).encode())])


def signed_post(http: httpx.Client, url: str, key: keys.DeviceKey, body: bytes,
                target: str = "/v1/packages") -> httpx.Response:
    """One signed request (a fresh nonce each time, as a laptop's retry makes)."""
    headers = auth.sign_request(key, "test", "POST", target, hashlib.sha256(body).hexdigest())
    return http.post(url + target, content=body, headers=headers)


def bomb_package(path: Path, key: keys.DeviceKey, size: int,
                 name: str = "records.jsonl") -> Path:
    """A zip bomb, made by hand: a properly signed package whose one entry is `size`
    bytes of spaces deflated (about 1,000× smaller), declared honestly in its manifest —
    so only the reader's bounds on what an entry expands to can stop it."""
    chunk = b" " * (1 << 20)
    digest = hashlib.sha256()
    for _ in range(size >> 20):
        digest.update(chunk)
    manifest = {"format": "inspector-package/1", "device_id": key.device_id,
                "public_key": key.public_b64, "fingerprint": key.fingerprint,
                "inspector": "test", "created_at": "2024-05-01T08:00:00+00:00", "forms": [],
                "extra": {}, "entries": [{"name": name, "size": size,
                                          "sha256": digest.hexdigest()}]}

    def info(entry: str) -> zipfile.ZipInfo:
        made = zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0))
        made.compress_type = zipfile.ZIP_DEFLATED
        made.create_system = 3
        made.external_attr = (stat.S_IFREG | 0o644) << 16
        return made

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(info("manifest.json"), json.dumps(manifest).encode())
        bomb = info(name)
        bomb.file_size = size
        with zf.open(bomb, "w") as out:
            for _ in range(size >> 20):
                out.write(chunk)
    archive = path.read_bytes()
    signature = key.sign(b"inspector-package/1\n" + hashlib.sha256(archive).digest())
    path.write_bytes(archive + b"INSPSIG1" + signature)
    return path


def peak_rss(pid: int) -> int:
    """The most memory (resident, bytes) the process has used so far."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmHWM for {pid}")


def audit_intact(conn: db.Conn) -> int:
    """The hub's audit chain checked link by link (each row's hash recomputed and its
    predecessor's named); returns its length."""
    rows = conn.execute("SELECT package_seq, package_sha256, device_id, prev_hash, hash "
                        "FROM audit ORDER BY seq").fetchall()
    prev = "0" * 64
    for r in rows:
        assert r["prev_hash"] == prev, r
        again = hashlib.sha256(f"{prev}\n{r['package_seq']}\n{r['package_sha256']}\n"
                               f"{r['device_id']}".encode()).hexdigest()
        assert r["hash"] == again, r
        prev = r["hash"]
    return len(rows)


# --- resumable uploads -----------------------------------------------------------------

def partials(hub: Hub) -> dict[str, int]:
    """The partial uploads the hub's folder holds: file name → bytes."""
    return {p.name: p.stat().st_size for p in hub.files.glob("uploads/*/*-*")}


def upload_row(hub: Hub, sha: str, fingerprint: str | None = None) -> dict[str, Any] | None:
    """What the hub's `uploads` table says of the upload of package `sha` (by the device
    of `fingerprint`, when several sent it)."""
    with db.connect(hub.db) as conn:
        return conn.execute("SELECT * FROM uploads WHERE sha256 = %s AND (%s::text IS NULL OR "
                            "fingerprint = %s)", [sha, fingerprint, fingerprint]).fetchone()


def signed_get(http: httpx.Client, url: str, key: keys.DeviceKey, target: str
               ) -> httpx.Response:
    headers = auth.sign_request(key, "test", "GET", target, hashlib.sha256(b"").hexdigest())
    return http.get(url + target, headers=headers)


def chunk_post(http: httpx.Client, url: str, key: keys.DeviceKey, sha: str, size: int,
               offset: int, data: bytes) -> httpx.Response:
    """One signed chunk of a resumable upload, as `sync push` sends it."""
    target = f"/v1/uploads/{sha}?size={size}&offset={offset}"
    return signed_post(http, url, key, data, target)


class Proxy:
    """A bad link between laptops and a hub: a TCP relay on a free loopback port that
    passes bytes on in 4 KiB pieces, asking `rule()` before each piece sent towards the hub:
    "pass" sends it, "stall" holds it (and what follows) back, "cut" closes both ends
    of that connection, "502" closes the hub's end and answers the laptop as a TLS proxy
    with no hub behind it does. `up` counts the bytes passed towards the hub."""

    def __init__(self, target: str) -> None:
        self.target = target.removeprefix("http://").split(":")
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.rule: Callable[[], str] = lambda: "pass"
        self.up = 0
        self.stalled, self.cut = threading.Event(), threading.Event()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                laptop, _ = self.listener.accept()
            except OSError:
                return
            hub = socket.create_connection((self.target[0], int(self.target[1])))
            threading.Thread(target=self._towards_hub, args=(laptop, hub), daemon=True).start()
            threading.Thread(target=self._back, args=(hub, laptop), daemon=True).start()

    def _towards_hub(self, laptop: socket.socket, hub: socket.socket) -> None:
        laptop.settimeout(0.05)
        pending = b""
        try:
            while True:
                try:
                    data = laptop.recv(65536)
                    if not data:
                        return
                    pending += data
                except TimeoutError:
                    pass
                while pending:
                    with self._lock:
                        verdict = self.rule()
                        if verdict == "pass":
                            piece, pending = pending[:4096], pending[4096:]
                            self.up += len(piece)
                    if verdict == "stall":
                        self.stalled.set()
                        break
                    if verdict == "cut":
                        self.cut.set()
                        return
                    if verdict == "502":
                        self.cut.set()
                        self._bad_gateway(laptop, hub)
                        return
                    hub.sendall(piece)
        except OSError:
            return
        finally:
            for s in (laptop, hub):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    @staticmethod
    def _bad_gateway(laptop: socket.socket, hub: socket.socket) -> None:
        """Answer as nginx or Caddy does when the hub behind it is gone: an unsigned 502,
        read by the laptop once it has sent its request (the rest of it is drained)."""
        hub.shutdown(socket.SHUT_RDWR)  # (a close alone waits for the thread reading it)
        laptop.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close"
                       b"\r\n\r\n")
        laptop.settimeout(5)
        with contextlib.suppress(OSError):
            while laptop.recv(65536):
                pass

    def _back(self, hub: socket.socket, laptop: socket.socket) -> None:
        try:
            while data := hub.recv(65536):
                laptop.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                laptop.shutdown(socket.SHUT_RDWR)
