"""Real jobs whose workers check server-side updates and call checks as MXNet 1.9.1's dist kvstore shows them."""
import os
import sys

import pytest

from ps_cluster import HERE, Cluster

JOB = os.path.join(HERE, "server_updates_job.py")


@pytest.mark.timeout(40)
@pytest.mark.parametrize("workers, servers", [(2, 2), (1, 1)])
def test_server_updates_match_mxnet(tmp_path, workers, servers):
    job = Cluster(tmp_path, workers, servers, [sys.executable, JOB])
    try:
        status = job.wait(30)
        assert set(status.values()) == {0}, (status, job.report())
        for r in range(workers):
            assert "ok rank=" in job.node(f"worker {r}").output()[0], job.report()
    finally:
        job.kill()


@pytest.mark.timeout(40)
def test_server_optimizers_match_mxnet(tmp_path):
    job = Cluster(tmp_path, 2, 2, [sys.executable, os.path.join(HERE, "server_optimizers_job.py")],
                  env={"MXNET_KVSTORE_BIGARRAY_BOUND": "4"})
    try:
        status = job.wait(30)
        assert set(status.values()) == {0}, (status, job.report())
        for r in range(2):
            assert "ok rank=" in job.node(f"worker {r}").output()[0], job.report()
    finally:
        job.kill()
