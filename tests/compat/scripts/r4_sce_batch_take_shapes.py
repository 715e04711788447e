# softmax_cross_entropy's data/label shape checks and batch_take on an empty last axis, as MXNet's shape functions
import mxnet as mx, numpy as np
x = mx.nd.array([[1, 2, 3], [4, 5, 6]])
for ls in [(2,), (1,), (2, 1), (3, 2), (1, 2), (4,)]:
    try:
        r = mx.nd.softmax_cross_entropy(x, mx.nd.array(np.zeros(ls)))
        print("sce", ls, r.asnumpy().round(4).tolist())
    except Exception as e:
        print("sce", ls, "ERR", type(e).__name__)
for ds, ls in [((2, 0), (2, 1)), ((2, 3), (2,)), ((2, 3), (2, 1))]:
    try:
        r = mx.nd.batch_take(mx.nd.array(np.ones(ds), dtype="int32"), mx.nd.array(np.ones(ls), dtype="int32"))
        print("batch_take", ds, ls, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print("batch_take", ds, ls, "ERR", type(e).__name__)

try:
    mx.nd.softmax_cross_entropy(mx.nd.ones((2, 3, 4)), mx.nd.ones((2,)))
except mx.base.MXNetError:
    print("sce 3-D data MXNetError")
