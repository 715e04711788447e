"""Symbol's fluent methods with their arguments by position and keyword: the node each builds, its inferred shape
and its value, and their refusals."""
import json

import numpy as np
import mxnet as mx
from _words import words

X = np.array([[[0.5, -1.2, 2.0, 0.0], [1.5, 0.3, -0.7, 3.0], [0.9, -2.5, 1.1, 0.2]],
              [[1.0, 2.0, 3.0, 4.0], [-1.0, -2.0, 0.1, 0.2], [0.6, 0.7, 0.8, 0.9]]])


def attempt(method, *args, **kwargs):
    label = f"{method}{args}{kwargs if kwargs else ''}"
    try:
        s = getattr(mx.sym.var("x"), method)(*args, **kwargs)
        node = json.loads(s.tojson())["nodes"][-1]
        shapes = s.infer_shape(x=X.shape)[1]
        out = [np.round(o.asnumpy().astype(np.float64), 4).tolist() for o in s.eval(x=mx.nd.array(X))]
        print(label, "->", node["op"], node.get("attrs", {}), s.list_outputs(), shapes, out)
    except Exception as e:
        print(label, "->", words(e))


for method in ["abs", "sign", "round", "rint", "fix", "floor", "ceil", "trunc", "square", "relu", "sigmoid",
               "exp", "expm1", "sin", "cos", "tanh", "arctan", "degrees", "radians", "ones_like", "zeros_like",
               "shape_array", "size_array", "flatten", "squeeze", "argmax_channel", "softmax", "log_softmax",
               "softmin", "sort", "argsort", "topk", "sum", "mean", "max", "min", "prod", "nansum", "nanprod",
               "norm", "transpose", "diag", "split_v2"]:
    attempt(method) if method != "split_v2" else attempt(method, 3, 1)
attempt("argmax", 1)
attempt("argmax", axis=-1, keepdims=True)
attempt("argmin", axis=0)
attempt("argsort", axis=1, is_ascend=False, dtype="int32")
attempt("astype", "int32")
attempt("astype", np.float16)
attempt("astype", "foo")
attempt("broadcast_axes", axis=0, size=1)
attempt("broadcast_to", (2, 3, 4))
attempt("broadcast_to", (3, 3, 4))
attempt("clip", 0, 1)
attempt("clip", a_min=-1, a_max=1)
attempt("clip", 1)
attempt("depth_to_space", 2)
attempt("space_to_depth", 2)
attempt("diag", 1)
attempt("diag", k=-1, axis1=1, axis2=2)
attempt("expand_dims", 3)
attempt("expand_dims", -1)
attempt("expand_dims", 4)
attempt("flip", 0)
attempt("flip", axis=2)
attempt("log_softmax", axis=0, dtype="float64")
attempt("softmax", temperature=0.5)
attempt("max", axis=(0, 2), keepdims=True)
attempt("max", axis=1, exclude=True)
attempt("norm", ord=1, axis=1)
attempt("norm", ord=3)
attempt("one_hot", 3)
attempt("one_hot", depth=2, on_value=5, off_value=-1, dtype="int32")
attempt("pad", mode="constant", pad_width=(0, 0, 0, 0, 1, 1))
attempt("repeat", 2)
attempt("repeat", repeats=2, axis=1)
attempt("reshape", (6, 4))
attempt("reshape", 6, 4)
attempt("reshape", (-1,))
attempt("reshape", (0, -1))
attempt("reshape", shape=(-3, 4))
attempt("reshape", shape=(2, 12), reverse=True)
attempt("reshape", (2, -4, 1, 3, 4))
attempt("reshape")
attempt("reshape", (2, 3), shape=(6,))
attempt("slice", begin=(0, 1), end=(2, 3))
attempt("slice", (0,), (1,))
attempt("slice", begin=(None, None, 1), end=(None, None, 3), step=(1, -1, 1))
attempt("slice_axis", axis=1, begin=0, end=2)
attempt("slice_axis", 2, 1, None)
attempt("split", 2)
attempt("split", num_outputs=3, axis=1, squeeze_axis=True)
attempt("split", 5)
attempt("squeeze", axis=0)
attempt("sum", 1)
attempt("sum", axis=(0, 1))
attempt("sum", axis=1, keepdims=True)
attempt("sum", exclude=True, axis=0)
attempt("sum", axis=1.5)
attempt("sum", foo=1)
attempt("swapaxes", 0, 2)
attempt("swapaxes", dim1=1, dim2=2)
attempt("tile", (2,))
attempt("tile", reps=(1, 2, 1, 1))
attempt("topk", k=2, axis=1, ret_typ="both")
attempt("topk", ret_typ="mask")
attempt("topk", ret_typ="x")
attempt("transpose", (1, 0, 2))
attempt("transpose", 1, 0, 2)
attempt("transpose", axes=(2, 1, 0))
attempt("transpose", (0, 1))
for method in ["asnumpy", "asscalar", "wait_to_read", "backward", "detach", "copy", "as_nd_ndarray"]:
    try:
        print(method, "->", getattr(mx.sym.var("x"), method)())
    except Exception as e:
        print(method, "->", words(e))
