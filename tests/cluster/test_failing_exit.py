"""A worker whose kvstore cannot finish at exit (its last pushes fail) tells the scheduler it failed and why.

Without that word the scheduler would wait a heartbeat timeout for the worker that left and then call it dead
("crashed, hangs, or cut off"). With it, every other node ends at once, naming the worker and its error, and the
launcher exits non-zero.
"""
import os
import re
import sys
import time

import pytest

from fault_helpers import Launch, descendants, wait_gone
from ps_cluster import HERE, Cluster

JOB = os.path.join(HERE, "failing_exit_job.py")
# Long, so that a job that waits for it cannot pass: the job must end well within it.
HEARTBEAT_TIMEOUT = 20.0
ENV = {"DISTNET_HEARTBEAT_TIMEOUT": str(HEARTBEAT_TIMEOUT), "DISTNET_REQUEST_TIMEOUT": "60"}
STARTUP = 60            # four Python processes importing distnet on a loaded machine
BOUND = 8.0             # from rank 1's last line to every process gone
FAILED = (r"worker 1 failed \(its kvstore could not finish at exit: kvstore push of key 3 failed on server 0 "
          r"\([\d.:]+\): server 0: Check failed: sync_mode_: Updater needs to be set for async mode\)")


def rank_node(job, rank):
    """The worker process that got ``rank`` (the scheduler's choice)."""
    for i in range(2):
        job.node(f"worker {i}").read_until("ready rank=", STARTUP)
    return next(job.node(f"worker {i}") for i in range(2) if f"ready rank={rank}" in job.node(f"worker {i}").out.decode())


@pytest.mark.timeout(120)
@pytest.mark.parametrize("mode", ["barrier", "busy"])
def test_every_other_node_ends_at_once_naming_the_worker_and_its_error(tmp_path, mode):
    job = Cluster(tmp_path, 2, 1, [sys.executable, JOB, mode], env=ENV)
    try:
        rank_node(job, 1).read_until("rank 1 leaving", STARTUP)
        start = time.monotonic()
        status = job.wait(HEARTBEAT_TIMEOUT + 10)
        took = time.monotonic() - start
        report = f"ended {took:.1f} s after rank 1 left\n{job.report()}"
        assert took < BOUND, report
        rank0 = rank_node(job, 0)
        assert status == {"scheduler": 1, "server 0": 1, rank0.label: 1, rank_node(job, 1).label: 0}, report
        assert re.search(f"scheduler: {FAILED}; stopping the job", job.node("scheduler").output()[1]), report
        assert re.search(f"server 0: stopping: {FAILED}; no sync round was open", job.node("server 0").output()[1]), \
            report
        told = f"worker 0: the job is over because {FAILED}; it was waiting for"
        if mode == "barrier":
            failed = re.search(r"rank 0 failed after ([\d.]+) s: (.*)", rank0.output()[0])
            # "nothing" when the word came before rank 0 reached the barrier
            waited = r"(: the scheduler \([\d.:]+\) to answer barrier| nothing \(no request in flight\))"
            assert failed and re.fullmatch(told + waited, failed[2]), report
        else:
            assert re.search(f"distnet: {told} nothing", rank0.output()[1]), report
        assert "is dead" not in job.report(), report
    finally:
        job.kill()


@pytest.mark.timeout(120)
def test_the_launcher_exits_non_zero_at_once(tmp_path):
    launch = Launch(["-n", "2", "-s", "1", "--grace", "1", sys.executable, JOB, "barrier"], tmp_path,
                    env=dict(os.environ, **ENV))
    try:
        launch.read_until(lambda lines: any("rank 1 leaving" in line for line in lines), STARTUP, "rank 1 leaving")
        everything = set(descendants(launch.popen.pid))
        start = time.monotonic()
        status = launch.finish(HEARTBEAT_TIMEOUT + 10)
        took = time.monotonic() - start
        report = f"status {status} after {took:.1f} s\n{launch.lines}\n{launch.stderr()}"
        assert status != 0 and not wait_gone(everything, 5), report
        assert took < BOUND, report
        assert re.search(f"the job is over because {FAILED}", "\n".join(launch.lines)), report
        assert re.search(f"scheduler: {FAILED}", launch.stderr()), report
    finally:
        launch.kill()
