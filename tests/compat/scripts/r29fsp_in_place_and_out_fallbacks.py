"""A dense array updated in place by a sparse one (x op= s) and sparse operators given out= report MXNet's storage
fallback as its operators do (none for the csr-dense add/sub kernel, nor for _mul_scalar/_div_scalar into a dense
out=; attributes given by position shown as attributes); csr %= 2 writes into the csr array through the fallback."""
# recorded on AVX2
import operator

import numpy as np
import mxnet as mx
from _storage_log import logged

nd = mx.nd


a = np.array([[0, 3, 0], [-2, 0, 5]], dtype="float32")
b = np.array([[1, 0, 0], [0, 0, 4]], dtype="float32")
kinds = {"csr": lambda x: nd.array(x).tostype("csr"), "rsp": lambda x: nd.array(x).tostype("row_sparse")}
in_place = {"+=": operator.iadd, "-=": operator.isub, "*=": operator.imul, "/=": operator.itruediv,
            "%=": operator.imod, "**=": operator.ipow}
for name, op in in_place.items():
    for k, make in kinds.items():
        print(f"dense {name} {k} ->", logged(lambda: op(nd.array(a), make(b))))
        print(f"dense {name} {k} row ->", logged(lambda: op(nd.array(a), make(np.array([[1, 2, 3]], "float32")))))
        print(f"{k} {name} 2 ->", logged(lambda: op(make(a), 2)))
for k, make in kinds.items():
    outs = {"dense": lambda: nd.zeros((2, 3)), "same": lambda: make(np.zeros((2, 3), "float32")),
            "other": lambda: kinds["rsp" if k == "csr" else "csr"](np.zeros((2, 3), "float32"))}
    calls = {"_mul_scalar": lambda o: nd._internal._mul_scalar(make(b), scalar=2.0, out=o),
             "_div_scalar": lambda o: nd._internal._div_scalar(make(b), scalar=2.0, out=o),
             "_plus_scalar": lambda o: nd._internal._plus_scalar(make(b), scalar=2.0, out=o),
             "square": lambda o: nd.square(make(b), out=o), "elemwise_mul": lambda o: nd.elemwise_mul(make(b), make(b), out=o),
             "clip by position": lambda o: nd.clip(make(b), -1, 1, out=o)}
    for name, call in calls.items():
        for where, out in outs.items():
            print(f"{name}({k}) out {where} ->", logged(lambda: call(out())))
