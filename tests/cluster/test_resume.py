"""Checkpoints of dist_sync training: server-side optimizer states saved and loaded; a stopped job resumes exactly."""
import json
import os
import signal
import sys

import numpy as np
import pytest

import distnet as mx
from distnet.optimizer.updater import Updater
from fault_helpers import EXAMPLE, Launch, role_pids
from ps_cluster import FAST, Cluster

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


EPOCHS = ["--epochs", "3", "--batches", "6", "--batch-size", "16", "--seed", "3"]


def train(tmp_path, name, *extra, servers=2):
    """Start `distnet-launch -n 2 -s SERVERS` on the example with checkpoints in tmp_path/name."""
    ckpt = tmp_path / name
    return ckpt, Launch(["-n", "2", "-s", str(servers), PY, EXAMPLE, *EPOCHS, "--checkpoint-dir", str(ckpt), *extra],
                        tmp_path, env=dict(os.environ, **FAST))


def final(ckpt):
    """(parameters, Updater with the optimizer states) of the latest checkpoint in ``ckpt``."""
    with open(ckpt / "latest.json") as f:
        latest = json.load(f)
    assert latest["epoch"] == 2, latest
    params = {k: v.asnumpy() for k, v in mx.nd.load(str(ckpt / latest["path"] / "model.params")).items()}
    updater = Updater(mx.optimizer.create("sgd"))
    with open(ckpt / latest["path"] / "trainer.states", "rb") as f:
        updater.set_states(f.read())
    return params, updater


def assert_same_training(a, b):
    """Bit-equal parameters, optimizer states and update counts."""
    (pa, ua), (pb, ub) = a, b
    assert sorted(pa) == sorted(pb)
    for name in pa:
        np.testing.assert_array_equal(pa[name], pb[name], err_msg=name)
    assert sorted(ua.states) == sorted(ub.states) and ua.states
    for key in ua.states:
        for x, y in zip(ua.states[key], ub.states[key]):
            np.testing.assert_array_equal(x.asnumpy(), y.asnumpy(), err_msg=f"state of {key}")
    assert ua.optimizer._index_update_count == ub.optimizer._index_update_count
    assert set(ua.optimizer._index_update_count.values()) == {18}      # 3 epochs of 6 steps


@pytest.fixture
def launches():
    started = []
    yield started
    for launch in started:
        launch.kill()


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    """The final checkpoint of a job that ran its 3 epochs without a stop."""
    tmp_path = tmp_path_factory.mktemp("whole")
    whole, launch = train(tmp_path, "whole")
    try:
        assert launch.finish(60) == 0, launch.stderr()
    finally:
        launch.kill()
    return final(whole)


def run(launches, launch, timeout=60):
    launches.append(launch)
    return launch.finish(timeout)


@pytest.mark.timeout(120)
def test_stopped_job_resumes_to_the_uninterrupted_parameters(tmp_path, launches, uninterrupted):
    parts, launch = train(tmp_path, "parts", "--stop-after", "0")
    assert run(launches, launch) == 0, launch.stderr()
    assert json.loads((parts / "latest.json").read_text())["epoch"] == 0
    parts, launch = train(tmp_path, "parts", "--resume", servers=1)      # the states file has no layout
    assert run(launches, launch) == 0, launch.stderr()
    assert any("resumed from" in line and "at epoch 1" in line for line in launch.lines), launch.lines
    assert_same_training(uninterrupted, final(parts))


@pytest.mark.timeout(120)
def test_killed_job_resumes_from_its_last_checkpoint_to_the_same_parameters(tmp_path, launches, uninterrupted):
    killed, launch = train(tmp_path, "killed")
    launches.append(launch)
    launch.read_until(lambda lines: any("checkpoint epoch 0 saved" in l for l in lines), 60, "a checkpoint")
    victim = role_pids(launch.popen.pid)["worker"][1]
    os.kill(victim, signal.SIGKILL)
    status = launch.finish(30)
    assert status != 0 and "killed by SIGKILL" in launch.stderr(), (status, launch.stderr())
    epoch = json.loads((killed / "latest.json").read_text())["epoch"]
    assert epoch < 2, "the job finished before the kill; nothing was resumed"
    resumed, launch = train(tmp_path, "killed", "--resume")
    assert run(launches, launch) == 0, launch.stderr()
    assert any(f"at epoch {epoch + 1}" in line for line in launch.lines), launch.lines
    assert_same_training(uninterrupted, final(resumed))
