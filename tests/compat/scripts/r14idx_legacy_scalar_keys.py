"""A 0-d legacy NDArray (nd.array of a Python number) indexed with keys of every kind: x[()] and x[:] are x, other keys fail where MXNet's reading of them fails (axis 0 of the shape (), the key's entry count)."""
import numpy as onp
import mxnet as mx
from mxnet import nd


def last(e):
    """The exception's type and the last line of its message, without a repeated type name before it."""
    text = str(e).strip().splitlines()[-1]
    name = type(e).__name__
    while text.startswith(name + ": ") or text.startswith("MXNetError: "):
        text = text.split(": ", 1)[1]
    return f"{name}: {text}"


x = nd.array(3.5)
print("shape", x.shape, x.dtype.__name__)
keys = [(), slice(None), slice(None, None, 1), 0, 1, -1, 5, True, False, onp.int64(1), onp.int32(-1), slice(1, None),
        slice(None, 2), slice(3, 1), slice(None, None, -1), slice(None, None, 2), slice(1, 2, 0), slice(0.5, 2),
        None, Ellipsis, (None,), (Ellipsis, None), (None, Ellipsis, None), (Ellipsis, Ellipsis), (Ellipsis, 0),
        (0, 1), (0, Ellipsis, 1), (slice(None), None, 1), (True,), (False, None), [0], [0, 1], [], [[0, 1], [1, 0]],
        ([0, 1], [1, 2]), (slice(None), [0, 2]), (None, [0, 1]), onp.array([0, 1]), onp.array(1), onp.array([], dtype="int64"),
        onp.array([True, False]), 1.0, "a", (0.5,), onp.bool_(True), nd.array([0, 1]), nd.array(1), nd.array([1, 0], dtype="bool"),
        (slice(None), nd.array([0, 2])), (1, 1, nd.array([0, 3]))]
for k in keys:
    try:
        r = x[k]
        print(repr(k), "->", r.shape, r.asnumpy().tolist(), r is x)
    except Exception as e:
        print(repr(k), "->", last(e))
