"""row_sparse_pull from a 'device' store into outputs of other shapes: no shape check, the output keeps its shape
and the retained rows' values fill its rows in memory order; a 'local' store checks the shape."""
import mxnet as mx
from mxnet import nd
from _words import words

for kind in ["device", "local"]:
    for shape in [(4, 2), (5, 2), (4, 1), (4, 2, 1), (2, 2), (4,), (3, 1)]:
        kv = mx.kv.create(kind)
        kv.init(0, nd.array([[1, 1.5], [0, 0], [3, 3.5], [4, 4.5]]).tostype("row_sparse"))
        out = nd.zeros(shape).tostype("row_sparse")
        try:
            kv.row_sparse_pull(0, out=out, row_ids=nd.array([2, 0]))
            print(kind, shape, out.shape, out.indices.asnumpy().tolist(), out.data.asnumpy().tolist())
        except Exception as e:
            print(kind, shape, words(e))
