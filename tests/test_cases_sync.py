"""Cases travel in the signed packages: the supervisor dispatches, an inspector's laptop
re-inspects on site and sends it back, the supervisor's ledger shows it closed; a laptop
that makes itself a supervisor to dispatch is refused by the supervisor who trusts it as
an inspector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from synckit import demo_supervisor, ok, run, trusted_import


@pytest.fixture
def sup(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_supervisor(tmp_path / "sup", tmp_path_factory.getbasetemp())


def test_a_case_closed_on_an_inspectors_laptop_is_closed_on_the_supervisors(
        sup: Path, tmp_path: Path) -> None:
    ok(sup, "cases", "open")
    number = ok(sup, "cases", "list").out.splitlines()[2].split()[0]
    ok(sup, "cases", "dispatch", number, "--unit", "湖滨区住建局")
    ok(sup, "cases", "fix", number, "--measures", "清理积水")
    ok(sup, "sync", "export", "--out", str(tmp_path / "sup.pkg"))

    li = tmp_path / "li"
    ok(li, "config", "set", "inspector", "李四")
    trusted_import(li, tmp_path / "sup.pkg", "supervisor")
    assert "已整改待复查" in ok(li, "cases", "show", number).out
    after = tmp_path / "after.jpg"
    Image.new("RGB", (640, 480), (90, 160, 90)).save(after)
    ok(li, "cases", "reinspect", number, "--pass", "--photo", str(after))
    ok(li, "sync", "export", "--out", str(tmp_path / "li.pkg"))

    trusted_import(sup, tmp_path / "li.pkg", "inspector")
    shown = ok(sup, "cases", "show", number).out
    assert "销号" in shown and "李四 (inspector)" in shown and "1 photos" in shown
    assert '"closed": 1' in ok(sup, "cases", "stats", "--json").out
    # The after photo came with the package, stored by its content.
    assert any(p.name.startswith(tuple("0123456789abcdef")) for p in
               (sup / "photos").rglob("*.jpg"))


def test_a_laptop_that_makes_itself_a_supervisor_cannot_dispatch(
        sup: Path, tmp_path: Path) -> None:
    ok(sup, "cases", "open")
    number = ok(sup, "cases", "list").out.splitlines()[2].split()[0]
    ok(sup, "sync", "export", "--out", str(tmp_path / "sup.pkg"))
    li = tmp_path / "li"
    ok(li, "config", "set", "inspector", "李四")
    trusted_import(li, tmp_path / "sup.pkg", "supervisor")
    ok(li, "sync", "export", "--out", str(tmp_path / "first.pkg"), "--full")
    trusted_import(sup, tmp_path / "first.pkg", "inspector")  # known, as an inspector
    ok(li, "config", "set", "role", "supervisor")  # on its own laptop
    ok(li, "cases", "dispatch", number, "--unit", "某单位")
    ok(li, "sync", "export", "--out", str(tmp_path / "forged.pkg"))
    refused = run(sup, "sync", "import", str(tmp_path / "forged.pkg"))
    assert refused.code == 1 and "says it comes from a supervisor's device" in refused.err
    # Back to an inspector's laptop, it sends the supervisor's action it made meanwhile.
    ok(li, "config", "set", "role", "inspector")
    ok(li, "sync", "export", "--out", str(tmp_path / "forged2.pkg"), "--full")
    refused = run(sup, "sync", "import", str(tmp_path / "forged2.pkg"))
    assert refused.code == 1
    assert "is not its own new action as an inspector" in refused.err
    assert "待交办" in ok(sup, "cases", "show", number).out
