"""--launcher mpi with Debian's Open MPI: ranks take their roles from the MPI rank."""
import os
import shutil
import signal
import sys

import pytest

from launch_helpers import JOB_SUM, PROBE, Launch, descendants, wait_gone

PY = sys.executable
ROOT_ARGS = ["--mpi-args=--allow-run-as-root"] if os.geteuid() == 0 else []


@pytest.fixture
def launches(tmp_path):
    """Start mpi launchers; at the end kill, by PID, whatever they left."""
    if shutil.which("mpirun") is None:
        if os.geteuid() != 0:
            pytest.skip("mpirun is missing and installing it needs root (apt-get install openmpi-bin)")
        pytest.fail("mpirun is missing: apt-get install -y openmpi-bin (.ci/run installs it)")
    started = []

    def launch(*args):
        started.append(Launch(["--launcher", "mpi", *ROOT_ARGS, *map(str, args)], tmp_path))
        return started[-1]
    yield launch
    for one in started:
        one.kill()


@pytest.mark.timeout(60)
def test_mpi_ranks_become_scheduler_servers_and_workers(launches):
    job = launches("-n", 2, "-s", 2, "--server-command", f"{PY} {PROBE} exit", PY, PROBE, "exit")
    assert job.finish(timeout=40) == 0, job.stderr()
    ready = {l.split("]")[0] + "]": l for l in job.lines if " ready " in l}
    assert sorted(ready) == ["[scheduler]", "[server 0]", "[server 1]", "[worker 0]", "[worker 1]"]
    for label, line in ready.items():
        assert f"role={label[1:].split()[0].rstrip(']')} " in line
        assert "workers=2 servers=2 root=127.0.0.1:" in line and "node=127.0.0.1 " in line


@pytest.mark.timeout(60)
def test_mpi_env_server_and_env_worker_reach_their_role_only(launches):
    job = launches("-n", 1, "-s", 1, "--env-server", "PROBE_EXTRA:server", "--env-worker", "PROBE_EXTRA=worker",
                   "--server-command", f"{PY} {PROBE} exit", PY, PROBE, "exit")
    assert job.finish(timeout=40) == 0, job.stderr()
    extra = {l.split("]")[0][1:]: l.rsplit("extra=", 1)[1] for l in job.lines if " ready " in l}
    assert extra == {"scheduler": "None", "server 0": "server", "worker 0": "worker"}


@pytest.mark.timeout(60)
def test_mpi_failing_worker_stops_the_job_with_its_status(launches):
    job = launches("-n", 2, "-s", 1, "--server-command", f"{PY} {PROBE} wait", PY, PROBE, "wait", 5)
    ready = job.ready(4)
    tree = descendants(job.popen.pid)
    os.kill(int(ready["worker 0"]["pid"]), signal.SIGUSR1)
    assert job.finish(timeout=20) == 5
    err = job.stderr()
    assert "[worker 0] distnet-launch: worker 0 exited with status 5" in err
    assert "distnet-launch: mpirun exited with status 5" in err
    assert wait_gone(tree, timeout=5) == []


@pytest.mark.timeout(60)
def test_sigterm_to_mpi_launcher_leaves_no_process(launches):
    job = launches("-n", 1, "-s", 1, "--server-command", f"{PY} {PROBE} wait", PY, PROBE, "wait")
    job.ready(3)
    tree = descendants(job.popen.pid)
    job.popen.send_signal(signal.SIGTERM)
    assert job.finish(timeout=20) == 128 + signal.SIGTERM
    assert wait_gone(tree, timeout=5) == []


@pytest.mark.timeout(120)
def test_mpi_dist_sync_job_sums_exactly(launches):
    job = launches("-n", 3, "-s", 2, PY, JOB_SUM)
    assert job.finish(timeout=100) == 0, job.stderr()
    for rank in range(3):
        assert any(f"job_sum rank={rank} workers=3 ok" in l for l in job.lines), job.lines
