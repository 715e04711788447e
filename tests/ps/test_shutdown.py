"""A node's shutdown is bounded: a ZeroMQ context that never ends cannot keep a stopping node alive."""
import os
import subprocess
import sys

STUCK = """
import zmq
from distnet.ps.auth import Guard
from distnet.server import node
node.TERM_GRACE = 0.5
ctx = zmq.Context()
forgotten = ctx.socket(zmq.DEALER)      # never closed: ctx.term() waits for it forever
closed = ctx.socket(zmq.DEALER)
node.shut_down(ctx, Guard.from_env(ctx), [closed], 0.2, "server", 3)
print("shut_down returned")
"""

CLEAN = STUCK.replace("forgotten = ctx.socket(zmq.DEALER)", "forgotten = None")


def run(script):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISTNET_SECRET")}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)


def test_a_context_that_never_ends_is_left_after_linger_and_grace_with_the_nodes_status():
    proc = run(STUCK)
    assert proc.returncode == 3, proc.stderr
    assert "server: ZeroMQ did not shut down within 0.7 s of closing the sockets; exiting without it" in proc.stderr
    assert "shut_down returned" not in proc.stdout


def test_a_context_that_ends_returns_without_a_word():
    proc = run(CLEAN)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "shut_down returned\n" and proc.stderr == ""
