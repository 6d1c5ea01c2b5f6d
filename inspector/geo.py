"""Coordinates: converting Chinese map datums to WGS-84, and distances on the ground.

Site registries exported from Amap or Tencent maps are in GCJ-02 (the state-mandated
obfuscated datum); exports from Baidu maps are in BD-09 (a further offset of GCJ-02).
Photo EXIF and GPS are WGS-84. The two sit 300–700 m apart in most Chinese cities, so a
site's position must be converted to WGS-84 before it is compared with a photo's.

The GCJ-02 and BD-09 transforms below are the widely published ones (Krasovsky 1940
ellipsoid); both are only defined forwards, so the inverses here are found iteratively.
Every function takes and returns (latitude, longitude) in decimal degrees. Pure stdlib.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from inspector.domain import CoordSystem

__all__ = [
    "EARTH_MEAN_RADIUS_M",
    "bd09_to_gcj02",
    "bd09_to_wgs84",
    "distance_m",
    "gcj02_to_bd09",
    "gcj02_to_wgs84",
    "out_of_china",
    "to_wgs84",
    "wgs84_to_gcj02",
]

# WGS-84 mean radius (IUGG R1), for haversine distances.
EARTH_MEAN_RADIUS_M = 6371008.8

# GCJ-02 works on the Krasovsky 1940 ellipsoid.
_KRASOVSKY_A = 6378245.0
_KRASOVSKY_EE = 0.00669342162296594323

# BD-09's angular constant.
_X_PI = math.pi * 3000.0 / 180.0

# The inverses stop once a forward step lands this close (degrees) to the target:
# 1e-9 deg is about 0.1 mm, comfortably under the 1e-7 deg requirement.
_INVERSE_TOLERANCE_DEG = 1e-9
_INVERSE_MAX_STEPS = 30


def out_of_china(lat: float, lon: float) -> bool:
    """True outside the rectangle where GCJ-02 applies (there, no shift is made).

    This is the customary bounding box of the published implementations; it includes
    some neighbouring territory but is what the map providers' exports are consistent with.
    """
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def _delta_lat(x: float, y: float) -> float:
    # x, y: longitude - 105, latitude - 35 (degrees).
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return ret


def _delta_lon(x: float, y: float) -> float:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return ret


def _gcj02_offset(lat: float, lon: float) -> tuple[float, float]:
    """The GCJ-02 shift (dlat, dlon) in degrees at a WGS-84 point inside China."""
    dlat = _delta_lat(lon - 105.0, lat - 35.0)
    dlon = _delta_lon(lon - 105.0, lat - 35.0)
    rad_lat = lat / 180.0 * math.pi
    magic = 1.0 - _KRASOVSKY_EE * math.sin(rad_lat) ** 2
    sqrt_magic = math.sqrt(magic)
    # Metres to degrees on the Krasovsky ellipsoid: the meridian radius of curvature for
    # latitude, the radius of the parallel for longitude.
    meridian_radius = _KRASOVSKY_A * (1.0 - _KRASOVSKY_EE) / (magic * sqrt_magic)
    parallel_radius = _KRASOVSKY_A / sqrt_magic * math.cos(rad_lat)
    return dlat * 180.0 / (meridian_radius * math.pi), dlon * 180.0 / (parallel_radius * math.pi)


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """WGS-84 (GPS, EXIF) to GCJ-02 (Amap, Tencent)."""
    if out_of_china(lat, lon):
        return lat, lon
    dlat, dlon = _gcj02_offset(lat, lon)
    return lat + dlat, lon + dlon


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """GCJ-02 to WGS-84, inverting `wgs84_to_gcj02` iteratively (to ~1e-9 degrees).

    The one-step approximation (subtracting the shift computed at the GCJ-02 point) is off by
    up to ~4.5 m; here the guess is corrected until its forward image matches.
    """
    if out_of_china(lat, lon):
        return lat, lon
    return _invert(wgs84_to_gcj02, lat, lon)


def gcj02_to_bd09(lat: float, lon: float) -> tuple[float, float]:
    """GCJ-02 to BD-09 (Baidu)."""
    z = math.hypot(lon, lat) + 0.00002 * math.sin(lat * _X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * _X_PI)
    return z * math.sin(theta) + 0.006, z * math.cos(theta) + 0.0065


def bd09_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """BD-09 to GCJ-02: the published inverse, refined until `gcj02_to_bd09` maps it back.

    The published formula alone is off by up to ~0.2 m; the refinement makes the round trip
    exact to ~1e-9 degrees.
    """
    x = lon - 0.0065
    y = lat - 0.006
    z = math.hypot(x, y) - 0.00002 * math.sin(y * _X_PI)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * _X_PI)
    first_guess = (z * math.sin(theta), z * math.cos(theta))
    return _invert(gcj02_to_bd09, lat, lon, first_guess)


def bd09_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """BD-09 (Baidu) to WGS-84."""
    return gcj02_to_wgs84(*bd09_to_gcj02(lat, lon))


def to_wgs84(lat: float, lon: float, system: CoordSystem) -> tuple[float, float]:
    """A point given in `system` as WGS-84."""
    if system is CoordSystem.WGS84:
        return lat, lon
    if system is CoordSystem.GCJ02:
        return gcj02_to_wgs84(lat, lon)
    if system is CoordSystem.BD09:
        return bd09_to_wgs84(lat, lon)
    raise ValueError(f"unknown coordinate system: {system!r}")  # pragma: no cover


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine on a sphere of the WGS-84 mean radius)."""
    phi1 = math.radians(lat1)
    phi2 = math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlambda = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2.0) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2.0) ** 2
    return 2.0 * EARTH_MEAN_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def _invert(
    forward: Callable[[float, float], tuple[float, float]],
    lat: float,
    lon: float,
    guess: tuple[float, float] | None = None,
) -> tuple[float, float]:
    """The point p with forward(p) == (lat, lon), by fixed-point iteration.

    Both transforms are a small, slowly varying shift, so correcting the guess by the
    residual converges fast (each step shrinks the error by a factor of ~1000).
    """
    if guess is None:
        # Start from the one-step approximation: the target moved back by its own shift.
        f_lat, f_lon = forward(lat, lon)
        guess = (2.0 * lat - f_lat, 2.0 * lon - f_lon)
    g_lat, g_lon = guess
    for _ in range(_INVERSE_MAX_STEPS):
        f_lat, f_lon = forward(g_lat, g_lon)
        err_lat = f_lat - lat
        err_lon = f_lon - lon
        if abs(err_lat) < _INVERSE_TOLERANCE_DEG and abs(err_lon) < _INVERSE_TOLERANCE_DEG:
            break
        g_lat -= err_lat
        g_lon -= err_lon
    return g_lat, g_lon
