"""A worker checking which keys share a server, as MXNet 1.9.1's dist kvstore places them (`placement_job.py int|str`).

A small key lives on server (id * 9973) mod S, its id the int key or a str key's place in init order: the keys of one
server share its optimizer's schedule state (Nadam's momentum schedule, an lr_scheduler's update count). Run with 2
workers and 2 servers; prints `ok rank=R` and exits 0 on success, `FAILED: ...` and 1 otherwise.
"""
import sys

import distnet as mx
from job_checks import check


def first_updates(kv, keys, sizes):
    """Each key's first value after one round each, in order (an update's result depends on its server's past)."""
    seen = []
    for key, size in zip(keys, sizes):
        kv.push(key, mx.nd.ones((size,)) * (kv.rank + 1))
        out = mx.nd.zeros((size,))
        kv.pull(key, out=out)
        seen.append(out.asnumpy()[0].item())
    kv._barrier()
    return seen


def scheduled_updates(kv, keys, rounds):
    """The value of each key after its rounds of a unit gradient, lr 1 halved at each update of its server."""
    seen = []
    for key, count in zip(keys, rounds):
        for _ in range(count):
            kv.push(key, mx.nd.ones((1,)))
            out = mx.nd.zeros((1,))
            kv.pull(key, out=out)
            out.wait_to_read()      # MXNet's next push may overtake a pull nobody waited for
        seen.append(out.asnumpy()[0].item())
    kv._barrier()
    return seen


def main():
    kv = mx.kv.create("dist_sync")
    check(kv.num_workers == 2, "run with 2 workers and 2 servers")
    names = ["w", "b", "c", "d", "e", "f", "g"] if sys.argv[1] == "str" else list(range(7))
    kv.set_optimizer(mx.optimizer.Nadam(learning_rate=0.1))
    kv.init(names[:4], [mx.nd.ones((n,)) for n in (10, 1, 1, 3)])
    seen = first_updates(kv, names[:4], (10, 1, 1, 3))
    # MXNet 1.9.1: keys 0 and 2 on server 0, 1 and 3 on server 1 (balanced by bytes, 3 would join 1 and 2)
    check(seen == [0.8943548202514648, 0.8943548202514648, 0.9260848760604858, 0.9260848760604858], seen)
    kv.set_optimizer(mx.optimizer.SGD(learning_rate=1.0, lr_scheduler=mx.lr_scheduler.FactorScheduler(1, 0.5)))
    kv.init(names[4:], [mx.nd.zeros((1,))] * 3)
    seen = scheduled_updates(kv, names[4:], (3, 1, 1))
    check(seen == [-3.5, -2.0, -0.5], seen)       # key 6 shares key 4's server and its 3 updates
    print(f"ok rank={kv.rank}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
