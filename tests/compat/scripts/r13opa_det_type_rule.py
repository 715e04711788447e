"""Symbol type inference refuses linalg_det and linalg_slogdet of other than float32 or float64 data while the other linalg ops pass any type on, as MXNet's type rules do."""
import warnings

import mxnet as mx
import numpy as np

A = mx.sym.var("A")
for name in ("linalg_det", "linalg_slogdet", "linalg_inverse", "linalg_potrf", "linalg_sumlogdiag", "linalg_extractdiag"):
    s = getattr(mx.sym, name)(A)
    for dtype in ("float16", "float32", "float64", "int32", "uint8", "bool"):
        try:
            print(name, dtype, [np.dtype(t).name for t in s.infer_type(A=np.dtype(dtype))[1]])
        except mx.base.MXNetError as e:
            text = str(e)
            print(name, dtype, "MXNetError", text[text.index("Check failed"):].splitlines()[0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(name, "unknown", s.infer_type())
    print(name, "shape", s.infer_shape(A=(2, 3, 3))[1])
