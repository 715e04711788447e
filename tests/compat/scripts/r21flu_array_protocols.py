"""Python's protocols on legacy and mx.np arrays: truth, numbers, lengths, iteration, membership, indexing by
arrays and numpy integers, copies and pickles."""
import copy
import math
import operator
import pickle
import numpy as onp
import mxnet as mx
from mxnet import nd
from _words import words


def show(r):
    if isinstance(r, (nd.NDArray, mx.np.ndarray)):
        return f"{type(r).__name__} {onp.dtype(r.dtype).name} {r.shape} {r.asnumpy().tolist()}"
    if isinstance(r, (list, tuple)):
        return type(r).__name__ + "[" + ", ".join(show(v) for v in r) + "]"
    return f"{type(r).__name__} {r!r}"


arrays = {"x": nd.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]]), "one": nd.array([3.7]),
          "onei": nd.array([3], dtype="int64"), "p": mx.np.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]]),
          "pone": mx.np.array([3.7]), "pz": mx.np.array(3.7), "pzi": mx.np.array(3, dtype="int32"),
          "pzb": mx.np.array(True, dtype="bool")}
forms = ["bool({})", "int({})", "float({})", "operator.index({})", "len({})", "list({})", "math.floor({})",
         "round({})", "round({}, 1)", "3.7 in {}", "1 in {}", "None in {}", "'%.1f' % {}", "'{{:.2f}}'.format({})",
         "pickle.loads(pickle.dumps({}))", "copy.copy({})", "copy.deepcopy({})", "[0, 1, 2, 3, 4][{}]", "abs({})",
         "-{}", "{} == None", "{} + 1"]
for form in forms:
    for name, a in arrays.items():
        if name.startswith("pz") and "copy" in form or name.startswith("pz") and "pickle" in form:
            continue        # (a 0-d mx.np array copied without NumPy shape semantics: left out)
        call = form.replace("{}", name)
        try:
            print(call, "->", show(eval(call, dict(arrays, operator=operator, math=math, pickle=pickle, copy=copy))))
        except Exception as e:
            print(call, "->", words(e))
x, p = arrays["x"], arrays["p"]
for call in ["x[onp.int64(1)]", "x[mx.np.array(1)]", "x[nd.array([1])]", "p[onp.int64(1)]", "p[mx.np.array(1)]",
             "p[True]", "p[False]", "x[()]", "p[()]", "x[x > 0]", "p[p > 0]", "p[[0, 0, 1]]", "x[[0, 0, 1]]"]:
    try:
        print(call, "->", show(eval(call)))
    except Exception as e:
        print(call, "->", words(e))
