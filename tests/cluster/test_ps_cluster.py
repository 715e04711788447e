"""Real parameter-server jobs on 127.0.0.1: scheduler, servers and workers as separate processes."""
import os
import re
import signal
import socket
import subprocess
import sys

import pytest

from ps_cluster import JOB, Cluster, free_port

PY = sys.executable


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


def assert_clean_job(job, workers, timeout=25):
    """Every process exits 0 and every worker printed its ok line; returns the ok lines."""
    status = job.wait(timeout)
    assert set(status.values()) == {0}, (status, job.report())
    lines = []
    for r in range(workers):
        out, _ = job.node(f"worker {r}").output()
        assert "ok rank=" in out and f"workers={workers}" in out, job.report()
        lines.append(out)
    assert sorted(l.split()[1] for l in lines) == [f"rank={r}" for r in range(workers)]
    return lines


@pytest.mark.timeout(30)
@pytest.mark.parametrize("workers,servers", [(1, 1), (2, 2), (3, 1)])
def test_dist_sync_pulls_are_exact_sums(cluster, workers, servers):
    assert_clean_job(cluster(workers, servers, "sync"), workers)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("workers,servers", [(1, 1), (2, 2)])
def test_pushpull_is_one_message_per_server_with_exact_sums(cluster, workers, servers):
    assert_clean_job(cluster(workers, servers, "pushpull"), workers)


@pytest.mark.timeout(30)
def test_workers_exit_at_once_when_heartbeats_are_queued_to_the_exited_scheduler(cluster):
    """Heartbeats every 5 ms: some are queued to the scheduler after it exits; closing must not linger on them."""
    job = cluster(2, 1, "sync", env={"DISTNET_HEARTBEAT_INTERVAL": "0.005", "DISTNET_CONNECT_TIMEOUT": "60"})
    assert_clean_job(job, 2, timeout=20)


@pytest.mark.timeout(30)
def test_dist_async_applies_every_push(cluster):
    assert_clean_job(cluster(2, 2, "async"), 2)


@pytest.mark.timeout(30)
def test_server_side_sgd_matches_local_optimizer_step_for_step(cluster):
    assert_clean_job(cluster(2, 2, "sgd"), 2)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("workers,servers", [(1, 1), (2, 2)])
def test_row_sparse_push_and_pull_move_rows_and_update_lazily(cluster, tmp_path, workers, servers):
    assert_clean_job(cluster(workers, servers, "rowsparse", tmp_path), workers)


@pytest.mark.timeout(30)
def test_trainer_with_sparse_gradients_matches_a_local_store(cluster):
    assert_clean_job(cluster(2, 2, "sparse_trainer"), 2)


@pytest.mark.timeout(30)
def test_barrier_waits_for_every_worker(cluster, tmp_path):
    folder = tmp_path / "marks"
    folder.mkdir()
    assert_clean_job(cluster(3, 1, "barrier", folder), 3)


@pytest.mark.timeout(30)
def test_waitall_returns_once_held_pushes_reached_the_servers(cluster, tmp_path):
    """As MXNet's engine, whose push completes when its server acknowledged it: a heartbeat interval of 3 s keeps
    the held push from leaving on the I/O thread's turn before worker 1 looks."""
    folder = tmp_path / "marks"
    folder.mkdir()
    job = cluster(2, 1, "waitall", folder, env={"DISTNET_HEARTBEAT_INTERVAL": "3", "DISTNET_HEARTBEAT_TIMEOUT": "10"})
    assert_clean_job(job, 2)


@pytest.mark.timeout(30)
def test_unknown_key_and_wrong_shape_raise_and_server_keeps_serving(cluster):
    assert_clean_job(cluster(2, 2, "errors"), 2)


@pytest.mark.timeout(30)
def test_malformed_messages_get_error_replies_and_server_keeps_serving(cluster):
    job = cluster(1, 1, "malformed")
    assert_clean_job(job, 1)
    assert "refused a malformed message" in job.node("server 0").output()[1]


@pytest.mark.timeout(90)
@pytest.mark.parametrize("role", ["worker", "server"])
def test_killed_node_makes_every_other_process_exit_naming_it(cluster, role):
    job = cluster(2, 2, "wait")
    workers = [job.node(f"worker {r}") for r in range(2)]
    for w in workers:
        w.read_until("ready rank=", 60)         # start-up on a loaded machine: not what this test times
    if role == "worker":
        victim = next(w for w in workers if "ready rank=1 " in w.output()[0])
    else:
        victim = job.node("server 1")       # the second server started; its rank is the scheduler's choice
    os.kill(victim.popen.pid, signal.SIGKILL)
    status = job.wait(15)
    assert status.pop(victim.label) == -signal.SIGKILL
    assert all(s != 0 for s in status.values()), (status, job.report())
    err = job.node("scheduler").output()[1]
    dead = re.search(rf"scheduler: ({role} \d) is dead: no heartbeat", err)
    assert dead, job.report()
    if role == "worker":
        assert dead[1] == "worker 1"
    for label in status:
        assert f"{dead[1]} is dead" in job.node(label).output()[1], (label, job.report())


@pytest.mark.timeout(30)
def test_startup_deadline_names_the_missing_roles(cluster):
    job = cluster(1, 1, roles=("scheduler", "server"), env={"DISTNET_STARTUP_TIMEOUT": "1"})
    status = job.wait(15)
    assert status == {"scheduler": 1, "server 0": 1}, job.report()
    err = job.node("scheduler").output()[1]
    assert "1 of 1 workers missing" in err and "servers missing" not in err
    assert "1 of 1 workers missing" in job.node("server 0").output()[1]


@pytest.mark.timeout(30)
def test_unreachable_scheduler_fails_the_worker_naming_the_address(cluster):
    job = cluster(1, 1, "sync", roles=("worker",), env={"DISTNET_CONNECT_TIMEOUT": "1"})
    status = job.wait(15)
    assert status["worker 0"] == 1
    err = job.node("worker 0").output()[1]
    assert f"127.0.0.1:{job.port}" in err and "never acknowledged" in err and "1 s" in err


def test_free_ports_are_below_the_kernels_ephemeral_range_and_bindable():
    with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
        ephemeral = int(f.read().split()[0])
    port = free_port()
    assert 9091 <= port < ephemeral
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))


@pytest.mark.timeout(60)
def test_scheduler_on_a_taken_port_exits_naming_the_port_without_a_traceback():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = dict(os.environ, DMLC_ROLE="scheduler", DMLC_PS_ROOT_URI="127.0.0.1", DMLC_PS_ROOT_PORT=str(port),
                   DMLC_NUM_WORKER="1", DMLC_NUM_SERVER="1")
        done = subprocess.run([PY, "-m", "distnet.server"], env=env, capture_output=True, text=True, timeout=50)
    assert done.returncode == 1, done.stderr
    assert f"scheduler: cannot listen on 127.0.0.1:{port} (DMLC_PS_ROOT_URI:DMLC_PS_ROOT_PORT)" in done.stderr
    assert "Traceback" not in done.stderr, done.stderr
