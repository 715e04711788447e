"""One-worker jobs whose worker checks dist kvstore call forms as MXNet 1.9.1's dist worker shows them."""
import os
import sys

import pytest

from ps_cluster import HERE, Cluster

JOB = os.path.join(HERE, "dist_forms_job.py")


@pytest.mark.timeout(40)
@pytest.mark.parametrize("kind, servers", [("dist_sync", 2), ("dist_sync_device", 1)])
def test_dist_forms_match_mxnet(tmp_path, kind, servers):
    job = Cluster(tmp_path, 1, servers, [sys.executable, JOB, kind])
    try:
        status = job.wait(30)
        assert set(status.values()) == {0}, (status, job.report())
        assert f"ok type={kind}" in job.node("worker 0").output()[0], job.report()
    finally:
        job.kill()


@pytest.mark.timeout(40)
@pytest.mark.parametrize("kind", ["dist_sync", "dist_sync_device"])
def test_mixed_storage_lists_match_mxnet(tmp_path, kind):
    job = Cluster(tmp_path, 1, 1, [sys.executable, os.path.join(HERE, "copy_storage_job.py"), kind])
    try:
        status = job.wait(30)
        assert set(status.values()) == {0}, (status, job.report())
        assert f"ok type={kind}" in job.node("worker 0").output()[0], job.report()
    finally:
        job.kill()
