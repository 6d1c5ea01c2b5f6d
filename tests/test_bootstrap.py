"""bootstrap.sh waits for apt's locks and names apt's real errors.

The script is sourced (its main part does not run then) and its functions driven with a fake
`apt-get` first on PATH that answers with apt's own messages; the real apt is never run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO

BOOTSTRAP = REPO / "bootstrap.sh"

# Logs its arguments, its stdin and DEBIAN_FRONTEND, then answers from plan/<subcommand>/<n>:
# the n-th call's stderr (.err) and exit status (.rc); the last step repeats.
FAKE_APT_GET = r"""#!/usr/bin/env bash
set -u
args=("$@") sub=""
while (($#)); do
    case "$1" in -o) shift 2 ;; -*) shift ;; *) sub="$1"; break ;; esac
done
printf '%s|%s|%s\n' "${args[*]}" "$(readlink /proc/$$/fd/0)" "${DEBIAN_FRONTEND:-}" \
    >>"$FAKE_DIR/calls"
echo x >>"$FAKE_DIR/$sub.count"
n="$(wc -l <"$FAKE_DIR/$sub.count")"
while [[ ! -e "$FAKE_DIR/plan/$sub/$n.rc" ]] && ((n > 1)); do n=$((n - 1)); done
echo "Reading package lists..."
cat "$FAKE_DIR/plan/$sub/$n.err" >&2
exit "$(<"$FAKE_DIR/plan/$sub/$n.rc")"
"""
# Reports the packages listed in $FAKE_DIR/installed as installed.
FAKE_DPKG_QUERY = r"""#!/usr/bin/env bash
for name in "$@"; do
    [[ "$name" == -* ]] && continue
    if grep -qxF -- "$name" "$FAKE_DIR/installed"; then echo "$name install ok installed"; fi
done
exit 0
"""
# `sudo -n CMD...` runs CMD: the non-root branch reaches the fake apt-get as well.
FAKE_SUDO = """#!/usr/bin/env bash
[[ "$1" == -n ]] && shift
exec "$@"
"""

# apt 2.6's own messages (Debian 12), as it prints them on stderr.
LISTS_LOCKED = (
    "E: Could not get lock /var/lib/apt/lists/lock. It is held by process {pid} (apt-get)\n"
    "E: Unable to lock directory /var/lib/apt/lists/\n"
)
FRONTEND_LOCKED = (
    "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process {pid} (apt)\n"
    "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another"
    " process using it?\n"
)
DPKG_LOCKED = (
    "E: Could not get lock /var/lib/dpkg/lock. It is held by process {pid} (dpkg)\n"
    "E: Unable to lock the administration directory (/var/lib/dpkg/), is another process"
    " using it?\n"
)
ARCHIVES_LOCKED = (
    "E: Could not get lock /var/cache/apt/archives/lock. It is held by process {pid} (apt-get)\n"
    "E: Unable to lock directory /var/cache/apt/archives/\n"
)
# What apt says once its own DPkg::Lock::Timeout has run out: no process named.
FRONTEND_TIMED_OUT = (
    "E: Unable to acquire the dpkg frontend lock ({path}), is another process using it?\n"
)
WAITING = "==> Waiting for another apt/dpkg"


class Fake:
    """The fake commands' directory: bin/ for PATH, the plan, the calls they saw."""

    def __init__(self, root: Path) -> None:
        self.dir = root / "fake"
        self.bin = self.dir / "bin"
        self.tmp = root / "tmp"  # TMPDIR: apt_get's temporary file must not stay behind
        self.bin.mkdir(parents=True)
        self.tmp.mkdir()
        for name, text in (
            ("apt-get", FAKE_APT_GET),
            ("dpkg-query", FAKE_DPKG_QUERY),
            ("sudo", FAKE_SUDO),
        ):
            (self.bin / name).write_text(text)
            (self.bin / name).chmod(0o755)
        (self.dir / "installed").write_text("")

    def plan(self, sub: str, *steps: tuple[int, str]) -> None:
        folder = self.dir / "plan" / sub
        folder.mkdir(parents=True)
        for n, (status, stderr) in enumerate(steps, start=1):
            (folder / f"{n}.rc").write_text(str(status))
            (folder / f"{n}.err").write_text(stderr)

    def calls(self) -> list[list[str]]:
        log = self.dir / "calls"
        lines = log.read_text().splitlines() if log.exists() else []
        return [line.split("|") for line in lines]

    def run(self, script: str, *, wait: int = 60, retry: str = "0.05",
            ) -> subprocess.CompletedProcess[str]:
        """Sources bootstrap.sh, then runs `script` in the same bash."""
        env = {
            **os.environ,
            "PATH": f"{self.bin}{os.pathsep}{os.environ['PATH']}",
            "FAKE_DIR": str(self.dir),
            "TMPDIR": str(self.tmp),
            "BOOTSTRAP_APT_WAIT": str(wait),
            "BOOTSTRAP_APT_RETRY_S": retry,
        }
        return subprocess.run(
            ["bash", "-c", f'source "$1"\n{script}', "bash", str(BOOTSTRAP)],
            env=env, stdin=subprocess.PIPE, capture_output=True, text=True, timeout=30,
        )


