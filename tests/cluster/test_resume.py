"""Checkpoints of dist_sync training: server-side optimizer states saved and loaded; a stopped job resumes exactly."""
import os
import sys

import pytest

from ps_cluster import Cluster

PY = sys.executable
HERE = os.path.dirname(os.path.abspath(__file__))
JOB = os.path.join(HERE, "reliability_job.py")


@pytest.fixture
def cluster(tmp_path):
    """Start clusters; at the end SIGKILL, by PID, whatever is still running."""
    started = []

    def start(workers, servers, *job, **kwargs):
        started.append(Cluster(tmp_path, workers, servers, [PY, JOB, *map(str, job)], **kwargs))
        return started[-1]
    yield start
    for c in started:
        c.kill()


@pytest.mark.timeout(40)
def test_server_side_adam_states_save_equal_local_and_load_rewinds_them(cluster, tmp_path):
    job = cluster(2, 2, "states", tmp_path)
    status = job.wait(30)
    assert set(status.values()) == {0}, (status, job.report())
    for r in range(2):
        assert "ok rank=" in job.node(f"worker {r}").output()[0], job.report()
