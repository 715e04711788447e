"""A stand-in job process for the launcher tests: reports itself, then does what argv says.

    job_probe.py exit            print the report and exit 0
    job_probe.py wait [STATUS]   also start a grandchild, then wait: SIGUSR1 -> exit STATUS (3)
    job_probe.py stubborn        like wait, but ignore SIGTERM (only SIGKILL ends it)

The report line is `ready role=R pid=P child=C workers=W servers=S root=URI:PORT node=H cwd=D`.
"""
import os
import signal
import subprocess
import sys


def main():
    action = sys.argv[1]
    child = None
    if action in ("wait", "stubborn"):
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    if action == "stubborn":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    status = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    signal.signal(signal.SIGUSR1, lambda *_: os._exit(status))
    env = os.environ
    print(f"ready role={env.get('DMLC_ROLE')} pid={os.getpid()} child={child.pid if child else 0} "
          f"workers={env.get('DMLC_NUM_WORKER')} servers={env.get('DMLC_NUM_SERVER')} "
          f"root={env.get('DMLC_PS_ROOT_URI')}:{env.get('DMLC_PS_ROOT_PORT')} "
          f"node={env.get('DMLC_NODE_HOST')} cwd={os.getcwd()} extra={env.get('PROBE_EXTRA')}",
          flush=True)
    print(f"stderr line from {env.get('DMLC_ROLE')}", file=sys.stderr, flush=True)
    if action == "exit":
        return 0
    while True:
        signal.pause()


if __name__ == "__main__":
    sys.exit(main())
