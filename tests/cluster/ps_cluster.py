"""Start a real scheduler, servers and workers on 127.0.0.1 for a test; wait with deadlines; kill by PID."""
import os
import re
import select
import signal
import subprocess
import sys
import time

from distnet.launcher.cli import free_port

HERE = os.path.dirname(os.path.abspath(__file__))
JOB = os.path.join(HERE, "ps_job.py")
# Short timeouts so failures surface in seconds (connecting gets 15 s: nodes start while others still import
# distnet); the bound makes small arrays "big" (split across servers).
FAST = {"DISTNET_HEARTBEAT_INTERVAL": "0.2", "DISTNET_HEARTBEAT_TIMEOUT": "3", "DISTNET_CONNECT_TIMEOUT": "15",
        "DISTNET_STARTUP_TIMEOUT": "15", "DISTNET_REQUEST_TIMEOUT": "15", "MXNET_KVSTORE_BIGARRAY_BOUND": "1000"}


class Node:
    """One started process: stdout read through a pipe, stderr in a file."""

    def __init__(self, label, argv, env, tmp_path):
        self.label = label
        self.err_path = tmp_path / f"{label.replace(' ', '-')}.err"
        with open(self.err_path, "wb") as err:
            self.popen = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL,
                                          start_new_session=True)
        self.pidfd = os.pidfd_open(self.popen.pid)
        self.out = b""

    def read_until(self, text, timeout):
        """Read stdout until it contains ``text``; AssertionError after ``timeout`` seconds or at EOF."""
        deadline = time.monotonic() + timeout
        while text.encode() not in self.out:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.popen.stdout], [], [], left)[0]:
                raise AssertionError(f"{self.label}: no {text!r} within {timeout} s: {self.output()}")
            data = os.read(self.popen.stdout.fileno(), 65536)
            if not data:
                raise AssertionError(f"{self.label}: exited before printing {text!r}: {self.output()}")
            self.out += data

    def output(self):
        """(stdout read so far, stderr) as text."""
        return self.out.decode(errors="replace"), self.err_path.read_text(errors="replace")

    def drain(self):
        """Read the rest of stdout (the process has exited)."""
        self.out += self.popen.stdout.read()

    def kill(self):
        """SIGKILL by PID if still running; reap."""
        if self.popen.poll() is None:
            os.kill(self.popen.pid, signal.SIGKILL)
        self.popen.wait(timeout=10)
        self.popen.stdout.close()
        os.close(self.pidfd)


class Cluster:
    """A job's processes: the scheduler, S servers (`python -m distnet.server`) and W worker commands."""

    def __init__(self, tmp_path, workers, servers, worker_argv=None, env=None, roles=("scheduler", "server", "worker")):
        self.port = free_port()
        self.env = dict(os.environ, DMLC_PS_ROOT_URI="127.0.0.1", DMLC_PS_ROOT_PORT=str(self.port),
                        DMLC_NUM_WORKER=str(workers), DMLC_NUM_SERVER=str(servers), DMLC_NODE_HOST="127.0.0.1",
                        **dict(FAST, **(env or {})))
        self.env.pop("DMLC_ROLE", None)
        self.nodes = []
        server_argv = [sys.executable, "-m", "distnet.server"]
        if "scheduler" in roles:
            self.start("scheduler", server_argv, tmp_path)
        if "server" in roles:
            for r in range(servers):
                self.start(f"server {r}", server_argv, tmp_path)
        if "worker" in roles:
            for r in range(workers):
                self.start(f"worker {r}", worker_argv, tmp_path)

    def start(self, label, argv, tmp_path):
        env = dict(self.env, DMLC_ROLE=label.split()[0])
        self.nodes.append(Node(label, argv, env, tmp_path))
        return self.nodes[-1]

    def wait(self, timeout):
        """Wait (on pidfds) until every process exited; {label: status}; AssertionError naming the stragglers."""
        deadline = time.monotonic() + timeout
        running = {n.pidfd: n for n in self.nodes if n.popen.poll() is None}
        while running:
            left = deadline - time.monotonic()
            ready = select.select(list(running), [], [], max(left, 0))[0] if left > 0 else []
            if not ready:
                raise AssertionError(f"still running after {timeout} s: {[n.label for n in running.values()]}; "
                                     f"{self.report()}")
            for fd in ready:
                node = running.pop(fd)
                node.popen.wait()
                node.drain()
        return {n.label: n.popen.returncode for n in self.nodes}

    def node(self, label):
        return next(n for n in self.nodes if n.label == label)

    def report(self):
        """Every process's output, for assertion messages."""
        return "\n".join(f"--- {n.label}: {n.output()}" for n in self.nodes)

    def kill(self):
        for n in self.nodes:
            n.kill()


def run_clean(tmp_path, workers, servers, argv, timeout=30, **kwargs):
    """Run a job to its end, asserting that every process exited 0 and every worker printed its ok line; SIGKILL,
    by PID, whatever still runs. Returns the workers' outputs, in rank order."""
    job = Cluster(tmp_path, workers, servers, argv, **kwargs)
    try:
        status = job.wait(timeout)
        assert set(status.values()) == {0}, (status, job.report())
        # The scheduler hands out ranks in order of arrival, so worker process i need not be rank i.
        by_rank = {}
        for i in range(workers):
            out = job.node(f"worker {i}").output()[0]
            ranks = re.findall(r"^ok rank=(\d+)\b", out, re.M)
            assert len(ranks) == 1, job.report()
            by_rank[int(ranks[0])] = out
        assert sorted(by_rank) == list(range(workers)), job.report()
        return [by_rank[r] for r in range(workers)]
    finally:
        job.kill()
