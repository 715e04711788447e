"""NDArray methods pass a dtype through numpy as the nd functions do: None is numpy's float64, a Python type its
name, an unknown name numpy's TypeError, before an out= given by position is looked at."""
import numpy as onp
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        rs = r if isinstance(r, list) else [r]
        print(label, "->", [(a.shape, onp.dtype(a.dtype).name, a.asnumpy().tolist()) for a in rs])
    except Exception as e:
        print(label, "->", words(e))


x = nd.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]])
for method, lead in [("topk", ""), ("argsort", ""), ("one_hot", "3, "), ("softmax", ""), ("log_softmax", ""),
                     ("softmin", ""), ("argmax", "")]:
    for dtype in ["None", "'float64'", "'int8'", "onp.float16", "0", "'foo'", "float", "int"]:
        attempt(f"x.{method}({lead}dtype={dtype})", lambda: eval(f"x.{method}({lead}dtype={dtype})"))
        attempt(f"nd.{method}(x, {lead}dtype={dtype})", lambda: eval(f"nd.{method}(x, {lead}dtype={dtype})"))
for call in ["x.topk(ret_typ='both', dtype=None)", "x.argsort(1, True, None)", "x.topk(1, 1, 'indices', False, None)",
             "x.argsort(1, 1, 0, True)", "x.one_hot(2, 0, 1, True, False)", "x.softmin(2, 0, 1, True, False)"]:
    attempt(call, lambda: eval(call))
