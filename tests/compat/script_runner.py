"""Runs MXNet scripts against distnet, each in its own process, without importing distnet for each one.

A runner process imports distnet (with ``mxnet`` aliased to it) once, then forks a child per script:
every script still starts from a freshly imported distnet, alone in its process, and exits as a
Python program does (non-daemon threads joined, atexit handlers run), but no script pays the import.

    runner = ScriptRunner(); result = runner.run(path, timeout); runner.close()

A ScriptPool runs a list of scripts ahead of the tests that check them, on several runners at once.
"""
import atexit
import concurrent.futures
import importlib
import importlib.machinery
import json
import os
import queue
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


class ScriptResult:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


class ScriptRunner:
    """The test side: starts the runner process and asks it to run scripts one at a time."""

    def __init__(self, env=None):
        self.env = None if env is None else dict(os.environ, **env)
        self.tmp = tempfile.mkdtemp(prefix="distnet-compat-")
        self.request_id = 0
        self._start()

    def _start(self):
        self.proc = subprocess.Popen([sys.executable, os.path.abspath(__file__)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=HERE, env=self.env)
        self.unread = b""       # replies read from the pipe, not yet taken

    def _reply(self, deadline_s):
        """The runner's next reply to the current request within ``deadline_s`` seconds, else None (replies to
        earlier requests, left unread after a timeout, are skipped). The pipe is read unbuffered: select() cannot
        see a reply already pulled into a file object's buffer (a fast script's two replies come together)."""
        end = time.monotonic() + deadline_s
        while True:
            while b"\n" not in self.unread:
                ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, end - time.monotonic()))
                if not ready:
                    return None
                chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
                if not chunk:
                    raise RuntimeError(f"the script runner exited with code {self.proc.wait()}")
                self.unread += chunk
            line, self.unread = self.unread.split(b"\n", 1)
            reply = json.loads(line)
            if reply["id"] == self.request_id:
                return reply

    def run(self, script, timeout):
        out, err = os.path.join(self.tmp, "stdout"), os.path.join(self.tmp, "stderr")
        self.request_id += 1
        self.proc.stdin.write(json.dumps({"id": self.request_id, "script": str(script), "stdout": out,
                                          "stderr": err}) + "\n")
        self.proc.stdin.flush()
        started = self._reply(30)
        if started is None:
            self._restart()
            raise RuntimeError(f"the script runner did not start {script} within 30 s")
        done = self._reply(timeout)
        if done is None:                        # the script hangs: kill it, the runner then reports it
            try:
                os.kill(started["pid"], signal.SIGKILL)
                killed = True
            except ProcessLookupError:          # it ended at the deadline: its own result stands
                killed = False
            done = self._reply(30)
            if done is None:
                self._restart()
                raise RuntimeError(f"the script runner did not report {script} within 30 s of its deadline")
            if killed:
                done["returncode"] = f"killed after {timeout} s"
        with open(out) as f_out, open(err) as f_err:
            return ScriptResult(done["returncode"], f_out.read(), f_err.read())

    def _restart(self):
        self.proc.kill()
        self.proc.wait()
        self._start()

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


class ScriptPool:
    """Runs ``jobs`` (``(script, machine)`` pairs, in that order) ``workers`` at a time: each worker thread has a
    runner per machine (started with ``machines[machine]`` as its environment) and takes the next job when its
    last one ends. ``result(script)`` waits for a script's ScriptResult."""

    def __init__(self, jobs, machines, workers, timeout):
        self._jobs = queue.Queue()
        self._results = {}
        for script, machine in jobs:
            self._jobs.put((script, machine))
            self._results[script] = concurrent.futures.Future()
        self._machines, self._timeout, self._closing = machines, timeout, False
        self._workers = [threading.Thread(target=self._work, daemon=True) for _ in range(workers)]
        for worker in self._workers:
            worker.start()

    def _work(self):
        runners = {}
        try:
            while not self._closing:
                try:
                    script, machine = self._jobs.get_nowait()
                except queue.Empty:
                    return
                result = self._results[script]
                try:
                    if machine not in runners:
                        runners[machine] = ScriptRunner(env=self._machines.get(machine))
                    result.set_result(runners[machine].run(script, self._timeout))
                except Exception as e:      # noqa: BLE001 -- handed to the test that waits for this script
                    result.set_exception(e)
        finally:
            for runner in runners.values():
                runner.close()

    def result(self, script):
        return self._results[script].result()

    def close(self):
        """Lets the scripts running now end, skips the others, and stops the runners."""
        self._closing = True
        for worker in self._workers:
            worker.join()


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
        # list the script's folder (thousands of files) here once, not in each child's first import
        importlib.machinery.PathFinder.find_spec("_", [os.path.dirname(os.path.abspath(request["script"]))])
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _run_child(request)
        replies.write(json.dumps({"id": request["id"], "pid": pid}) + "\n")
        replies.flush()
        _, status = os.waitpid(pid, 0)
        replies.write(json.dumps({"id": request["id"], "returncode": os.waitstatus_to_exitcode(status)}) + "\n")
        replies.flush()


if __name__ == "__main__":
    _serve()