@pytest.fixture
def fake(tmp_path: Path) -> Fake:
    return Fake(tmp_path)


@pytest.fixture
def holder() -> Iterator[int]:
    """A live process (`sleep`) for the fake apt to say holds the lock."""
    proc = subprocess.Popen(["sleep", "60"])
    yield proc.pid
    proc.kill()
    proc.wait()


def bootstrap_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("bootstrap:")]


def test_update_waits_for_the_lists_lock_then_runs(fake: Fake, holder: int) -> None:
    locked = LISTS_LOCKED.format(pid=holder)
    fake.plan("update", (100, locked), (100, locked), (100, locked), (0, ""))

    result = fake.run("APT=(apt-get); apt_get update; echo updated", wait=60)

    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("updated\n")
    calls = fake.calls()
    assert len(calls) == 4  # three refusals, then the run that got the lock
    waits = [line for line in result.stdout.splitlines() if line.startswith(WAITING)]
    assert waits == [
        f"{WAITING} (process {holder}: sleep) to release /var/lib/apt/lists/lock"
        " (up to 60 s in all)..."
    ]
    # apt's lock error is shown the first time only, not at every retry.
    assert result.stderr.count("Could not get lock") == 1
    for args, stdin, _ in calls:
        words = args.split()
        assert words[:2] == ["-q", "-o"] and words[-1] == "update"
        timeout = words[2].removeprefix("DPkg::Lock::Timeout=")
        assert 0 < int(timeout) <= 60
        assert stdin == "/dev/null"
    assert list(fake.tmp.iterdir()) == []


def test_install_waits_for_the_dpkg_and_archives_locks_in_turn(
    fake: Fake, holder: int,
) -> None:
    fake.plan(
        "install",
        (100, FRONTEND_LOCKED.format(pid=holder)),
        (100, DPKG_LOCKED.format(pid=holder)),
        (100, ARCHIVES_LOCKED.format(pid=holder)),
        (0, ""),
    )

    result = fake.run("APT=(apt-get); apt_get install -y xvfb")

    assert result.returncode == 0, result.stderr
    assert len(fake.calls()) == 4
    waits = [line for line in result.stdout.splitlines() if line.startswith(WAITING)]
    assert [w.split(" to release ")[1].split()[0] for w in waits] == [
        "/var/lib/dpkg/lock-frontend", "/var/lib/dpkg/lock", "/var/cache/apt/archives/lock",
    ]
    assert all(f"(process {holder}: sleep)" in w for w in waits)


def test_the_holder_comes_from_proc_locks_when_apt_does_not_name_it(
    fake: Fake, tmp_path: Path,
) -> None:
    lock = tmp_path / "lock-frontend"
    # Holds an fcntl lock on `lock`, as apt and dpkg do, until its stdin closes.
    proc = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys\n"
         f"fd = os.open({str(lock)!r}, os.O_RDWR | os.O_CREAT)\n"
         "fcntl.lockf(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\nsys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "held\n"
        comm = Path(f"/proc/{proc.pid}/comm").read_text().strip()
        timed_out = FRONTEND_TIMED_OUT.format(path=lock)
        fake.plan("install", (100, timed_out), (100, timed_out), (0, ""))

        result = fake.run("APT=(apt-get); apt_get install -y xvfb")
    finally:
        proc.communicate("")

    assert result.returncode == 0, result.stderr
    assert len(fake.calls()) == 3
    assert f"{WAITING} (process {proc.pid}: {comm}) to release {lock} " in result.stdout


