"""The local launcher with real processes: prefixed output, exit statuses, nothing left behind."""
import os
import re
import signal
import socket
import sys
import time

import pytest

from distnet.launcher.cli import free_port
from launch_helpers import JOB_SUM, PROBE, Launch, alive, descendants, wait_gone

PY = sys.executable


@pytest.fixture
def launches(tmp_path):
    """Start launchers; at the end kill, by PID, whatever they and their processes left."""
    started = []

    def launch(*args, **kwargs):
        own_dir = tmp_path / f"launch{len(started)}"     # each launcher keeps its stderr apart
        own_dir.mkdir()
        started.append(Launch([str(a) for a in args], own_dir, **kwargs))
        return started[-1]
    yield launch
    for one in started:
        one.kill()


def probe_job(*flags, action="exit", server_action=None):
    """distnet-launch flags running the probe as workers and (stand-in) servers/scheduler."""
    server = f"{PY} {PROBE} {server_action or action}"
    return [*flags, "--server-command", server, PY, PROBE, action]


@pytest.mark.timeout(60)
def test_two_workers_two_servers_prefixed_output_and_exit_0(launches):
    job = launches(*probe_job("-n", 2, "-s", 2))
    assert job.finish(timeout=30) == 0, job.stderr()
    ready = {label: m for label, m in ((re.match(r"\[([^\]]+)\] ready", l)[1], l)
                                      for l in job.lines if " ready " in l)}
    assert sorted(ready) == ["scheduler", "server 0", "server 1", "worker 0", "worker 1"]
    for label, line in ready.items():
        role = label.split()[0]
        assert f"role={role} " in line and "workers=2 servers=2 root=127.0.0.1:" in line
        assert "node=127.0.0.1 " in line
    ports = {re.search(r"root=127\.0\.0\.1:(\d+)", l)[1] for l in ready.values()}
    assert len(ports) == 1                      # one scheduler address for everybody
    err = job.stderr()
    for label in ready:
        assert f"[{label}] stderr line from {label.split()[0]}\n" in err
    assert "distnet-launch:" not in err         # a clean job has no summary line
    assert all(re.match(r"^\[(scheduler|server \d|worker \d)\] ", l) for l in job.lines if l)


@pytest.mark.timeout(60)
def test_worker_exit_3_stops_the_job_within_seconds_and_leaves_no_process(launches):
    job = launches(*probe_job("-n", 2, "-s", 2, action="wait"))
    ready = job.ready(5)
    tree = descendants(job.popen.pid)
    pids = {int(m["pid"]) for m in ready.values()} | {int(m["child"]) for m in ready.values()}
    assert pids <= tree
    os.kill(int(ready["worker 1"]["pid"]), signal.SIGUSR1)   # the probe exits 3
    assert job.finish(timeout=10) == 3
    assert "distnet-launch: worker 1 exited with status 3; stopped 1 scheduler, 2 servers, " \
           "1 worker\n" in job.stderr()
    assert wait_gone(tree, timeout=2) == []


@pytest.mark.timeout(60)
def test_sigterm_to_launcher_stops_everything(launches):
    job = launches(*probe_job("-n", 2, "-s", 1, action="wait"))
    job.ready(4)
    tree = descendants(job.popen.pid)
    job.popen.send_signal(signal.SIGTERM)
    assert job.finish(timeout=10) == 128 + signal.SIGTERM
    assert "interrupted by SIGTERM; stopped 1 scheduler, 1 server, 2 workers" in job.stderr()
    assert wait_gone(tree, timeout=2) == []


@pytest.mark.timeout(60)
def test_sigint_to_launcher_stops_everything(launches):
    job = launches(*probe_job("-n", 1, "-s", 1, action="wait"))
    job.ready(3)
    tree = descendants(job.popen.pid)
    job.popen.send_signal(signal.SIGINT)
    assert job.finish(timeout=10) == 128 + signal.SIGINT
    assert wait_gone(tree, timeout=2) == []


