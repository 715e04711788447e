"""The script runner reports each script's own output, also after a script that outlived its deadline."""
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
