"""Under legacy shapes an empty axis is unknown (-1): Pooling's and Pooling_v1's window checks read it so (Pooling_v1 in its own words), Pooling_v1 counts its windows over -1 + 2 * pad positions, and Pooling_v1 and SVMOutput with known rows but unknown other sizes refuse their output's assignment at the call, as MXNet does."""
import numpy as np
import mxnet as mx
from mxnet import nd


def last_line(e):
    return str(e).strip().splitlines()[-1]


def run(label, f):
    try:
        r = f()
    except mx.MXNetError as e:
        print(label, "call:", last_line(e))
        return
    try:
        print(label, r.shape, r.asnumpy().ravel()[:4].tolist())
    except mx.MXNetError as e:
        print(label, "read:", last_line(e))


def zeros(*shape):
    return nd.array(np.zeros(shape))


for shape, k, p in [((1, 3, 4, 4), (5, 5), (0, 0)), ((1, 3, 4, 4), (7, 3), (1, 0)), ((1, 3, 0, 8), (2, 2), (1, 1)),
                    ((1, 3, 0, 8), (1, 1), (0, 0)), ((1, 3, 8, 0), (2, 2), (0, 1)), ((1, 3, 0, 8), (3, 3), (1, 1)),
                    ((1, 3, 0, 8), (1, 1), (1, 1)), ((1, 2, 3, 4, 4), (4, 2, 2), (0, 0, 0)),
                    ((1, 2, 4, 4, 4), (2, 5, 2), (0, 0, 0)), ((1, 2, 0, 4, 4), (1, 2, 2), (0, 0, 0)),
                    ((1, 2, 0, 4, 4), (2, 2, 2), (1, 0, 0)), ((2, 3, 0), (2,), (0,)), ((2, 3, 0), (2,), (1,))]:
    x = zeros(*shape)
    if len(shape) > 3:
        run(("Pooling_v1", shape, k, p), lambda: nd.Pooling_v1(x, kernel=k, pad=p, pool_type="avg"))
    run(("Pooling", shape, k, p), lambda: nd.Pooling(x, kernel=k, pad=p))
    run(("Pooling avg", shape, k, p), lambda: nd.Pooling(x, kernel=k, pad=p, pool_type="avg"))

run("Pooling_v1 no channels", lambda: nd.Pooling_v1(zeros(1, 0, 8, 8), kernel=(2, 2), stride=(2, 2)))
run("Pooling_v1 no channels, sum", lambda: nd.Pooling_v1(zeros(2, 0, 4, 4), kernel=(2, 2), pool_type="sum"))
run("Pooling_v1 no channels, no rows", lambda: nd.Pooling_v1(zeros(1, 0, 0, 8), kernel=(1, 1), pad=(1, 1)))
run("Pooling_v1 global, no channels", lambda: nd.Pooling_v1(zeros(2, 0, 0, 4), kernel=(2, 2), global_pool=True,
                                                            pool_type="avg"))
run("Pooling_v1 no images", lambda: nd.Pooling_v1(zeros(0, 3, 8, 8), kernel=(2, 2), stride=(2, 2)))
run("SVMOutput no classes", lambda: nd.SVMOutput(zeros(2, 0), zeros(2)))
run("SVMOutput no rows", lambda: nd.SVMOutput(zeros(0, 3), zeros(0)))
run("SVMOutput nothing", lambda: nd.SVMOutput(zeros(0, 0), zeros(0)))

mx.npx.set_np()
for k, p in [((2, 2), (1, 1)), ((3, 3), (1, 1)), ((1, 1), (0, 0))]:
    x = mx.np.zeros((1, 3, 0, 8))
    run(("np pooling", k, p), lambda: mx.npx.pooling(x, kernel=k, pad=p))
    run(("np Pooling_v1", k, p), lambda: nd.Pooling_v1(x.as_nd_ndarray(), kernel=k, pad=p))
