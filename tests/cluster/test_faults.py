"""Faults in a running dist_sync job: a node killed (SIGKILL) or hung (SIGSTOP), a network cut.

Each case ends with every process gone, each survivor's message naming the failed node and what it
was waiting for, and (under the launcher) a non-zero exit. Heartbeats are short (FAULT_ENV), so a
case takes a few seconds; the measured time from the fault to the last exit is printed.
"""
import os
import random
import re
import select
import signal
import subprocess
import sys
import time

import pytest

from fault_helpers import Launch, descendants, netns, role_pids, thread_states, wait_gone
from ps_cluster import FAST, Cluster, Node

PY = sys.executable
HERE = os.path.dirname(os.path.abspath(__file__))
JOB = os.path.join(HERE, "reliability_job.py")
TIMEOUT = 2.0
# The connect timeout bounds registration, which waits for a scheduler still starting up (seconds on a loaded
# machine); the faults are detected by the heartbeats alone.
FAULT_ENV = {"DISTNET_HEARTBEAT_INTERVAL": "0.2", "DISTNET_HEARTBEAT_TIMEOUT": str(TIMEOUT),
             "DISTNET_CONNECT_TIMEOUT": "6", "DISTNET_REQUEST_TIMEOUT": "30", "PYTHONFAULTHANDLER": "1"}
# Detection needs the heartbeat timeout plus a few intervals; the rest is exiting (DEAD_GRACE, sockets).
BOUND = TIMEOUT + 4.0
# Five Python processes importing distnet: slow on a loaded machine, and not what these tests time.
STARTUP = 60
SEED = int(os.environ.get("FAULT_SEED", random.randrange(1 << 30)))


@pytest.fixture
def cluster(tmp_path):
    started = []

    def start(workers, servers, how="push_pull", **kwargs):
        started.append(Cluster(tmp_path, workers, servers, [PY, JOB, "rounds", how], env=FAULT_ENV, **kwargs))
        return started[-1]
    yield start
    for c in started:
        for n in c.nodes:
            if n.popen.poll() is None:
                os.kill(n.popen.pid, signal.SIGCONT)
        c.kill()


def random_point(label):
    """Sleep a random 0-0.5 s into the running job (the fault's moment; the seed is in every failure)."""
    delay = random.Random(f"{SEED}-{label}").uniform(0, 0.5)
    time.sleep(delay)
    return delay


def wait_exits(nodes, timeout):
    """{label: seconds from now until it exited}; AssertionError naming those still running."""
    start = time.monotonic()
    running = {n.pidfd: n for n in nodes}
    times = {}
    while running:
        left = start + timeout - time.monotonic()
        ready = select.select(list(running), [], [], left)[0] if left > 0 else []
        if not ready:
            raise AssertionError(f"still running {timeout} s after the fault: "
                                 f"{[hung_report(n) for n in running.values()]}")
        for fd in ready:
            node = running.pop(fd)
            node.popen.wait()
            node.drain()
            times[node.label] = time.monotonic() - start
    return times


def hung_report(node):
    """A hung node's threads (kernel view), then its Python stacks: SIGABRT makes faulthandler print them."""
    states = thread_states(node.popen.pid)
    os.kill(node.popen.pid, signal.SIGABRT)
    os.kill(node.popen.pid, signal.SIGCONT)
    try:
        node.popen.wait(10)
    except subprocess.TimeoutExpired:
        states += " (no exit 10 s after SIGABRT)"
    return f"{node.label}: {states}\n{node.output()[1][-4000:]}"


def victim_of(job, role):
    """The node to fail and the name its peers will use for it."""
    if role == "scheduler":
        return job.node("scheduler"), "the scheduler"
    if role == "worker":
        node = next(job.node(f"worker {r}") for r in range(2) if "ready rank=1 " in job.node(f"worker {r}").out.decode())
        return node, "worker 1"
    return job.node("server 1"), None          # its rank is the scheduler's choice: read from the messages


@pytest.mark.timeout(120)
@pytest.mark.parametrize("role, sig, how", [(role, sig, "push_pull") for role in ("worker", "server", "scheduler")
                                            for sig in ("SIGKILL", "SIGSTOP")]
                         + [("server", "SIGKILL", "pushpull"), ("server", "SIGSTOP", "pushpull")])
def test_failed_node_ends_the_job_naming_it(cluster, role, sig, how):
    job = cluster(2, 2, how)
    for r in range(2):
        job.node(f"worker {r}").read_until("ready rank=", STARTUP)
    victim, name = victim_of(job, role)
    delay = random_point(role + sig + how)
    os.kill(victim.popen.pid, getattr(signal, sig))
    others = [n for n in job.nodes if n is not victim]
    times = wait_exits(others, BOUND + 5)
    report = f"seed {SEED}, fault {delay:.2f} s in; exits {times}\n{job.report()}"
    assert all(n.popen.returncode != 0 for n in others), report
    if name is None:
        dead = re.search(r"scheduler: (server \d) is dead: no heartbeat", job.node("scheduler").output()[1])
        assert dead, report
        name = dead[1]
    for n in others:
        err = n.output()[1]
        assert name in err, (n.label, report)
        if n.label != "scheduler":
            assert "waiting for" in err or "no sync round was open" in err, (n.label, report)
    if sig == "SIGSTOP":
        # The hung node, woken up, finds the job gone and exits by itself.
        os.kill(victim.popen.pid, signal.SIGCONT)
        woke = wait_exits([victim], BOUND + 20)        # generous: a loaded machine schedules it late
        assert victim.popen.returncode not in (0, None), report
        times[victim.label + " after SIGCONT"] = woke[victim.label]
    else:
        victim.popen.wait(5)
    print(f"\n{role} {sig}: last exit {max(times.values()):.2f} s after the fault (heartbeat timeout {TIMEOUT:g} s); "
          f"{ {k: round(v, 2) for k, v in times.items()} }")
    assert max(t for k, t in times.items() if "SIGCONT" not in k) < BOUND, report


