"""A worker process that creates a second dist kvstore (a Trainer given the type name) shares its node in the job."""
import os
import sys

import pytest

from ps_cluster import Cluster

JOB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "second_store_job.py")


@pytest.mark.timeout(60)
def test_a_trainer_given_the_dist_type_name_shares_the_workers_node(tmp_path):
    job = Cluster(tmp_path, 2, 1, [sys.executable, JOB, "dist_sync"])
    try:
        status = job.wait(45)
        assert set(status.values()) == {0}, (status, job.report())
        lines = [job.node(f"worker {r}").output()[0] for r in range(2)]
        assert all("ok rank=" in line and "workers=2" in line for line in lines), job.report()
        assert sorted(line.split()[1] for line in lines) == ["rank=0", "rank=1"]
    finally:
        job.kill()
