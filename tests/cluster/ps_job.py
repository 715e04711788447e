"""Worker programs for the cluster tests: `ps_job.py MODE [ARGS]`; prints `ok rank=R ...` and exits 0 on success.

Modes: sync, async, sgd, rowsparse, sparse_trainer, pushpull, barrier DIR, errors, malformed, wait, waitall DIR.
"""
import os
import sys
import time

import numpy as np
import zmq

import distnet as mx
from distnet.base import MXNetError, message_of
from distnet.ndarray.ndarray import raw_data
from distnet.optimizer.updater import Updater
from distnet.ps import protocol
from distnet.ps.protocol import Msg
from distnet.worker import kvstore as dist_kvstore
from distnet.worker.client import Op

ROUNDS = 3


def check(cond, what):
    if not cond:
        print(f"FAILED: {what}", flush=True)
        sys.exit(1)


def mode_sync(kv):
    """Each worker pushes (rank + 1) * ones; every pull is the exact sum, for one key, a list and a split key."""
    shapes = {3: (2, 3), 5: (4,), 7: (50, 41)}       # key 7 is above the tests' bound of 1000 elements
    kv.init(list(shapes), [mx.nd.zeros(s) for s in shapes.values()])
    w, r = kv.num_workers, kv.rank
    reused = mx.nd.zeros(shapes[7])                  # pulled into every round, read only at the end
    for round_ in range(ROUNDS):
        kv.push(3, mx.nd.ones(shapes[3]) * (r + 1))
        kv.push([5, 7], [mx.nd.ones(shapes[5]) * (r + 1), mx.nd.ones(shapes[7]) * (r + 1)])
        outs = {k: mx.nd.zeros(s) for k, s in shapes.items()}
        kv.pull(3, out=outs[3])
        kv.pull([5, 7], out=[outs[5], outs[7]])
        kv.pull(7, out=reused)
        for k, s in shapes.items():
            expect = np.full(s, w * (w + 1) / 2, np.float32)
            check(np.array_equal(outs[k].asnumpy(), expect), f"round {round_} key {k}: {outs[k].asnumpy().ravel()[:4]}")
    check(np.array_equal(reused.asnumpy(), np.full(shapes[7], w * (w + 1) / 2, np.float32)), "reused out")
    # as MXNet's server, a round closes at its w-th push of the key, whoever sent it: worker 0's w pushes alone
    kv._barrier()
    if r == 0:
        for i in range(w):
            kv.push(3, mx.nd.ones(shapes[3]) * (i + 1))
    kv._barrier()
    out = mx.nd.zeros(shapes[3])
    kv.pull(3, out=out)
    check(np.array_equal(out.asnumpy(), np.full(shapes[3], w * (w + 1) / 2, np.float32)),
          f"one worker's round: {out.asnumpy()}")
    return f"sum={w * (w + 1) // 2}"


def mode_async(kv):
    """Server-side SGD(lr=1) in async mode: after every worker's pushes and a barrier, w = -(sum of all grads)."""
    kv.set_optimizer(mx.optimizer.create("sgd", learning_rate=1.0))
    kv.init(9, mx.nd.zeros((3, 2)))
    for _ in range(ROUNDS):
        kv.push(9, mx.nd.ones((3, 2)) * (kv.rank + 1))
        out = mx.nd.zeros((3, 2))
        kv.pull(9, out=out)
        check(out.asnumpy().max() <= -(kv.rank + 1), f"pull after own push missed it: {out.asnumpy()}")
    out = mx.nd.zeros((3, 2))
    kv.pushpull(9, mx.nd.ones((3, 2)) * (kv.rank + 1), out=out)
    check(out.asnumpy().max() <= -(ROUNDS + 1) * (kv.rank + 1), f"pushpull missed own pushes: {out.asnumpy()}")
    kv._barrier()
    out = mx.nd.zeros((3, 2))
    kv.pull(9, out=out)
    w = kv.num_workers
    expect = -(ROUNDS + 1) * w * (w + 1) / 2
    check(np.array_equal(out.asnumpy(), np.full((3, 2), expect, np.float32)), f"async total {out.asnumpy()}")
    return f"total={expect:g}"


