"""Python's operators on csr and row_sparse arrays run MXNet's functions and operators: which result storage
each combination gives, and the storage fallback each one without a sparse kernel reports on stderr (once)."""
# recorded on AVX2
import operator

import numpy as np
import mxnet as mx
from _storage_log import logged

nd = mx.nd


a = np.array([[0, 1, 0], [2, 0, 3]], dtype="float32")
b = np.array([[1, 0, 0], [0, 0, 4]], dtype="float32")
row = np.array([[2, 1, 0]], dtype="float32")
kinds = {"dns": lambda x: nd.array(x), "csr": lambda x: nd.array(x).tostype("csr"),
         "rsp": lambda x: nd.array(x).tostype("row_sparse")}
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "**": operator.pow,
       "%": operator.mod, ">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le,
       "==": operator.eq, "!=": operator.ne}
for name, op in ops.items():
    for k1 in kinds:
        for k2 in kinds:
            if k1 != "dns" or k2 != "dns":
                print(f"{k1} {name} {k2} ->", logged(lambda: op(kinds[k1](a), kinds[k2](b))))
        if k1 == "dns":
            continue
        for s in (2, 0, -1.5):
            print(f"{k1} {name} {s} ->", logged(lambda: op(kinds[k1](a), s)))
            print(f"{s} {name} {k1} ->", logged(lambda: op(s, kinds[k1](a))))
        print(f"{k1} {name} dense row ->", logged(lambda: op(kinds[k1](a), nd.array(row))))
        print(f"dense row {name} {k1} ->", logged(lambda: op(nd.array(row), kinds[k1](a))))
for k1 in ("csr", "rsp"):
    print(f"-{k1} ->", logged(lambda: -kinds[k1](a)))
    print(f"abs({k1}) ->", logged(lambda: abs(kinds[k1](a))))
    for name in ("+=", "-=", "*=", "/="):
        for k2 in ("dns", "csr", "rsp", 2):
            def in_place():
                x = kinds[k1](a)
                y = kinds[k2](b) if k2 in kinds else k2
                x = {"+=": operator.iadd, "-=": operator.isub, "*=": operator.imul, "/=": operator.itruediv}[name](x, y)
                return x
            print(f"{k1} {name} {k2} ->", logged(in_place))
x = nd.array([[0, 1], [2, 0]], dtype="int32").tostype("csr")
print("int32 csr * 2.5 ->", logged(lambda: x * 2.5))
print("int32 csr > 0.5 ->", logged(lambda: x > 0.5))
print("int32 csr - 1 ->", logged(lambda: x - 1))
