"""What the sync tests share: the CLI run in this process, data directories copied and
dumped (every table and every file under photos/ and sync/), the three demo laptops."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector import paths
from inspector.cli import main as cli_main
from inspector.store import Store

INSPECTORS = (("张三", 1), ("李四", 2), ("王五", 3))


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(data_dir: Path | None, *args: str) -> Result:
    """`inspector [--data-dir D] ARGS...` in this process, with what it printed."""
    out, err = io.StringIO(), io.StringIO()
    argv = (["--data-dir", str(data_dir)] if data_dir is not None else []) + list(args)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(argv)
    return Result(code, out.getvalue(), err.getvalue())


def ok(data_dir: Path | None, *args: str) -> Result:
    result = run(data_dir, *args)
    assert result.code == 0, (args, result)
    return result


@contextlib.contextmanager
def opened(data_dir: Path) -> Iterator[Store]:
    store = Store.open(data_dir)
    try:
        yield store
    finally:
        store.close()


def copy_dir(src: Path, dest: Path) -> Path:
    gc.collect()  # no connection of this process is left open on `src`
    shutil.copytree(src, dest)
    return dest


def dump(data_dir: Path) -> dict[str, Any]:
    """Every row of every table, and every file under photos/ and sync/ with its hash."""
    con = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        state: dict[str, Any] = {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                                 for t in tables}
    finally:
        con.close()
    files = {}
    for folder in ("photos", "sync"):
        root = data_dir / folder
        if root.is_dir():
            for p in sorted(root.rglob("*")):
                if p.is_file() and p.name != "import.lock":
                    files[p.relative_to(data_dir).as_posix()] = hashlib.sha256(
                        p.read_bytes()).hexdigest()
    state["files"] = files
    return state


def count(data_dir: Path, sql: str, params: tuple[Any, ...] = ()) -> int:
    con = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        return int(con.execute(sql, params).fetchone()[0])
    finally:
        con.close()


def assert_refused(data_dir: Path, package: Path, message: str, *extra: str) -> Result:
    before = dump(data_dir)
    result = run(data_dir, "sync", "import", str(package), *extra)
    assert result.code == 1, result
    assert message in result.err, result.err
    assert "applied" not in result.out
    assert dump(data_dir) == before
    return result


def fingerprint(data_dir: Path) -> str:
    info = json.loads((data_dir / "keys" / "device.json").read_text(encoding="utf-8"))
    return str(info["fingerprint"])


def score(data_dir: Path) -> dict[str, Any]:
    return dict(json.loads(ok(data_dir, "score", "--json").out))


def site_entry(card: dict[str, Any], name: str) -> dict[str, Any]:
    [entry] = [s for c in card["categories"] for s in c["sites"] if s["name"] == name]
    return dict(entry)


@dataclass(frozen=True)
class Demo:
    root: Path
    dirs: dict[str, Path]
    packages: dict[str, Path]
    sha: dict[str, str]


def build_demo(root: Path) -> Demo:
    """Three inspectors' laptops, built in parallel, and each one's first package."""
    dirs = {name: root / f"laptop-{seed}" for name, seed in INSPECTORS}
    procs = [subprocess.Popen(
        [sys.executable, "-m", "inspector", "--data-dir", str(dirs[name]), "demo",
         "--inspector", name, "--seed", str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name, seed in INSPECTORS]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    packages, sha = {}, {}
    for name, _ in INSPECTORS:
        packages[name] = root / f"{name}-1.pkg"
        out = ok(dirs[name], "sync", "export", "--out", str(packages[name])).out
        sha[name] = out.rsplit("sha256 ", 1)[1].strip()
    return Demo(root, dirs, packages, sha)


def supervisor(data_dir: Path) -> Path:
    ok(data_dir, "config", "set", "role", "supervisor")
    return data_dir


def supervisor_trusting_both(demo: Demo) -> Path:
    """A supervisor that trusts 张三's and 王五's laptops and holds their first packages."""
    data_dir = supervisor(demo.root / "sup-both")
    ok(data_dir, "sync", "import", str(demo.packages["张三"]), str(demo.packages["王五"]),
       "--trust-new")
    return data_dir


def claims_world(demo: Demo) -> dict[str, Any]:
    """The supervisor's package with a correction of 张三's answer, and a full demo city's:
    what a package claiming a supervisor's role is tried with."""
    sup = supervisor(demo.root / "sup")
    ok(sup, "sync", "import", str(demo.packages["张三"]), "--trust-new")
    with opened(demo.dirs["张三"]) as laptop:
        [response] = laptop.rows("responses", "origin = ? AND passed IS NOT NULL",
                                 [laptop.device_id], order_by="id")[:1]
    with opened(sup) as store:
        store.save("responses", {"id": response["id"], "passed": 1 - response["passed"],
                                 "note": "督导更正"})
    correction = demo.root / "supervisor.pkg"
    ok(sup, "sync", "export", "--out", str(correction))
    city = supervisor(demo.root / "demo-city")
    ok(city, "demo")
    other_demo = demo.root / "demo-city.pkg"
    ok(city, "sync", "export", "--full", "--out", str(other_demo))
    return {"sup": sup, "response": response, "correction": correction, "city": city,
            "other_demo": other_demo}


def held_fingerprint(held: Result) -> str:
    """The fingerprint `sync import` proposes to trust for a held package."""
    assert held.code == 3, held
    return held.out.split("devices trust ")[1].split()[0]


def trusted_import(data_dir: Path, package: Path, role: str) -> Result:
    """A package from a device this computer does not know yet: held, then its key
    trusted as `role` (which applies it)."""
    held = run(data_dir, "sync", "import", str(package))
    return ok(data_dir, "devices", "trust", held_fingerprint(held), "--role", role)


_DEMO_CITY: list[Path] = []


def demo_supervisor(dest: Path, built_in: Path) -> Path:
    """A copy of the demo city (built once per test run, in `built_in`) as 赵组长's
    supervisor computer."""
    if not _DEMO_CITY:
        ok(built_in / "demo", "demo")
        _DEMO_CITY.append(built_in / "demo")
    shutil.copytree(_DEMO_CITY[0], dest)
    ok(supervisor(dest), "config", "set", "inspector", "赵组长")
    return dest


_DEMO_YEAR: list[Path] = []


def demo_year(dest: Path, built_in: Path) -> Path:
    """A copy of the demo city's year (`demo --year` on the supervisor's demo, built once
    per test run, in `built_in`)."""
    if not _DEMO_YEAR:
        year = demo_supervisor(built_in / "demo-year", built_in)
        assert "a year of 12 monthly rounds" in ok(year, "demo", "--year").out
        _DEMO_YEAR.append(year)
    shutil.copytree(_DEMO_YEAR[0], dest)
    return dest
