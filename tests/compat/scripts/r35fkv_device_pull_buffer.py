"""A 'device' store pulls through the key's merge buffer once a sum made it: a summed gradient an updater kept shows
each value pulled later (dense, float16 and row_sparse keys); 'local' pulls straight from the stored value."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd


def shown(arrays):
    return [(a.stype, str(a.dtype.__name__), a.asnumpy().tolist()) for a in arrays]


for name in ["local", "device"]:
    kv = mx.kv.create(name)
    kept = []

    def update(key, grad, weight):
        kept.append(grad)
        weight[:] = weight + grad
        grad[:] = -1
    kv._set_updater(update)
    kv.init(0, nd.ones((3,)))
    kv.init(1, nd.ones((2,), dtype="float16"))
    kv.init(2, nd.ones((3, 2)).tostype("row_sparse"))
    single = nd.ones((3,)) * 2
    kv.push(0, single)
    print(name, "single push", single.asnumpy().tolist())
    kv.push(0, [nd.ones((3,)) * 3, nd.ones((3,)) * 4])
    out = nd.zeros((3,))
    kv.pull(0, out=out)
    print(name, "pulled", out.asnumpy().tolist(), shown(kept))
    kept[1][:] = 50
    kv.pull(0, out=out)
    print(name, "pulled again", out.asnumpy().tolist(), shown(kept))
    kv.push(1, [nd.ones((2,), dtype="float16")] * 2)
    wide = nd.zeros((2,))
    kv.pull(1, out=wide)
    print(name, "float16 key", wide.asnumpy().tolist(), shown(kept[-1:]))
    rows = nd.zeros((3, 2))
    rows[1] = 1
    kv.push(2, [rows.tostype("row_sparse")] * 2)
    print(name, "row_sparse sum", shown(kept[-1:]))
    target = nd.sparse.zeros("row_sparse", (3, 2))
    kv.row_sparse_pull(2, out=target, row_ids=nd.array([1]))
    print(name, "row_sparse_pull", shown([target]), shown(kept[-1:]))
    kv.pull(2, out=target, ignore_sparse=False)
    print(name, "pull of every row", shown([target]), shown(kept[-1:]))
