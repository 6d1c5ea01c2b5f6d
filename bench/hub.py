"""The city hub under load (issue 16): N simulated laptops push M packages each,
concurrently, to two `inspector hub serve` processes on one throwaway PostgreSQL.

Usage: .venv/bin/python bench/hub.py [--clients 100] [--packages 20] [--versions 50]

Each client is a device of its own (its own Ed25519 key, trusted by the hub as an
inspector's) and each package a real signed package (sync.package.write_package) of
VERSIONS site corrections with its author's certificate, as a laptop's export carries
them; clients are threads, each with its own HTTP connection, alternating the two hub
processes. Figures: packages/s, p50/p99 push latency, the hub processes' CPU per package;
and nothing lost: every version present exactly once afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

import hubkit  # noqa: E402
import pgcluster  # noqa: E402

from inspector.hub import auth, db  # noqa: E402
from inspector.sync import keys  # noqa: E402


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--packages", type=int, default=20)
    ap.add_argument("--versions", type=int, default=50)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-hub-"))
    cluster = pgcluster.start_cluster()
    hub = hubkit.new_hub(cluster, root)
    try:
        hubkit.serve(hub)
        hubkit.serve(hub)
        devices = [keys.DeviceKey(f"bench-{c:03d}-{uuid.uuid4().hex[:8]}",
                                  Ed25519PrivateKey.generate()) for c in range(args.clients)]
        with db.connect(hub.db) as conn:
            for k in devices:
                db.note_pending(conn, k.fingerprint, k.device_id, k.public_b64, "bench")
                db.decide(conn, k.fingerprint, "trusted", "inspector")
        print(f"making {args.clients * args.packages} packages ...", flush=True)
        files: dict[int, list[Path]] = {}
        for c, k in enumerate(devices):
            files[c] = []
            for p in range(args.packages):
                out = root / f"c{c}-p{p}.pkg"
                hubkit.make_package(out, k, p, args.versions)
                files[c].append(out)
        latencies: list[float] = []
        failures: list[str] = []
        lock = threading.Lock()

        def client(c: int) -> None:
            url = hub.urls[c % 2]
            with httpx.Client(timeout=120, trust_env=False) as http:
                for path in files[c]:
                    body = path.read_bytes()
                    for _attempt in range(5):
                        target = "/v1/packages"
                        headers = auth.sign_request(devices[c], "bench", "POST", target,
                                                    hashlib.sha256(body).hexdigest())
                        t = time.perf_counter()
                        try:
                            r = http.post(url + target, content=body, headers=headers)
                        except httpx.HTTPError as exc:
                            with lock:
                                failures.append(f"retry: {exc}")
                            continue
                        if r.status_code == 200:
                            with lock:
                                latencies.append(time.perf_counter() - t)
                            break
                        with lock:
                            failures.append(f"{r.status_code} {r.text[:100]}")
                        break

        cpu0 = sum(cpu_s(p.pid) for p in hub.procs)
        start = time.perf_counter()
        threads = [threading.Thread(target=client, args=(c,)) for c in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        cpu = sum(cpu_s(p.pid) for p in hub.procs) - cpu0
        with db.connect(hub.db) as conn:
            counts = db.counts(conn)
            dup = conn.execute("SELECT count(*) AS n FROM (SELECT digest FROM versions "
                               "GROUP BY digest HAVING count(*) > 1) d").fetchone()
        n = len(latencies)
        latencies.sort()
        want = args.clients * args.packages
        print(f"{n}/{want} packages applied in {wall:.1f} s: {n / wall:.1f} packages/s, "
              f"{n * args.versions / wall:.0f} versions/s")
        print(f"push latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
              f"p99 {latencies[int(0.99 * (n - 1))] * 1000:.0f} ms")
        print(f"hub CPU (2 processes, PostgreSQL not counted): {cpu / max(n, 1) * 1000:.1f} ms "
              "per package")
        lost = want * args.versions - counts["versions"]
        print(f"versions in the hub: {counts['versions']} of {want * args.versions} "
              f"(lost {lost}, duplicated {dup['n'] if dup else '?'}); packages "
              f"{counts['packages']}; failures {len(failures)} {failures[:3]}")
        return 0 if lost == 0 and not failures and (dup and dup["n"] == 0) else 1
    finally:
        hubkit.stop(hub)
        pgcluster.remove(cluster)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
