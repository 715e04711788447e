"""Where MXNet reports a key without a value: pull and pushpull of negative int keys, and row_sparse_pull (its own
line of kvstore_local.h), with the whole error text."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

for name in ["local", "device"]:
    kv = mx.kv.create(name)
    kv.init(0, nd.ones((2,)))
    out = nd.zeros((2,))
    calls = [("pull", lambda k: kv.pull(k, out=out)), ("push", lambda k: kv.push(k, nd.ones((2,)))),
             ("pushpull", lambda k: kv.pushpull(k, nd.ones((2,)))),
             ("row_sparse_pull", lambda k: kv.row_sparse_pull(k, out=nd.sparse.zeros("row_sparse", (2,)),
                                                              row_ids=nd.array([0]))),
             ("init", lambda k: kv.init(k, nd.ones((2,))))]
    for what, call in calls:
        for key in [5, -3, -2**31]:
            try:
                call(key)
                print(name, what, key, "ok")
            except mx.base.MXNetError as e:
                print(name, what, key, repr(str(e)))
    kv.init(-7, nd.ones((2,)))
    kv.pull(-7, out=out)
    print(name, "key -7", out.asnumpy().tolist())
