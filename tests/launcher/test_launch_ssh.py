"""--launcher ssh across hosts: network namespaces on a bridge, each running a real sshd.

The launcher runs in its own namespace (h0) and reaches h1 and h2 only over ssh; every process
the job starts is checked to run in the namespace of the host it was placed on.
"""
import os
import shutil
import signal
import sys

import pytest

from launch_helpers import JOB_SUM, PROBE, Launch, wait_gone
from netns import Network, Sshd, skip_reason

PY = sys.executable
CONSOLE = os.path.join(os.path.dirname(PY), "distnet-launch")


@pytest.fixture
def cluster(tmp_path):
    """h0 (the launcher's host) plus h1 and h2 with sshd; yields (net, hostfile, ssh options)."""
    reason = skip_reason() or (None if shutil.which("sshd") else
                               "needs sshd; as root: apt-get install -y openssh-server")
    if reason:
        print(f"SKIPPED: {reason}")
        if os.geteuid() != 0:
            pytest.skip(reason)
        pytest.fail(reason)                       # root can install it: a missing sshd is a failure
    net, daemons = Network(), []
    try:
        net.add_host("h0")
        for name in ("h1", "h2"):
            ns, address = net.add_host(name)
            daemons.append(Sshd(net, ns, address, str(tmp_path)))
        hostfile = tmp_path / "hostfile"
        hostfile.write_text("".join(f"root@{net.hosts[n][1]}\n" for n in ("h1", "h2")))
        yield net, hostfile, daemons[0].client_options()
    finally:
        for daemon in daemons:
            log = daemon.stop()
            if "error" in log.lower():
                print(f"sshd log: {log}")
        net.close()


@pytest.fixture
def launches(cluster, tmp_path):
    """Start distnet-launch inside h0; kill by PID whatever is left at the end."""
    net, _, _ = cluster
    started = []

    def launch(*args, cwd=None):
        prefix = ["ip", "netns", "exec", net.hosts["h0"][0], CONSOLE]
        started.append(Launch(list(map(str, args)), tmp_path, cwd=cwd, launch=prefix))
        return started[-1]
    yield launch
    for one in started:
        one.kill()


def ssh_args(cluster):
    _, hostfile, options = cluster
    return ["--launcher", "ssh", "-H", hostfile, "--ssh-options", options]


@pytest.mark.timeout(120)
def test_ssh_roles_run_round_robin_on_the_hosts_and_a_failure_stops_all(cluster, launches):
    net = cluster[0]
    job = launches(*ssh_args(cluster), "-n", 2, "-s", 2, "--server-command", f"{PY} {PROBE} wait",
                   PY, PROBE, "wait")
    ready = job.ready(5, timeout=60)
    h1, h2 = net.hosts["h1"], net.hosts["h2"]
    placed = {"scheduler": h1, "server 0": h1, "server 1": h2, "worker 0": h1, "worker 1": h2}
    for label, (ns, address) in placed.items():
        line = ready[label]
        assert f"root={h1[1]}:9091 " in line["rest"] and f"node={address} " in line["rest"]
        assert net.in_namespace(int(line["pid"]), ns), f"{label} is not running on {ns}"
    pids = [int(m[k]) for m in ready.values() for k in ("pid", "child")]
    os.kill(int(ready["worker 1"]["pid"]), signal.SIGUSR1)       # exits 3 on h2
    assert job.finish(timeout=30) == 3
    assert (f"distnet-launch: worker 1 on root@{h2[1]} exited with status 3; stopped 1 scheduler, "
            f"2 servers, 1 worker") in job.stderr()
    assert wait_gone(pids, timeout=5) == []                       # remote processes too


@pytest.mark.timeout(120)
def test_sigterm_to_ssh_launcher_stops_remote_processes(cluster, launches):
    job = launches(*ssh_args(cluster), "-n", 1, "-s", 1, "--server-command", f"{PY} {PROBE} wait",
                   PY, PROBE, "wait")
    ready = job.ready(3, timeout=60)
    pids = [int(m[k]) for m in ready.values() for k in ("pid", "child")]
    job.popen.send_signal(signal.SIGTERM)
    assert job.finish(timeout=30) == 128 + signal.SIGTERM
    assert wait_gone(pids, timeout=5) == []


@pytest.mark.timeout(180)
def test_ssh_dist_sync_job_with_sync_dst_dir(cluster, launches, tmp_path):
    net = cluster[0]
    src, dst = tmp_path / "src", tmp_path / "dst"
    src.mkdir()
    shutil.copy(JOB_SUM, src / "job_sum.py")
    job = launches(*ssh_args(cluster), "-n", 2, "-s", 2, "--sync-dst-dir", dst,
                   PY, "job_sum.py", cwd=src)
    assert job.finish(timeout=150) == 0, job.stderr()
    assert (dst / "job_sum.py").read_bytes() == (src / "job_sum.py").read_bytes()
    nodes = {net.hosts["h1"][1], net.hosts["h2"][1]}
    results = [l for l in job.lines if "job_sum rank=" in l]
    assert len(results) == 2, job.lines
    for line in results:
        assert " workers=2 ok sum=3 " in line and line.endswith(f" cwd={dst}")
    assert {l.split(" node=")[1].split()[0] for l in results} == nodes


@pytest.mark.timeout(120)
def test_unreachable_host_fails_the_job_with_ssh_status(cluster, launches, tmp_path):
    net, _, options = cluster
    hostfile = tmp_path / "hostfile-bad"
    hostfile.write_text(f"root@{net.hosts['h1'][1]}\nroot@{net.hosts['h0'][1]}\n")  # h0: no sshd
    job = launches("--launcher", "ssh", "-H", hostfile, "--ssh-options", options, "-n", 1, "-s", 1,
                   "--server-command", f"{PY} {PROBE} wait", PY, PROBE, "wait")
    assert job.finish(timeout=60) == 255
    err = job.stderr()
    assert (f"worker 0 on root@{net.hosts['h0'][1]} exited with status 255 (ssh's status when it "
            f"cannot connect or log in); stopped") in err
    assert "Connection refused" in err
    assert wait_gone(job.pids, timeout=5) == []