def mode_sgd(kv):
    """Server-side SGD with momentum and wd equals the local optimizer on the summed gradients, bit for bit, also
    after kv.set_learning_rate."""
    kwargs = dict(learning_rate=0.1, momentum=0.9, wd=0.01, rescale_grad=0.5)
    for what, without_optimizer in (("save", lambda: kv.save_optimizer_states("unused")),
                                    ("load", lambda: kv.load_optimizer_states("unused"))):
        try:                             # MXNet asserts an updater is set, in these words
            without_optimizer()
            check(False, "optimizer states saved or loaded without an optimizer")
        except AssertionError as err:
            check(message_of(err) == f"Cannot {what} states for distributed training", f"unexpected message {err}")
    kv.set_optimizer(mx.optimizer.create("sgd", **kwargs))
    rng = np.random.RandomState(0)
    shapes = {0: (4, 5), 1: (40, 30)}                # key 1 is split across servers
    init = {k: rng.randn(*s).astype(np.float32) for k, s in shapes.items()}
    kv.init(list(shapes), [mx.nd.array(v) for v in init.values()])
    local = Updater(mx.optimizer.create("sgd", **kwargs))
    weights = {k: mx.nd.array(v) for k, v in init.items()}
    for step in range(4):
        if step == 2:                    # every worker's earlier pushes at the old rate, the later ones at the new
            kv.set_learning_rate(0.05)
            local.optimizer.set_learning_rate(0.05)
        grads = {k: [np.random.RandomState(100 * step + 10 * k + r).randn(*s).astype(np.float32)
                     for r in range(kv.num_workers)] for k, s in shapes.items()}
        for k in shapes:
            kv.push(k, mx.nd.array(grads[k][kv.rank]))
            total = grads[k][0].copy()
            for g in grads[k][1:]:
                total += g
            local(k, mx.nd.array(total), weights[k])
        for k, s in shapes.items():
            out = mx.nd.zeros(s)
            kv.pull(k, out=out)
            check(np.array_equal(out.asnumpy(), weights[k].asnumpy()),
                  f"step {step} key {k}: max diff {np.abs(out.asnumpy() - weights[k].asnumpy()).max()}")
    return "steps=4"


def mode_pushpull(kv):
    """kv.pushpull (one PUSHPULL per server) gives each round's exact sum, for a key list, a split key and in place.

    Also: a push nobody waits for is confirmed by a SYNC within a heartbeat interval, and a PUSHPULL
    of a wrong shape fails naming the key and both shapes.
    """
    shapes = {3: (2, 3), 7: (50, 41)}               # key 7 is above the tests' bound of 1000 elements
    kv.init(list(shapes), [mx.nd.zeros(s) for s in shapes.values()])
    w, r = kv.num_workers, kv.rank
    total = w * (w + 1) / 2
    for round_ in range(ROUNDS):
        outs = [mx.nd.zeros(s) for s in shapes.values()]
        kv.pushpull(list(shapes), [mx.nd.ones(s) * (r + 1) for s in shapes.values()], out=outs)
        for k, o in zip(shapes, outs):
            check(np.array_equal(o.asnumpy(), np.full(shapes[k], total, np.float32)), f"round {round_} key {k}: {o}")
    value = mx.nd.ones(shapes[7]) * (r + 1)
    kv.pushpull(7, value)                           # out=None: the result lands in value
    check(np.array_equal(value.asnumpy(), np.full(shapes[7], total, np.float32)), "in place")
    # A (split) key listed twice: its pushes are summed into one, each output gets the round's sum.
    a, b = mx.nd.zeros(shapes[7]), mx.nd.zeros(shapes[7])
    kv.pushpull([7, 7], [mx.nd.ones(shapes[7]), mx.nd.ones(shapes[7]) * r], out=[a, b])
    expect = np.full(shapes[7], w + w * (w - 1) / 2, np.float32)
    check(np.array_equal(a.asnumpy(), expect) and np.array_equal(b.asnumpy(), expect), f"repeated key: {a} {b}")
    client = kv._client
    server = kv._meta[3][2][0].server
    push = [(server, Msg.PUSH, [np.ones(shapes[3], np.float32)], {"keys": [[3, 0]], "sync": True}, None)]
    op = client.submit(Op("push of key 3", 1), push)
    check(op.event.wait(10) and op.error is None, "an unanswered push was not confirmed by the I/O thread")
    out = mx.nd.zeros(shapes[3])
    kv.pull(3, out=out)
    check(np.array_equal(out.asnumpy(), np.full(shapes[3], w, np.float32)), f"after a raw push: {out}")
    bad = [(server, Msg.PUSHPULL, [np.ones((5,), np.float32)], {"keys": [[3, 0]], "sync": True}, None)]
    expect_error(lambda: client.submit(Op("pushpull of key 3", 1), bad).wait(), "key 3", "(5,)", "(2, 3)")
    push_then_pull(kv, shapes[3], total)
    return f"sum={total:g}"


