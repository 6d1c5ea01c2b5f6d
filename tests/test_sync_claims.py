"""What a package says of itself, and what an import asks before it applies (issue 13):
the sender's claimed role is proposed, never taken; a supervisor's package trusted as an
inspector's says how to change the trust; held packages and conflicts are named by file,
sender, site and standard; a package that would flood a round with conflicts (another
copy of the round: a different demo) is refused until the person says --yes.

Through the CLI, on three demo laptops, a supervisor that corrected one of 张三's answers,
and a full demo city on a supervisor's computer."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from synckit import (
    Demo,
    assert_refused,
    build_demo,
    claims_world,
    copy_dir,
    count,
    dump,
    fingerprint,
    ok,
    opened,
    run,
    supervisor,
)

from inspector.demo import ROUND_NAME
from inspector.store import versions as vs
from inspector.sync import preflight


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("claims-demo"))


@pytest.fixture(scope="module")
def world(demo: Demo) -> dict[str, Any]:
    return claims_world(demo)


def hints(text: str) -> list[list[str]]:
    return [h.split()[1:] for h in re.findall(r"'(inspector [^']+)'", text)]


def note_of(data_dir: Path, response_id: str) -> str:
    with opened(data_dir) as store:
        row = store.get("responses", response_id)
    assert row is not None
    return str(row["note"])


def test_a_supervisors_package_proposes_its_role_and_is_named_by_its_file(
        demo: Demo, world: dict[str, Any], tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    fp = fingerprint(world["sup"])
    held = run(laptop, "sync", "import", str(world["correction"]))
    assert held.code == 3, held
    # Proposed, not taken: the hint names the role the package says, nothing is applied.
    assert "the package says it comes from a supervisor's device" in held.out
    assert ["devices", "trust", fp, "--role", "supervisor"] in hints(held.out)
    assert note_of(laptop, world["response"]["id"]) != "督导更正"
    [line] = [x for x in ok(laptop, "devices", "list").out.splitlines() if fp in x]
    assert line.startswith("? (says supervisor)") and "1 packages held (supervisor.pkg)" in line
    # Trusted as the package proposes: the held package is named by the file it came as.
    trusted = ok(laptop, "devices", "trust", fp, "--role", "supervisor")
    assert "held package supervisor.pkg: applied" in trusted.out
    assert note_of(laptop, world["response"]["id"]) == "督导更正"
    assert not list((laptop / "sync" / "held").rglob("*"))
    # An inspector's package on the supervisor's computer still proposes an inspector.
    fresh = supervisor(tmp_path / "fresh")
    held = run(fresh, "sync", "import", str(demo.packages["李四"]))
    assert ["devices", "trust", fingerprint(demo.dirs["李四"]), "--role", "inspector"] \
        in hints(held.out) and "says it comes from a supervisor" not in held.out


def test_a_supervisors_package_trusted_as_an_inspectors_says_how_to_change_the_trust(
        demo: Demo, world: dict[str, Any], tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    fp = fingerprint(world["sup"])
    assert run(laptop, "sync", "import", str(world["correction"])).code == 3
    wrong = ok(laptop, "devices", "trust", fp, "--role", "inspector")
    why = ("this package says it comes from a supervisor's device, but this computer trusts "
           "device")
    assert "held package supervisor.pkg: supervisor.pkg: " + why in wrong.out
    assert f"inspector devices trust {fp} --role supervisor — and import the package again" \
        in wrong.out
    assert note_of(laptop, world["response"]["id"]) != "督导更正"
    # Imported again: refused the same way, with nothing written.
    refused = assert_refused(laptop, world["correction"], why)
    assert "as an inspector's, so the supervisor's work in it" in refused.err
    assert "Traceback" not in refused.err
    # Doing what it says works.
    ok(laptop, "devices", "trust", fp, "--role", "supervisor")
    assert ": applied" in ok(laptop, "sync", "import", str(world["correction"])).out
    assert note_of(laptop, world["response"]["id"]) == "督导更正"


def test_conflicts_are_named_by_site_and_standard(demo: Demo, world: dict[str, Any],
                                                  tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    response = world["response"]
    with opened(laptop) as store:
        store.save("responses", {"id": response["id"], "note": "张三补记"})  # a late edit
        inspection = store.get("inspections", response["inspection_id"])
        assert inspection is not None
        site = store.get("sites", inspection["site_id"])
        assert site is not None
    assert run(laptop, "sync", "import", str(world["correction"])).code == 3
    ok(laptop, "devices", "trust", fingerprint(world["sup"]), "--role", "supervisor")
    listing = ok(laptop, "conflicts", "list").out
    where = f"{site['name']} · {response['item_id']} · answer"
    [line] = [x for x in listing.splitlines() if where in x]
    assert response["id"][:8] not in listing and "督导更正" in line


def test_another_demo_city_is_refused_until_the_person_says_yes(
        demo: Demo, world: dict[str, Any], tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    package = world["other_demo"]
    fp = fingerprint(world["city"])
    assert run(laptop, "sync", "import", str(package)).code == 3
    before = dump(laptop)
    trusted = ok(laptop, "devices", "trust", fp, "--role", "supervisor")
    found = re.search(r"demo-city\.pkg: importing it would make (\d+) conflicts with the "
                      r"records here", trusted.out)
    assert found, trusted.out
    n = int(found.group(1))
    assert n > preflight.MANY
    assert "inspector sync import demo-city.pkg --yes" in trusted.out
    after = dump(laptop)
    assert after["versions"] == before["versions"] and after["inspections"] == \
        before["inspections"]
    # Imported again, refused in one line, nothing written; --yes applies it.
    refused = assert_refused(laptop, package, "may come from another copy of this round, "
                             "such as a different demo city")
    assert f"to apply it anyway: inspector sync import {package} --yes" in refused.err
    applied = ok(laptop, "sync", "import", str(package), "--yes")
    assert ": applied" in applied.out and f"{n} conflicts wait for a decision" in applied.out
    with opened(laptop) as store:
        assert sum(1 for c in vs.conflicts(store) if c.decision is None) == n


def test_a_round_named_like_this_one_but_another_is_refused_until_yes(
        demo: Demo, tmp_path: Path) -> None:
    sup = supervisor(tmp_path / "sup")
    ok(sup, "round", "new", ROUND_NAME, "--form", "civilized-city-field")
    package = demo.packages["李四"]
    refused = assert_refused(sup, package, f"its round '{ROUND_NAME}' is not this computer's "
                             "round of that name", "--trust-new")
    assert "--yes" in refused.err
    ok(sup, "sync", "import", str(package), "--trust-new", "--yes")
    assert count(sup, "SELECT count(*) FROM rounds WHERE name = ?", (ROUND_NAME,)) == 2


def test_the_three_demo_inspectors_merge_without_a_question(demo: Demo,
                                                            tmp_path: Path) -> None:
    sup = supervisor(tmp_path / "sup")
    result = ok(sup, "sync", "import", *(str(p) for p in demo.packages.values()),
                "--trust-new")
    assert result.out.count(": applied") == 3
    assert "1 conflicts wait" in result.out
