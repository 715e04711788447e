"""Start the one mpirun of an MPI launch; its ranks pick their roles in distnet.launcher.mpi_role."""
import os
import signal
import subprocess

from ..ps import config
from .spec import LaunchError

FLAVORS = {"Open MPI": "openmpi", "OpenRTE": "openmpi", "HYDRA": "mpich", "MPICH": "mpich"}


def detect_flavor(mpirun="mpirun"):
    """'openmpi' or 'mpich', from `mpirun --version` (they forward environment variables differently)."""
    try:
        text = subprocess.run([mpirun, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired) as error:
        raise LaunchError(f"--launcher mpi needs {mpirun!r} on PATH ({error}); install Open MPI "
                          f"(Debian: apt-get install openmpi-bin) or MPICH") from error
    for marker, flavor in FLAVORS.items():
        if marker in text:
            return flavor
    raise LaunchError(f"`{mpirun} --version` names neither Open MPI nor MPICH: {text[:200]!r}")


def start(proc, spec):
    """Start mpirun; the ranks get their role from the MPI rank, never from our environment."""
    env = {k: v for k, v in os.environ.items() if k != config.DMLC_ROLE}
    env.update(proc.env)
    return subprocess.Popen(list(proc.argv), env=env, cwd=spec.cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def stop(popen):
    """SIGTERM mpirun, which passes it on to every rank (each rank's guard stops its command)."""
    if popen.poll() is None:
        popen.send_signal(signal.SIGTERM)
