"""Supervise a started job: prefixed output, the first failure stops everything, one exit status."""
import collections
import os
import selectors
import signal
import sys
import time

from .guard import STOP_SIGNALS, Lines, exit_status, killpg, read_signals, signal_pipe

# A stopped process gets the guard's grace period plus this before its group is SIGKILLed here.
KILL_MARGIN = 2.0
# Servers and scheduler end by themselves once every worker has finished; this bounds the wait.
DRAIN_SECONDS = 30.0
NOT_STARTED = "not started"


def describe(returncode, proc=None):
    """How a process ended, in words: 'exited with status 3', 'was killed by SIGKILL'."""
    if returncode < 0:
        return f"was killed by {_signame(-returncode)}"
    text = f"exited with status {returncode}"
    if proc is not None and proc.host is not None and returncode == 255:
        return text + " (ssh's status when it cannot connect or log in)"
    if 128 < returncode < 128 + signal.NSIG:
        return text + f" (killed by {_signame(returncode - 128)})"
    return text


def _signame(number):
    """SIGTERM for 15."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


class JobState:
    """The job's bookkeeping: events in, instructions out; it starts, stops and reads nothing."""

    def __init__(self, procs, grace):
        self.procs, self.grace = procs, grace
        self.status = [None] * len(procs)
        self.reason = None        # ("failed", i), ("signal", signum) or ("drain", indices)
        self.stopped = ()         # what was still running when the stop began
        self.kill_at = self.drain_at = None

    def running(self):
        """Indices of the processes not yet known to have exited."""
        return [i for i, status in enumerate(self.status) if status is None]

    def done(self):
        """True once every process has exited."""
        return not self.running()

    def exited(self, i, returncode, now):
        """Process i ended with `returncode` (Popen's: negative for a signal)."""
        self.status[i] = returncode
        if self.reason is not None:
            return []
        if returncode != 0:
            return self._stop(("failed", i), now)
        workers = [j for j, p in enumerate(self.procs) if p.role == "worker"]
        if workers and all(self.status[j] == 0 for j in workers) and self.drain_at is None:
            self.drain_at = now + DRAIN_SECONDS
        return []

    def not_started(self, indices, now):
        """Processes that could not be started: a failure of the first, the rest never run."""
        for i in indices[1:]:
            self.status[i] = NOT_STARTED
        return self.exited(indices[0], 127, now)

    def signalled(self, signum, now):
        """The launcher got SIGINT/SIGTERM/SIGHUP; a second one while stopping kills at once."""
        if self.reason is None:
            return self._stop(("signal", signum), now)
        return self._kill()

    def tick(self, now):
        """Deadlines: kill what ignored the stop; stop what outlived the workers."""
        if self.kill_at is not None and now >= self.kill_at:
            return self._kill()
        if self.reason is None and self.drain_at is not None and now >= self.drain_at:
            return self._stop(("drain", tuple(self.running())), now)
        return []

    def deadline(self):
        """The next time tick() has something to do, or None."""
        times = [t for t in (self.kill_at, None if self.reason else self.drain_at) if t is not None]
        return min(times, default=None)

    def _stop(self, reason, now):
        """Begin stopping everything still running."""
        self.reason, self.stopped = reason, tuple(self.running())
        self.kill_at = now + self.grace + KILL_MARGIN
        return [("stop", i) for i in self.stopped]

    def _kill(self):
        """SIGKILL everything still running, once."""
        self.kill_at = None
        return [("kill", i) for i in self.running()]

    def outcome(self):
        """(exit status, one-line summary or None for a clean job)."""
        kind = self.reason[0] if self.reason else None
        others = _count_roles(self.procs[i] for i in self.stopped)
        if kind == "failed":
            i = self.reason[1]
            proc = self.procs[i]
            summary = f"{proc.label}{proc.where} {describe(self.status[i], proc)}"
            return exit_status(self.status[i]), summary + (f"; stopped {others}" if others else "")
        if kind == "signal":
            return 128 + self.reason[1], f"interrupted by {_signame(self.reason[1])}; stopped {others or 'nothing'}"
        if kind == "drain":
            names = ", ".join(self.procs[i].label for i in self.reason[1])
            return 1, (f"{names} still running {DRAIN_SECONDS:g} s after every worker finished; "
                       f"stopped them (the scheduler should end the job once the workers exit)")
        return 0, None


