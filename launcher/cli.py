"""distnet-launch: MXNet's tools/launch.py flags -> LaunchSpec -> plan -> start -> supervise."""
import argparse
import os
import random
import secrets
import shlex
import shutil
import socket
import subprocess
import sys

from ..ps import config
from . import local, mpi, ssh
from .plan import MANAGED, plan
from .spec import LAUNCHERS, LaunchError, LaunchSpec, parse_hostfile, parse_port_range
from .supervise import supervise

STARTERS = {"local": local, "ssh": ssh, "mpi": mpi}
DEFAULT_REMOTE_PORT = 9091  # MXNet's tracker starts its search here
USAGE_ERROR = 2             # argparse's status for a bad command line


def parser():
    """The command line, with MXNet's tools/launch.py spellings."""
    p = argparse.ArgumentParser(
        prog="distnet-launch",
        description="Start a distnet job: one scheduler, S servers and W workers running COMMAND.",
        epilog="Example: distnet-launch -n 2 -s 2 python examples/train_digits_dist.py")
    p.add_argument("-n", "--num-workers", type=int, required=True, help="number of workers")
    p.add_argument("-s", "--num-servers", type=int, help="number of servers (default: -n)")
    p.add_argument("--launcher", choices=LAUNCHERS, default="local", help="how to start them")
    p.add_argument("-H", "--hostfile", help="hosts, one per line, optionally host:slots")
    p.add_argument("--env", action="append", default=[], metavar="K=V|K",
                   help="set K for every process (K alone passes the launcher's value on)")
    p.add_argument("--env-server", action="append", default=[], metavar="K:V|K=V",
                   help="set K for the servers only (after --env)")
    p.add_argument("--env-worker", action="append", default=[], metavar="K:V|K=V",
                   help="set K for the workers only (after --env)")
    p.add_argument("--insecure", action="store_true",
                   help="no cluster secret: unauthenticated, unencrypted sockets (only on a trusted network); "
                        "by default a fresh DISTNET_SECRET is made for each job")
    p.add_argument("--port", type=int, help="the scheduler's port")
    p.add_argument("--port-range", metavar="LO-HI", help="ports every node may bind (firewalls)")
    p.add_argument("--sync-dst-dir", help="rsync the working directory to this path on each host "
                                          "and run there")
    p.add_argument("--log-dir", help="also write each process's output to DIR/<role>-<rank>.log")
    p.add_argument("--server-command", default="default", metavar="default|same|CMD",
                   help="what servers and the scheduler run: `python -m distnet.server` "
                        "(default), the job's COMMAND (same, MXNet-style) or CMD")
    p.add_argument("--grace", type=float, default=5.0, metavar="SECONDS",
                   help="time a stopped process gets between SIGTERM and SIGKILL")
    p.add_argument("--ssh-options", default="", metavar="OPTS",
                   help="extra ssh options, e.g. \"-i KEY -p 2222\"")
    p.add_argument("--mpi-args", default="", metavar="ARGS",
                   help="extra mpirun arguments, e.g. --mpi-args=--allow-run-as-root")
    p.add_argument("command", nargs=argparse.REMAINDER, help="the job's command")
    return p


def build_spec(args, environ, cwd):
    """The frozen LaunchSpec for parsed `args`; LaunchError says what to fix."""
    command = tuple(args.command[1:] if args.command[:1] == ["--"] else args.command)
    if not command:
        raise LaunchError("no command given; e.g. distnet-launch -n 2 python train.py")
    servers = args.num_workers if args.num_servers is None else args.num_servers
    if args.num_workers < 1 or servers < 1:
        raise LaunchError(f"-n and -s must be at least 1 (got -n {args.num_workers} -s {servers}): "
                          f"a job needs a worker and a server")
    hosts = _hosts(args)
    port_range = parse_port_range(args.port_range) if args.port_range else None
    if args.sync_dst_dir and not hosts:
        raise LaunchError("--sync-dst-dir copies the working directory to the hosts of -H; "
                          "give a hostfile (with --launcher ssh or mpi)")
    if args.grace < 0:
        raise LaunchError(f"--grace {args.grace} is negative; give the seconds to wait")
    python = sys.executable
    return LaunchSpec(
        num_workers=args.num_workers, num_servers=servers, command=command,
        server_command=_server_command(args.server_command, command, python),
        launcher=args.launcher, hosts=hosts, env=_with_secret(_env(args.env, environ), args.insecure, environ),
        env_server=tuple(_assigned(args.env_server, "--env-server", environ).items()),
        env_worker=tuple(_assigned(args.env_worker, "--env-worker", environ).items()),
        port=_port(args.port, port_range, hosts), port_range=port_range,
        sync_dst_dir=args.sync_dst_dir, log_dir=args.log_dir and os.path.abspath(args.log_dir),
        cwd=cwd, python=python, grace=args.grace, ssh_options=tuple(shlex.split(args.ssh_options)),
        mpi_args=tuple(shlex.split(args.mpi_args)),
        mpi_flavor=mpi.detect_flavor() if args.launcher == "mpi" else "openmpi")


