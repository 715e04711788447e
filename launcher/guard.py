"""Run one command in its own process group and end the whole group when the job says so.

Started as a script (`python -I guard.py --grace G --watch-stdin -- CMD...`), locally and on
remote hosts, so it imports only the standard library. The group is stopped (SIGTERM, then
SIGKILL after the grace period) on SIGTERM/SIGINT/SIGHUP or, with --watch-stdin, when stdin
reaches end of file: the launcher holds the other end, so the group also ends when the launcher
or its ssh connection goes away. The exit status is the command's (128 + N if killed by signal N).
"""
import argparse
import os
import selectors
import signal
import subprocess
import sys
import time

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
DRAIN_SECONDS = 2.0
LONG_LINE = 65536


class Lines:
    """Cuts a byte stream into lines, writing each with a prefix to `out` and bare to `log`."""

    def __init__(self, prefix, out, log=None):
        self.prefix, self.out, self.log, self.rest = prefix, out, log, b""

    def feed(self, data):
        """Write the complete lines in `data`; empty data is end of stream and flushes the rest."""
        if data:
            data = self.rest + data
            cut = data.rfind(b"\n") + 1
            if cut == 0 and len(data) < LONG_LINE:
                self.rest = data
                return
            cut = cut or len(data)  # a line too long to hold is written in pieces
            data, self.rest = data[:cut], data[cut:]
        else:
            data, self.rest = self.rest, b""
        if not data:
            return
        if not data.endswith(b"\n"):
            data += b"\n"
        if self.log is not None:
            self.log.write(data)
            self.log.flush()
        self._write(b"".join(self.prefix + line + b"\n" for line in data[:-1].split(b"\n")))

    def _write(self, text):
        """Write to the console; a closed console (e.g. `| head`) stops output, not the job."""
        if self.out is None:
            return
        try:
            self.out.write(text)
            self.out.flush()
        except (BrokenPipeError, ValueError):
            self.out = None


def signal_pipe(signals):
    """Route `signals` to a non-blocking pipe (read end returned) so select() wakes on them."""
    rfd, wfd = os.pipe()
    os.set_blocking(rfd, False)
    os.set_blocking(wfd, False)
    signal.set_wakeup_fd(wfd)
    for sig in signals:
        signal.signal(sig, lambda *_: None)
    return rfd


def exit_status(returncode):
    """A Popen returncode as a shell exit status: 128 + N for death by signal N."""
    return 128 - returncode if returncode < 0 else returncode


def read_signals(fd):
    """The signal numbers waiting in a signal_pipe()."""
    try:
        return os.read(fd, 512)
    except BlockingIOError:
        return b""


def killpg(pgid, sig):
    """Signal a process group that may already be gone."""
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def run(argv, grace, watch_stdin=False, label=None, env=None):
    """Run argv in a new session until it exits; return its exit status (see module doc)."""
    wake = signal_pipe(STOP_SIGNALS + (signal.SIGCHLD,))
    pipe = subprocess.PIPE if label else None
    try:
        child = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=pipe,
                                 stderr=pipe, start_new_session=True)
    except OSError as err:
        prefix = f"[{label}] " if label else ""
        sys.stderr.write(f"{prefix}distnet-launch: cannot start {argv[0]!r}: {err.strerror}\n")
        return 127
    sel = selectors.DefaultSelector()
    sel.register(wake, selectors.EVENT_READ, "signal")
    if watch_stdin:
        sel.register(0, selectors.EVENT_READ, "stdin")
    if label:
        prefix = f"[{label}] ".encode()
        sel.register(child.stdout, selectors.EVENT_READ, Lines(prefix, sys.stdout.buffer))
        sel.register(child.stderr, selectors.EVENT_READ, Lines(prefix, sys.stderr.buffer))
    try:
        stopped = _wait(child, sel, wake, grace)
    finally:
        killpg(child.pid, signal.SIGKILL)  # whatever the command left behind in its group
    _drain(sel, wake)
    status = exit_status(child.returncode)
    if label and status and not stopped:  # several ranks share mpirun's output: say who failed
        sys.stderr.write(f"[{label}] distnet-launch: {label} exited with status {status}\n")
    return status


def _wait(child, sel, wake, grace):
    """Serve events until the command exits, stopping its group when asked; True if asked."""
    kill_at = None
    while child.poll() is None:
        timeout = None if kill_at is None else max(0.0, kill_at - time.monotonic())
        if _serve(sel, wake, timeout) and kill_at is None:
            killpg(child.pid, signal.SIGTERM)
            kill_at = time.monotonic() + grace
        if kill_at is not None and time.monotonic() >= kill_at:
            killpg(child.pid, signal.SIGKILL)
    return kill_at is not None


def _serve(sel, wake, timeout):
    """Handle one round of events; True when the command must be stopped."""
    stop = False
    for key, _ in sel.select(timeout):
        if key.data == "signal":
            stop |= any(sig in STOP_SIGNALS for sig in read_signals(wake))
        elif key.data == "stdin":
            if not os.read(0, 4096):
                sel.unregister(0)
                stop = True
        else:
            data = os.read(key.fd, 65536)
            key.data.feed(data)
            if not data:
                sel.unregister(key.fileobj)
    return stop


def _drain(sel, wake):
    """Copy the output still in the pipes once the command has exited."""
    deadline = time.monotonic() + DRAIN_SECONDS
    while any(isinstance(k.data, Lines) for k in sel.get_map().values()):
        left = deadline - time.monotonic()
        if left <= 0:
            break
        for key, _ in sel.select(left):
            if isinstance(key.data, Lines):
                data = os.read(key.fd, 65536)
                key.data.feed(data)
                if not data:
                    sel.unregister(key.fileobj)
            elif key.data == "signal":
                read_signals(wake)
            else:
                sel.unregister(key.fileobj)


def main(argv=None):
    """Command line: guard.py --grace SECONDS [--watch-stdin] -- CMD..."""
    parser = argparse.ArgumentParser(prog="guard.py", description=__doc__.split("\n")[0])
    parser.add_argument("--grace", type=float, default=5.0)
    parser.add_argument("--watch-stdin", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    return run(command, args.grace, watch_stdin=args.watch_stdin)


if __name__ == "__main__":
    sys.exit(main())
