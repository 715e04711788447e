"""One MPI rank of a distnet job: rank 0 is the scheduler, then the servers, then the workers.

Run by mpirun as `python -m distnet.launcher.mpi_role -s S -n W --server-command CMD -- COMMAND`;
sets DMLC_ROLE from the rank (Open MPI's OMPI_COMM_WORLD_RANK, MPICH's PMI_RANK) and runs the
role's command in the guard, with its output lines prefixed by the role and rank.
"""
import argparse
import os
import shlex
import sys

from ..ps import config
from .guard import run

RANK_VARIABLES = ("OMPI_COMM_WORLD_RANK", "PMI_RANK", "PMIX_RANK")


def mpi_rank(environ):
    """This process's MPI rank, from whichever MPI started it."""
    for name in RANK_VARIABLES:
        if environ.get(name, "").isdigit():
            return int(environ[name])
    raise SystemExit(f"distnet.launcher.mpi_role: none of {', '.join(RANK_VARIABLES)} is set; "
                     f"this module is meant to be started by mpirun (distnet-launch --launcher mpi)")


def role_of(rank, num_servers, num_workers):
    """(role, index within the role) of an MPI rank."""
    if rank == 0:
        return "scheduler", None
    if rank <= num_servers:
        return "server", rank - 1
    if rank <= num_servers + num_workers:
        return "worker", rank - 1 - num_servers
    raise SystemExit(f"distnet.launcher.mpi_role: rank {rank} is beyond the 1 scheduler, "
                     f"{num_servers} servers and {num_workers} workers; run mpirun with "
                     f"-np {1 + num_servers + num_workers}")


def main(argv=None):
    """Command line: see the module doc."""
    parser = argparse.ArgumentParser(prog="python -m distnet.launcher.mpi_role")
    parser.add_argument("-s", "--num-servers", type=int, required=True)
    parser.add_argument("-n", "--num-workers", type=int, required=True)
    parser.add_argument("--grace", type=float, default=5.0)
    parser.add_argument("--server-command", required=True)
    parser.add_argument("--env-server", action="append", default=[], metavar="K=V")
    parser.add_argument("--env-worker", action="append", default=[], metavar="K=V")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    role, index = role_of(mpi_rank(os.environ), args.num_servers, args.num_workers)
    argv = command if role == "worker" else shlex.split(args.server_command)
    env = dict(os.environ)
    env.update(item.split("=", 1) for item in {"server": args.env_server, "worker": args.env_worker}.get(role, ()))
    env[config.DMLC_ROLE] = role
    env.pop(config.DISTNET_LAUNCH_INDEX, None)
    if index is not None:
        env[config.DISTNET_LAUNCH_INDEX] = str(index)
    label = role if index is None else f"{role} {index}"
    return run(argv, args.grace, label=label, env=env)


if __name__ == "__main__":
    sys.exit(main())
