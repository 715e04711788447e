"""mx.np arrays converted to and from legacy NDArrays, NumPy arrays and other contexts, of every dtype and shape."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(r):
    if isinstance(r, (np.ndarray, mx.nd.NDArray, onp.ndarray)):
        return f"{type(r).__name__} {r.dtype} {r.shape} {r.tolist()}"
    return f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for dt in ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64"]:
    for shape in [(), (0,), (2, 3)]:
        x = np.zeros(shape, dtype=dt)
        t = f"{dt}{shape}"
        attempt(f"{t} as_nd_ndarray", lambda: x.as_nd_ndarray())
        attempt(f"{t} nd.array", lambda: mx.nd.array(x))
        attempt(f"{t} np.array(nd)", lambda: np.array(mx.nd.zeros(shape or (1,), dtype=dt)))
        attempt(f"{t} np.array(x, float16)", lambda: np.array(x, dtype="float16"))
        attempt(f"{t} asnumpy", lambda: x.asnumpy())
        attempt(f"{t} item", lambda: x.item())
        attempt(f"{t} tolist", lambda: x.tolist())
        attempt(f"{t} tostype", lambda: x.tostype("csr"))
        attempt(f"{t} as_in_ctx cpu(1)", lambda: x.as_in_ctx(mx.cpu(1)).ctx)
        attempt(f"{t} as_in_ctx text", lambda: x.as_in_ctx("cpu(0)"))
        attempt(f"{t} broadcast_to", lambda: x.broadcast_to((2,) + shape))
attempt("npx.from_dlpack", lambda: npx.from_dlpack)
attempt("np.ndarray((2, 3))", lambda: np.ndarray((2, 3)))
attempt("np.ndarray()", lambda: np.ndarray())
