"""kvstore calls check every argument (priority as a C int) before acting; a new compression threshold keeps residuals."""
import mxnet as mx
import numpy as np
from mxnet import nd


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e).splitlines()[0] if isinstance(e, TypeError) else "")


def pulled(kv, key):
    out = nd.zeros((2,))
    kv.pull(key, out=out)
    return out.asnumpy().tolist()


def store(kind):
    kv = mx.kv.create(kind)
    kv.init(0, nd.ones((2,)))
    kv.init(1, nd.sparse.zeros('row_sparse', (2, 2)))
    return kv


calls = {
    "push": lambda kv, p: kv.push(0, nd.ones((2,)), priority=p),
    "pull": lambda kv, p: kv.pull(0, out=nd.ones((2,)), priority=p),
    "pushpull": lambda kv, p: kv.pushpull(0, nd.ones((2,)), priority=p),
    "broadcast": lambda kv, p: kv.broadcast(5, nd.ones((2,)), out=nd.ones((2,)), priority=p),
    "row_sparse_pull": lambda kv, p: kv.row_sparse_pull(1, out=nd.sparse.zeros('row_sparse', (2, 2)),
                                                        row_ids=nd.array([0]), priority=p),
}
for kind in ["local", "device"]:
    for name, call in calls.items():
        for priority in ["x", 1.5, None, np.float32(2), True, 2**31, -2**31 - 1, np.int64(3)]:
            attempt(f"{kind} {name} priority={priority!r}", lambda: call(store(kind), priority))

    kv = store(kind)
    attempt(f"{kind} push to an unknown key with a bad priority", lambda: kv.push(7, nd.ones((2,)), priority="x"))
    attempt(f"{kind} push of numpy data with a bad priority", lambda: kv.push(0, np.ones((2,)), priority="x"))
    attempt(f"{kind} broadcast of numpy data with a bad priority",
            lambda: kv.broadcast(6, np.ones((2,)), out=nd.ones((2,)), priority="x"))
    attempt(f"{kind} pushpull with a bad priority", lambda: kv.pushpull(0, nd.ones((2,)) * 5, priority="x"))
    attempt(f"{kind} pushpull into numpy", lambda: kv.pushpull(0, nd.ones((2,)) * 5, out=np.ones((2,))))
    print(f"{kind} after refused pushpulls the value is", pulled(kv, 0))
    attempt(f"{kind} broadcast into numpy", lambda: kv.broadcast(8, nd.ones((2,)), out=np.ones((2,))))
    attempt(f"{kind} broadcast into nothing", lambda: kv.broadcast(8, nd.ones((2,)), out=None))
    attempt(f"{kind} so key 8 is not initialised", lambda: pulled(kv, 8))
    kv2 = mx.kv.create(kind)
    kv2.init([1, 2], [nd.ones((2,))] * 2)
    attempt(f"{kind} pushpull with too few outs",
            lambda: kv2.pushpull([1, 2], [nd.ones((2,)) * 5, nd.ones((2,)) * 6], out=[nd.ones((2,))]))
    print(f"{kind} and nothing was pushed:", pulled(kv2, 1), pulled(kv2, 2))

kv = mx.kv.create("device")
kv.set_gradient_compression({"type": "2bit", "threshold": 0.5})
kv.init(0, nd.zeros((4,)))
kv.push(0, nd.array([0.3, 0.2, -0.3, 0.6]))
out = nd.zeros((4,))
kv.pull(0, out=out)
print("threshold 0.5 sends", out.asnumpy().tolist())
kv.set_gradient_compression({"type": "2bit", "threshold": 0.25})
for step in range(3):
    kv.push(0, nd.array([0.3, 0.2, -0.3, 0.6]))
    kv.pull(0, out=out)
    print("threshold 0.25 step", step, "sends", out.asnumpy().tolist())
