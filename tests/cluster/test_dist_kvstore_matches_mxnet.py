"""Real 2-worker 2-server (and 1-worker) jobs whose workers check what MXNet 1.9.1's dist kvstore shows them."""
import os
import sys

import pytest

from ps_cluster import HERE, run_clean

JOB = os.path.join(HERE, "mxnet_semantics_job.py")


@pytest.mark.timeout(40)
def test_dist_sync_worker_view_matches_mxnet(tmp_path):
    run_clean(tmp_path, 2, 2, [sys.executable, JOB])


@pytest.mark.timeout(40)
def test_one_worker_int_keys_match_mxnet(tmp_path):
    run_clean(tmp_path, 1, 1, [sys.executable, JOB])
