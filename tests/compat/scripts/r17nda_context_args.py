"""What creation functions and copies take as a context (a Context, its text, or neither), where the result lives,
and which numpy dtypes and layouts nd.from_numpy shares."""
import numpy as np

import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, mx.nd.NDArray):
            r = f"{type(r).__name__} {r.asnumpy().tolist()} {r.context}"
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


for label, fn in [("nd.array str", lambda: mx.nd.array([1, 2], ctx="cpu")),
                  ("nd.array numpy, str", lambda: mx.nd.array(np.ones(2), ctx="cpu(1)")),
                  ("nd.array int", lambda: mx.nd.array([1, 2], ctx=1)),
                  ("nd.array tuple", lambda: mx.nd.array([1], ctx=("cpu", 0))),
                  ("np.array str", lambda: mx.np.array([1, 2], ctx="cpu")),
                  ("nd.zeros str", lambda: mx.nd.zeros((2,), ctx="cpu")),
                  ("nd.ones text", lambda: mx.nd.ones((2,), ctx="cpu(1)")),
                  ("np.zeros str", lambda: mx.np.zeros((2,), ctx="cpu")),
                  ("np.ones text", lambda: mx.np.ones((2,), ctx="cpu(1)")),
                  ("nd.empty str", lambda: mx.nd.empty((2,), ctx="cpu").shape),
                  ("nd.full str", lambda: mx.nd.full((2,), 1, ctx="cpu")),
                  ("nd.arange str", lambda: mx.nd.arange(2, ctx="cpu")),
                  ("np.arange str", lambda: mx.np.arange(2, ctx="cpu")),
                  ("copyto str", lambda: mx.nd.ones(2).copyto("cpu")),
                  ("as_in_context str", lambda: mx.nd.ones(2).as_in_context("cpu")),
                  ("np as_in_ctx str", lambda: mx.np.ones(2).as_in_ctx("cpu")),
                  ("nd.array None", lambda: mx.nd.array([1], ctx=None)),
                  ("nd.array gpu", lambda: mx.nd.array([1], ctx=mx.gpu(0))),
                  ("np.array gpu", lambda: mx.np.array([1], ctx=mx.gpu(0))),
                  ("nd.array(nd, ctx)", lambda: mx.nd.array(mx.nd.ones(2), ctx=mx.cpu(2))),
                  ("np.array(np, ctx)", lambda: mx.np.array(mx.np.ones(2), ctx=mx.cpu(2))),
                  ("nd.array(nd on cpu(3))", lambda: mx.nd.array(mx.nd.ones(2, ctx=mx.cpu(3)))),
                  ("np.array(np on cpu(3))", lambda: mx.np.array(mx.np.ones(2, ctx=mx.cpu(3)))),
                  ("np ctx", lambda: mx.np.ones(2, ctx=mx.cpu(3)).ctx),
                  ("cpu(1) + 1", lambda: mx.nd.ones(2, ctx=mx.cpu(1)) + 1),
                  ("copy of cpu(1)", lambda: mx.nd.ones(2, ctx=mx.cpu(1)).copy()),
                  ("pinned copyto", lambda: mx.nd.ones(2).copyto(mx.cpu_pinned(0)))]:
    attempt(label, fn)

for dtype in ["float32", "float64", "float16", "int8", "uint8", "int32", "int64", "bool", "int16", "uint16", "uint32",
              "uint64", "complex64", ">f4", "<f8"]:
    for zero_copy in (True, False):
        attempt(f"from_numpy {dtype} zero_copy={zero_copy}",
                lambda: mx.nd.from_numpy(np.arange(3).astype(dtype), zero_copy=zero_copy))
for label, make in [("strided", lambda: np.arange(6.0).reshape(2, 3)[:, 1]),
                    ("fortran", lambda: np.asfortranarray(np.ones((2, 3), np.float32))),
                    ("0-d", lambda: np.array(2.0, np.float32)), ("empty", lambda: np.zeros((0, 2), np.float32)),
                    ("list", lambda: [1, 2])]:
    for zero_copy in (True, False):
        attempt(f"from_numpy {label} zero_copy={zero_copy}", lambda: mx.nd.from_numpy(make(), zero_copy=zero_copy))
source = np.ones(3, np.float32)
shared = mx.nd.from_numpy(source)
attempt("source writeable after sharing", lambda: source.flags.writeable)