def push_then_pull(kv, shape, total):
    """Once a key's pull has followed its push, its next push waits for the pull and both go as one message:
    the sums stay exact, the caller's later writes do not reach the held push, the pull writes the pushed array (the
    key's receive buffer, as MXNet's worker), and a held push that no pull follows is still sent (by the I/O thread,
    or before another request)."""
    dist_kvstore.PULL_FOLLOWS = 60.0        # "at once", whatever the machine's load
    client, r = kv._client, kv.rank
    pushes = kv.server_stats()[(3, 0)][1][r]
    a, out = mx.nd.zeros(shape), mx.nd.zeros(shape)
    for round_ in range(ROUNDS):
        a[:] = r + 1
        kv.push(3, a)
        held = client.held is not None
        a[:] = 100
        kv.pull(3, out=out)
        check(held == (round_ > 0) and client.held is None, f"round {round_}: push held: {held}")
        check(np.array_equal(out.asnumpy(), np.full(shape, total, np.float32)), f"push, pull round {round_}: {out}")
        check(np.all(a.asnumpy() == total), f"the pull did not write into the pushed array: {a}")
    lent_pushes(kv, a, out, total)
    kv.push(3, mx.nd.ones(shape) * (r + 1))
    held = client.held
    check(held is not None and held[0].event.wait(10) and held[0].error is None and client.held is None,
          "a held push that no pull followed was not sent")
    kv.pull(3, out=out)
    kv._barrier()
    if r == 0:      # worker 0 alone (1 or 2 workers): MXNet's server closes a round at its w-th push, whoever sent it
        kv.push(3, mx.nd.ones(shape))
        check(client.held is not None, "push not held")
        kv.pushpull(3, mx.nd.ones(shape) * 2, out=out)      # the held push goes first, alone
        check(np.array_equal(out.asnumpy(), np.full(shape, 3 if kv.num_workers == 2 else 2, np.float32)),
              f"push, pushpull: {out}")
    kv._barrier()
    check(kv.server_stats()[(3, 0)][1][r] == pushes + ROUNDS + (7 if r == 0 else 5), f"pushes: {kv.server_stats()}")


def lent_pushes(kv, a, out, total):
    """The pulled array ``a`` (key 3's receive buffer) takes the reply's buffer instead of a copy, and lends it to its
    next held push; any use of ``a`` before the pull gives the push a copy back, and a view of ``a`` keeps both from
    happening: the sums stay exact, the caller's writes never reach a push, views see their array's values. 4 pushes."""
    client, r = kv._client, kv.rank
    check(protocol.frame_of(raw_data(a)) is not None, "the pulled array did not take the reply's buffer")
    a[:] = r + 1
    kv.push(3, a)
    check(client.held is not None and client.held[4], "the held push did not borrow the pushed array's buffer")
    a[:] = 100                                  # its use takes the buffer back first
    check(client.held is not None and not client.held[4], "the held push kept a buffer its owner wrote to")
    kv.pull(3, out=out)
    check(np.array_equal(out.asnumpy(), np.full(a.shape, total, np.float32)) and np.all(a.asnumpy() == total),
          f"a lent push taken back: {out} {a}")
    a[:] = r + 1
    kv.push(3, a)                               # lent, and the pull follows at once
    kv.pull(3, out=out)
    check(np.array_equal(out.asnumpy(), np.full(a.shape, total, np.float32)) and np.all(a.asnumpy() == total),
          f"a lent push: {out} {a}")
    a[:] = r + 1
    kv.push(3, [a])                             # a one-array list, as gluon.Trainer pushes: the same
    check(client.held is not None and client.held[4], "a one-array list's push did not borrow its buffer")
    kv.pull(3, [out])
    check(np.array_equal(out.asnumpy(), np.full(a.shape, total, np.float32)) and np.all(a.asnumpy() == total),
          f"a lent push of a list: {out} {a}")
    alias = a.reshape(a.shape)                  # another array over the buffer a took from a reply
    kv.pull(3, out=alias)
    alias[:] = 7
    check(np.all(a.asnumpy() == 7), f"a pull into an array over a's buffer left a apart: {a}")
    view = a[1]
    a[:] = r + 1
    kv.push(3, a)
    check(client.held is not None and not client.held[4], "a push lent a buffer a view shares")
    view[:] = 100
    kv.pull(3, out=out)
    check(np.array_equal(out.asnumpy(), np.full(a.shape, total, np.float32)), f"a push with a view written: {out}")
    check(np.all(view.asnumpy() == total) and np.all(a.asnumpy() == total), f"the view left behind: {view} {a}")