def _hosts(args):
    """The hostfile's hosts; required by ssh, optional for mpi, refused by local."""
    if args.launcher == "ssh" and not args.hostfile:
        raise LaunchError("--launcher ssh needs -H HOSTFILE (one host per line)")
    if args.launcher == "local" and args.hostfile:
        raise LaunchError("-H/--hostfile is for --launcher ssh or mpi; the local launcher runs "
                          "every process on this machine")
    if not args.hostfile:
        return ()
    try:
        with open(args.hostfile, encoding="utf-8") as f:
            return parse_hostfile(f.read(), args.hostfile)
    except OSError as error:
        raise LaunchError(f"cannot read hostfile {args.hostfile!r}: {error.strerror}") from error


def _env(items, environ):
    """--env K=V (or MXNet's K:V) and --env K, on top of the forwarded DISTNET_*/MXNET_* variables."""
    env = {k: v for k, v in environ.items() if k.startswith(config.FORWARDED_PREFIXES)}
    env.update(_assigned(items, "--env", environ))
    return tuple(env.items())


def _assigned(items, flag, environ):
    """{K: V} of ``flag``'s K=V (or MXNet's K:V) and K (the launcher's own value) items."""
    env = {}
    for item in items:
        cut = min((i for i in (item.find("="), item.find(":")) if i >= 0), default=-1)
        name = item if cut < 0 else item[:cut]
        if not name.isidentifier():
            raise LaunchError(f"{flag} {item!r}: {name!r} is not a variable name; write {flag} K=V")
        if name in MANAGED:
            raise LaunchError(f"{flag} {item!r}: the launcher sets {name} itself from -n, -s, "
                              f"--port and --port-range; use those flags")
        if cut < 0 and name not in environ:
            raise LaunchError(f"{flag} {name}: {name} is not set here, so there is no value to pass "
                              f"on; set it or write {flag} {name}=VALUE")
        env[name] = environ[name] if cut < 0 else item[cut + 1:]
    return env


def _with_secret(env, insecure, environ):
    """The job's variables with its cluster secret: the user's, else a fresh random one; none with --insecure."""
    env = dict(env)
    names = (config.DISTNET_SECRET, config.DISTNET_SECRET_FILE)
    given = [name for name in names if env.get(name) or environ.get(name)]
    if insecure:
        if given:
            raise LaunchError(f"--insecure asks for a job without a cluster secret, but {given[0]} is set; "
                              f"unset it or drop --insecure")
        return tuple(env.items())
    if not given:
        env[config.DISTNET_SECRET] = secrets.token_urlsafe(32)
    return tuple(env.items())


def _server_command(choice, command, python):
    """What servers and the scheduler run."""
    if choice == "default":
        return (python, "-m", "distnet.server")
    if choice == "same":
        return command
    argv = tuple(shlex.split(choice))
    if not argv:
        raise LaunchError("--server-command is empty; give default, same or a command")
    return argv


def _port(port, port_range, hosts):
    """The scheduler's port: --port, else the range's first, else a free one here (or 9091 remote)."""
    if port is not None:
        if not 1 <= port <= 65535:
            raise LaunchError(f"--port {port} is not a TCP port (1-65535)")
        return port
    if port_range:
        return port_range[0]
    if hosts:
        return DEFAULT_REMOTE_PORT
    return free_port()


def free_port(host="127.0.0.1"):
    """A port free on ``host`` now, below the kernel's ephemeral range where it can: the scheduler binds it a
    moment later, and the ports the kernel hands out meanwhile (to other nodes' listeners and connections) come
    from that range, so they cannot take it."""
    rng = random.Random()
    for _ in range(100):
        port = rng.randrange(DEFAULT_REMOTE_PORT, max(DEFAULT_REMOTE_PORT + 1, _ephemeral_ports_start()))
        with socket.socket() as s:
            try:
                s.bind((host, port))
            except OSError:
                continue
            return port
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _ephemeral_ports_start():
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768        # Linux's default; other systems start higher


def check_tools(spec):
    """Fail early, by name, when a program the launch needs is missing."""
    needed = {"ssh": ["ssh"], "mpi": ["mpirun"]}.get(spec.launcher, [])
    needed += ["rsync"] if spec.sync_dst_dir else []
    for program in needed:
        if shutil.which(program) is None:
            raise LaunchError(f"{program!r} is not on PATH, and --launcher {spec.launcher} "
                              f"{'with --sync-dst-dir ' if program == 'rsync' else ''}needs it; "
                              f"install it (Debian: openssh-client, openmpi-bin, rsync)")


def sync(spec):
    """Copy the working directory to every host (--sync-dst-dir), one host after another."""
    for argv in ssh.sync_argvs(spec):
        done = subprocess.run(argv, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise LaunchError(f"rsync to {argv[-1]} failed with status {done.returncode}; "
                              f"check that the host is reachable over ssh and has rsync")


def main(argv=None):
    """Run a job; returns the launcher's exit status."""
    args = parser().parse_args(argv)
    try:
        spec = build_spec(args, os.environ, os.getcwd())
        check_tools(spec)
        if spec.log_dir:
            os.makedirs(spec.log_dir, exist_ok=True)
        if spec.sync_dst_dir:
            sync(spec)
    except LaunchError as error:
        print(f"distnet-launch: error: {error}", file=sys.stderr)
        return USAGE_ERROR
    status, summary = supervise(plan(spec), STARTERS[spec.launcher], spec)
    if summary:
        print(f"distnet-launch: {summary}", file=sys.stderr, flush=True)
    return status
