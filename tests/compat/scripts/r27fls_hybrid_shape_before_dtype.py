# A hybridized graph refused both for a shape and for a dtype refuses the shape first (MXNet's CachedOp infers every
# shape before any dtype): CosineEmbeddingLoss on float16/float64 (its float32 constants) with mislabelled batches,
# and user blocks; the refusals of the calls that follow (no memory plan) as MXNet's
# recorded on AVX2
import numpy as np
from mxnet import autograd, gluon, nd

from _words import words


class AddOnes(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.elemwise_add(F.broadcast_add(x, F.ones((1, 1))), y)


class MulZeros(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.elemwise_mul(x, y) + F.zeros((2, 3))


def call(block, args, record):
    try:
        if record:
            with autograd.record():
                out = block(*args)
        else:
            out = block(*args)
        return f"{out.dtype.__name__} {out.shape}"
    except Exception as e:      # noqa: BLE001  (the refusal is the result)
        return words(e)


rs = np.random.RandomState(3)
for dtype in ("float16", "float32", "float64"):
    for n, label_shape in ((2, (2,)), (2, (3,)), (3, (3, 1)), (4, (2,))):
        loss = gluon.loss.CosineEmbeddingLoss()
        loss.hybridize()
        args = [nd.array(rs.uniform(-1, 1, (n, 3)), dtype=dtype), nd.array(rs.uniform(-1, 1, (n, 3)), dtype=dtype),
                nd.array(rs.choice([-1, 1], label_shape), dtype=dtype)]
        for record in (False, True, False):
            print("cosine", dtype, n, label_shape, record, call(loss, args, record))
for block in (AddOnes, MulZeros):
    for x_shape, y_shape, dtype in (((2, 3), (2, 3), "float16"), ((2, 3), (3, 3), "float16"), ((2, 3), (3, 3), "float32"),
                                    ((2, 3), (2, 4), "float64")):
        net = block()
        net.hybridize()
        for record in (False, True, False):
            print(block.__name__, x_shape, y_shape, dtype, record,
                  call(net, [nd.ones(x_shape, dtype=dtype), nd.ones(y_shape, dtype=dtype)], record))
