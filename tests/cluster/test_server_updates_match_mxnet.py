"""Real jobs whose workers check server-side updates and call checks as MXNet 1.9.1's dist kvstore shows them."""
import os
import sys

import pytest

from ps_cluster import HERE, run_clean

JOB = os.path.join(HERE, "server_updates_job.py")


@pytest.mark.timeout(40)
@pytest.mark.parametrize("workers, servers", [(2, 2), (1, 1)])
def test_server_updates_match_mxnet(tmp_path, workers, servers):
    run_clean(tmp_path, workers, servers, [sys.executable, JOB])


@pytest.mark.timeout(40)
def test_server_optimizers_match_mxnet(tmp_path):
    run_clean(tmp_path, 2, 2, [sys.executable, os.path.join(HERE, "server_optimizers_job.py")],
              env={"MXNET_KVSTORE_BIGARRAY_BOUND": "4"})


@pytest.mark.timeout(40)
@pytest.mark.parametrize("keys", ["int", "str"])
def test_small_keys_share_servers_as_mxnet(tmp_path, keys):
    run_clean(tmp_path, 2, 2, [sys.executable, os.path.join(HERE, "placement_job.py"), keys])


@pytest.mark.timeout(40)
def test_trainer_with_a_sparse_embedding_matches_mxnet(tmp_path):
    # recorded on AVX2: the layers' oneDNN kernels set the last bits of the embedding's gradient
    run_clean(tmp_path, 2, 2, [sys.executable, os.path.join(HERE, "trainer_job.py")],
              env={"MXNET_KVSTORE_BIGARRAY_BOUND": "8", "DISTNET_ONEDNN_ISA": "avx2"})
