"""The CLI meets a user's mistakes and a computer's trouble with one line, never a
traceback: output paths (missing folder, not writable, full disk, a drive pulled
mid-write), a closed pipe, options after the subcommand, --version."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Cli, Result

from inspector import output, paths
from inspector.cli import main as cli_main

# Every command that writes a file the user names, and what it writes there.
WRITERS = {
    "scorecard": ("report", "scorecard", "--no-appendix", "--out", "{dir}/得分表.pdf"),
    "problems-pdf": ("report", "problems", "--out", "{dir}/问题清单.pdf"),
    "problems-xlsx": ("report", "problems", "--out", "{dir}/问题清单.xlsx"),
    "sync-export": ("sync", "export", "--full", "--out", "{dir}/张三.pkg"),
    "backup": ("backup", "--out", "{dir}/backup.zip"),
    "results-export": ("results", "export", "--out", "{dir}/results.json"),
    "export-csv": ("export", "--format", "csv", "--out", "{dir}/csv"),
    "export-xlsx": ("export", "--format", "xlsx", "--out", "{dir}/xlsx"),
}


def _args(name: str, folder: Path) -> list[str]:
    return [a.replace("{dir}", str(folder)) for a in WRITERS[name]]


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def one_line_error(result: Result, path: str, cause: str) -> None:
    assert result.code == 1, result
    assert result.out == "" or "Traceback" not in result.out
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    assert path in lines[0] and cause in lines[0], lines[0]


@contextlib.contextmanager
def mounted_tmpfs(where: Path, options: str) -> Iterator[Path]:
    """A real small or read-only disk (root, as CI runs): tmpfs mounted at `where`."""
    where.mkdir(parents=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs here ({done.stderr.strip()}); these tests need "
                    "root, as CI has")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def readonly_dir(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:  # an ordinary user: a folder without write permission
        folder = tmp_path / "readonly"
        folder.mkdir()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    with mounted_tmpfs(tmp_path / "readonly", "ro,size=1m") as folder:
        yield folder


FILLER = "filler.bin"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real disk with no space left: a small tmpfs, filled up."""
    if os.geteuid() != 0:
        pytest.skip("a full disk is simulated with a tiny tmpfs, which needs root (CI is)")
    with mounted_tmpfs(tmp_path / "full", "size=64k") as folder:
        with open(folder / FILLER, "wb", buffering=0) as fh, contextlib.suppress(OSError):
            while fh.write(b"\0" * 4096):
                pass
        yield folder


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_missing_folder_is_made(name: str, township: Path, cli: Cli,
                                  tmp_path: Path) -> None:
    folder = tmp_path / "新文件夹" / "2026-12"
    result = cli(*_args(name, folder))
    assert result.code == 0, result
    written = files_under(folder)
    assert written and not [f for f in written if f.endswith(output.PART_SUFFIX)], written


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_folder_that_is_not_writable(name: str, township: Path, cli: Cli,
                                       readonly_dir: Path) -> None:
    result = cli(*_args(name, readonly_dir))
    cause = "read-only" if os.geteuid() == 0 else "not writable"
    one_line_error(result, str(readonly_dir), cause)
    assert files_under(readonly_dir) == []


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_full_disk(name: str, township: Path, cli: Cli,
                     full_disk: Path) -> None:
    target = full_disk / "u盘"
    before = cli("sync", "exports").out
    result = cli(*_args(name, target))
    one_line_error(result, str(target), "the disk is full")
    assert "nothing was left half-written" in result.err
    assert files_under(full_disk) == [FILLER]
    assert not target.exists()  # the folder made for it is gone again
    assert cli("sync", "exports").out == before  # no export recorded that never landed