def mode_rowsparse(kv, folder):
    """row_sparse keys: pushes send rows, the servers run SGD lazily on them (as MXNet's row_sparse updates),
    row_sparse_pull returns exactly the asked rows; equal bit for bit to a local updater fed the summed rows.
    Key 13 is split across servers between rows. Wrong keys and row ids fail with clear errors."""
    kwargs = dict(learning_rate=0.1, momentum=0.9, wd=0.01, rescale_grad=0.5)
    kv.set_optimizer(mx.optimizer.create("sgd", **kwargs))
    shapes = {11: (6, 4), 13: (60, 41)}
    rng = np.random.RandomState(0)
    init = {k: rng.randn(*s).astype(np.float32) for k, s in shapes.items()}
    kv.init(list(shapes), [mx.nd.array(v).tostype("row_sparse") for v in init.values()])
    kv.init(15, mx.nd.zeros((3, 2)))
    local = Updater(mx.optimizer.create("sgd", **kwargs))
    weights = {k: mx.nd.array(v).tostype("row_sparse") for k, v in init.items()}
    w, r = kv.num_workers, kv.rank

    def grad(step, k, rank):
        rows = np.random.RandomState(100 * step + 10 * k + rank)
        g = np.zeros(shapes[k], np.float32)
        picked = rows.choice(shapes[k][0], size=max(1, shapes[k][0] // 3), replace=False)
        g[picked] = rows.randn(picked.size, *shapes[k][1:])
        return mx.nd.array(g).tostype("row_sparse")
    for step in range(3):
        for k in shapes:
            kv.push(k, grad(step, k, r))
            total = grad(step, k, 0)
            for other in range(1, w):
                total = total + grad(step, k, other)
            local(k, total, weights[k])
        for k, s in shapes.items():
            ids = np.random.RandomState(step + 7 * r).randint(s[0], size=s[0] // 2)
            out = mx.nd.zeros(s, stype="row_sparse")
            kv.row_sparse_pull(k, out=out, row_ids=mx.nd.array(ids))
            rows = np.unique(ids)
            check(np.array_equal(out.indices.asnumpy(), rows), f"step {step} key {k}: rows {out.indices.asnumpy()}")
            expect = weights[k].asnumpy()[rows]
            check(np.array_equal(out.data.asnumpy(), expect),
                  f"step {step} key {k}: max diff {np.abs(out.data.asnumpy() - expect).max()}")
    # the servers' optimizer states of split row_sparse keys survive a save and a load
    path = os.path.join(folder, "rowsparse.states")
    if r == 0:
        kv.save_optimizer_states(path)
    kv._barrier()
    kv.load_optimizer_states(path)
    for k in shapes:
        kv.push(k, grad(3, k, r))
        total = grad(3, k, 0)
        for other in range(1, w):
            total = total + grad(3, k, other)
        local(k, total, weights[k])
        out = mx.nd.zeros(shapes[k], stype="row_sparse")
        kv.row_sparse_pull(k, out=out, row_ids=mx.nd.arange(shapes[k][0]))
        check(np.array_equal(out.asnumpy(), weights[k].asnumpy()), f"after reloading the states, key {k}")
    out = mx.nd.zeros(shapes[13], stype="row_sparse")
    kv.row_sparse_pull(13, out=out, row_ids=mx.nd.array([]))
    check(out.indices.shape == (0,) and out.asnumpy().sum() == 0, "an empty row_sparse_pull")
    dense_pulled = mx.nd.zeros((3, 2), stype="row_sparse")
    kv.row_sparse_pull(15, out=dense_pulled, row_ids=mx.nd.array([0]))     # a dense key: fails when read
    expect_error(dense_pulled.asnumpy, "is not intended for kDefaultStorage")
    expect_error(lambda: kv.row_sparse_pull(11, out=mx.nd.zeros((6, 4), stype="row_sparse"),
                                            row_ids=mx.nd.array([6])), "11", "[0, 6)")
    return "steps=3"


def mode_sparse_trainer(kv):
    """gluon.Trainer on a dist kvstore, Embedding(sparse_grad=True): the servers update only the looked-up rows
    (MXNet's lazy update of a dense weight by row_sparse gradients), equal bit for bit to a local store
    summing the same workers' gradients from one context each."""
    def batch(rank, step):
        rng = np.random.RandomState(10 * step + rank)
        return mx.nd.array(rng.randint(0, 20, size=(5,))), mx.nd.array(rng.randn(5, 4))

    def train(kvstore, ctxs, ranks, steps=3):
        mx.random.seed(1)
        net = mx.gluon.nn.Embedding(20, 4, sparse_grad=True)
        net.initialize(mx.init.Normal(0.5), ctx=ctxs)
        trainer = mx.gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.5, "momentum": 0.9, "wd": 0.1},
                                   kvstore=kvstore)
        for step in range(steps):
            with mx.autograd.record():
                losses = [((net(x.as_in_context(c)) - y.as_in_context(c)) ** 2).sum()
                          for c, (x, y) in zip(ctxs, (batch(r, step) for r in ranks))]
            mx.autograd.backward(losses)
            trainer.step(5)
        return net.weight.data(ctxs[0]).asnumpy()
    got = train(kv, [mx.cpu(0)], [kv.rank])
    expect = train("local", [mx.cpu(i) for i in range(kv.num_workers)], list(range(kv.num_workers)))
    check(np.array_equal(got, expect), f"max diff {np.abs(got - expect).max()}")
    untouched = [i for i in range(20) if all(i not in batch(r, s)[0].asnumpy() for r in range(kv.num_workers)
                                                 for s in range(3))]
    check(untouched and np.array_equal(got[untouched], train("local", [mx.cpu(0)], [0], steps=0)[untouched]),
          f"rows {untouched} never looked up must keep their initial values")
    return f"untouched={len(untouched)}"


def mode_barrier(kv, folder):
    """Every worker leaves a file before the barrier; after it, every file exists."""
    open(os.path.join(folder, f"before-{kv.rank}"), "w").close()
    kv._barrier()
    found = sorted(os.listdir(folder))
    check(found[:kv.num_workers] == [f"before-{r}" for r in range(kv.num_workers)], f"after barrier: {found}")
    return f"files={len(found)}"


def expect_error(fn, *needles):
    try:
        fn()
    except MXNetError as err:
        for needle in needles:
            check(needle in str(err), f"error {err!r} does not mention {needle!r}")
        return message_of(err)
    check(False, f"no MXNetError (expected one mentioning {needles})")


def mode_errors(kv):
    """Unknown keys and wrong shapes fail on the worker; a wrong shape reaching a server comes back as MXNetError."""
    kv.init(4, mx.nd.ones((2, 3)))
    # (a dense push of a key never initialised initialises it, as MXNet's: one of rows fails MXNet's CPU reduction)
    expect_error(lambda: kv.push(99, mx.nd.ones((2, 3)).tostype("row_sparse")), "!merged.is_none()")
    expect_error(lambda: kv.pull(99, out=mx.nd.ones((2, 3))), "99")
    expect_error(lambda: kv.push(4, mx.nd.ones((3, 3))), "(24 vs. 36)", "Key is 4")     # MXNet's size check
    # A buggy worker bypassing the checks: the server refuses, names key and shapes, and keeps serving.
    server = kv._meta[4][2][0].server
    bad = [(server, Msg.PUSH, [np.ones((5,), np.float32)], {"keys": [[4, 0]], "sync": True}, None)]
    expect_error(lambda: kv._client.submit(Op("push of key 4", 1), bad).wait(), "key 4", "(5,)", "(2, 3)")
    unknown = [(server, Msg.PULL, (), {"keys": [[1234, 0]]}, None)]
    expect_error(lambda: kv._client.submit(Op("pull of key 1234", 1), unknown).wait(), "1234", "never initialized")
    kv.push(4, mx.nd.ones((2, 3)))
    out = mx.nd.zeros((2, 3))
    kv.pull(4, out=out)
    check(np.array_equal(out.asnumpy(), np.full((2, 3), kv.num_workers, np.float32)), f"after errors {out}")
    return "errors=5"


def mode_malformed(kv):
    """Garbage sent straight to a server gets an ERROR reply each time; the server keeps serving real pushes."""
    kv.init(6, mx.nd.zeros((3,)))
    host, port = kv._client.servers[0]
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.setsockopt(zmq.IDENTITY, b"test probe")   # a second "worker 0" socket would be refused
    sock.connect(f"tcp://{host}:{port}")
    head = protocol.encode(Msg.PUSH, [np.ones(3, np.float32)], id=77, keys=[[6, 0]], sync=True)
    cases = {
        "not msgpack": [b"\xc1\xc1garbage"],
        "version": [protocol.msgpack.packb({"v": 99, "op": 4, "id": 5})],
        "unknown message type": [protocol.msgpack.packb({"v": protocol.VERSION, "op": 999, "id": 5})],
        "bytes": [head[0], b"\x00" * 5],
        "array frames": [head[0]],
        "'keys'": [protocol.msgpack.packb({"v": protocol.VERSION, "op": 4, "id": 5, "keys": "x", "sync": True,
                                           "arrays": []})],
    }
    for needle, frames in cases.items():
        sock.send_multipart(frames)
        check(sock.poll(10000), f"no reply to a malformed message ({needle})")
        op, reply, _ = protocol.decode(sock.recv_multipart())
        check(op is Msg.ERROR and needle in reply["message"], f"reply to {needle}: {op.name} {reply}")
    sock.close(linger=0)
    kv.push(6, mx.nd.ones((3,)) * 2)
    out = mx.nd.zeros((3,))
    kv.pull(6, out=out)
    check(np.array_equal(out.asnumpy(), np.full(3, 2 * kv.num_workers, np.float32)), f"after garbage {out}")
    return f"malformed={len(cases)}"


def mode_waitall(kv, folder):
    """A push held back for a pull (its key's last push was pulled at once) reaches the server by waitall's return:
    worker 0 pushes, waits, leaves a file; worker 1, seeing it, pulls the updated value at once (dist_async)."""
    kv.set_optimizer(mx.optimizer.create("sgd", learning_rate=1.0))
    kv.init(8, mx.nd.zeros((3,)))
    mark = os.path.join(folder, "pushed")
    if kv.rank == 0:
        kv.push(8, mx.nd.ones((3,)))
        kv._pull_follows.add(8)     # as if its pull had come at once (timing decides it; a loaded machine is slow)
        kv._last_push = None
        kv.push(8, mx.nd.ones((3,)) * 7)        # held for a pull that does not come
        check(kv._client.held is not None, "the push after a pull was not held")
        mx.nd.waitall()
        check(kv._client.held is None and not kv._client.inflight, "waitall returned before the push was confirmed")
        open(mark, "w").close()
    else:
        deadline = time.monotonic() + 10
        while not os.path.exists(mark):
            check(time.monotonic() < deadline, "worker 0 left no mark within 10 s")
            time.sleep(0.001)
        out = mx.nd.zeros((3,))
        kv.pull(8, out=out)
        check(np.array_equal(out.asnumpy(), np.full(3, -8, np.float32)), f"pulled after waitall: {out.asnumpy()}")
    kv._barrier()
    return "waited"


def mode_wait(kv):
    """Report, then wait in barriers until the job dies (the test kills a node)."""
    kv.init(1, mx.nd.zeros((2,)))
    print(f"ready rank={kv.rank} pid={os.getpid()}", flush=True)
    while True:
        kv.push(1, mx.nd.ones((2,)))
        kv._barrier()


MODES = {"sync": mode_sync, "async": mode_async, "sgd": mode_sgd, "pushpull": mode_pushpull, "barrier": mode_barrier,
         "rowsparse": mode_rowsparse, "sparse_trainer": mode_sparse_trainer,
         "errors": mode_errors, "malformed": mode_malformed, "wait": mode_wait,
         "waitall": mode_waitall}


def main():
    mode, args = sys.argv[1], sys.argv[2:]
    kv = mx.kv.create(os.environ.get("PS_JOB_KVSTORE", "dist_async" if mode in ("async", "waitall") else "dist_sync"))
    result = MODES[mode](kv, *args)
    print(f"ok rank={kv.rank} workers={kv.num_workers} {result}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
