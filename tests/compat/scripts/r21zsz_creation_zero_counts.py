"""Creation with zero, one and negative counts and sizes: arange, linspace, eye, zeros/full, mx.np's indices and tri."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, tuple):
            r = r[0]
        print(label, "->", r.dtype.__name__ if isinstance(r.dtype, type) else r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


for n in [0, 1, -1]:
    show(f"nd.arange({n})", lambda: nd.arange(n))
    show(f"nd.arange(2, {n})", lambda: nd.arange(2, n))
    show(f"nd.linspace(0, 1, {n})", lambda: nd.linspace(0, 1, n))
    show(f"nd.eye({n})", lambda: nd.eye(n))
    show(f"nd.eye(2, {n})", lambda: nd.eye(2, n))
    show(f"mx.np.arange({n})", lambda: mx.np.arange(n))
    show(f"mx.np.linspace(0, 1, {n})", lambda: mx.np.linspace(0, 1, n))
    show(f"mx.np.linspace endpoint=False ({n})", lambda: mx.np.linspace(0, 1, n, endpoint=False, retstep=True))
    show(f"mx.np.eye({n})", lambda: mx.np.eye(n))
    show(f"mx.np.eye(2, {n})", lambda: mx.np.eye(2, n))
    show(f"mx.np.identity({n})", lambda: mx.np.identity(n))
    show(f"mx.np.zeros(({n},))", lambda: mx.np.zeros((n,)))
    show(f"mx.np.full(({n}, 3), 7)", lambda: mx.np.full((n, 3), 7))
    show(f"mx.np.indices(({n}, 2))", lambda: mx.np.indices((n, 2)))
show("mx.np.indices((0.5, 2))", lambda: mx.np.indices((0.5, 2), dtype="int64"))
show("nd.arange step 0", lambda: nd.arange(0, 3, 0))
show("mx.np.arange step 0", lambda: mx.np.arange(0, 3, 0))
show("nd.arange(120, 130, int8)", lambda: nd.arange(120, 130, dtype="int8"))
show("mx.np.full 300 int8", lambda: mx.np.full((2,), 300, dtype="int8"))
show("nd.full nan int32", lambda: nd.full((2,), float("nan"), dtype="int32"))
show("nd.full -1 uint8", lambda: nd.full((2,), -1, dtype="uint8"))
show("nd.full 1e40 float16", lambda: nd.full((2,), 1e40, dtype="float16"))
for np_shape in [False, True]:
    with mx.util.np_shape(np_shape):
        for shape in [(0,), (2, 0), (-1,), (2, -1), (2, -3), (-1, -3)]:
            show(f"np_shape={np_shape} nd.zeros{shape}", lambda: nd.zeros(shape))