@pytest.mark.timeout(60)
def test_sigkill_to_launcher_still_leaves_no_process(launches):
    job = launches(*probe_job("-n", 2, "-s", 1, action="wait"))
    job.ready(4)
    tree = descendants(job.popen.pid)
    job.popen.kill()
    job.popen.wait(timeout=10)
    # Each guard sees its stdin close and stops its group: nothing may outlive the launcher.
    assert wait_gone(tree, timeout=10) == []


@pytest.mark.timeout(60)
def test_killed_server_is_reported_with_its_signal(launches):
    job = launches(*probe_job("-n", 1, "-s", 2, action="wait"))
    ready = job.ready(4)
    tree = descendants(job.popen.pid)
    os.kill(int(ready["server 1"]["pid"]), signal.SIGKILL)
    assert job.finish(timeout=10) == 128 + signal.SIGKILL
    assert ("server 1 exited with status 137 (killed by SIGKILL); stopped 1 scheduler, "
            "1 server, 1 worker") in job.stderr()
    assert wait_gone(tree, timeout=2) == []


@pytest.mark.timeout(60)
def test_process_ignoring_sigterm_is_killed_after_the_grace_period(launches):
    job = launches(*probe_job("-n", 1, "-s", 1, "--grace", "0.5", action="stubborn",
                              server_action="wait"))
    ready = job.ready(3)
    stubborn = int(ready["worker 0"]["pid"])
    tree = descendants(job.popen.pid)
    job.popen.send_signal(signal.SIGTERM)
    assert job.finish(timeout=10) == 128 + signal.SIGTERM
    assert not alive(stubborn)
    assert wait_gone(tree, timeout=2) == []


@pytest.mark.timeout(60)
def test_log_dir_env_and_server_command_same(launches, tmp_path):
    logs = tmp_path / "logs"
    job = launches("-n", 2, "-s", 1, "--log-dir", logs, "--server-command", "same",
                   "--env", "PROBE_EXTRA=a b=c", PY, PROBE, "exit")
    assert job.finish(timeout=30) == 0, job.stderr()
    assert sorted(os.listdir(logs)) == ["scheduler.log", "server-0.log", "worker-0.log",
                                        "worker-1.log"]
    text = (logs / "server-0.log").read_text()
    assert text.startswith("ready role=server ") and "extra=a b=c\n" in text
    assert "stderr line from server\n" in text
    assert sum("ready role=server" in l for l in job.lines) == 1   # `same`: the probe runs it


@pytest.mark.timeout(60)
def test_env_passes_a_variable_through(launches, tmp_path):
    env = dict(os.environ, PROBE_EXTRA="from-launcher")
    job = launches(*probe_job("-n", 1, "-s", 1, "--env", "PROBE_EXTRA"), env=env)
    assert job.finish(timeout=30) == 0, job.stderr()
    assert all("extra=from-launcher" in l for l in job.lines if " ready " in l)


@pytest.mark.timeout(60)
def test_env_server_and_env_worker_reach_their_role_only(launches):
    job = launches(*probe_job("-n", 2, "-s", 1, "--env", "PROBE_EXTRA=all", "--env-server", "PROBE_EXTRA:server",
                              "--env-worker", "PROBE_EXTRA=worker"))
    assert job.finish(timeout=30) == 0, job.stderr()
    extra = {l.split("]")[0][1:]: l.rsplit("extra=", 1)[1] for l in job.lines if " ready " in l}
    assert extra == {"scheduler": "all", "server 0": "server", "worker 0": "worker", "worker 1": "worker"}


@pytest.mark.timeout(60)
def test_bad_command_line_is_a_usage_error_naming_the_fix(launches):
    job = launches("-n", 2, "--env", "DMLC_NUM_WORKER=5", PY, PROBE, "exit")
    assert job.finish(timeout=30) == 2
    assert "the launcher sets DMLC_NUM_WORKER itself from -n" in job.stderr()


