"""Index keys are checked in MXNet's order (integers, then slices; advanced slices before broadcasting) and empty arrays reshape by legacy rules."""
import numpy as np
import mxnet as mx
from mxnet import nd


def A(shape, dtype="float32"):
    return nd.array(np.arange(int(np.prod(shape))).reshape(shape) % 7 - 3, dtype=dtype)


def show(tag, f):
    try:
        r = f()
        print(tag, r.dtype.__name__, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(tag, type(e).__name__, "" if isinstance(e, mx.base.MXNetError) else str(e))


def put(x, key, value):
    y = x.copy()
    y[key] = value
    return y


x, x3 = A((4, 2)), A((4, 2, 3))
show("int then zero step", lambda: x[-5, ::0])
show("zero step then int", lambda: x[::0, 7])
show("zero step", lambda: x[::0])
show("empty then zero step", lambda: x[1:1, ::0])
show("None then int", lambda: x[None, 5])
show("ellipsis then int", lambda: x[..., 5])
show("positions zero step", lambda: x[[0, 1], ::0])
show("empty slice beside positions", lambda: x[2:1, [0, 1, 1]])
show("positions beside empty slice", lambda: x[[0, 1, 1], 1:1])
show("empty slice before broadcast", lambda: x3[[0, 1, 1], 1:1, [0, 1]])
show("zero step before broadcast", lambda: x3[[0, 1, 1], ::0, [0, 1]])
show("broadcast", lambda: x3[:, [0, 1], [0, 1, 1]])
e03, e032 = A((0, 3)), A((0, 3, 2))
show("empty None", lambda: e03[None])
show("empty None slice", lambda: e03[None, 1:])
show("empty slice None", lambda: e03[:, None])
show("empty ellipsis None", lambda: e03[..., None])
show("empty None int", lambda: e03[None, :, 0])
show("empty None int past", lambda: e03[None, None, 0])
show("empty ellipsis int past", lambda: A((0,))[..., 1])
show("empty 3d None", lambda: e032[None])
show("empty 3d int None", lambda: e032[:, 1, None])
show("empty 1d None", lambda: A((0,))[None])
show("empty rows int", lambda: A((3, 0))[-1])
show("set empty value other dtype", lambda: put(A((2, 3)), slice(1, 1), nd.array([], dtype="int32")))
show("set empty value same dtype", lambda: put(A((2, 3)), slice(1, 1), nd.array([])))
show("set empty rows other dtype", lambda: put(A((2, 3)), slice(0, 2), nd.array(np.zeros((0, 3)), dtype="int32")))
show("set positions empty slice", lambda: put(A((2, 3)), ([0, 1], slice(1, 1)), 5))
show("set positions zero step", lambda: put(A((2, 3)), ([0, 1, 1], slice(None, None, 0)), 5))
for key in [(-4, -3), (1, 5), (5, 0), (0, 2), (True, 5), (0, -3)]:        # one integer per axis: axis after axis
    show(f"ints {key}", lambda: x[key])


def grad_of_read(key):
    y = nd.array([[1.0, 2.0], [3.0, 4.0]])
    y.attach_grad()
    with mx.autograd.record():
        z = y[key]
    z.backward()
    return y.grad


for key in [slice(1, 0, -1), slice(1, 1), slice(1, -1, 3), (slice(1, 1),), (slice(2, 0), 0)]:
    show(f"recorded read {key}", lambda: grad_of_read(key))
