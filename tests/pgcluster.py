"""A throwaway PostgreSQL cluster for the hub's tests: initdb into a temporary folder,
started with pg_ctl on a free loopback port, removed afterwards. Never a mock.

As root (CI here runs as root), initdb refuses to run, so the cluster belongs to the
`postgres` system user (Debian's package makes it) and is started through runuser.
Where the server binaries are missing the hub's tests are skipped, naming what to install
— unless INSPECTOR_REQUIRE_POSTGRES=1, when missing PostgreSQL fails them.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

INSTALL = ("PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's "
           "`postgresql` package (./bootstrap.sh installs it) to run the hub's tests")
REQUIRE_ENV = "INSPECTOR_REQUIRE_POSTGRES"


def server_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent  # Debian's are links into its versioned folder
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bin: Path
    root: Path
    port: int
    as_user: list[str]

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user, str(self.bin / tool), *args], check=True,
                              capture_output=True, text=True, timeout=60, cwd=self.root)

    def create_db(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(
                psycopg.sql.Identifier(name)))
        return self.url(name)

    def stop(self, mode: str = "immediate") -> None:
        """Stopped: at once (the end of the run), or "fast" — committed work written out
        first, as a restart of a real server keeps it (this cluster runs with fsync off,
        so an immediate stop would lose what a real one keeps)."""
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m",
                        mode, "-w", "stop"], capture_output=True, timeout=60,
                       cwd=self.root)

    def start(self) -> None:
        options = (f"-k {self.root} -p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                 str(self.root / "server.log"), "-w", "-t", "60", "start")


def start_cluster() -> Cluster:
    found = server_bin()
    if found is None:
        raise FileNotFoundError(INSTALL)
    root = Path(tempfile.mkdtemp(prefix="inspector-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(found, root, _free_port(), as_user)
    try:
        # trust on loopback only: a throwaway cluster for one test run
        cluster.run("initdb", "-D", str(cluster.data), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        cluster.start()
    except BaseException:
        remove(cluster)
        raise
    return cluster


def remove(cluster: Cluster) -> None:
    cluster.stop()
    shutil.rmtree(cluster.root, ignore_errors=True)
