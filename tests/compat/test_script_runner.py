"""The script runner reports each script's own output, also after a script that outlived its deadline."""
import array
import fcntl
import json
import termios
import time

import pytest

from script_runner import ScriptRunner


@pytest.mark.timeout(120)
def test_a_hanging_script_is_killed_and_the_next_one_gets_its_own_result(tmp_path):
    hang, hello = tmp_path / "hang.py", tmp_path / "hello.py"
    hang.write_text("import threading\nthreading.Event().wait()\n")
    hello.write_text("import mxnet\nprint('hello', mxnet.nd.ones(2).sum().asscalar())\n")
    runner = ScriptRunner()
    try:
        assert runner.run(hang, timeout=2).returncode == "killed after 2 s"
        first, second = runner.run(hello, timeout=60), runner.run(hello, timeout=60)
        assert (first.returncode, first.stdout) == (second.returncode, second.stdout) == (0, "hello 2.0\n")
    finally:
        runner.close()


@pytest.mark.timeout(120)
def test_a_reply_left_unread_is_skipped(tmp_path):
    quiet, loud = tmp_path / "quiet.py", tmp_path / "loud.py"
    quiet.write_text("")
    loud.write_text("import sys\nprint('out')\nsys.exit(3)\n")
    runner = ScriptRunner()
    try:
        runner.request_id += 1      # a reply the runner will send for a request the test side no longer waits on
        runner.proc.stdin.write('{"id": %d, "script": "%s", "stdout": "%s/o", "stderr": "%s/e"}\n'
                                % (runner.request_id, quiet, tmp_path, tmp_path))
        runner.proc.stdin.flush()
        result = runner.run(loud, timeout=60)
        assert (result.returncode, result.stdout) == (3, "out\n")
    finally:
        runner.close()


def _replied_in_full(runner, deadline_s=30):
    """Wait until the runner has written every reply to its last request (replies wait in the pipe and the runner
    is back in read(2) on its stdin), without reading any."""
    end = time.monotonic() + deadline_s
    waiting = array.array("i", [0])
    while time.monotonic() < end:
        fcntl.ioctl(runner.proc.stdout.fileno(), termios.FIONREAD, waiting)
        with open(f"/proc/{runner.proc.pid}/syscall") as f:
            reading_requests = f.read().split()[:2] == ["0", "0x0"]     # read(0, ...)
        if waiting[0] and reading_requests:
            return
    raise AssertionError(f"the runner did not answer within {deadline_s} s")


@pytest.mark.timeout(120)
def test_replies_that_arrive_together_are_both_read(tmp_path):
    quiet = tmp_path / "quiet.py"
    quiet.write_text("")
    runner = ScriptRunner()
    try:
        runner.request_id += 1
        runner.proc.stdin.write(json.dumps({"id": runner.request_id, "script": str(quiet), "stdout": f"{tmp_path}/o",
                                            "stderr": f"{tmp_path}/e"}) + "\n")
        runner.proc.stdin.flush()
        _replied_in_full(runner)
        started, done = runner._reply(5), runner._reply(5)
        assert "pid" in started and done is not None and done["returncode"] == 0
    finally:
        runner.close()