def _count_roles(procs):
    """'1 scheduler, 2 servers, 1 worker'."""
    counts = collections.Counter(p.role for p in procs)
    return ", ".join(f"{n} {role}{'s' if n > 1 else ''}" for role, n in counts.items())


def log_name(proc):
    """The --log-dir file of a process: scheduler.log, server-0.log, worker-1.log."""
    return proc.label.replace(" ", "-") + ".log"


def supervise(procs, launcher, spec, out=None, err=None):
    """Start `procs` with `launcher` (start/stop), supervise them; return (status, summary)."""
    out = out or sys.stdout.buffer
    err = err or sys.stderr.buffer
    saved = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS + (signal.SIGCHLD,)}
    wake = signal_pipe(saved)
    sel = selectors.DefaultSelector()
    sel.register(wake, selectors.EVENT_READ, None)
    state, popens, logs = JobState(procs, spec.grace), [], []
    try:
        for i, proc in enumerate(procs):
            try:
                popen = launcher.start(proc, spec)
            except OSError as error:
                err.write(f"distnet-launch: cannot start {proc.label}: {error}\n".encode())
                _act(state.not_started(list(range(i, len(procs))), time.monotonic()), launcher, popens)
                break
            popens.append(popen)
            log = _open_log(spec, proc, logs)
            prefix = b"" if proc.role == "mpirun" else f"[{proc.label}] ".encode()
            sel.register(popen.stdout, selectors.EVENT_READ, Lines(prefix, out, log))
            sel.register(popen.stderr, selectors.EVENT_READ, Lines(prefix, err, log))
        _loop(state, sel, wake, popens, launcher)
        _drain(sel)
    finally:
        signal.set_wakeup_fd(-1)
        for sig, handler in saved.items():
            signal.signal(sig, handler)
        os.close(wake)
        for popen in popens:
            if popen.stdin:
                popen.stdin.close()
        for log in logs:
            log.close()
    return state.outcome()


def _open_log(spec, proc, logs):
    """The process's --log-dir file, or None."""
    if not spec.log_dir:
        return None
    logs.append(open(os.path.join(spec.log_dir, log_name(proc)), "wb"))
    return logs[-1]


def _loop(state, sel, wake, popens, launcher):
    """Copy output and react to exits, signals and deadlines until every process has exited."""
    while not state.done():
        deadline = state.deadline()
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        for key, _ in sel.select(timeout):
            if key.data is None:
                for signum in (s for s in read_signals(wake) if s in STOP_SIGNALS):
                    _act(state.signalled(signum, time.monotonic()), launcher, popens)
            else:
                data = os.read(key.fd, 65536)
                key.data.feed(data)
                if not data:
                    sel.unregister(key.fileobj)
        now = time.monotonic()
        for i in state.running():
            returncode = popens[i].poll()
            if returncode is not None:
                _act(state.exited(i, returncode, now), launcher, popens)
        _act(state.tick(now), launcher, popens)


def _act(instructions, launcher, popens):
    """Carry out JobState's instructions."""
    for what, i in instructions:
        if i >= len(popens):
            continue
        if what == "stop":
            launcher.stop(popens[i])
        else:
            killpg(popens[i].pid, signal.SIGKILL)


def _drain(sel, seconds=2.0):
    """Copy what is left in the pipes of exited processes."""
    deadline = time.monotonic() + seconds
    while len(sel.get_map()) > 1 and time.monotonic() < deadline:
        for key, _ in sel.select(max(0.0, deadline - time.monotonic())):
            if key.data is not None:
                data = os.read(key.fd, 65536)
                key.data.feed(data)
                if not data:
                    sel.unregister(key.fileobj)
            else:
                read_signals(key.fd)
    for key in list(sel.get_map().values()):
        sel.unregister(key.fileobj)
        if key.data is not None:
            key.data.feed(b"")
