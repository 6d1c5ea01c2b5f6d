"""inspector.geo: GCJ-02 / BD-09 / WGS-84 conversions and haversine distances."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.domain import CoordSystem
from inspector.geo import (
    bd09_to_gcj02,
    bd09_to_wgs84,
    distance_m,
    gcj02_to_bd09,
    gcj02_to_wgs84,
    out_of_china,
    to_wgs84,
    wgs84_to_gcj02,
)

# Published reference vectors (WGS-84, GCJ-02) shared by the eviltransform ports.
REFERENCE = [
    pytest.param((31.1774276, 121.5272106), (31.17530398364597, 121.531541859215), id="shanghai"),
    pytest.param((22.543847, 113.912316), (22.540796131694766, 113.9171764808363), id="shenzhen"),
    pytest.param((39.911954, 116.377817), (39.91334545536069, 116.38404722455657), id="beijing"),
]

TIANANMEN_WGS = (39.9087, 116.3975)

# Mainland points well inside the GCJ-02 rectangle (its edges are a discontinuity).
china_lat = st.floats(min_value=18.0, max_value=53.0)
china_lon = st.floats(min_value=74.0, max_value=134.0)


@pytest.mark.parametrize(("wgs", "gcj"), REFERENCE)
def test_wgs84_to_gcj02_matches_reference(
    wgs: tuple[float, float], gcj: tuple[float, float]
) -> None:
    assert wgs84_to_gcj02(*wgs) == pytest.approx(gcj, abs=1e-9)


@pytest.mark.parametrize(("wgs", "gcj"), REFERENCE)
def test_gcj02_to_wgs84_is_exact_inverse(
    wgs: tuple[float, float], gcj: tuple[float, float]
) -> None:
    back = gcj02_to_wgs84(*gcj)
    assert back == pytest.approx(wgs, abs=1e-7)
    assert distance_m(*back, *wgs) < 0.05


def test_gcj02_shift_in_beijing_and_shanghai_is_hundreds_of_metres() -> None:
    for wgs in (TIANANMEN_WGS, (31.2397, 121.4998)):  # Tiananmen; the Bund, Shanghai
        gcj = wgs84_to_gcj02(*wgs)
        assert 100 < distance_m(*wgs, *gcj) < 700
        # Amap/Tencent points sit east of the GPS position there (north in Beijing, south
        # in Shanghai).
        assert gcj[1] > wgs[1]


def test_bd09_is_a_further_shift_of_gcj02() -> None:
    gcj = wgs84_to_gcj02(*TIANANMEN_WGS)
    bd = gcj02_to_bd09(*gcj)
    assert 500 < distance_m(*gcj, *bd) < 1000
    assert distance_m(*TIANANMEN_WGS, *bd) > distance_m(*TIANANMEN_WGS, *gcj)


@settings(max_examples=300, deadline=None)
@given(china_lat, china_lon)
def test_wgs_gcj_wgs_round_trip(lat: float, lon: float) -> None:
    gcj = wgs84_to_gcj02(lat, lon)
    back = gcj02_to_wgs84(*gcj)
    assert distance_m(lat, lon, *back) < 0.5
    assert back == pytest.approx((lat, lon), abs=1e-7)


@settings(max_examples=300, deadline=None)
@given(china_lat, china_lon)
def test_gcj_bd_gcj_round_trip(lat: float, lon: float) -> None:
    assert bd09_to_gcj02(*gcj02_to_bd09(lat, lon)) == pytest.approx((lat, lon), abs=1e-7)
    assert gcj02_to_bd09(*bd09_to_gcj02(lat, lon)) == pytest.approx((lat, lon), abs=1e-7)


@settings(max_examples=300, deadline=None)
@given(china_lat, china_lon)
def test_bd_wgs_bd_round_trip(lat: float, lon: float) -> None:
    wgs = bd09_to_wgs84(lat, lon)
    back = gcj02_to_bd09(*wgs84_to_gcj02(*wgs))
    assert back == pytest.approx((lat, lon), abs=1e-7)
    assert distance_m(lat, lon, *back) < 0.5


@pytest.mark.parametrize(
    "point",
    [
        (51.5007, -0.1246),  # London
        (35.6586, 139.7454),  # Tokyo (east of the rectangle)
        (-33.8568, 151.2153),  # Sydney
        (40.7484, -73.9857),  # New York
        (60.0, 100.0),  # north of the rectangle
    ],
)
def test_out_of_china_points_are_unchanged(point: tuple[float, float]) -> None:
    assert out_of_china(*point)
    assert wgs84_to_gcj02(*point) == point
    assert gcj02_to_wgs84(*point) == point
    assert to_wgs84(*point, CoordSystem.GCJ02) == point


def test_out_of_china_rectangle() -> None:
    assert not out_of_china(*TIANANMEN_WGS)
    assert not out_of_china(22.3193, 114.1694)  # Hong Kong: inside the customary rectangle
    assert out_of_china(0.5, 110.0)  # south of 0.8293 N
    assert out_of_china(30.0, 72.0)  # west of 72.004 E
    assert out_of_china(30.0, 137.9)  # east of 137.8347 E


def test_to_wgs84_dispatches_on_the_system() -> None:
    gcj = wgs84_to_gcj02(*TIANANMEN_WGS)
    bd = gcj02_to_bd09(*gcj)
    assert to_wgs84(*TIANANMEN_WGS, CoordSystem.WGS84) == TIANANMEN_WGS
    assert to_wgs84(*gcj, CoordSystem.GCJ02) == pytest.approx(TIANANMEN_WGS, abs=1e-7)
    assert to_wgs84(*bd, CoordSystem.BD09) == pytest.approx(TIANANMEN_WGS, abs=1e-7)


def test_to_wgs84_accepts_the_stored_string_values() -> None:
    # A site's coordinate system comes back from the store as its string value.
    gcj = wgs84_to_gcj02(*TIANANMEN_WGS)
    assert to_wgs84(*gcj, CoordSystem("GCJ-02")) == pytest.approx(TIANANMEN_WGS, abs=1e-7)


def test_distance_one_degree_of_latitude() -> None:
    assert distance_m(30.0, 120.0, 31.0, 120.0) == pytest.approx(111_195, rel=0.005)
    assert distance_m(0.0, 0.0, 1.0, 0.0) == pytest.approx(111_200, rel=0.005)


def test_distance_basics() -> None:
    assert distance_m(*TIANANMEN_WGS, *TIANANMEN_WGS) == 0.0
    a, b = (39.9087, 116.3975), (31.2397, 121.4998)  # Beijing - Shanghai, about 1067 km
    assert distance_m(*a, *b) == pytest.approx(distance_m(*b, *a))
    assert distance_m(*a, *b) == pytest.approx(1_067_000, rel=0.01)
    # One degree of longitude shrinks with cos(latitude).
    assert distance_m(60.0, 10.0, 60.0, 11.0) == pytest.approx(111_195 / 2, rel=0.005)
    # Antipodes: half the circumference, without a math domain error.
    assert distance_m(0.0, 0.0, 0.0, 180.0) == pytest.approx(20_015_115, rel=1e-6)
