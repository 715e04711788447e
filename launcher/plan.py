"""plan(spec): the processes a launch starts, decided without starting anything."""
import shlex

from ..ps import config
from .spec import Proc

LOOPBACK = "127.0.0.1"
# Set by the launcher from its flags, so `--env` may not set them.
MANAGED = (config.DMLC_ROLE, config.DMLC_PS_ROOT_URI, config.DMLC_PS_ROOT_PORT,
           config.DMLC_NUM_SERVER, config.DMLC_NUM_WORKER, config.DISTNET_PORT_RANGE, config.DISTNET_LAUNCH_INDEX)


def plan(spec):
    """The scheduler, servers and workers (or the one mpirun) that `spec` starts, in start order."""
    if spec.launcher == "mpi":
        return [_mpirun(spec)]
    slots = slot_order(spec.hosts)
    place = (lambda i: slots[i % len(slots)]) if slots else (lambda i: None)
    procs = [_proc(spec, "scheduler", None, place(0), spec.server_command)]
    procs += [_proc(spec, "server", r, place(r), spec.server_command) for r in range(spec.num_servers)]
    procs += [_proc(spec, "worker", r, place(spec.num_servers + r), spec.command)
              for r in range(spec.num_workers)]
    return procs


def slot_order(hosts):
    """Hosts in round-robin order, a host with n slots taking a turn in each of the first n rounds."""
    rounds = max((h.slots for h in hosts), default=0)
    return [h for r in range(rounds) for h in hosts if h.slots > r]


def common_env(spec):
    """The variables every process of the job gets, whatever its role."""
    root = spec.hosts[0].address if spec.hosts else LOOPBACK
    env = dict(spec.env)
    env[config.DMLC_NUM_WORKER] = str(spec.num_workers)
    env[config.DMLC_NUM_SERVER] = str(spec.num_servers)
    env[config.DMLC_PS_ROOT_URI] = root
    env[config.DMLC_PS_ROOT_PORT] = str(spec.port)
    if spec.port_range:
        env[config.DISTNET_PORT_RANGE] = "%d-%d" % spec.port_range
    return env


def role_env(spec, role):
    """The variables --env-server or --env-worker set for ``role`` alone."""
    return dict(spec.env_server if role == "server" else spec.env_worker if role == "worker" else ())


def _proc(spec, role, rank, host, argv):
    """One role's process: its own role and advertised address on top of the common variables."""
    env = common_env(spec)
    env.update(role_env(spec, role))
    env[config.DMLC_ROLE] = role
    env[config.DMLC_NODE_HOST] = host.address if host else LOOPBACK
    env.pop(config.DISTNET_LAUNCH_INDEX, None)
    if rank is not None:
        env[config.DISTNET_LAUNCH_INDEX] = str(rank)       # the scheduler makes it the rank: one number to label
    if spec.launcher == "local" and role != "scheduler":
        env.update(_local_task(spec, role, rank))
    return Proc(role=role, rank=rank, host=host, argv=tuple(argv), env=tuple(env.items()))


def _local_task(spec, role, rank):
    """What MXNet's local launcher also tells each worker and server: its task number (workers first, then the
    servers) and the kind of cluster."""
    task = rank if role == "worker" else spec.num_workers + rank
    return {"DMLC_TASK_ID": str(task), "DMLC_JOB_CLUSTER": "local"}


def _mpirun(spec):
    """One mpirun whose ranks pick their role from the MPI rank (distnet.launcher.mpi_role)."""
    env = common_env(spec)
    if not spec.hosts:
        env[config.DMLC_NODE_HOST] = LOOPBACK
    nprocs = 1 + spec.num_servers + spec.num_workers
    shim = [spec.python, "-m", "distnet.launcher.mpi_role", "-s", str(spec.num_servers),
            "-n", str(spec.num_workers), "--grace", str(spec.grace),
            "--server-command", shlex.join(spec.server_command)]
    for role, flag in (("server", "--env-server"), ("worker", "--env-worker")):
        for name, value in role_env(spec, role).items():
            shim += [flag, f"{name}={value}"]
    shim += ["--", *spec.command]
    hosts = ",".join(f"{h.target}:{h.slots}" for h in spec.hosts)
    if spec.mpi_flavor == "openmpi":
        argv = ["mpirun", "-np", str(nprocs), "--oversubscribe"]
        argv += ["--host", hosts] if hosts else []
        for name in env:
            argv += ["-x", name]
    else:  # MPICH's hydra
        argv = ["mpirun", "-n", str(nprocs), "-genvlist", ",".join(env)]
        argv += ["-hosts", hosts] if hosts else []
    argv += ["-wdir", spec.sync_dst_dir] if spec.sync_dst_dir else []
    argv += [*spec.mpi_args, *shim]
    return Proc(role="mpirun", rank=None, host=None, argv=tuple(argv), env=tuple(env.items()))
