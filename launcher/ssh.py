"""Start a process on a remote host over ssh, inside the guard, which the connection keeps alive."""
import os
import shlex
import subprocess

from .local import guard_argv
from .local import stop as stop  # closing ssh's stdin ends the remote guard's group too

# Before the user's options so they always hold: never prompt (a prompt would hang the job).
FIXED_OPTIONS = ("-T", "-o", "BatchMode=yes")
# After the user's options (ssh keeps the first value given): notice a dead host within ~30 s.
DEFAULT_OPTIONS = ("-o", "ServerAliveInterval=10", "-o", "ServerAliveCountMax=3")


def ssh_argv(spec, target, command):
    """The ssh command line running the shell `command` on `target`."""
    return ["ssh", *FIXED_OPTIONS, *spec.ssh_options, *DEFAULT_OPTIONS, target, command]


# Sent as the first line of ssh's stdin, never on a command line (which `ps` shows to every user).
SECRET_VARIABLES = ("DISTNET_SECRET",)


def remote_command(proc, spec):
    """The remote shell line: read the secret from stdin, cd to the job directory, set the job variables,
    exec the guard (which then watches the rest of stdin as its lifeline)."""
    cwd = spec.sync_dst_dir or spec.cwd
    secret = [k for k, _ in proc.env if k in SECRET_VARIABLES]
    words = ["env", *(f"{k}={v}" for k, v in proc.env if k not in SECRET_VARIABLES), *guard_argv(spec, proc.argv)]
    read = "".join(f"IFS= read -r {k} && export {k} && " for k in secret)
    return f"{read}cd {shlex.quote(cwd)} && exec " + " ".join(shlex.quote(w) for w in words)


def start(proc, spec):
    """Start `proc` on its host; its stdin pipe carries the secret, then is the remote guard's lifeline."""
    argv = ssh_argv(spec, proc.host.target, remote_command(proc, spec))
    popen = subprocess.Popen(argv, cwd=spec.cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, start_new_session=True)
    secrets = [v for k, v in proc.env if k in SECRET_VARIABLES]
    if secrets:
        try:           # unbuffered: a refused write must not stay queued for stdin's close
            os.write(popen.stdin.fileno(), "".join(f"{v}\n" for v in secrets).encode())
        except BrokenPipeError:
            pass       # ssh has already given up (host refused, say): its status and stderr say why
    return popen


def sync_argvs(spec):
    """One rsync per host copying the working directory to --sync-dst-dir (created if missing)."""
    rsh = shlex.join(["ssh", *FIXED_OPTIONS, *spec.ssh_options, *DEFAULT_OPTIONS])
    dst = spec.sync_dst_dir.rstrip("/") or "/"
    mkdir = f"mkdir -p {shlex.quote(dst)} && rsync"
    targets = dict.fromkeys(h.target for h in spec.hosts)
    return [["rsync", "-az", "-e", rsh, f"--rsync-path={mkdir}", spec.cwd.rstrip("/") + "/",
             f"{target}:{dst}/"] for target in targets]