@pytest.mark.parametrize("wait", [0, 2])  # whole seconds: 2 waits at least 1
def test_when_the_wait_runs_out_it_names_the_lock_and_its_holder(
    fake: Fake, holder: int, wait: int,
) -> None:
    fake.plan("update", (100, LISTS_LOCKED.format(pid=holder)))

    started = time.monotonic()
    result = fake.run("APT=(apt-get); apt_get update; echo not reached", wait=wait)

    assert result.returncode == 1
    assert "not reached" not in result.stdout
    assert time.monotonic() - started < wait + 5
    assert bootstrap_lines(result.stderr) == [
        f"bootstrap: apt-get update: gave up after {wait} s waiting for"
        f" /var/lib/apt/lists/lock, still held by process {holder}: sleep. Run this again"
        " once it is done, or wait longer with BOOTSTRAP_APT_WAIT=SECONDS"
    ]
    if wait == 0:  # no waiting at all: one try, no message
        assert len(fake.calls()) == 1
        assert WAITING not in result.stdout
    else:  # tried again and again meanwhile
        assert len(fake.calls()) > 3
        assert result.stdout.count(WAITING) == 1
    assert list(fake.tmp.iterdir()) == []


@pytest.mark.parametrize(
    ("sub", "stderr"),
    [
        ("update", "E: The repository 'http://deb.debian.org/debian nosuchsuite Release' does"
                   " not have a Release file.\n"
                   "N: Updating from such a repository can't be done securely, and is"
                   " therefore disabled by default.\n"),
        ("install", "E: Unable to locate package nosuchpkg\n"),
        ("install", "E: Failed to fetch http://deb.debian.org/debian/pool/main/p/poppler/"
                    "poppler-utils_22.12.0-2_amd64.deb  404  Not Found [IP: 151.101.2.132 80]\n"
                    "E: Unable to fetch some archives, maybe run apt-get update or try with"
                    " --fix-missing?\n"),
        ("install", "E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to"
                    " correct the problem. \n"),
    ],
)
def test_another_failure_dies_at_once_with_apts_own_errors(
    fake: Fake, sub: str, stderr: str,
) -> None:
    fake.plan(sub, (100, stderr))

    result = fake.run(f"APT=(apt-get); apt_get {sub} -y nosuchpkg; echo not reached")

    assert result.returncode == 1
    assert len(fake.calls()) == 1  # not a lock: no retry
    assert WAITING not in result.stdout
    errors = [line for line in stderr.splitlines() if line.startswith("E:")]
    assert bootstrap_lines(result.stderr) == [
        f"bootstrap: apt-get {sub} failed (exit status 100): " + "; ".join(errors)
    ]
    assert stderr in result.stderr  # apt's own output was shown as well
    assert list(fake.tmp.iterdir()) == []


def test_install_after_a_failed_fetch_names_the_fetch(fake: Fake) -> None:
    """apt-get update succeeds when it cannot fetch; the install then fails without saying why."""
    warning = ("W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease"
               "  Temporary failure resolving 'deb.debian.org'")
    fake.plan("update", (0, f"{warning}\nW: Some index files failed to download. They have"
                            " been ignored, or old ones used instead.\n"))
    fake.plan("install", (100, "E: Unable to locate package fonts-wqy-microhei\n"))
    (fake.dir / "installed").write_text("libgl1\n")

    result = fake.run("install_system_packages libgl1 fonts-wqy-microhei; echo not reached")

    assert result.returncode == 1
    assert bootstrap_lines(result.stderr) == [
        "bootstrap: apt-get install failed (exit status 100): E: Unable to locate package"
        f" fonts-wqy-microhei; (apt-get update warned: {warning})"
    ]
    # Through install_system_packages: update, then install of the missing package only,
    # non-interactive.
    calls = fake.calls()
    assert [args.split()[3:] for args, _, _ in calls] == [
        ["update"], ["install", "-y", "--no-install-recommends", "fonts-wqy-microhei"],
    ]
    assert all(stdin == "/dev/null" and frontend == "noninteractive"
               for _, stdin, frontend in calls)


def test_nothing_missing_never_runs_apt(fake: Fake) -> None:
    (fake.dir / "installed").write_text("libgl1\nxvfb\n")
    fake.plan("update", (100, "E: apt-get must not run\n"))

    result = fake.run("install_system_packages libgl1 xvfb; echo done")

    assert result.returncode == 0, result.stderr
    assert result.stdout == "done\n"
    assert fake.calls() == []
