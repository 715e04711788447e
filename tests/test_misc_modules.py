"""MXNet's smaller module paths: mx.misc schedulers and mx.kvstore.kvstore / kvstore_server."""
import os
import subprocess
import sys

import pytest

import distnet as mx
from distnet.misc import FactorScheduler, LearningRateScheduler


def test_factor_scheduler_steps_base_lr_down_every_step_iterations():
    sched = FactorScheduler(3, 0.5)
    assert sched.base_lr == 0.01
    assert [sched(i) for i in range(8)] == [0.01, 0.01, 0.01, 0.005, 0.005, 0.005, 0.0025, 0.0025]
    assert sched.old_lr == 0.0025


def test_factor_scheduler_refuses_bad_step_and_factor():
    with pytest.raises(ValueError, match="step must be greater or equal than 1"):
        FactorScheduler(0)
    with pytest.raises(ValueError, match="Factor must be less than 1"):
        FactorScheduler(2, 1.0)
    with pytest.raises(NotImplementedError):
        LearningRateScheduler()(1)


def test_kvstore_module_paths_name_the_same_classes():
    assert mx.kvstore.kvstore.KVStore is mx.kv.KVStore
    assert mx.kvstore.KVStoreServer is mx.kvstore.kvstore_server.KVStoreServer


@pytest.mark.timeout(60)
def test_importing_distnet_as_a_misconfigured_server_exits_with_the_reason():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DMLC_")}
    env.update(DMLC_ROLE="server", DMLC_NUM_WORKER="1", DMLC_NUM_SERVER="1")    # no DMLC_PS_ROOT_URI: cannot start
    run = subprocess.run([sys.executable, "-c", "import distnet; print('not reached')"],
                         env=env, capture_output=True, text=True, timeout=50)
    assert run.returncode == 2
    assert "not reached" not in run.stdout
    assert "DMLC_PS_ROOT_URI" in run.stderr
