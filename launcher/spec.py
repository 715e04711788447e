"""What a launch is: the frozen LaunchSpec, the hosts it runs on, and the processes it plans."""
import dataclasses
from typing import Optional, Tuple

LAUNCHERS = ("local", "ssh", "mpi")
ROLES = ("scheduler", "server", "worker")


class LaunchError(Exception):
    """A launch that cannot start as asked (bad flags, hostfile, environment)."""


@dataclasses.dataclass(frozen=True)
class Host:
    """One hostfile entry: the ssh target, the address other nodes reach, its slots."""
    target: str
    address: str
    slots: int = 1


@dataclasses.dataclass(frozen=True)
class LaunchSpec:
    """Everything a launch needs, resolved from argv and the environment once."""
    num_workers: int
    num_servers: int
    command: Tuple[str, ...]
    server_command: Tuple[str, ...]
    launcher: str = "local"
    hosts: Tuple[Host, ...] = ()
    env: Tuple[Tuple[str, str], ...] = ()
    env_server: Tuple[Tuple[str, str], ...] = ()     # on top of env, for the servers only
    env_worker: Tuple[Tuple[str, str], ...] = ()     # on top of env, for the workers only
    port: int = 9091
    port_range: Optional[Tuple[int, int]] = None
    sync_dst_dir: Optional[str] = None
    log_dir: Optional[str] = None
    cwd: str = "."
    python: str = "python3"
    grace: float = 5.0
    ssh_options: Tuple[str, ...] = ()
    mpi_args: Tuple[str, ...] = ()
    mpi_flavor: str = "openmpi"


@dataclasses.dataclass(frozen=True)
class Proc:
    """One process to start: its role and rank, where, what to run, its job environment."""
    role: str
    rank: Optional[int]
    host: Optional[Host]
    argv: Tuple[str, ...]
    env: Tuple[Tuple[str, str], ...]

    @property
    def label(self):
        """The output prefix's name: 'worker 1', 'server 0', 'scheduler'."""
        return self.role if self.rank is None else f"{self.role} {self.rank}"

    @property
    def where(self):
        """Where it runs, for messages."""
        return f" on {self.host.target}" if self.host else ""


def parse_hostfile(text, source="hostfile"):
    """Parse hostfile lines: `host`, `host:slots` or `user@host[:slots]`; '#' starts a comment."""
    hosts = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        hosts.append(_parse_host(line, f"{source}:{number}"))
    if not hosts:
        raise LaunchError(f"{source} lists no hosts; write one host per line (optionally host:slots)")
    return tuple(hosts)


def _parse_host(line, where):
    """One hostfile entry."""
    if " " in line or "\t" in line or line.count(":") > 1:
        raise LaunchError(f"{where}: cannot read host entry {line!r}; write `host` or `host:slots` "
                          f"(IPv6 addresses are not supported, use a host name)")
    target, _, slots = line.partition(":")
    if slots and not (slots.isdigit() and int(slots) > 0):
        raise LaunchError(f"{where}: slots in {line!r} must be a positive integer")
    return Host(target=target, address=target.rpartition("@")[2], slots=int(slots or 1))


def parse_port_range(text):
    """'LO-HI' -> (lo, hi), both valid ports with lo <= hi."""
    lo, sep, hi = text.partition("-")
    if not (sep and lo.isdigit() and hi.isdigit() and 1 <= int(lo) <= int(hi) <= 65535):
        raise LaunchError(f"--port-range {text!r} is not LO-HI with 1 <= LO <= HI <= 65535; "
                          f"write e.g. --port-range 9100-9199")
    return int(lo), int(hi)
