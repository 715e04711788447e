"""Helpers for the reliability tests: the launcher's helpers, and the PIDs of a launched job's roles from /proc."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "launcher"))

import netns  # noqa: E402,F401 -- re-exported
from launch_helpers import Launch, alive, descendants, wait_gone  # noqa: E402,F401 -- re-exported

EXAMPLE = os.path.join(ROOT, "examples", "train_digits_dist.py")


def role_pids(root_pid):
    """{'scheduler': [pid], 'server': [...], 'worker': [...]}: the job's Python processes below ``root_pid``.

    The launcher's guard processes carry the same DMLC_ROLE; they are told apart by their command line.
    """
    found = {"scheduler": [], "server": [], "worker": []}
    for pid in sorted(descendants(root_pid)):
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                env = dict(item.split(b"=", 1) for item in f.read().split(b"\0") if b"=" in item)
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
        except (FileNotFoundError, ProcessLookupError):
            continue
        role = env.get(b"DMLC_ROLE", b"").decode()
        if role in found and not any(a.endswith(b"guard.py") for a in argv) and b"python" in argv[0]:
            found[role].append(pid)
    return found


def thread_states(pid):
    """'pid 123: 123 S do_epoll_wait, 124 S futex_wait_queue': each thread's state and kernel wait, for a hang's report."""
    try:
        threads = sorted(os.listdir(f"/proc/{pid}/task"), key=int)
    except FileNotFoundError:
        return f"pid {pid}: gone"
    states = []
    for tid in threads:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
            with open(f"/proc/{pid}/task/{tid}/wchan") as f:
                wchan = f.read() or "-"
        except (FileNotFoundError, ProcessLookupError):
            continue
        states.append(f"{tid} {state} {wchan}")
    return f"pid {pid}: " + ", ".join(states)
