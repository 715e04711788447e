"""Legacy linalg attributes parsed and refused in MXNet's words (potrf/potri lower, trsm/trmm/syrk flags and alpha,
offsets), khatri_rao's kernel refusal of other types, and mx.sym.np.linalg's missing functions."""
import mxnet as mx
import numpy as onp
from mxnet import nd
from _words import words

A = nd.array([[4., 1.], [1., 3.]])
L = nd.array([[2., 0.], [1., 3.]])
B = nd.array([[1., 2.], [3., 4.]])


def show(label, call):
    try:
        r = call()
        for part in (r if isinstance(r, (list, tuple)) else [r]):
            print(label, "->", part.shape, (part.asnumpy().round(4) + 0).ravel().tolist())
    except Exception as e:
        print(label, "->", words(e))


for value in ("maybe", "1", "0", "true", "False", 1, 0, 2, None):
    show(f"potrf lower={value!r}", lambda: nd.linalg.potrf(A, lower=value))
    show(f"potri lower={value!r}", lambda: nd.linalg.potri(L, lower=value))
    show(f"trsm rightside={value!r}", lambda: nd.linalg.trsm(L, B, rightside=value))
    show(f"syrk transpose={value!r}", lambda: nd.linalg.syrk(B, transpose=value))
for value in ("x", "1.5", 1.5, "2", -7):
    show(f"trmm alpha={value!r}", lambda: nd.linalg.trmm(L, B, alpha=value))
    show(f"extractdiag offset={value!r}", lambda: nd.linalg.extractdiag(B, offset=value))
    show(f"maketrian offset={value!r}", lambda: nd.linalg.maketrian(nd.array([1., 2., 3.]), offset=value))
show("potrf bogus", lambda: nd.linalg.potrf(A, bogus=1))
show("det lower", lambda: nd.linalg.det(A, lower=True))
for dtype in ("float16", "int32", "int64", "uint8", "bool", "float64"):
    x = nd.array(onp.arange(6).reshape(2, 3) % 2, dtype=dtype)
    show(f"khatri_rao {dtype}", lambda: nd.khatri_rao(x, x))
for name in ("qr", "lstsq", "cond", "matrix_rank", "multi_dot", "matrix_power", "svd", "eigvals"):
    print("sym.np.linalg", name, hasattr(mx.sym.np.linalg, name))
    try:
        getattr(mx.sym.np.linalg, name)
    except AttributeError as e:
        print(" ", words(e))