@pytest.mark.timeout(60)
def test_missing_program_fails_as_the_shell_does(launches):
    job = launches("-n", 1, "-s", 1, "--server-command", f"{PY} {PROBE} wait",
                   "/nonexistent/program")
    assert job.finish(timeout=30) == 127
    err = job.stderr()
    assert "[worker 0] distnet-launch: cannot start '/nonexistent/program'" in err
    assert "worker 0 exited with status 127; stopped 1 scheduler, 1 server" in err


def sums(job, workers):
    """The job_sum result lines, checked for every rank."""
    lines = [l for l in job.lines if "job_sum rank=" in l]
    for rank in range(workers):
        assert any(f"job_sum rank={rank} workers={workers} ok sum={workers * (workers + 1) // 2} "
                   in l for l in lines), f"rank {rank} missing: {job.lines} {job.stderr()}"
    return lines


@pytest.mark.timeout(120)
def test_local_dist_sync_job_two_workers_two_servers(launches):
    job = launches("-n", 2, "-s", 2, PY, JOB_SUM)
    assert job.finish(timeout=100) == 0, job.stderr()
    assert all(re.match(r"^\[worker ([01])\] job_sum rank=\1 ", l) for l in sums(job, 2))     # the label is the rank


@pytest.mark.timeout(120)
def test_local_dist_sync_job_with_server_command_same(launches):
    job = launches("-n", 3, "-s", 1, "--server-command", "same", PY, JOB_SUM)
    assert job.finish(timeout=100) == 0, job.stderr()
    assert all(re.match(r"^\[worker ([012])\] job_sum rank=\1 ", l) for l in sums(job, 3))


@pytest.mark.timeout(120)
def test_worker_failing_in_a_real_cluster_stops_servers_and_scheduler(launches):
    job = launches("-n", 2, "-s", 2, PY, JOB_SUM, "--fail-rank", 1)
    job.read_until(lambda ls: any("failing on purpose" in l for l in ls), 60, "rank 1 failing")
    tree = descendants(job.popen.pid)
    assert job.finish(timeout=30) == 3
    assert re.search(r"distnet-launch: worker 1 exited with status 3; stopped ", job.stderr())
    assert wait_gone(tree, timeout=5) == []


@pytest.mark.timeout(120)
def test_two_jobs_on_one_machine_on_different_ports_do_not_interfere(launches):
    first, second = free_port(), free_port()
    while second == first:
        second = free_port()
    jobs = [launches("--port", port, "-n", 2, "-s", 1, PY, JOB_SUM) for port in (first, second)]
    trees = [descendants(job.popen.pid) for job in jobs]
    assert [job.finish(timeout=100) for job in jobs] == [0, 0], [job.stderr() for job in jobs]
    for job in jobs:
        sums(job, 2)                            # a worker of the other job would change the sums
    assert wait_gone(set().union(*trees), timeout=5) == []


@pytest.mark.timeout(120)
def test_second_job_on_a_taken_port_fails_naming_it_and_leaves_the_first_running(launches):
    port = free_port()
    running = launches("--port", port, "-n", 1, "-s", 1, PY, PROBE, "wait")   # its workers never register
    running.ready(1)
    wait_listening(port, timeout=30)
    clash = launches("--port", port, "-n", 2, "-s", 1, PY, JOB_SUM)
    assert clash.finish(timeout=60) == 1
    err = clash.stderr()
    assert f"cannot listen on 127.0.0.1:{port} (DMLC_PS_ROOT_URI:DMLC_PS_ROOT_PORT): Address already in use" in err
    assert "distnet-launch: scheduler exited with status 1; stopped " in err
    assert running.popen.poll() is None


def wait_listening(port, timeout):
    """Return once something accepts TCP connections on 127.0.0.1:port."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise AssertionError(f"nothing listens on port {port} after {timeout} s")
            time.sleep(0.1)
