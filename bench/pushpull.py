"""Push+pull round-trip latency and throughput of the dist kvstore, next to a raw pyzmq echo measured in the same run.

    python bench/pushpull.py [--sizes 4K,1M,16M,64M] [--configs 1x1,2x1,1x2,2x2] [--modes sync,async]
                             [--quick] [--repeat N] [--pushpull] [--secret]

--quick runs only the 1 worker / 1 server sync job. --repeat N runs every job and the echo N times and
keeps each size's best figure (the machine is shared: the best run is the least disturbed one).

Each configuration starts a real job on 127.0.0.1 (scheduler, S servers, W workers). A round trip is
`kv.push(k, a); kv.pull(k, out=o); o.wait_to_read()` on every worker at once (from the second one on,
the push waits for the pull and both travel as one message; with --pushpull:
`kv.pushpull(k, a, out=o); o.wait_to_read()`, as gluon.Trainer does); GB/s counts the bytes a worker
sends plus receives. The echo is a DEALER sending one array frame (copy=False) to a ROUTER process
that sends it back. Both report the median round trip (other processes on a shared machine make the
mean a measure of them). ratio = kvstore latency / echo latency for the same size.

--secret runs the jobs with a cluster secret, as distnet-launch does (CURVE encryption and
authentication on every socket), and the echo over CURVE sockets with the same keys.
"""
import argparse
import json
import os
import secrets
import socket
import subprocess
import sys
import time

import numpy as np

SIZES = {"4K": 4 << 10, "1M": 1 << 20, "16M": 16 << 20, "64M": 64 << 20}
HERE = os.path.abspath(__file__)


