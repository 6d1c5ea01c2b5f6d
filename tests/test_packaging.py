"""An installed wheel (not the checkout) carries and finds the shipped forms and translations."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

PROBE = """
import inspector, inspector.forms as f
print(inspector.__file__)
print(f.shipped_forms_dir())
print(f.default_form().form.id)
from inspector.ui.main_window import translations_dir
from PySide6.QtCore import QLocale, QTranslator
t = QTranslator()
print(translations_dir())
print(t.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "inspector", "_",
             str(translations_dir())))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--no-cache-dir", "-q", "-w", str(out), str(REPO)],
                   check=True, capture_output=True, text=True, timeout=300)
    (built,) = out.glob("inspector-*.whl")
    return built


def test_wheel_contains_the_shipped_forms_and_translations(wheel: Path) -> None:
    """The default form and the compiled zh_CN translation are inside the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "inspector/_shipped/forms/default.yaml" in names
    assert "inspector/_shipped/resources/i18n/inspector_zh_CN.qm" in names
    assert not any(n.startswith(("tests/", "inspector/tests/")) for n in names)


def test_installed_package_finds_forms_and_translations(wheel: Path, tmp_path: Path) -> None:
    """Installed into a plain folder and run from elsewhere, it uses its own shipped files."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile",
                    "--no-cache-dir", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, text=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    module, forms_dir, form_id, i18n_dir, loaded = result.stdout.splitlines()
    root = target.resolve()
    assert Path(module).resolve().is_relative_to(root)  # not the editable checkout
    assert Path(forms_dir).resolve().is_relative_to(root)
    assert form_id == "civilized-city-field"
    assert Path(i18n_dir).resolve().is_relative_to(root)
    assert (Path(i18n_dir) / "inspector_zh_CN.qm").is_file()
    assert loaded == "True"
