"""What the hub's tests share: a hub database on the session's PostgreSQL, `inspector hub
serve` processes on free loopback ports, and laptops connected to it and trusted by it."""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pgcluster import Cluster
from synckit import fingerprint, ok

_names = itertools.count(1)


@dataclass
class Hub:
    db: str
    files: Path
    fingerprint: str
    urls: list[str] = field(default_factory=list)
    procs: list[subprocess.Popen[str]] = field(default_factory=list)

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
    """One more `inspector hub serve` process on this hub's database (on `port`, to start
    a killed one again where the laptops know it); its URL."""
    port = port or _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "inspector", "hub", "serve", "--db", hub.db, "--photos",
         str(hub.files), "--listen", f"127.0.0.1:{port}", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.communicate()[1])
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
def running(cluster: Cluster, root: Path, processes: int = 1) -> Iterator[Hub]:
    hub = new_hub(cluster, root)
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
