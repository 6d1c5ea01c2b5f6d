"""The hub's connections to PostgreSQL: a psycopg-pool pool that answers at once when
PostgreSQL is down and serves again soon after it is back.

psycopg-pool alone does neither: with the server gone a request waits the pool's whole
timeout before it fails, and after an outage the pool reconnects with an exponential
backoff that grows with the outage (down a minute, up to a minute more before the hub
serves again — seen in tests/test_hub_faults.py). So here:

- a connection is checked before a request gets it: one broken by a restart is replaced,
  never handed to a request;
- a request waits at most QUICK_S for a connection before the hub asks PostgreSQL itself
  whether it is there (a plain connect, one at a time, its answer kept PROBE_S): when it
  is not, `DatabaseDown` at once (the server answers 503); when it is, the request waits
  the rest of the timeout, as under load;
- reconnection attempts give up after RECONNECT_S, so no attempt is ever scheduled far
  ahead: the next request that waits starts a new one, at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg
import psycopg_pool
from psycopg.rows import dict_row

QUICK_S = 1.0  # how long a request waits for a pooled connection before asking
PROBE_S = 1.0  # how long an answer to "is PostgreSQL there?" is kept
RECONNECT_S = 2.0  # how long one reconnection attempt may back off
CONNECT_S = 3  # the probe's connect timeout (a host that does not answer at all)


class DatabaseDown(Exception):
    """PostgreSQL cannot be reached now (the hub answers 503; the laptop tries later)."""


class Database:
    def __init__(self, url: str, size: int, timeout: float = 10.0) -> None:
        self.url, self.timeout = url, timeout
        self.pool: psycopg_pool.ConnectionPool[Any] = psycopg_pool.ConnectionPool(
            url, min_size=1, max_size=size, open=False, timeout=timeout,
            reconnect_timeout=RECONNECT_S, check=psycopg_pool.ConnectionPool.check_connection,
            kwargs={"autocommit": True, "row_factory": dict_row})
        self._probe_lock = threading.Lock()
        self._probed_at, self._up = -PROBE_S, True

    def open(self) -> None:
        self.pool.open()

    def close(self) -> None:
        self.pool.close()

    def run(self, fn: Callable[[psycopg.Connection[Any]], Any]) -> Any:
        """`fn` on a pooled connection; DatabaseDown when PostgreSQL is not there (or
        goes away while `fn` runs)."""
        try:
            try:
                conn = self.pool.getconn(QUICK_S)
            except psycopg_pool.PoolTimeout:
                if not self.reachable():
                    raise DatabaseDown() from None
                conn = self.pool.getconn(max(self.timeout - QUICK_S, 0.1))
            try:
                return fn(conn)
            finally:
                self.pool.putconn(conn)
        except psycopg.OperationalError as exc:  # the server went away (PoolTimeout too)
            raise DatabaseDown() from exc

    def reachable(self) -> bool:
        """Whether PostgreSQL accepts a connection now (asked at most every PROBE_S)."""
        with self._probe_lock:
            if time.monotonic() - self._probed_at >= PROBE_S:
                try:
                    psycopg.connect(self.url, connect_timeout=CONNECT_S).close()
                    self._up = True
                except psycopg.Error:
                    self._up = False
                self._probed_at = time.monotonic()
            return self._up
