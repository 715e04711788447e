"""kvstore call forms: key containers (set, range, tuple), value containers (generator, numpy), a row_sparse array given to a key list, priorities."""
import numpy as np
import mxnet as mx
def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e).strip().split("\n")[-1][:250])
for t in ["local", "device"]:
    kv = mx.kv.create(t)
    kv.init([3, 5], [mx.nd.ones((4, 2)).tostype("row_sparse")] * 2)
    out = mx.nd.zeros((2, 2)).tostype("row_sparse")
    ids = mx.nd.array([0, 1])
    show(t + " rsp list keys one out", lambda: kv.row_sparse_pull([3, 5], out=out, row_ids=[ids, ids]))
    show(t + " rsp list keys one out one ids", lambda: kv.row_sparse_pull([3, 5], out=out, row_ids=ids))
    show(t + " set keys", lambda: kv.init({7, 8}, [mx.nd.ones((2,))] * 2))
    show(t + " range keys", lambda: kv.init(range(2), [mx.nd.ones((2,))] * 2))
    show(t + " gen values", lambda: kv.init([9, 10], (mx.nd.ones((2,)) for _ in range(2))))
    show(t + " tuple values", lambda: kv.init([11, 12], (mx.nd.ones((2,)), mx.nd.ones((2,)))))
    show(t + " np values", lambda: kv.init(13, np.ones(2)))
    show(t + " list of np values", lambda: kv.init([14], [np.ones(2)]))
    show(t + " nested key list empty", lambda: kv.init([[]], [[]]))
    show(t + " key list, str values", lambda: kv.init([15, 16], "ab"))
    show(t + " key list, 2-row np", lambda: kv.init([17, 18], np.ones((2, 2))))
    show(t + " key list none", lambda: kv.init([19], None))
    show(t + " pull key list out list mism", lambda: kv.pull([3, 5], out=[mx.nd.zeros((4, 2))]))
    show(t + " pull priority float", lambda: kv.pull(3, out=mx.nd.zeros((4, 2)), priority=1.5))
    show(t + " push priority str", lambda: kv.push(3, mx.nd.zeros((4, 2)), priority="a"))
    show(t + " pull key None", lambda: kv.pull(None, out=mx.nd.zeros((4, 2))))
    show(t + " pull empty list, out array", lambda: kv.pull([], out=mx.nd.zeros((4, 2))))
