"""Average pooling with pooling_convention='full': windows hanging over the border, forward and backward, 1-D to 3-D."""
import mxnet as mx
import numpy as np

np.set_printoptions(precision=4, suppress=True, linewidth=100000)


def run(shape, kernel, stride, pad, include, data=None, head=None):
    x = mx.nd.array(np.arange(np.prod(shape)).reshape(shape) % 7 + 1 if data is None else data)
    x.attach_grad()
    try:
        with mx.autograd.record():
            y = mx.nd.Pooling(x, kernel=kernel, stride=stride, pad=pad, pool_type="avg", pooling_convention="full",
                              count_include_pad=include)
        y.backward(mx.nd.ones_like(y) if head is None else mx.nd.array(head(y.shape)))
        result = (y.asnumpy().ravel().round(4), x.grad.asnumpy().ravel().round(4))
    except mx.MXNetError as e:
        result = type(e).__name__
    print(shape, kernel, stride, pad, include, result)


# windows past the input; the backward's divisor depends on the output gradient's shape
for include in (True, False, None):
    run((1, 1, 5), (2,), (2,), (0,), include)
    run((1, 1, 6), (4,), (3,), (1,), include)
    run((1, 1, 7), (3,), (3,), (2,), include)
    run((1, 1, 5, 5), (2, 2), (2, 2), (0, 0), include)
    run((1, 2, 5, 4), (2, 3), (2, 2), (1, 1), include)
    run((1, 1, 4, 4), (3, 3), (2, 2), (0, 0), include)
    run((1, 1, 6, 6), (3, 3), (2, 2), (1, 1), include)
    run((1, 1, 5, 4), (3, 2), (2, 3), (1, 1), include)
    run((1, 1, 4, 5, 3), (2, 2, 2), (2, 2, 2), (0, 0, 0), include)
    run((1, 1, 5, 3, 4), (3, 2, 3), (2, 2, 2), (1, 0, 1), include)
# windows wholly outside the input: counts of zero or less
for shape, stride in [((1, 1, 2), (3,)), ((1, 1, 2, 2), (3, 2)), ((1, 1, 2, 2, 2), (2, 2, 2)),
                      ((1, 1, 2, 2, 2), (3, 3, 3)), ((1, 1, 2, 2, 2), (3, 3, 2))]:
    for include in (True, False):
        run(shape, (1,) * len(stride), stride, (0,) * len(stride), include)
# random geometries
rng = np.random.RandomState(0)
for it in range(60):
    n = rng.randint(1, 4)
    kernel = tuple(int(v) for v in rng.randint(1, 5, n))
    stride = tuple(int(v) for v in rng.randint(1, 4, n))
    pad = tuple(int(min(v, k - 1)) for v, k in zip(rng.randint(0, 3, n), kernel))
    shape = (1, 2) + tuple(int(max(v, k)) for v, k in zip(rng.randint(2, 7, n), kernel))
    data = rng.rand(*shape)
    run(shape, kernel, stride, pad, [True, False, None][it % 3], data, lambda s: rng.rand(*s))
