"""Helpers for the launcher tests: run distnet-launch, read its output with deadlines, check PIDs."""
import os
import re
import select
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = os.path.join(HERE, "job_probe.py")
JOB_SUM = os.path.join(HERE, "job_sum.py")
LAUNCH = [sys.executable, "-m", "distnet.launcher"]
READY = re.compile(r"^\[(?P<label>[^\]]+)\] ready role=(?P<role>\S+) pid=(?P<pid>\d+) "
                   r"child=(?P<child>\d+) (?P<rest>.*)$")


class Launch:
    """A running distnet-launch whose stdout is read line by line and stderr kept in a file."""

    def __init__(self, args, tmp_path, env=None, cwd=None, launch=LAUNCH):
        self.err_path = tmp_path / "launcher.stderr"
        self.err_file = open(self.err_path, "wb")
        self.popen = subprocess.Popen([*launch, *args], stdout=subprocess.PIPE, stderr=self.err_file,
                                      env=env, cwd=cwd, start_new_session=True)
        self.lines, self.rest, self.pids = [], b"", set()

    def read_until(self, done, timeout, what):
        """Read stdout lines until done(lines) holds; fail naming `what` after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not done(self.lines):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.popen.stdout], [], [], left)[0]:
                raise AssertionError(f"timed out after {timeout} s waiting for {what}; "
                                     f"stdout so far: {self.lines}; stderr: {self.stderr()}")
            data = os.read(self.popen.stdout.fileno(), 65536)
            if not data:
                raise AssertionError(f"launcher closed stdout before {what}; stdout: {self.lines}; "
                                     f"stderr: {self.stderr()}")
            self._take(data)
        return self.lines

    def ready(self, count, timeout=30):
        """Wait for `count` probe report lines; returns {label: match}."""
        self.read_until(lambda ls: len(_ready(ls)) >= count, timeout, f"{count} ready lines")
        return _ready(self.lines)

    def finish(self, timeout):
        """Wait for the launcher to exit (killing it after `timeout`); returns its status."""
        try:
            out, _ = self.popen.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"launcher still running after {timeout} s; stderr: {self.stderr()}")
        self._take(out)
        if self.rest:
            self._take(b"\n")
        return self.popen.returncode

    def stderr(self):
        """What the launcher wrote to stderr so far."""
        self.err_file.flush()
        return self.err_path.read_text(errors="replace")

    def kill(self):
        """Test cleanup: SIGKILL the launcher's group and every PID it reported, by PID."""
        for pid in self.pids:
            _kill(pid)
        if self.popen.poll() is None:
            try:
                os.killpg(self.popen.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.popen.wait(timeout=10)
        self.err_file.close()

    def _take(self, data):
        """Split received bytes into lines, remembering every PID a probe reported."""
        text = self.rest + data
        *complete, self.rest = text.split(b"\n")
        for raw in complete:
            line = raw.decode(errors="replace")
            self.lines.append(line)
            match = READY.match(line)
            if match:
                self.pids.update(int(match[k]) for k in ("pid", "child") if int(match[k]))


def _ready(lines):
    """{label: match} of the probe report lines."""
    return {m["label"]: m for m in map(READY.match, lines) if m}


def alive(pid):
    """True if `pid` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def descendants(pid):
    """PIDs of every process below `pid`, from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _kill(pid):
    """SIGKILL a PID that may be gone."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def wait_gone(pids, timeout):
    """Wait (on pidfds, no polling) until none of `pids` runs; returns those alive after `timeout`."""
    fds = {}
    for pid in pids:
        try:
            fds[os.pidfd_open(pid)] = pid
        except ProcessLookupError:
            pass
    try:
        deadline = time.monotonic() + timeout
        pending = set(fds)
        while pending and time.monotonic() < deadline:
            ready, _, _ = select.select(list(pending), [], [], deadline - time.monotonic())
            pending -= set(ready)
        return [fds[fd] for fd in pending if alive(fds[fd])]
    finally:
        for fd in fds:
            os.close(fd)
