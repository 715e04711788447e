"""The slice-assign operators (_slice_assign, _slice_assign_scalar, _crop_assign) and take-like reads with their checks."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


for dtype in ["float32", "int32"]:
    a = nd.array(np.arange(12).reshape(4, 3), dtype=dtype)
    for rhs, b, e, s in [((2, 3), (1, 0), (3, 3), ()), ((3,), (1, 0), (3, 3), ()), ((1, 3), (1, 0), (3, 3), ()),
                         ((2, 2), (1, 0), (3, 3), ()), ((4, 2), (None, 0), (None, 3), (-1, 2)),
                         ((2, 3), (1, 0, 0), (3, 3, 1), ()), ((2, 3), (1,), (3,), ()), ((0, 3), (2,), (2,), ())]:
        for rdt in ["float32", "int32"]:
            attempt(f"{dtype} _slice_assign {rhs}{rdt} {b}:{e}:{s}",
                    lambda: nd._internal._slice_assign(a, nd.ones(rhs, dtype=rdt), begin=b, end=e, step=s))
    attempt(f"{dtype} _crop_assign", lambda: nd._internal._crop_assign(a, nd.ones((2, 3), dtype=dtype), begin=(1, 0), end=(3, 3)))
    for b, e, s in [((1, 0), (3, 3), ()), ((None, 0), (None, 3), (-1, 2)), ((1,), (3,), (0,)), ((0, 0, 0), (1, 1, 1), ())]:
        attempt(f"{dtype} _slice_assign_scalar {b}:{e}:{s}",
                lambda: nd._internal._slice_assign_scalar(a, scalar=9.5, begin=b, end=e, step=s))
    attempt(f"{dtype} _crop_assign_scalar", lambda: nd._internal._crop_assign_scalar(a, scalar=-1, begin=(0, 1), end=(2, 3)))
    for idt in ["float32", "int64", "int32"]:
        attempt(f"{dtype} batch_take {idt}", lambda: nd.batch_take(a, nd.array([0, 1, 2, 0], dtype=idt)))
    attempt(f"{dtype} slice_axis", lambda: nd.slice_axis(a, axis=-1, begin=-2, end=None))
    attempt(f"{dtype} slice_like", lambda: nd.slice_like(a, nd.zeros((2, 2)), axes=(1,)))
print("a unchanged ->", a.asnumpy().tolist())
for value in [2, 2.5, "x", nd.array([1.0])]:
    x = nd.arange(6)
    attempt(f"slice_assign_scalar({type(value).__name__} {value if not isinstance(value, nd.NDArray) else value.shape})", lambda: x.slice_assign_scalar(value, (1,), (3,), ()))
for rhs in [3, np.ones(2), nd.ones((2,)), nd.ones((3,)), nd.ones((2,), dtype="int32")]:
    x = nd.arange(6)
    attempt(f"slice_assign({type(rhs).__name__})", lambda: x.slice_assign(rhs, (1,), (3,), ()))
x = nd.arange(6)
attempt("slice_assign past the end", lambda: x.slice_assign(nd.ones((2,)), (5,), (6,), ()))
