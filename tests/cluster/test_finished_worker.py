"""A worker that finishes early (exits 0 mid-job): the others fail naming it instead of waiting forever.

MXNet's job hangs there (its sync rounds and barriers wait for the worker that left); distnet's scheduler tells the
others that it finished, so a barrier it is in fails at once and a sync round it would push to fails a heartbeat
timeout later.
"""
import os
import re
import sys

import pytest

from ps_cluster import HERE, Cluster

JOB = os.path.join(HERE, "finished_worker_job.py")
HEARTBEAT_TIMEOUT = 2.0


def run_job(tmp_path, mode, kind="dist_sync"):
    """Run the job to its end; rank 0's stdout and the statuses by label."""
    job = Cluster(tmp_path, 2, 1, [sys.executable, JOB, mode, kind],
                  env={"DISTNET_HEARTBEAT_TIMEOUT": str(HEARTBEAT_TIMEOUT), "DISTNET_REQUEST_TIMEOUT": "60"})
    try:
        status = job.wait(50)
        outs = [job.node(f"worker {i}").output()[0] for i in range(2)]
        rank0 = next(out for out in outs if "rank 1 leaving" not in out)
        return rank0, status, job.report()
    finally:
        job.kill()


@pytest.mark.timeout(60)
def test_pull_of_a_round_the_finished_worker_never_pushes_fails_naming_it(tmp_path):
    rank0, status, report = run_job(tmp_path, "pull")
    failed = re.search(r"rank 0 failed after ([\d.]+) s: (.*)", rank0)
    assert failed, report
    assert "kvstore pull of key 3: no reply from server 0" in failed[2], report
    assert "after worker 1 finished its part of the job (its kvstore closed at exit): a dist_sync round waiting " \
           "for its pushes can never close" in failed[2], report
    assert HEARTBEAT_TIMEOUT <= float(failed[1]) < HEARTBEAT_TIMEOUT + 5, report   # not the 60 s request timeout
    assert sorted(status.values()) == [0, 0, 0, 1], (status, report)


@pytest.mark.timeout(60)
def test_barrier_the_finished_worker_never_reaches_fails_at_once_naming_it(tmp_path):
    rank0, status, report = run_job(tmp_path, "barrier")
    failed = re.search(r"rank 0 failed after ([\d.]+) s: (.*)", rank0)
    assert failed, report
    assert "barrier of group 'worker' can never complete: worker 1 finished its part of the job" in failed[2], report
    assert float(failed[1]) < 1.0, report


@pytest.mark.timeout(60)
def test_dist_async_pull_after_a_worker_finished_is_answered(tmp_path):
    rank0, status, report = run_job(tmp_path, "pull", "dist_async")
    assert "pulled [1.0, 1.0]" in rank0 and "rank 0 got through" in rank0, report
    assert set(status.values()) == {0}, (status, report)
