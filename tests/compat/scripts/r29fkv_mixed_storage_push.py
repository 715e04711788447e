"""A pushed list mixing row_sparse and dense arrays is summed in the first array's storage, by 'local' and 'device':
a row_sparse first array makes the stored value row_sparse (row_sparse_pull then works), a dense one dense."""
# recorded on AVX2
import mxnet as mx
import numpy as np
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", words(e))


def shown(out):
    return out.stype, np.dtype(out.dtype).name, out.asnumpy().tolist()


values = np.array([[0, 1.5], [2, 0]], dtype="float32")


def array(kind):
    dense = mx.nd.array(values)
    return dense if kind == "default" else dense.tostype(kind)


for name in ["local", "device"]:
    for key_kind in ["default", "row_sparse"]:
        for pushed in (["row_sparse", "default"], ["default", "row_sparse"], ["row_sparse", "default", "default"]):
            kv = mx.kv.create(name)
            kv.init(0, array(key_kind))
            label = f"{name}, {key_kind} key, push {pushed}"
            attempt(label, lambda: kv.push(0, [array(kind) for kind in pushed]))
            dense, rows = mx.nd.zeros((2, 2)), mx.nd.sparse.zeros("row_sparse", (2, 2))
            attempt(label + ": pull", lambda: (kv.pull(0, out=dense), shown(dense))[1])
            attempt(label + ": row_sparse_pull",
                    lambda: (kv.row_sparse_pull(0, out=rows, row_ids=mx.nd.array([0, 1])), shown(rows))[1])