def reps_for(nbytes):
    """Enough round trips for a stable figure, few enough for a shared 2-core machine."""
    return max(4, min(300, int(2e8 // max(nbytes, 1) // 4)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- the raw pyzmq echo ------------------------------------------------------------------------
def echo_socket(kind):
    """A plain pyzmq socket, or with DISTNET_SECRET set a CURVE one made as the cluster makes them."""
    import zmq
    ctx = zmq.Context.instance()
    if not os.environ.get("DISTNET_SECRET"):
        return ctx.socket(kind)
    from distnet.ps.auth import Guard
    guard = Guard.from_env(ctx)
    return guard.router() if kind == zmq.ROUTER else guard.dealer()


def echo_server(port):
    """ROUTER that sends every message back as received (zero-copy frames)."""
    import zmq
    sock = echo_socket(zmq.ROUTER)
    sock.bind(f"tcp://127.0.0.1:{port}")
    print("ready", flush=True)
    while True:
        frames = sock.recv_multipart(copy=False)
        if len(frames) == 2 and frames[1].bytes == b"stop":
            return
        sock.send_multipart(frames, copy=False)


def echo_bench(sizes):
    """{size name: seconds per round trip} of the raw echo."""
    import zmq
    port = free_port()
    proc = subprocess.Popen([sys.executable, HERE, "--echo-server", str(port)], stdout=subprocess.PIPE)
    try:
        proc.stdout.readline()
        sock = echo_socket(zmq.DEALER)
        sock.connect(f"tcp://127.0.0.1:{port}")
        out = {}
        for name in sizes:
            a = np.ones(SIZES[name] // 4, np.float32)
            times = []
            for _ in range(reps_for(SIZES[name]) + 2):
                t0 = time.perf_counter()
                sock.send_multipart([b"h", a], copy=False)
                frames = sock.recv_multipart(copy=False)
                np.frombuffer(frames[1], np.float32)
                times.append(time.perf_counter() - t0)
            out[name] = float(np.median(times[2:]))
        sock.send_multipart([b"stop"])
        sock.close(linger=1000)
        return out
    finally:
        proc.wait(timeout=30)


# ---- the kvstore job ---------------------------------------------------------------------------
def worker(mode, sizes, op):
    """One worker of the job: time push+pull (or pushpull) per size; rank 0 prints the figures as JSON."""
    import distnet as mx
    kv = mx.kv.create(f"dist_{mode}")
    if mode == "async":     # an async server applies each push itself: MXNet refuses pushes without an updater
        kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.01))
    result = {}
    for key, name in enumerate(sizes):
        n = SIZES[name] // 4
        kv.init(key, mx.nd.zeros((n,)))
        a, o = mx.nd.ones((n,)), mx.nd.zeros((n,))
        times = []
        for i in range(reps_for(SIZES[name]) + 2):
            if i == 2:
                kv._barrier()
            t0 = time.perf_counter()
            if op == "pushpull":
                kv.pushpull(key, a, out=o)
            else:
                kv.push(key, a)
                kv.pull(key, out=o)
            o.wait_to_read()
            times.append(time.perf_counter() - t0)
        result[name] = float(np.median(times[2:]))
        kv._barrier()
    if kv.rank == 0:
        print("RESULT " + json.dumps(result), flush=True)


def run_job(workers, servers, mode, sizes, op):
    """Start a job on 127.0.0.1, return rank 0's figures; every process is waited for or killed by PID."""
    env = dict(os.environ, DMLC_PS_ROOT_URI="127.0.0.1", DMLC_PS_ROOT_PORT=str(free_port()),
               DMLC_NUM_WORKER=str(workers), DMLC_NUM_SERVER=str(servers), DMLC_NODE_HOST="127.0.0.1")
    procs = []
    try:
        for role, count, argv in (("scheduler", 1, [sys.executable, "-m", "distnet.server"]),
                                  ("server", servers, [sys.executable, "-m", "distnet.server"]),
                                  ("worker", workers, [sys.executable, HERE, "--worker", mode, ",".join(sizes), op])):
            for _ in range(count):
                procs.append(subprocess.Popen(argv, env=dict(env, DMLC_ROLE=role), stdout=subprocess.PIPE))
        outputs = [p.communicate(timeout=600)[0].decode() for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    if any(p.returncode for p in procs):
        raise SystemExit(f"job {workers}x{servers} {mode} failed: statuses {[p.returncode for p in procs]}")
    line = next(l for out in outputs for l in out.splitlines() if l.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def best(runs):
    """{size: the lowest time of any run}."""
    return {name: min(run[name] for run in runs) for name in runs[0]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="4K,1M,16M,64M")
    parser.add_argument("--configs", default="1x1,2x1,1x2,2x2", help="WORKERSxSERVERS,...")
    parser.add_argument("--modes", default="sync,async")
    parser.add_argument("--quick", action="store_true", help="only the 1x1 sync job")
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs per job")
    parser.add_argument("--pushpull", action="store_true", help="time kv.pushpull instead of kv.push + kv.pull")
    parser.add_argument("--secret", action="store_true", help="an authenticated, encrypted cluster (CURVE), as "
                        "distnet-launch runs it; the echo uses CURVE too")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--echo-server", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo_server:
        return echo_server(args.echo_server)
    if args.worker:
        return worker(args.worker[0], args.worker[1].split(","), args.worker[2])
    sizes = args.sizes.split(",")
    if args.secret:
        os.environ["DISTNET_SECRET"] = secrets.token_urlsafe(32)       # inherited by the echo and the jobs
    if args.quick:
        args.configs, args.modes = "1x1", "sync"
    echo = best([echo_bench(sizes) for _ in range(args.repeat)])
    print(f"{'job':<16}{'size':>6}{'latency ms':>12}{'GB/s':>8}{'echo ms':>10}{'echo GB/s':>10}{'ratio':>7}")
    for config in args.configs.split(","):
        workers, servers = map(int, config.split("x"))
        for mode in args.modes.split(","):
            op = "pushpull" if args.pushpull else "push+pull"
            figures = best([run_job(workers, servers, mode, sizes, op) for _ in range(args.repeat)])
            for name in sizes:
                t, e, nbytes = figures[name], echo[name], 2 * SIZES[name]
                print(f"{f'{workers}w {servers}s {mode}':<16}{name:>6}{t * 1e3:>12.3f}{nbytes / t / 1e9:>8.2f}"
                      f"{e * 1e3:>10.3f}{nbytes / e / 1e9:>10.2f}{t / e:>7.1f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
