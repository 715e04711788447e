"""Worker programs for the reliability tests: `reliability_job.py MODE [ARGS]`; prints `ok rank=R ...` on success.

Modes: states DIR (server-side optimizer states saved, checked and loaded), rounds (sync rounds until
killed), load SECONDS (many keys of mixed sizes, sync rounds for a bounded time, server push counts checked).
"""
import os
import sys
import time

import numpy as np

import distnet as mx
from distnet.optimizer.updater import Updater


def check(cond, what):
    if not cond:
        print(f"FAILED: {what}", flush=True)
        sys.exit(1)


ADAM = dict(learning_rate=0.01, wd=0.001, rescale_grad=0.5)
SHAPES = {0: (4, 5), 1: (40, 30)}           # key 1 is above the tests' bound: split across the servers


def grads(step, workers):
    """{key: [each worker's gradient]} of one step, the same on every worker."""
    return {k: [np.random.RandomState(1000 * step + 10 * k + r).randn(*s).astype(np.float32) for r in range(workers)]
            for k, s in SHAPES.items()}


def run_steps(kv, local, weights, steps):
    """Push this worker's gradients for ``steps`` and apply their sums to the local reference too. Each step's pushes
    are pulled before the next: MXNet's server closes a round at its num_workers-th push of a key, whoever sent it."""
    for step in steps:
        g = grads(step, kv.num_workers)
        for k, s in SHAPES.items():
            kv.push(k, mx.nd.array(g[k][kv.rank]))
            total = g[k][0].copy()
            for other in g[k][1:]:
                total += other
            local(k, mx.nd.array(total), weights[k])
            out = mx.nd.zeros(s)
            kv.pull(k, out=out)
            out.wait_to_read()
    for k, s in SHAPES.items():
        out = mx.nd.zeros(s)
        kv.pull(k, out=out)
        check(np.array_equal(out.asnumpy(), weights[k].asnumpy()),
              f"after steps {list(steps)} key {k}: max diff {np.abs(out.asnumpy() - weights[k].asnumpy()).max()}")


def same_states(a, b, what):
    """Two Updaters hold equal states (bit for bit) and update counts."""
    check(sorted(a.states) == sorted(b.states), f"{what}: keys {sorted(a.states)} vs {sorted(b.states)}")
    for k in a.states:
        for x, y in zip(a.states[k], b.states[k]):
            check(np.array_equal(x.asnumpy(), y.asnumpy()), f"{what}: state of key {k} differs")
    check(a.optimizer._index_update_count == b.optimizer._index_update_count,
          f"{what}: counts {a.optimizer._index_update_count} vs {b.optimizer._index_update_count}")


def mode_states(kv, folder):
    """Adam on the servers: saved states equal a local Updater's; loading them rewinds the servers' states."""
    kv.set_optimizer(mx.optimizer.create("adam", **ADAM))
    rng = np.random.RandomState(0)
    init = {k: rng.randn(*s).astype(np.float32) for k, s in SHAPES.items()}
    kv.init(list(SHAPES), [mx.nd.array(v) for v in init.values()])
    local = Updater(mx.optimizer.create("adam", **ADAM))
    weights = {k: mx.nd.array(v) for k, v in init.items()}
    run_steps(kv, local, weights, range(3))
    fname = os.path.join(folder, f"states-{kv.rank}")
    kv.save_optimizer_states(fname, dump_optimizer=True)
    saved = Updater(mx.optimizer.create("sgd"))
    with open(fname, "rb") as f:
        saved.set_states(f.read())                      # the local kvstore's format: a plain Updater reads it
    check(type(saved.optimizer).__name__ == "Adam" and saved.optimizer.lr == 0.01, f"optimizer {saved.optimizer}")
    same_states(saved, local, "saved after 3 steps")
    snapshot = local.get_states(True)
    run_steps(kv, local, weights, range(3, 5))
    kv.load_optimizer_states(fname)                     # states (and counts) of step 3, weights of step 5
    local.set_states(snapshot)
    run_steps(kv, local, weights, range(5, 7))
    kv.save_optimizer_states(fname + ".after", dump_optimizer=False)
    after = Updater(mx.optimizer.create("adam", **ADAM))
    with open(fname + ".after", "rb") as f:
        after.set_states(f.read())
    after.optimizer = local.optimizer                   # not dumped: only the states are in the file
    same_states(after, local, "after loading and 2 more steps")
    return "steps=7"


