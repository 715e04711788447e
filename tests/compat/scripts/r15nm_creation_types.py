"""mx.np creation functions given types MXNet lacks, shapes it cannot read, and empty shapes without NumPy shape
semantics: zeros reads the type name itself, ones/full/eye refuse it in the dtype parser's words."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words


def attempt(label, call):
    try:
        r = call()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))


npx.set_np()
for dtype in ["complex64", "uint16", onp.complex64, "float", "int", "i4", "f8", "float32", "bfloat16"]:
    attempt(f"zeros {dtype}", lambda: np.zeros((2,), dtype=dtype))
    attempt(f"ones {dtype}", lambda: np.ones((2,), dtype=dtype))
    attempt(f"full {dtype}", lambda: np.full((2,), 1, dtype=dtype))
    attempt(f"empty {dtype}", lambda: np.empty((2,), dtype=dtype)[:0])
attempt("ones 2.0", lambda: np.ones(2.0))
attempt("ones 2.0 int32", lambda: np.ones(2.0, dtype='int32'))
attempt("full [1, 2, 3]", lambda: np.full((2, 3), [1, 2, 3]))
attempt("full None int32", lambda: np.full((2, 3), None, dtype='int32'))
attempt("full 'a'", lambda: np.full((2, 3), 'a'))
attempt("full_like 'a' bool", lambda: np.full_like(np.zeros((2,)), 'a', dtype=bool))
attempt("full_like '3' int32", lambda: np.full_like(np.zeros((2,), dtype='int32'), '3'))
attempt("eye bool", lambda: np.eye(3, dtype=bool))
attempt("eye 3.0", lambda: np.eye(3.0))
attempt("eye M=2.5", lambda: np.eye(3, 2.5))
attempt("eye k=1", lambda: np.eye(3, k=1, dtype='int32'))
npx.reset_np()
for shape in [(), (0,), (2, 0)]:
    attempt(f"off zeros {shape}", lambda: np.zeros(shape))
    attempt(f"off ones {shape}", lambda: np.ones(shape, dtype='int32'))
attempt("off identity 0", lambda: np.identity(0))
attempt("off identity 2", lambda: np.identity(2))
