"""Load: 16 workers and 4 servers on this machine, 2,000 keys of mixed sizes, sync rounds for a bounded time.

Checks: every pulled value is the exact round sum; each server counted, per key (and slice), exactly one
push per worker per round and as many completed rounds as the workers ran (no lost or doubled push);
the servers' resident memory is flat after warm-up. LOAD_SECONDS (default 20) sets the rounds' time;
`LOAD_SECONDS=180 pytest -s tests/cluster/test_load.py` is the few-minutes version. Prints the figures.
"""
import os
import re
import select
import sys
import time

import pytest

from ps_cluster import Cluster

PY = sys.executable
HERE = os.path.dirname(os.path.abspath(__file__))
JOB = os.path.join(HERE, "reliability_job.py")
SECONDS = float(os.environ.get("LOAD_SECONDS", "20"))
WORKERS, SERVERS, KEYS = 16, 4, 2000
# Generous timeouts: 20 processes share two cores. Keys of 16,000 elements are split over the servers.
ENV = {"DISTNET_HEARTBEAT_INTERVAL": "1", "DISTNET_HEARTBEAT_TIMEOUT": "30", "DISTNET_STARTUP_TIMEOUT": "60",
       "DISTNET_CONNECT_TIMEOUT": "20", "DISTNET_REQUEST_TIMEOUT": "120", "MXNET_KVSTORE_BIGARRAY_BOUND": "10000",
       "LOAD_KEYS": str(KEYS)}
# Allowed growth of a server's RSS from the end of warm-up to the end of the run.
GROWTH_BYTES = 16 << 20


def rss(pid):
    """Resident set size of ``pid`` in bytes (0 once it has exited)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:"))
    except (FileNotFoundError, ProcessLookupError, StopIteration):
        return 0


def sample_until_exit(job, pids, timeout, period=1.0):
    """[(seconds, [rss of each pid])] every ``period`` s until every process of ``job`` exited."""
    start, samples = time.monotonic(), []
    running = {n.pidfd: n for n in job.nodes}
    while running:
        samples.append((time.monotonic() - start, [rss(p) for p in pids]))
        if time.monotonic() - start > timeout:
            raise AssertionError(f"still running after {timeout} s: {[n.label for n in running.values()]}\n"
                                 f"{job.report()}")
        for fd in select.select(list(running), [], [], period)[0]:
            node = running.pop(fd)
            node.popen.wait()
            node.drain()
    return samples


@pytest.fixture
def job(tmp_path):
    cluster = Cluster(tmp_path, WORKERS, SERVERS, [PY, JOB, "load", str(SECONDS)], env=ENV)
    yield cluster
    cluster.kill()


@pytest.mark.timeout(SECONDS * 3 + 120)
def test_sixteen_workers_lose_and_double_no_push_and_servers_stay_flat(job):
    servers = [job.node(f"server {r}").popen.pid for r in range(SERVERS)]
    samples = sample_until_exit(job, servers, SECONDS * 3 + 90)
    status = {n.label: n.popen.returncode for n in job.nodes}
    assert set(status.values()) == {0}, (status, job.report())
    lines = [job.node(f"worker {r}").output()[0] for r in range(WORKERS)]
    rounds = {int(re.search(r"rounds=(\d+)", line)[1]) for line in lines}
    assert len(rounds) == 1, lines
    summary = next(line for line in lines if "pushes=" in line)
    fields = dict(re.findall(r"(\w+)=([\d.]+)", summary))
    rounds = int(fields["rounds"])
    assert rounds >= 3, summary
    assert int(fields["pushes"]) == rounds * WORKERS * int(fields["slices"]), summary
    # Warm-up: the first half of the samples taken while the job ran (imports, key init, first rounds).
    running = [s for _, s in samples if all(s)]
    assert len(running) >= 6, samples
    after_warmup, end = running[len(running) // 2], running[-1]
    mb = lambda b: f"{b / 2**20:.1f}"  # noqa: E731
    print(f"\nload: {WORKERS} workers, {SERVERS} servers, {fields['keys']} keys in {fields['slices']} slices, "
          f"{rounds} rounds in {fields['seconds']} s, {fields['pushes']} key pushes counted by the servers")
    print("server RSS MB over time (s: per server): " + "; ".join(
        f"{t:.0f}: {'/'.join(mb(b) for b in s)}" for t, s in samples[::max(1, len(samples) // 12)] if all(s)))
    for i, (a, b) in enumerate(zip(after_warmup, end)):
        assert b - a < GROWTH_BYTES, f"server {i} RSS grew {mb(a)} -> {mb(b)} MB after warm-up: {samples}"
