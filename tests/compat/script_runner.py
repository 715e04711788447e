"""Runs MXNet scripts against distnet, each in its own process, without importing distnet for each one.

A runner process imports distnet (with ``mxnet`` aliased to it) once, then forks a child per script:
every script still starts from a freshly imported distnet, alone in its process, and exits as a
Python program does (non-daemon threads joined, atexit handlers run), but no script pays the import.

    runner = ScriptRunner(); result = runner.run(path, timeout); runner.close()
"""
import atexit
import importlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


class ScriptResult:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


class ScriptRunner:
    """The test side: starts the runner process and asks it to run scripts one at a time."""

    def __init__(self, env=None):
        self.proc = subprocess.Popen([sys.executable, os.path.abspath(__file__)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=HERE,
                                     env=None if env is None else dict(os.environ, **env))
        self.tmp = tempfile.mkdtemp(prefix="distnet-compat-")

    def _reply(self, deadline_s):
        ready, _, _ = select.select([self.proc.stdout], [], [], deadline_s)
        if not ready:
            return None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the script runner exited with code {self.proc.wait()}")
        return json.loads(line)

    def run(self, script, timeout):
        out, err = os.path.join(self.tmp, "stdout"), os.path.join(self.tmp, "stderr")
        self.proc.stdin.write(json.dumps({"script": str(script), "stdout": out, "stderr": err}) + "\n")
        self.proc.stdin.flush()
        pid = self._reply(30)["pid"]
        done = self._reply(timeout)
        if done is None:                        # the script hangs: kill it, the runner then reports it
            os.kill(pid, signal.SIGKILL)
            done = self._reply(30)
            done["returncode"] = f"killed after {timeout} s"
        with open(out) as f_out, open(err) as f_err:
            return ScriptResult(done["returncode"], f_out.read(), f_err.read())

    def close(self):
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for name in ("stdout", "stderr"):
            path = os.path.join(self.tmp, name)
            if os.path.exists(path):
                os.remove(path)
        os.rmdir(self.tmp)


# ---- the runner process ---------------------------------------------------------------------------
def _run_child(request):
    """In the forked child: run the script with its output in the requested files; never returns."""
    code = 0
    try:
        null = os.open(os.devnull, os.O_RDONLY)     # stdin carries the runner's requests
        os.dup2(null, 0)
        os.close(null)
        for fd, path in ((1, request["stdout"]), (2, request["stderr"])):
            target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        script = request["script"]
        os.chdir(os.path.dirname(script))
        sys.argv = [script]
        sys.path.insert(0, os.path.dirname(os.path.abspath(script)))     # as ``python script.py`` has it
        import runpy
        runpy.run_path(script, run_name="__main__")
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if not isinstance(e.code, int) and e.code is not None:
            print(e.code, file=sys.stderr)
    except BaseException:   # noqa: BLE001 -- reported as python would, then exit 1
        traceback.print_exc()
        code = 1
    try:
        threading._shutdown()           # as interpreter exit: wait for non-daemon threads
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def _serve():
    import mxnet_alias      # beside this file, on sys.path[0]
    sys.meta_path.insert(0, mxnet_alias._MXNetAlias())
    importlib.import_module("mxnet")        # distnet, imported once for every script
    replies = os.fdopen(os.dup(1), "w")
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _run_child(request)
        replies.write(json.dumps({"pid": pid}) + "\n")
        replies.flush()
        _, status = os.waitpid(pid, 0)
        replies.write(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}) + "\n")
        replies.flush()


if __name__ == "__main__":
    _serve()