@pytest.mark.parametrize("name", ["scorecard", "sync-export", "backup", "results-export"])
def test_a_drive_pulled_mid_write(name: str, township: Path, cli: Cli,
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stick goes while the file is made durable: the OS reports EIO."""
    def pulled(path: Path) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(output, "_fsync", pulled)
    folder = tmp_path / "usb"
    result = cli(*_args(name, folder))
    one_line_error(result, str(folder), "the drive failed or was removed while writing")
    assert not folder.exists() or files_under(folder) == []


def test_the_data_directory_on_a_full_disk(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root for a tiny tmpfs (CI is root)")
    with mounted_tmpfs(tmp_path / "full", "size=200k") as disk:
        data_dir = disk / "data"
        code = cli_main(["--data-dir", str(data_dir), "demo"])
        err = capsys.readouterr().err
        assert code == 1
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "database or disk is full" in err and str(data_dir) in err


def test_an_output_path_that_is_a_folder_or_under_a_file(township: Path,
                                                         cli: Cli,
                                                         tmp_path: Path) -> None:
    one_line_error(cli("report", "scorecard", "--out", str(tmp_path)), str(tmp_path),
                   "a folder has that name")
    blocker = tmp_path / "note.txt"
    blocker.write_text("x", encoding="utf-8")
    one_line_error(cli("backup", "--out", str(blocker / "b.zip")), str(blocker),
                   "a file has that name")


# ---- a closed pipe, options after the subcommand, --version ----

PIPED = [("config",), ("review", "list"), ("inspections", "list"), ("sites", "list"),
         ("photos", "missing"), ("score",), ("devices", "list"), ("forms", "list")]


def _inspector(*args: str, stdout: int | None = None, stderr: int | None = None,
               capture_output: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "inspector", *args], text=True,
                          timeout=120, stdout=stdout, stderr=stderr,
                          capture_output=capture_output)


@pytest.mark.parametrize("args", PIPED, ids=lambda a: " ".join(a))
def test_a_closed_pipe_ends_the_command_quietly(args: tuple[str, ...], township: Path
                                                ) -> None:
    """`inspector sites list | head`: the reader has gone before anything is written."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = _inspector("--data-dir", str(township), *args, stdout=write,
                          stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert done.stderr == ""
    assert done.returncode == 141  # as a Unix tool stopped by SIGPIPE


def test_global_options_work_after_the_subcommand(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "after"
    sites = tmp_path / "sites.csv"
    sites.write_text("点位名称,点位类型,县市区\n青山镇,乡镇,青山县\n", encoding="utf-8")
    assert cli_main(["sites", "import", str(sites), "--data-dir", str(data_dir)]) == 0
    assert cli_main(["sites", "list", "--data-dir", str(data_dir)]) == 0
    assert "青山镇" in capsys.readouterr().out
    # Given before and after, the one after the subcommand is meant.
    other = tmp_path / "other"
    assert cli_main(["--data-dir", str(other), "sites", "list", "--data-dir",
                     str(data_dir)]) == 0
    assert "青山镇" in capsys.readouterr().out
    assert not other.exists()


def test_demo_takes_the_data_dir_after_it(tmp_path: Path) -> None:
    """The observed case, through the real entry point."""
    data_dir = tmp_path / f"demo-{uuid.uuid4().hex[:6]}"
    done = _inspector("demo", "--inspector", "张三", "--data-dir", str(data_dir),
                      capture_output=True)
    assert done.returncode == 0, done.stderr
    assert (data_dir / "inspector.sqlite3").is_file()
    shutil.rmtree(data_dir)


def test_version() -> None:
    done = _inspector("--version", capture_output=True)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.strip().startswith("inspector 0.")


# ---- one writer per data directory ----

@contextlib.contextmanager
def held_elsewhere(data_dir: Path, what: str) -> Iterator[int]:
    """Another process (another app, another command) holds the data directory."""
    code = ("import sys, time\nfrom pathlib import Path\nfrom inspector import paths\n"
            "with paths.writing_to(Path(sys.argv[1]), sys.argv[2]):\n"
            "    print('held', flush=True)\n    time.sleep(120)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(data_dir), what],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield holder.pid
    finally:
        holder.kill()
        holder.wait()


def test_a_second_writer_is_refused_in_one_line(township: Path, cli: Cli,
                                                tmp_path: Path) -> None:
    sites = tmp_path / "more.csv"
    sites.write_text("点位名称,点位类型,县市区\n河口镇,乡镇,青山县\n", encoding="utf-8")
    before = cli("sites", "list").out
    with held_elsewhere(township, paths.APP) as pid:
        refused = cli("sites", "import", str(sites))
        one_line_error(refused, str(township), f"is in use by the app (process {pid})")
        assert cli("sites", "list").out == before  # reading goes on meanwhile
        busy = cli("config", "set", "city", "示范市")
        assert busy.code == 1 and "in use by the app" in busy.err
    assert cli("sites", "import", str(sites)).code == 0  # once it is gone
    with held_elsewhere(township, "inspector sync import") as pid:
        assert f"in use by 'inspector sync import' (process {pid})" in cli("demo").err


def test_a_second_app_says_so(township: Path, qapp: Any,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from inspector.ui import main_window

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    with held_elsewhere(township, paths.APP) as pid:
        assert main_window.run(township) == 1
    assert len(shown) == 1 and f"（进程 {pid}）" in shown[0], shown


def test_every_command_a_message_names_exists() -> None:
    """A hint like 'inspector devices refuse FINGERPRINT' must be a command the parser
    knows: every string in the core and the app that names one is checked."""
    import argparse
    import ast
    import re

    from inspector.cli import build_parser

    def choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    commands = choices(build_parser())
    named = re.compile(r"[`'(]inspector ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?")
    root = Path(__file__).resolve().parent.parent / "inspector"
    checked = 0
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            for first, second in named.findall(node.value):
                if first == "or":  # "(inspector or supervisor)": not a command
                    continue
                where = f"{path.relative_to(root)}: 'inspector {first} {second}'"
                assert first in commands, where
                actions = choices(commands[first])
                if actions and second:
                    assert second in actions, where
                checked += 1
    assert checked > 20
