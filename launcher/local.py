"""Start a process on this machine inside the guard, which ends its process group when told to."""
import os
import subprocess

GUARD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard.py")


def guard_argv(spec, argv):
    """argv wrapped in the guard, run by path (-I) so it imports nothing from the job's paths."""
    return [spec.python, "-I", GUARD, "--grace", str(spec.grace), "--watch-stdin", "--", *argv]


def start(proc, spec):
    """Start `proc` here, in its own session, with its job variables on top of our environment."""
    env = dict(os.environ)
    env.update(proc.env)
    return subprocess.Popen(guard_argv(spec, proc.argv), env=env, cwd=spec.cwd,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def stop(popen):
    """Close the guard's stdin: it stops its group (SIGTERM, grace period, SIGKILL) and exits."""
    if popen.stdin is not None and not popen.stdin.closed:
        popen.stdin.close()