def mode_rounds(kv, how="push_pull"):
    """Sync rounds over a few keys (one split), by push then pull or by pushpull, until the job is killed; prints
    `ready` after the first."""
    shapes = {0: (10,), 1: (30, 40), 2: (3, 3)}
    kv.init(list(shapes), [mx.nd.zeros(s) for s in shapes.values()])
    outs = [mx.nd.zeros(s) for s in shapes.values()]
    for round_ in range(1000000):
        grads = [mx.nd.ones(s) for s in shapes.values()]
        if how == "pushpull":
            kv.pushpull(list(shapes), grads, out=outs)
        else:
            kv.push(list(shapes), grads)
            kv.pull(list(shapes), out=outs)
        check(outs[0].asnumpy()[0] == kv.num_workers, f"round {round_}: {outs[0].asnumpy()[0]}")
        if round_ == 0:
            print(f"ready rank={kv.rank} pid={os.getpid()}", flush=True)


def mixed_shapes(count, seed=0):
    """``count`` key shapes: mostly small, some medium, a few above the split bound."""
    rng = np.random.RandomState(seed)
    sizes = rng.choice([1, 7, 64, 300, 1000, 4000, 16000], size=count, p=[.25, .2, .25, .15, .09, .05, .01])
    return {k: (int(n),) for k, n in enumerate(sizes)}


def mode_load(kv, seconds):
    """Sync rounds of every key for ``seconds`` (rank 0 decides when to stop, through a key); then the counts."""
    shapes = mixed_shapes(int(os.environ.get("LOAD_KEYS", "2000")))
    stop_key = len(shapes)
    keys = list(shapes)
    kv.init(keys + [stop_key], [mx.nd.zeros(s) for s in shapes.values()] + [mx.nd.zeros((1,))])
    w, r = kv.num_workers, kv.rank
    values = [mx.nd.zeros(s) for s in shapes.values()]
    outs = [mx.nd.zeros(s) for s in shapes.values()]
    flag = mx.nd.zeros((1,))
    start, rounds = time.monotonic(), 0
    while True:
        for v in values:
            v[:] = (r + 1) + rounds * w                 # sum over workers: w(w+1)/2 + rounds * w^2, exact
        kv.push(keys, values)
        kv.pull(keys, out=outs)
        expect = w * (w + 1) / 2 + rounds * w * w
        for k, o in zip(keys, outs):
            got = o.asnumpy()
            check(bool((got == expect).all()), f"round {rounds} key {k}: {got[:3]} != {expect}")
        rounds += 1
        done = r == 0 and time.monotonic() - start > float(seconds)
        kv.pushpull(stop_key, mx.nd.ones((1,)) * done, out=flag)
        if flag.asscalar() > 0:
            break
    kv._barrier()
    result = f"rounds={rounds} keys={len(keys)}"
    if r == 0:
        stats = kv.server_stats()
        pushes = 0
        for (k, part), (version, per_worker) in stats.items():
            check(version == rounds, f"key {k} slice {part}: {version} rounds on its server, {rounds} done")
            check(per_worker == [rounds] * w, f"key {k} slice {part}: pushes per worker {per_worker}")
            pushes += sum(per_worker)
        result += f" slices={len(stats)} pushes={pushes} seconds={time.monotonic() - start:.1f}"
    return result


MODES = {"states": mode_states, "rounds": mode_rounds, "load": mode_load}


def main():
    mode, args = sys.argv[1], sys.argv[2:]
    kv = mx.kv.create("dist_sync")
    result = MODES[mode](kv, *args)
    print(f"ok rank={kv.rank} workers={kv.num_workers} {result}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
