"""NDArray methods given shapes, axes and dtypes as text, numpy numbers and lists; the functions of nd.linalg under
their own names; a sampler's ctx read before its shape is inferred."""
# recorded on AVX2
import inspect
import warnings

import numpy as np
import mxnet as mx
from _words import words

warnings.simplefilter("ignore", FutureWarning)      # (numpy's, as MXNet compares a shape given as text)


def show(r):
    if isinstance(r, mx.nd.NDArray):
        return f"{r.dtype.__name__} {r.shape} {r.asnumpy().ravel()[:4].tolist()}"
    return "[" + ", ".join(show(v) for v in r) + "]" if isinstance(r, (list, tuple)) else repr(r)


CASES = {
    "reshape": [("(3,2)",), ((3, 2),), ([3, 2],), (3, 2), (np.int64(3), np.int64(2)), ((np.int64(3), 2),), (-1,),
                ("-1",), ((0, -1),), ({"shape": "(3,2)"},), ({"shape": (3, 2), "reverse": "True"},), (None,),
                ((3, 2), {"bogus": 1}), (3.0, 2), ({"shape": 6.0},), ({"shape": 6},), ({"shape": True},),
                ({"shape": [3, 2]},)],
    "sum": [(0,), ("0",), (np.int64(0),), ("(0,1)",), ({"axis": "1", "keepdims": "True"},), ({"axis": "None"},),
            ({"keepdims": "yes"},), (1.0,), ({"exclude": "1", "axis": 0},), ("0", "True")],
    "argmax": [("1",), ({"axis": "None"},), ({"axis": 1, "keepdims": "True"},), (np.int64(1),), (1.0,)],
    "astype": [("float64",), (np.float64,), (np.dtype("float64"),), (0,), (1,), ("float",), (float,), (int,),
               (bool,), ({"dtype": "float16", "copy": "False"},), (None,), ("bfloat16",), (np.int64,)],
    "transpose": [("(1,0)",), (1, 0), ({"axes": "(1, 0)"},), ({"axes": [1, 0]},), ((np.int64(1), 0),)],
    "clip": [("0", "3"), (np.float32(1), np.int64(4)), ({"a_min": 2},), ({"a_max": "4", "a_min": "1"},), (None, 3)],
    "expand_dims": [("0",), (np.int64(1),), ({"axis": "2"},), (1.0,)],
    "topk": [({"k": "2"},), ({"k": np.int64(1), "ret_typ": "both"},), ({"ret_typ": "BOTH"},),
             ({"k": 2, "dtype": np.int32},), ({"is_ascend": "1"},)],
    "slice": [("(0,)", "(1,)"), ({"begin": "(0,1)", "end": "(None,3)"},),
              ({"begin": (0,), "end": (1,), "step": "(1,)"},)],
    "tile": [("(2,)",), (2,), ({"reps": "(1,2)"},), ({"reps": [2, 1]},)],
    "one_hot": [("3",), ({"depth": 3, "dtype": "int32"},), ({"depth": 3, "on_value": "2"},)],
    "split": [("3",), ({"num_outputs": "2", "axis": "0", "squeeze_axis": "True"},)],
    "softmax": [("0",), ({"axis": "-1", "temperature": "2"},), ({"dtype": np.float64},)],
    "broadcast_to": [((2, 3),), ("(2,3)",), ({"shape": "(2, 3)"},), ((4, 2, 3),), ([1, 2, 3],), ("(0,3)",), ((3,),),
                     ([5],)],
    "tostype": [("default",), ("csr",), ("dense",)],
}
for m, forms in CASES.items():
    for f in forms:
        args = [a for a in f if not isinstance(a, dict)]
        kw = next((a for a in f if isinstance(a, dict)), {})
        label = f"{m} {args!r} {kw!r}"
        try:
            print(label, "->", show(getattr(mx.nd.array([[1, 2, 3], [4, 5, 6]]), m)(*args, **kw)))
        except Exception as e:
            print(label, "->", words(e))

for name in ("gemm", "gemm2", "potrf", "potri", "trsm", "syrk", "sumlogdiag", "inverse", "det", "slogdet", "gelqf"):
    f = getattr(mx.nd.linalg, name)
    print(name, f.__name__, repr(f).split(" at ")[0], getattr(mx.nd, "linalg_" + name).__name__)
a = mx.nd.array([[4, 1], [1, 3]])
print(mx.nd.linalg.potrf(a, lower="0"), mx.nd.linalg.potri(a, lower=False))
for sampler in (mx.nd.random_uniform, mx.nd.random_normal, mx.nd.random_poisson, mx.nd._internal._zeros):
    for ctx in ("a", 1, "cpu(0)", mx.cpu(), "gpu(x)"):
        for shape in ({}, {"shape": (2,)}):
            try:
                r = sampler(ctx=ctx, **shape)
                print(sampler.__name__, repr(ctx), shape, r.shape, r.context)
            except Exception as e:
                print(sampler.__name__, repr(ctx), shape, words(e))
for f in (mx.nd.linalg.potrf, mx.nd.linalg.potri, mx.nd.linalg_potrf, mx.nd.linalg_potri):
    print(f.__name__, inspect.signature(f))
    for label, args, kw in [("A, out", (a, mx.nd.zeros((2, 2))), {}),
                            ("A, out, name", (a, mx.nd.zeros((2, 2)), "nm"), {}), ("A, False", (a, False), {}),
                            ("four", (a, None, None, 1), {}),
                            ("lower='false'", (a,), dict(lower="false")), ("out twice", (a, a), dict(out=a))]:
        try:
            print(" ", label, f(*args, **kw).asnumpy().tolist())
        except Exception as e:
            print(" ", label, words(e))