def launched_job(tmp_path):
    """`distnet-launch -n 2 -s 2` running the rounds job; returns (launch, {role: [pids]}, rank-1 worker pid)."""
    launch = Launch(["-n", "2", "-s", "2", "--grace", "1", PY, JOB, "rounds"], tmp_path,
                    env=dict(os.environ, **FAULT_ENV))
    lines = launch.read_until(lambda ls: sum("ready rank=" in l for l in ls) == 2, STARTUP, "2 ready workers")
    pids = role_pids(launch.popen.pid)
    rank1 = next(int(re.search(r"pid=(\d+)", l)[1]) for l in lines if "ready rank=1 " in l)
    return launch, pids, rank1


@pytest.mark.timeout(120)
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGSTOP"])
@pytest.mark.parametrize("role", ["worker", "server", "scheduler"])
def test_failed_node_under_the_launcher_ends_everything_with_a_failure(tmp_path, role, sig):
    launch, pids, rank1 = launched_job(tmp_path)
    try:
        victim = rank1 if role == "worker" else pids[role][-1]
        everything = set(descendants(launch.popen.pid))
        delay = random_point(role + sig + "launched")
        start = time.monotonic()
        os.kill(victim, getattr(signal, sig))
        status = launch.finish(BOUND + 10)
        took = time.monotonic() - start
        left = wait_gone(everything, 5)
        report = f"seed {SEED}, fault {delay:.2f} s in, status {status} after {took:.2f} s\n{launch.lines}\n" \
                 f"{launch.stderr()}"
        assert status != 0 and not left, (left, report)
        err = launch.stderr()
        if sig == "SIGKILL":
            assert re.search(rf"distnet-launch: {role}( \d+)? [^;]*killed by SIGKILL", err), report
        else:
            name = "worker 1" if role == "worker" else "server" if role == "server" else "the scheduler"
            assert name in err and ("is dead" in err or "silent" in err), report
        print(f"\nlauncher, {role} {sig}: launcher exited {status} {took:.2f} s after the fault")
        assert took < BOUND + 3, report
    finally:
        for pid in pids[role]:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
        launch.kill()


@pytest.fixture
def network():
    reason = netns.skip_reason()
    if reason:
        pytest.skip(reason)
    net = netns.Network()
    yield net
    net.close()


@pytest.mark.timeout(120)
def test_network_cut_between_two_hosts_ends_the_job_on_both_sides(network, tmp_path):
    (ns1, addr1), (ns2, addr2) = network.add_host("h1"), network.add_host("h2")
    layout = [("scheduler", ns1, addr1), ("server 0", ns1, addr1), ("worker 0", ns1, addr1),
              ("server 1", ns2, addr2), ("worker 1", ns2, addr2)]
    base = dict(os.environ, **dict(FAST, **FAULT_ENV), DMLC_PS_ROOT_URI=addr1, DMLC_PS_ROOT_PORT="9091",
                DMLC_NUM_WORKER="2", DMLC_NUM_SERVER="2")
    nodes = []
    try:
        for label, ns, addr in layout:
            argv = [PY, "-m", "distnet.server"] if "worker" not in label else [PY, JOB, "rounds"]
            env = dict(base, DMLC_ROLE=label.split()[0], DMLC_NODE_HOST=addr)
            nodes.append(Node(label, ["ip", "netns", "exec", ns, *argv], env, tmp_path))
        for n in nodes[2], nodes[4]:
            n.read_until("ready rank=", STARTUP)
        assert all(network.in_namespace(n.popen.pid, ns) for n, (_, ns, _) in zip(nodes, layout))
        random_point("cut")
        netns.sh("ip", "-n", ns2, "link", "set", "eth0", "down")
        times = wait_exits(nodes, BOUND + 5)
        report = f"seed {SEED}; exits {times}\n" + "\n".join(f"--- {n.label}: {n.output()}" for n in nodes)
        assert all(n.popen.returncode == 1 for n in nodes), report
        # Ranks are the scheduler's choice: the cut-off host's nodes are named by their own output.
        cut_off = {re.match(r"(server \d+):", nodes[3].output()[1])[1],
                   "worker " + re.search(r"ready rank=(\d+)", nodes[4].output()[0])[1]}
        dead = re.search(r"scheduler: ((server|worker) \d+) is dead: no heartbeat .* cut off", nodes[0].output()[1])
        assert dead and dead[1] in cut_off, (cut_off, report)
        for n in nodes[1:3]:
            assert f"{dead[1]} is dead" in n.output()[1], (n.label, report)
        for n in nodes[3:]:
            err = n.output()[1]
            # a server cut off between rounds says so; anything else names what it waited for
            said_what = "waiting for" in err or (n.label.startswith("server") and "no sync round was open" in err)
            assert f"scheduler at tcp://{addr1}:9091 has been silent" in err and said_what, (n.label, report)
        print(f"\nnetwork cut: last exit {max(times.values()):.2f} s after the cut; "
              f"{ {k: round(v, 2) for k, v in times.items()} }")
        assert max(times.values()) < BOUND + 2, report
    finally:
        for n in nodes:
            n.kill()
